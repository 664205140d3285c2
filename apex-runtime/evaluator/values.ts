// Runtime values of the Apex evaluator. Integer is a JS number (32-bit), Long a bigint, Boolean and
// String the JS primitives; every other Apex type is a small class, so `instanceof` tells the
// runtime type the platform would report.
import DecimalJs from 'decimal.js';
import type { ClassInfo } from '../binder/classInfo';
import type { Interpreter } from './interpreter';

/** decimal.js with room for Apex Decimal values (never exponent notation in toString). */
export const Decimal = DecimalJs.clone({ precision: 100, toExpNeg: -1000, toExpPos: 1000 });
export type Decimal = InstanceType<typeof Decimal>;

/** Decimal with an explicit scale, as Apex keeps it (1.10 has scale 2). */
export class ApexDecimal {
    constructor(
        readonly value: Decimal,
        readonly scale: number
    ) {}

    static of(text: string): ApexDecimal {
        const value = new Decimal(text);
        const fraction = /\.(\d*)/.exec(text.replace(/e.*$/i, ''));
        let scale = fraction ? (fraction[1] as string).length : 0;
        const exponent = /e([+-]?\d+)$/i.exec(text);
        if (exponent) scale = Math.max(0, scale - Number(exponent[1]));
        return new ApexDecimal(value, scale);
    }

    static fromInteger(value: number | bigint): ApexDecimal {
        return new ApexDecimal(new Decimal(value.toString()), 0);
    }

    toString(): string {
        return this.value.toFixed(this.scale);
    }
}

export class ApexDouble {
    constructor(readonly value: number) {}
}

/** A record Id, held as its 18-character form. */
export class IdValue {
    constructor(readonly id18: string) {}

    toString(): string {
        return this.id18;
    }
}

/** Date: a calendar day. */
export class ApexDate {
    constructor(
        readonly year: number,
        readonly month: number,
        readonly day: number
    ) {}

    static fromIso(text: string): ApexDate {
        const [year, month, day] = text.split('-').map(Number) as [number, number, number];
        return new ApexDate(year, month, day);
    }

    /** Days since 1970-01-01. */
    epochDay(): number {
        return Math.floor(Date.UTC(this.year, this.month - 1, this.day) / 86400000);
    }

    static fromEpochDay(days: number): ApexDate {
        const date = new Date(days * 86400000);
        return new ApexDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    }

    toIso(): string {
        return `${String(this.year).padStart(4, '0')}-${String(this.month).padStart(2, '0')}-${String(this.day).padStart(2, '0')}`;
    }
}

/** Datetime: an instant, in milliseconds since the epoch (GMT). */
export class ApexDatetime {
    constructor(readonly millis: number) {}

    toIso(): string {
        return new Date(this.millis).toISOString();
    }
}

/** Time: milliseconds since midnight. */
export class ApexTime {
    constructor(readonly millis: number) {}
}

export class Blob {
    private decoded: string | undefined;

    constructor(readonly bytes: Uint8Array) {}

    static fromString(text: string): Blob {
        return new Blob(new Uint8Array(Buffer.from(text, 'utf8')));
    }

    /** The bytes as UTF-8 text (Blob.toString()); a Blob never changes, so it is decoded once. */
    text(): string {
        this.decoded ??= Buffer.from(this.bytes).toString('utf8');
        return this.decoded;
    }
}

/** A static type: what declarations say, used for conversions, `instanceof` and JSON. */
export type ApexType =
    | { k: 'object' }
    | { k: 'prim'; name: PrimitiveName }
    | { k: 'list'; of: ApexType }
    | { k: 'set'; of: ApexType }
    | { k: 'map'; key: ApexType; value: ApexType }
    | { k: 'sobject'; name: string | null }
    | { k: 'class'; cls: ClassInfo }
    | { k: 'native'; name: string }
    | { k: 'void' };

export type PrimitiveName = 'Boolean' | 'Integer' | 'Long' | 'Double' | 'Decimal' | 'String' | 'Id' | 'Date' | 'Datetime' | 'Time' | 'Blob';

export const OBJECT_TYPE: ApexType = { k: 'object' };

export function prim(name: PrimitiveName): ApexType {
    return PRIMITIVES[name];
}

const PRIMITIVES = Object.fromEntries(
    (['Boolean', 'Integer', 'Long', 'Double', 'Decimal', 'String', 'Id', 'Date', 'Datetime', 'Time', 'Blob'] as const).map((name) => [
        name,
        { k: 'prim', name } as ApexType
    ])
) as Record<PrimitiveName, ApexType>;

export class ApexList {
    constructor(
        public elementType: ApexType,
        public items: Value[] = []
    ) {}
}

export class ApexSet {
    readonly entries = new Map<string, Value>();

    constructor(public elementType: ApexType) {}
}

export class ApexMap {
    readonly entries = new Map<string, { key: Value; value: Value }>();
    /** Describe maps (fields.getMap(), getGlobalDescribe()) look keys up ignoring case. */
    caseInsensitive = false;

    constructor(
        public keyType: ApexType,
        public valueType: ApexType
    ) {}
}

/** An instance of an Apex class (user-defined or a system exception). */
export class ApexObject {
    readonly fields = new Map<string, Value>();
    /** Platform data of system objects, e.g. an exception's message and cause. */
    native: Record<string, unknown> = {};

    constructor(readonly cls: ClassInfo) {}
}

export class EnumValue {
    constructor(
        readonly type: ClassInfo,
        readonly name: string,
        readonly ordinal: number
    ) {}
}

/** System.Type: `Foo.class`, Type.forName('Foo'). */
export class TypeValue {
    constructor(
        readonly type: ApexType,
        readonly name: string
    ) {}
}

/** A platform object with methods and properties implemented in TypeScript (Pattern, describe results, ...). */
export abstract class NativeObject {
    /** The platform's name of the type, e.g. 'Schema.DescribeFieldResult'. */
    abstract readonly typeName: string;

    /** Calls a method by lower-case name; library code throws `unsupported:` for names it does not model. */
    abstract invoke(rt: Interpreter, lower: string, args: Value[]): Value;

    getProperty(rt: Interpreter, lower: string): Value {
        return rt.unsupported(`${this.typeName}.${lower}`);
    }

    /** How String.valueOf and concatenation write the object. */
    toText(): string {
        return this.typeName;
    }

    setProperty(rt: Interpreter, lower: string, _value: Value): void {
        rt.unsupported(`assigning ${this.typeName}.${lower}`);
    }
}

export type Value =
    | null
    | boolean
    | string
    | number
    | bigint
    | ApexDecimal
    | ApexDouble
    | IdValue
    | ApexDate
    | ApexDatetime
    | ApexTime
    | Blob
    | ApexList
    | ApexSet
    | ApexMap
    | ApexObject
    | EnumValue
    | TypeValue
    | NativeObject
    | SObjectLike;

/** Implemented by org/sobject.ts; declared here so values do not depend on the org. */
export interface SObjectLike {
    readonly isSObject: true;
    readonly objectName: string;
}

export function isSObject(value: unknown): value is SObjectLike {
    return typeof value === 'object' && value !== null && (value as SObjectLike).isSObject === true;
}
