// Runtime type questions: the name of a value's type, `instanceof`, which static types accept
// which values, and the implicit conversions of an assignment (Apex Developer Guide
// "Understanding Rules of Conversion": a lower numeric type widens to a higher one; a String that
// is a valid Id converts to Id).
import { isValidId, to18 } from '../../spec/org/ids';
import { SystemClasses } from '../binder/systemClasses';
import { isNumberValue, promote, DECIMAL_RANK, DOUBLE_RANK, LONG_RANK } from './numbers';
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
    type ApexType,
    type Value
} from './values';

export function typeName(type: ApexType): string {
    switch (type.k) {
        case 'object':
            return 'Object';
        case 'prim':
            return type.name;
        case 'list':
            return `List<${typeName(type.of)}>`;
        case 'set':
            return `Set<${typeName(type.of)}>`;
        case 'map':
            return `Map<${typeName(type.key)},${typeName(type.value)}>`;
        case 'sobject':
            return type.name ?? 'SObject';
        case 'class':
            return type.cls.systemNamespace ? SystemClasses.qualifiedName(type.cls) : type.cls.name;
        case 'native':
            return type.name;
        case 'void':
            return 'void';
    }
}

/** The runtime type of a value as the platform names it in messages ("Invalid conversion from runtime type X to Y"). */
export function runtimeTypeOf(value: Value): ApexType {
    if (value === null) return { k: 'object' };
    switch (typeof value) {
        case 'string':
            return { k: 'prim', name: 'String' };
        case 'number':
            return { k: 'prim', name: 'Integer' };
        case 'bigint':
            return { k: 'prim', name: 'Long' };
        case 'boolean':
            return { k: 'prim', name: 'Boolean' };
    }
    if (value instanceof ApexDecimal) return { k: 'prim', name: 'Decimal' };
    if (value instanceof ApexDouble) return { k: 'prim', name: 'Double' };
    if (value instanceof IdValue) return { k: 'prim', name: 'Id' };
    if (value instanceof ApexDate) return { k: 'prim', name: 'Date' };
    if (value instanceof ApexDatetime) return { k: 'prim', name: 'Datetime' };
    if (value instanceof ApexTime) return { k: 'prim', name: 'Time' };
    if (value instanceof Blob) return { k: 'prim', name: 'Blob' };
    if (value instanceof ApexList) return { k: 'list', of: value.elementType };
    if (value instanceof ApexSet) return { k: 'set', of: value.elementType };
    if (value instanceof ApexMap) return { k: 'map', key: value.keyType, value: value.valueType };
    if (value instanceof ApexObject) return { k: 'class', cls: value.cls };
    if (value instanceof EnumValue) return { k: 'class', cls: value.type };
    if (value instanceof TypeValue) return { k: 'native', name: 'System.Type' };
    if (isSObject(value)) return { k: 'sobject', name: value.objectName };
    if (value instanceof NativeObject) return { k: 'native', name: value.typeName };
    return { k: 'object' };
}

export function runtimeTypeName(value: Value): string {
    return typeName(runtimeTypeOf(value));
}

function sameName(a: string, b: string): boolean {
    return a.toLowerCase() === b.toLowerCase();
}

/** Whether a value of static type `from` may be used where `to` is expected (generics are covariant, as Apex allows). */
export function isAssignable(from: ApexType, to: ApexType): boolean {
    if (to.k === 'object') return true;
    switch (to.k) {
        case 'prim':
            if (from.k !== 'prim') return false;
            if (from.name === to.name) return true;
            if (to.name === 'String' && from.name === 'Id') return true;
            return numericWidening(from.name, to.name);
        case 'list':
            return from.k === 'list' && isAssignable(from.of, to.of);
        case 'set':
            return from.k === 'set' && isAssignable(from.of, to.of);
        case 'map':
            return from.k === 'map' && isAssignable(from.key, to.key) && isAssignable(from.value, to.value);
        case 'sobject':
            return from.k === 'sobject' && (to.name === null || (from.name !== null && sameName(from.name, to.name)));
        case 'class':
            return from.k === 'class' && from.cls.isSubclassOf(to.cls);
        case 'native':
            return from.k === 'native' && sameName(from.name, to.name);
        default:
            return false;
    }
}

