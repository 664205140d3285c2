// Field values between the in-memory org (JSON-like: Ids as 18-character strings, dates
// 'YYYY-MM-DD', date-times ISO, numbers as JS numbers) and Apex (Id, Date, Datetime, Decimal for
// number fields, Integer for int fields). Assigning a field converts like an Apex assignment to the
// field's type (Apex Developer Guide "Understanding Rules of Conversion").
import type { FieldDefinition } from '../../spec/org/schema';
import type { FieldValue } from '../../spec/org/values';
import { PlatformError, UnsupportedError } from '../evaluator/errors';
import { isNumberValue, promote, toDouble, DECIMAL_RANK } from '../evaluator/numbers';
import { runtimeTypeName, toIdValue } from '../evaluator/types';
import { ApexDate, ApexDatetime, ApexDecimal, ApexDouble, ApexTime, Blob, EnumValue, IdValue, prim, type ApexType, type Value } from '../evaluator/values';

const TEXT = new Set(['string', 'textarea', 'picklist', 'multipicklist', 'email', 'phone', 'url']);
const DECIMAL = new Set(['double', 'currency', 'percent']);

/** The Apex type of a field (Apex Developer Guide "Primitive Data Types" for SObject fields). */
export function apexTypeOfField(field: FieldDefinition): ApexType {
    if (field.type === 'id' || field.type === 'reference') return prim('Id');
    if (TEXT.has(field.type)) return prim('String');
    if (DECIMAL.has(field.type)) return prim('Decimal');
    if (field.type === 'int') return prim('Integer');
    if (field.type === 'boolean') return prim('Boolean');
    if (field.type === 'date') return prim('Date');
    if (field.type === 'datetime') return prim('Datetime');
    if (field.type === 'base64') return prim('Blob');
    throw new UnsupportedError(`unsupported: field type ${field.type} of ${field.name}`);
}

// A static resource's body is read by every test that loads it: decode each distinct body once.
const blobs = new Map<string, Blob>();

function blobOf(base64: string): Blob {
    let blob = blobs.get(base64);
    if (!blob) {
        blob = new Blob(new Uint8Array(Buffer.from(base64, 'base64')));
        if (blobs.size > 32) blobs.clear();
        blobs.set(base64, blob);
    }
    return blob;
}

/** An org value as Apex sees it. */
export function toApex(field: FieldDefinition, value: FieldValue | undefined): Value {
    if (value === null || value === undefined) return null;
    switch (field.type) {
        case 'id':
        case 'reference':
            return new IdValue(String(value));
        case 'date':
            return ApexDate.fromIso(String(value));
        case 'datetime':
            return new ApexDatetime(Date.parse(String(value)));
        case 'int':
            return Number(value) | 0;
        case 'double':
        case 'currency':
        case 'percent':
            return ApexDecimal.of(String(value));
        case 'boolean':
            return Boolean(value);
        default:
            if (field.type === 'base64') return blobOf(String(value));
            return String(value);
    }
}

/** An Apex value as the org stores it. */
export function toOrg(value: Value): FieldValue {
    if (value === null) return null;
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
    if (typeof value === 'bigint') return Number(value);
    if (value instanceof IdValue) return value.id18;
    if (value instanceof ApexDecimal) return value.value.toNumber();
    if (value instanceof ApexDouble) return value.value;
    if (value instanceof ApexDate) return value.toIso();
    if (value instanceof ApexDatetime) return value.toIso();
    if (value instanceof Blob) return Buffer.from(value.bytes).toString('base64');
    if (value instanceof EnumValue) return value.name;
    throw new UnsupportedError(`unsupported: storing a ${runtimeTypeName(value)} in a field`);
}

function illegal(value: Value, type: string): PlatformError {
    return new PlatformError('SObjectException', `Illegal assignment from ${runtimeTypeName(value)} to ${type}`);
}

/** The value an Apex assignment stores in the field: widened or converted, or refused as the platform refuses it. */
export function forField(field: FieldDefinition, value: Value): Value {
    if (value === null) return null;
    const type = apexTypeOfField(field);
    if (type.k !== 'prim') return value;
    switch (type.name) {
        case 'Id':
            if (value instanceof IdValue) return value;
            if (typeof value === 'string') return toIdValue(value);
            throw illegal(value, 'Id');
        case 'String':
            if (typeof value === 'string') return value;
            if (value instanceof IdValue) return value.id18;
            throw illegal(value, 'String');
        case 'Decimal':
            if (isNumberValue(value)) return promote(value, DECIMAL_RANK);
            throw illegal(value, 'Decimal');
        case 'Integer':
            if (typeof value === 'number') return value;
            if (isNumberValue(value) && Number.isInteger(toDouble(value))) return toDouble(value) | 0;
            throw illegal(value, 'Integer');
        case 'Boolean':
            if (typeof value === 'boolean') return value;
            throw illegal(value, 'Boolean');
        case 'Date':
            if (value instanceof ApexDate) return value;
            throw illegal(value, 'Date');
        case 'Datetime':
            if (value instanceof ApexDatetime) return value;
            throw illegal(value, 'Datetime');
        case 'Blob':
            if (value instanceof Blob) return value;
            throw illegal(value, 'Blob');
        default:
            if (value instanceof ApexTime) return value;
            return value;
    }
}
