// Values as text: string concatenation and System.debug (`'' + value`) and String.valueOf. They
// differ for dates: concatenation writes a Date as 'yyyy-MM-dd 00:00:00' and a Datetime in GMT,
// while String.valueOf writes a Date as 'yyyy-MM-dd' and a Datetime in the running user's time zone
// (Apex Reference, String.valueOf(Date) and String.valueOf(Datetime): "for the local time zone").
import { SystemClasses } from '../binder/systemClasses';
import { dateTimeParts } from '../platform/timeZones';
import { javaDoubleString } from './numbers';
import {
    ApexDate,
    ApexDatetime,
    ApexDecimal,
    ApexDouble,
    ApexList,
    ApexMap,
    ApexObject,
    ApexSet,
    ApexTime,
    Blob,
    EnumValue,
    IdValue,
    isSObject,
    NativeObject,
    TypeValue,
    type SObjectLike,
    type Value
} from './values';

/** What text conversion needs from the evaluator: user toString() methods and SObject fields. */
export interface TextHost {
    /** Calls the object's own toString() if its class declares one; undefined otherwise. */
    userToString(object: ApexObject): string | undefined;
    sobjectEntries(record: SObjectLike): [string, Value][];
    exceptionMessage(object: ApexObject): string | null;
    /** The running user's time zone (IANA). */
    timeZone(): string;
}

function two(value: number): string {
    return String(value).padStart(2, '0');
}

export function gmtDateTimeText(value: ApexDatetime): string {
    const date = new Date(value.millis);
    return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
}

export function localDateTimeText(value: ApexDatetime, timeZone: string): string {
    const parts = dateTimeParts(value.millis, timeZone);
    return `${parts.year}-${two(parts.month)}-${two(parts.day)} ${two(parts.hour)}:${two(parts.minute)}:${two(parts.second)}`;
}

export function timeText(value: ApexTime): string {
    const millis = value.millis;
    const hours = Math.floor(millis / 3600000);
    const minutes = Math.floor(millis / 60000) % 60;
    const seconds = Math.floor(millis / 1000) % 60;
    return `${two(hours)}:${two(minutes)}:${two(seconds)}.${String(millis % 1000).padStart(3, '0')}Z`;
}

/** `'' + value`: how concatenation and System.debug write a value. */
export function concatText(value: Value, host: TextHost): string {
    if (value === null) return 'null';
    switch (typeof value) {
        case 'string':
            return value;
        case 'number':
        case 'bigint':
            return String(value);
        case 'boolean':
            return value ? 'true' : 'false';
    }
    if (value instanceof ApexDecimal) return value.toString();
    if (value instanceof ApexDouble) return javaDoubleString(value.value);
    if (value instanceof IdValue) return value.id18;
    if (value instanceof ApexDate) return `${value.toIso()} 00:00:00`;
    if (value instanceof ApexDatetime) return gmtDateTimeText(value);
    if (value instanceof ApexTime) return timeText(value);
    if (value instanceof Blob) return `Blob[${value.bytes.length}]`;
    if (value instanceof ApexList) return `(${value.items.map((item) => concatText(item, host)).join(', ')})`;
    if (value instanceof ApexSet) return `{${[...value.entries.values()].map((item) => concatText(item, host)).join(', ')}}`;
    if (value instanceof ApexMap) {
        return `{${[...value.entries.values()].map((entry) => `${concatText(entry.key, host)}=${concatText(entry.value, host)}`).join(', ')}}`;
    }
    if (value instanceof EnumValue) return value.name;
    if (value instanceof TypeValue) return value.name;
    if (isSObject(value)) {
        return `${value.objectName}:{${host
            .sobjectEntries(value)
            .map(([name, fieldValue]) => `${name}=${concatText(fieldValue, host)}`)
            .join(', ')}}`;
    }
    if (value instanceof ApexObject) {
        const own = host.userToString(value);
        if (own !== undefined) return own;
        if (value.cls.isException) {
            const message = host.exceptionMessage(value);
            return `${SystemClasses.qualifiedName(value.cls)}: ${message === null ? 'null' : message}`;
        }
        const fields = [...value.fields.entries()].map(([name, fieldValue]) => `${fieldNameOf(value, name)}=${concatText(fieldValue, host)}`);
        return `${value.cls.name}:[${fields.join(', ')}]`;
    }
    if (value instanceof NativeObject) return value.toText();
    return String(value);
}

function fieldNameOf(object: ApexObject, lower: string): string {
    return object.cls.findField(lower)?.name ?? object.cls.findProperty(lower)?.name ?? lower;
}

/** String.valueOf(value). */
export function valueOfText(value: Value, host: TextHost): string {
    if (value instanceof ApexDate) return value.toIso();
    if (value instanceof ApexDatetime) return localDateTimeText(value, host.timeZone());
    return concatText(value, host);
}
