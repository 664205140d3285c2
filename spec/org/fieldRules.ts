// What the platform checks about a field value on save: type, length, restricted picklist values.
import { DmlError } from './errors';
import { isValidId, to18 } from './ids';
import type { FieldDefinition } from './schema';
import { formatDateTime, isDateString, isDateTimeString, type FieldValue } from './values';

const TEXT_TYPES = new Set(['string', 'textarea', 'picklist', 'multipicklist', 'email', 'phone', 'url']);
const NUMBER_TYPES = new Set(['double', 'int', 'currency', 'percent']);

function typeError(field: FieldDefinition, value: unknown, rowIndex: number): DmlError {
    return new DmlError(
        'INVALID_TYPE_ON_FIELD_IN_RECORD',
        `${field.name}: value not of required type: ${JSON.stringify(value)}`,
        [field.name],
        rowIndex
    );
}

/** The stored form of `value` for `field`, or a DmlError saying why the platform would refuse it. */
export function normalizeFieldValue(field: FieldDefinition, value: unknown, rowIndex: number): FieldValue {
    if (value === null || value === undefined) return field.type === 'boolean' ? false : null;
    if (TEXT_TYPES.has(field.type)) return normalizeText(field, value, rowIndex);
    if (NUMBER_TYPES.has(field.type)) {
        if (typeof value !== 'number' || !Number.isFinite(value)) throw typeError(field, value, rowIndex);
        if (field.type === 'int' && !Number.isInteger(value)) throw typeError(field, value, rowIndex);
        return value;
    }
    switch (field.type) {
        case 'boolean':
            if (typeof value !== 'boolean') throw typeError(field, value, rowIndex);
            return value;
        case 'date':
            if (!isDateString(value)) throw typeError(field, value, rowIndex);
            return value;
        case 'base64':
            if (typeof value !== 'string') throw typeError(field, value, rowIndex);
            return value;
        case 'datetime':
            if (!isDateTimeString(value)) throw typeError(field, value, rowIndex);
            return formatDateTime(new Date(value));
        case 'id':
        case 'reference':
            if (!isValidId(value)) {
                throw new DmlError(
                    'FIELD_INTEGRITY_EXCEPTION',
                    `${field.name}: id value of incorrect type: ${String(value)}`,
                    [field.name],
                    rowIndex
                );
            }
            return to18(value);
        default:
            throw typeError(field, value, rowIndex);
    }
}

function normalizeText(field: FieldDefinition, value: unknown, rowIndex: number): FieldValue {
    if (typeof value !== 'string') throw typeError(field, value, rowIndex);
    // The platform stores an empty text value as null.
    if (value === '') return null;
    if (field.length !== undefined && value.length > field.length) {
        throw new DmlError(
            'STRING_TOO_LONG',
            `${field.name}: data value too large: ${value.slice(0, 40)}... (max length=${field.length})`,
            [field.name],
            rowIndex
        );
    }
    if (field.restrictedPicklist && field.picklistValues) {
        const chosen = field.type === 'multipicklist' ? value.split(';') : [value];
        const invalid = chosen.filter((choice) => !field.picklistValues?.includes(choice));
        if (invalid.length) {
            throw new DmlError(
                'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                `${field.name}: bad value for restricted picklist field: ${invalid.join(';')}`,
                [field.name],
                rowIndex
            );
        }
    }
    return value;
}

/**
 * REQUIRED_FIELD_MISSING, whose text names the fields ("Required fields are missing: [LastName]", the Apex
 * DmlException "first error: REQUIRED_FIELD_MISSING, Required fields are missing: [LastName]: [LastName]").
 */
export function requiredFieldError(_objectName: string, missing: readonly string[], rowIndex: number): DmlError {
    return new DmlError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, missing, rowIndex);
}
