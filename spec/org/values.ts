// Field values as the org stores them and as Apex serializes them to JSON:
// Ids as 18-character strings, dates 'YYYY-MM-DD', date-times '2025-03-04T15:00:00.000Z'.

export type FieldValue = string | number | boolean | null;

export interface SObjectAttributes {
    type: string;
    referenceId?: string;
}

/** A record with its type; relationship values (from queries) are nested records. */
export interface SObjectRecord {
    attributes: SObjectAttributes;
    Id: string;
    [field: string]: FieldValue | SObjectAttributes | SObjectRecord | undefined;
}

/** What DML accepts: a type (insert) or an Id (update), and field values. */
export interface SObjectInput {
    attributes?: SObjectAttributes;
    Id?: string;
    [field: string]: FieldValue | SObjectAttributes | undefined;
}

/**
 * A deep copy with JSON's rules (what JSON.parse(JSON.stringify(record)) gives: undefined properties dropped,
 * undefined array items null, toJSON honoured, non-finite numbers null), without building the text: records are
 * copied on every read and write.
 */
export function cloneRecord<T extends object>(record: T): T {
    return copyJsonValue(record) as T;
}

function copyJsonValue(value: unknown): unknown {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'number') return Number.isFinite(value) ? value : null;
        return value;
    }
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return copyJsonValue((value as { toJSON: () => unknown }).toJSON());
    if (Array.isArray(value)) {
        return value.map((item) => (item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : copyJsonValue(item)));
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
        const item = (value as Record<string, unknown>)[key];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        copy[key] = copyJsonValue(item);
    }
    return copy;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isDateString(value: unknown): value is string {
    return typeof value === 'string' && DATE_PATTERN.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function isDateTimeString(value: unknown): value is string {
    return typeof value === 'string' && DATETIME_PATTERN.test(value) && !Number.isNaN(Date.parse(value));
}

/** The canonical Apex JSON form of an instant. */
export function formatDateTime(instant: Date): string {
    return instant.toISOString();
}

export function addDays(date: string, days: number): string {
    const shifted = new Date(`${date}T00:00:00Z`);
    shifted.setUTCDate(shifted.getUTCDate() + days);
    return shifted.toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
    const shifted = new Date(`${date}T00:00:00Z`);
    shifted.setUTCMonth(shifted.getUTCMonth() + months);
    return shifted.toISOString().slice(0, 10);
}
