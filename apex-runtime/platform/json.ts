// JSON (Apex Reference "JSON Class"): serialize, serializePretty, deserialize (into a type: Apex
// classes, inner classes, SObjects, collections, primitives; unknown keys ignored, or refused by
// deserializeStrict) and deserializeUntyped (Map<String, Object>, List<Object>, Integer, Long,
// Decimal, String, Boolean). Apex objects serialize their instance fields and properties in
// declaration order, superclass first, nulls included unless suppressApexObjectNulls; SObjects
// carry their "attributes" (type and url) first.
import type { ClassInfo } from '../binder/classInfo';
import { PlatformError, UnsupportedError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { javaDoubleString } from '../evaluator/numbers';
import { timeText } from '../evaluator/text';
import { runtimeTypeName, toIdValue, typeName } from '../evaluator/types';
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
    OBJECT_TYPE,
    prim,
    TypeValue,
    type ApexType,
    type Value
} from '../evaluator/values';
import { forField } from '../org/fieldValues';
import { SObjectValue } from '../org/sobject';
import { arg, bool, str } from './args';
import { JsonWriter, parseJson, type JsonNode } from './jsonText';
import type { Natives } from './registry';

function jsonError(message: string): PlatformError {
    return new PlatformError('JSONException', message);
}

/** The instance fields and properties of a class in declaration order, superclass first. */
function membersOf(cls: ClassInfo): { name: string; type: 'field' | 'property'; transient: boolean }[] {
    const lineage = [...cls.lineage()].reverse();
    const members: { name: string; type: 'field' | 'property'; transient: boolean }[] = [];
    for (const owner of lineage) {
        for (const init of owner.instanceInits) {
            if (init.kind === 'field') members.push({ name: init.field.name, type: 'field', transient: false });
            if (init.kind === 'property') members.push({ name: init.property.name, type: 'property', transient: false });
        }
        const transientFields = new Set(
            (owner.decl?.members ?? [])
                .filter((member) => member.k === 'field' && member.m.words.includes('transient'))
                .flatMap((member) => (member.k === 'field' ? member.d.map((declarator) => declarator.n.toLowerCase()) : []))
        );
        for (const member of members) if (transientFields.has(member.name.toLowerCase())) member.transient = true;
    }
    return members;
}

export class JsonSerializer {
    constructor(
        private readonly rt: Interpreter,
        private readonly suppressNulls: boolean,
        private readonly apiVersion: string
    ) {}

    write(writer: JsonWriter, value: Value, depth: number): void {
        const rt = this.rt;
        if (value === null) return writer.raw('null');
        switch (typeof value) {
            case 'string':
                return writer.string(value);
            case 'number':
            case 'bigint':
                return writer.raw(String(value));
            case 'boolean':
                return writer.raw(value ? 'true' : 'false');
        }
        if (value instanceof ApexDecimal) return writer.raw(value.toString());
        if (value instanceof ApexDouble) return writer.raw(javaDoubleString(value.value));
        if (value instanceof IdValue) return writer.string(value.id18);
        if (value instanceof ApexDate) return writer.string(value.toIso());
        if (value instanceof ApexDatetime) return writer.string(value.toIso());
        if (value instanceof ApexTime) return writer.string(timeText(value));
        if (value instanceof Blob) return writer.string(Buffer.from(value.bytes).toString('base64'));
        if (value instanceof EnumValue) return writer.string(value.name);
        if (value instanceof ApexList) return writer.array(value.items.map((item) => () => this.write(writer, item, depth + 1)));
        if (value instanceof ApexSet) return writer.array([...value.entries.values()].map((item) => () => this.write(writer, item, depth + 1)));
        if (value instanceof ApexMap) {
            return writer.object(
                [...value.entries.values()].map((entry) => [entry.key === null ? 'null' : rt.valueOf(entry.key), () => this.write(writer, entry.value, depth + 1)]),
                depth
            );
        }
        if (value instanceof SObjectValue) return this.writeSObject(writer, value, depth);
        if (value instanceof ApexObject) {
            if (value.cls.isException) throw new UnsupportedError(`unsupported: JSON.serialize of an exception (${rt.where()})`);
            const entries: [string, () => void][] = [];
            for (const member of membersOf(value.cls)) {
                if (member.transient) continue;
                const memberValue = rt.readObjectMember(value, member.name);
                if (memberValue === null && this.suppressNulls) continue;
                entries.push([member.name, () => this.write(writer, memberValue, depth + 1)]);
            }
            return writer.object(entries, depth);
        }
        throw new UnsupportedError(`unsupported: JSON.serialize of ${runtimeTypeName(value)} (${rt.where()})`);
    }