const NUMERIC_ORDER = ['Integer', 'Long', 'Double', 'Decimal'];

function numericWidening(from: string, to: string): boolean {
    const a = NUMERIC_ORDER.indexOf(from);
    const b = NUMERIC_ORDER.indexOf(to);
    return a >= 0 && b >= 0 && a <= b;
}

/** `value instanceof type` (false for null, as in Apex). */
export function isInstanceOf(value: Value, type: ApexType): boolean {
    if (value === null) return false;
    if (type.k === 'object') return true;
    if (type.k === 'prim') {
        switch (type.name) {
            case 'String':
                return typeof value === 'string' || value instanceof IdValue;
            case 'Id':
                // An Object holding a String that is a valid Id is an Id.
                return value instanceof IdValue || (typeof value === 'string' && isValidId(value));
            case 'Integer':
                return typeof value === 'number';
            case 'Long':
                return typeof value === 'bigint';
            case 'Double':
                return value instanceof ApexDouble;
            case 'Decimal':
                return value instanceof ApexDecimal;
            case 'Boolean':
                return typeof value === 'boolean';
            default:
                return isAssignable(runtimeTypeOf(value), type);
        }
    }
    return isAssignable(runtimeTypeOf(value), type);
}

export class ConversionError extends Error {
    constructor(
        readonly exceptionType: string,
        message: string
    ) {
        super(message);
    }
}

function invalidConversion(value: Value, type: ApexType): ConversionError {
    return new ConversionError('TypeException', `Invalid conversion from runtime type ${runtimeTypeName(value)} to ${typeName(type)}`);
}

export function toIdValue(text: string): IdValue {
    if (!isValidId(text)) throw new ConversionError('StringException', `Invalid id: ${text}`);
    return new IdValue(to18(text));
}

/**
 * The value stored in a variable, field or parameter of static type `type`: numbers widen, a
 * String becomes an Id. Values that need no conversion come back unchanged.
 */
export function coerce(value: Value, type: ApexType): Value {
    if (value === null || type.k !== 'prim') return value;
    switch (type.name) {
        case 'Long':
            return typeof value === 'number' ? BigInt(value) : value;
        case 'Double':
            return isNumberValue(value) && !(value instanceof ApexDouble) ? promote(value, DOUBLE_RANK) : value;
        case 'Decimal':
            return isNumberValue(value) && !(value instanceof ApexDecimal) ? promote(value, DECIMAL_RANK) : value;
        case 'Id':
            return typeof value === 'string' ? toIdValue(value) : value;
        case 'String':
            return value instanceof IdValue ? value.id18 : value;
        default:
            return value;
    }
}

/**
 * An explicit cast `(type) value`. Numbers convert between numeric types (Apex allows explicit
 * narrowing casts of numbers); anything else must already be an instance of the type, or the
 * platform's TypeException is thrown.
 */
export function cast(value: Value, type: ApexType, staticallyNumeric: boolean): Value {
    if (value === null) return null;
    if (type.k === 'prim') {
        if (staticallyNumeric && isNumberValue(value)) return convertNumber(value, type.name) ?? fail(value, type);
        if (type.name === 'Id' && typeof value === 'string') return toIdValue(value);
        if (type.name === 'String' && value instanceof IdValue) return value.id18;
    }
    if (!isInstanceOf(value, type)) throw invalidConversion(value, type);
    return coerce(value, type);
}

function fail(value: Value, type: ApexType): never {
    throw invalidConversion(value, type);
}

function convertNumber(value: Value, target: string): Value | null {
    if (!isNumberValue(value)) return null;
    switch (target) {
        case 'Integer': {
            const long = promote(value, LONG_RANK) as bigint;
            return Number(BigInt.asIntN(32, long));
        }
        case 'Long':
            return promote(value, LONG_RANK);
        case 'Double':
            return promote(value, DOUBLE_RANK);
        case 'Decimal':
            return promote(value, DECIMAL_RANK);
        default:
            return null;
    }
}
