// How SOQL compares and orders values of each field type. SOQL and SOSL Reference: "Comparison Operators"
// (string comparisons are case-insensitive except for case-sensitive unique fields, which the org does not
// model) and "ORDER BY" (for English locales the sort uses the UTF-8 values of the upper-cased characters, so it is
// case-insensitive). Ids compare by their 15-character form, which the org hands out in creation order.
import type { FieldType } from '../../spec/org/schema';

export type ValueClass = 'text' | 'id' | 'number' | 'boolean' | 'date' | 'datetime' | 'multipicklist';

export function classOf(type: FieldType): ValueClass {
    switch (type) {
        case 'id':
        case 'reference':
            return 'id';
        case 'double':
        case 'int':
        case 'currency':
        case 'percent':
            return 'number';
        case 'boolean':
            return 'boolean';
        case 'date':
            return 'date';
        case 'datetime':
            return 'datetime';
        case 'multipicklist':
            return 'multipicklist';
        default:
            return 'text';
    }
}

/** The type name the API uses in filter errors ("must be of type double"). */
export function apiTypeName(type: FieldType): string {
    switch (classOf(type)) {
        case 'id':
            return 'id';
        case 'number':
            return type === 'int' ? 'int' : 'double';
        case 'boolean':
            return 'boolean';
        case 'date':
            return 'date';
        case 'datetime':
            return 'dateTime';
        default:
            return 'string';
    }
}

/** A non-null value in comparable form: text as written, Ids as 15 characters, date-times as epoch milliseconds. */
export type Comparable = string | number | boolean;

function codeUnitOrder(left: string, right: string): number {
    return left === right ? 0 : left < right ? -1 : 1;
}

/** Orders two non-null comparables of one class; 0 means equal as SOQL's `=` sees them. */
export function compareComparables(valueClass: ValueClass, left: Comparable, right: Comparable): number {
    switch (valueClass) {
        case 'text':
        case 'multipicklist':
            return codeUnitOrder(String(left).toUpperCase(), String(right).toUpperCase());
        case 'id':
        case 'date':
            return codeUnitOrder(String(left), String(right));
        case 'boolean':
            return Number(left) - Number(right);
        default:
            return (left as number) - (right as number);
    }
}

/** The comparable form of a value the org stores for a field of this class (null stays null). */
export function storedComparable(valueClass: ValueClass, value: unknown): Comparable | null {
    if (value === null || value === undefined) return null;
    switch (valueClass) {
        case 'id':
            return String(value).slice(0, 15);
        case 'datetime':
            return Date.parse(String(value));
        case 'number':
            return Number(value);
        case 'boolean':
            return Boolean(value);
        default:
            return String(value);
    }
}