    private writeSObject(writer: JsonWriter, record: SObjectValue, depth: number): void {
        const id = record.raw('Id');
        const attributes: [string, () => void][] = [['type', () => writer.string(record.objectName)]];
        if (id instanceof IdValue) attributes.push(['url', () => writer.string(`/services/data/v${this.apiVersion}/sobjects/${record.objectName}/${id.id18}`)]);
        const entries: [string, () => void][] = [['attributes', () => writer.object(attributes, depth + 1)]];
        for (const [name, fieldValue] of record.entries()) {
            if (fieldValue instanceof ApexList) {
                const list = fieldValue;
                entries.push([
                    name,
                    () =>
                        writer.object(
                            [
                                ['totalSize', () => writer.raw(String(list.items.length))],
                                ['done', () => writer.raw('true')],
                                ['records', () => this.write(writer, list, depth + 2)]
                            ],
                            depth + 1
                        )
                ]);
            } else {
                entries.push([name, () => this.write(writer, fieldValue, depth + 1)]);
            }
        }
        writer.object(entries, depth);
    }
}

/** Parses ISO 8601 date-times as Apex's JSON parser accepts them: Z, ±hh:mm or ±hhmm, optional fraction; none means GMT. */
export function parseIsoDatetime(text: string): ApexDatetime | null {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
    if (!match) return null;
    const [, year, month, day, hour, minute, second, fraction, zone] = match;
    let millis = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0), Number((fraction ?? '0').padEnd(3, '0').slice(0, 3)));
    if (zone && zone !== 'Z') {
        const sign = zone.startsWith('-') ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        millis -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
    }
    return Number.isNaN(millis) ? null : new ApexDatetime(millis);
}

export class JsonDeserializer {
    constructor(
        private readonly rt: Interpreter,
        private readonly strict: boolean
    ) {}

    untyped(node: JsonNode): Value {
        switch (node.t) {
            case 'null':
                return null;
            case 'boolean':
                return node.v;
            case 'string':
                return node.v;
            case 'number':
                return numberFromText(node.text);
            case 'array':
                return new ApexList(OBJECT_TYPE, node.items.map((item) => this.untyped(item)));
            case 'object': {
                const map = new ApexMap(prim('String'), OBJECT_TYPE);
                for (const [key, value] of node.entries) this.rt.collections.mapPut(map, key, this.untyped(value));
                return map;
            }
        }
    }

    typed(node: JsonNode, type: ApexType): Value {
        if (node.t === 'null') return null;
        switch (type.k) {
            case 'object':
                return this.untyped(node);
            case 'prim':
                return this.primitive(node, type.name);
            case 'list':
            case 'set': {
                if (node.t !== 'array') throw jsonError(`Expected ${typeName(type)} but found "${describe(node)}"`);
                const values = node.items.map((item) => this.typed(item, type.of));
                return type.k === 'list' ? this.rt.collections.newList(type.of, values) : this.rt.collections.newSet(type.of, values);
            }
            case 'map': {
                if (node.t !== 'object') throw jsonError(`Expected ${typeName(type)} but found "${describe(node)}"`);
                const map = new ApexMap(type.key, type.value);
                for (const [key, value] of node.entries) {
                    this.rt.collections.mapPut(map, this.primitive({ t: 'string', v: key }, type.key.k === 'prim' ? type.key.name : 'String'), this.typed(value, type.value));
                }
                return map;
            }
            case 'sobject':
                return this.sobject(node, type.name);
            case 'class':
                return this.object(node, type.cls);
            default:
                throw new UnsupportedError(`unsupported: JSON.deserialize into ${typeName(type)} (${this.rt.where()})`);
        }
    }

    private primitive(node: JsonNode, name: string): Value {
        const text = node.t === 'string' ? node.v : node.t === 'number' ? node.text : node.t === 'boolean' ? String(node.v) : null;
        if (text === null) throw jsonError(`Cannot deserialize instance of ${name.toLowerCase()} from ${node.t === 'array' ? 'START_ARRAY' : 'START_OBJECT'}`);
        switch (name) {
            case 'String':
                return text;
            case 'Boolean':
                if (text === 'true' || text === 'false') return text === 'true';
                throw jsonError(`Illegal value for boolean: ${text}`);
            case 'Integer':
            case 'Long': {
                if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) throw jsonError(`Illegal value for ${name.toLowerCase()}: ${text}`);
                const whole = BigInt(ApexDecimal.of(text).value.trunc().toFixed(0));
                return name === 'Integer' ? Number(BigInt.asIntN(32, whole)) : BigInt.asIntN(64, whole);
            }
            case 'Decimal':
                if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) throw jsonError(`Illegal value for decimal: ${text}`);
                return ApexDecimal.of(text);
            case 'Double':
                if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) throw jsonError(`Illegal value for double: ${text}`);
                return new ApexDouble(Number(text));
            case 'Id':
                try {
                    return toIdValue(text);
                } catch {
                    throw jsonError(`Invalid id: ${text}`);
                }
            case 'Date': {
                const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
                if (!match) throw jsonError(`Cannot deserialize instance of date from VALUE_STRING value ${text}`);
                return new ApexDate(Number(match[1]), Number(match[2]), Number(match[3]));
            }
            case 'Datetime': {
                const value = parseIsoDatetime(text);
                if (!value) throw jsonError(`Cannot deserialize instance of datetime from VALUE_STRING value ${text} or request may be missing a required field`);
                return value;
            }
            case 'Time': {
                const match = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z?$/.exec(text);
                if (!match) throw jsonError(`Cannot deserialize instance of time from VALUE_STRING value ${text}`);
                return new ApexTime(((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000 + Number((match[4] ?? '0').padEnd(3, '0')));
            }
            case 'Blob':
                return new Blob(Buffer.from(text, 'base64'));
            default:
                throw new UnsupportedError(`unsupported: JSON.deserialize into ${name}`);
        }
    }

    private sobject(node: JsonNode, declared: string | null): Value {
        if (node.t !== 'object') throw jsonError(`Expected an SObject but found "${describe(node)}"`);
        const attributes = node.entries.find(([key]) => key === 'attributes')?.[1];
        const typeEntry = attributes?.t === 'object' ? attributes.entries.find(([key]) => key === 'type')?.[1] : undefined;
        const objectName = typeEntry?.t === 'string' ? typeEntry.v : declared;
        if (!objectName) throw jsonError('Cannot deserialize an SObject without a type in its attributes');
        const record = this.rt.org.newSObject(objectName);
        for (const [key, value] of node.entries) {
            if (key === 'attributes') continue;
            const field = record.field(key);
            if (field) {
                const converted = value.t === 'null' ? null : this.primitive(value, fieldPrimitive(field.type));
                record.setRaw(field.name, this.rt.native(() => forField(field, converted)));
                continue;
            }
            const parent = record.relationshipField(key);
            if (parent && parent.relationshipName) {
                record.setRaw(parent.relationshipName, value.t === 'null' ? null : this.sobject(value, parent.referenceTo?.[0] ?? null));
                continue;
            }
            const child = record.schema.findChildRelationship(record.objectName, key);
            if (child && value.t === 'object') {
                const records = value.entries.find(([entryKey]) => entryKey === 'records')?.[1];
                const items = records?.t === 'array' ? records.items.map((item) => this.sobject(item, child.childObject)) : [];
                record.setRaw(child.name, new ApexList({ k: 'sobject', name: child.childObject }, items));
                continue;
            }
            throw jsonError(`No such column '${key}' on sobject of type ${record.objectName}`);
        }
        return record;
    }

    private object(node: JsonNode, cls: ClassInfo): Value {
        if (cls.kind === 'enum') {
            if (node.t !== 'string') throw jsonError(`Expected an enum value of ${cls.name}`);
            return cls.enumValues.find((value) => value.name.toLowerCase() === node.v.toLowerCase()) ?? null;
        }
        if (node.t !== 'object') throw jsonError(`Expected ${cls.name} but found "${describe(node)}"`);
        const object = this.rt.instantiateBare(cls);
        for (const [key, value] of node.entries) {
            const lower = key.toLowerCase();
            const field = cls.findField(lower);
            const property = field ? undefined : cls.findProperty(lower);
            if ((!field || field.isStatic) && (!property || property.isStatic)) {
                if (this.strict) throw jsonError(`Unknown field: ${cls.name}.${key}`);
                continue;
            }
            const type = field ? this.rt.fieldType(field) : this.rt.propertyType(property!);
            object.fields.set(lower, this.rt.convertForAssignment(this.typed(value, type), type));
        }
        return object;
    }
}

function fieldPrimitive(type: string): string {
    switch (type) {
        case 'id':
        case 'reference':
            return 'Id';
        case 'boolean':
            return 'Boolean';
        case 'double':
        case 'currency':
        case 'percent':
            return 'Decimal';
        case 'int':
            return 'Integer';
        case 'date':
            return 'Date';
        case 'datetime':
            return 'Datetime';
        case 'base64':
            return 'Blob';
        default:
            return 'String';
    }
}

function describe(node: JsonNode): string {
    return node.t === 'string' ? node.v : node.t;
}

function numberFromText(text: string): Value {
    if (/^-?\d+$/.test(text)) {
        const value = BigInt(text);
        return value >= -2147483648n && value <= 2147483647n ? Number(value) : BigInt.asIntN(64, value);
    }
    return ApexDecimal.of(text);
}

function typeOfArg(rt: Interpreter, value: Value): ApexType {
    if (!(value instanceof TypeValue)) return rt.unsupported('JSON.deserialize without a Type');
    return value.type;
}

export function registerJson(natives: Natives, apiVersion: string): void {
    const serialize = (rt: Interpreter, args: Value[], pretty: boolean) => {
        const writer = new JsonWriter(pretty);
        new JsonSerializer(rt, args.length > 1 ? bool(args, 1) : false, apiVersion).write(writer, arg(args, 0), 0);
        return writer.toString();
    };
    natives.registerStatic({
        name: 'JSON',
        methods: {
            serialize: (rt, args) => serialize(rt, args, false),
            serializepretty: (rt, args) => serialize(rt, args, true),
            deserialize: (rt, args) => new JsonDeserializer(rt, false).typed(parseJson(str(args, 0)), typeOfArg(rt, arg(args, 1))),
            deserializestrict: (rt, args) => new JsonDeserializer(rt, true).typed(parseJson(str(args, 0)), typeOfArg(rt, arg(args, 1))),
            deserializeuntyped: (rt, args) => new JsonDeserializer(rt, false).untyped(parseJson(str(args, 0)))
        }
    });
}
