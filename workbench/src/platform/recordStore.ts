// The client-side record cache behind `lightning/uiRecordApi`, in the manner of Lightning Data
// Service: records are fetched from the workbench server's UI API endpoint with the union of the
// fields every wire on the page asked for, served from the cache when the fields are already there,
// and re-fetched (and re-emitted to every wire) on notifyRecordUpdateAvailable or a refresh.
import { getJson } from './transport';
import { deepFreeze } from './stableKey';
import type { CallOrigin } from './tracking';

export interface FieldValueRepresentation {
    value: unknown;
    displayValue: string | null;
}

export interface RecordRepresentation {
    apiName: string;
    id: string;
    recordTypeId: string | null;
    fields: Record<string, FieldValueRepresentation>;
    [key: string]: unknown;
}

export interface RecordSubscriber {
    recordId: string;
    fields: string[];
    optionalFields: string[];
    origin: CallOrigin;
    emit(value: { data: RecordRepresentation | undefined; error: unknown }): void;
}

interface CacheEntry {
    record?: RecordRepresentation;
    fields: Set<string>;
    optionalFields: Set<string>;
}

const entries = new Map<string, CacheEntry>();
const subscribers = new Set<RecordSubscriber>();

function entryFor(recordId: string): CacheEntry {
    let entry = entries.get(recordId);
    if (!entry) {
        entry = { fields: new Set(), optionalFields: new Set() };
        entries.set(recordId, entry);
    }
    return entry;
}

function topLevelName(qualifiedField: string): string {
    return qualifiedField.split('.')[1];
}

/** The record as this subscriber asked for it: only the fields it named, like LDS. */
function viewFor(record: RecordRepresentation, subscriber: RecordSubscriber): RecordRepresentation {
    const wanted = new Set([...subscriber.fields, ...subscriber.optionalFields].map(topLevelName));
    const fields: Record<string, FieldValueRepresentation> = {};
    for (const [name, value] of Object.entries(record.fields)) {
        if (wanted.has(name) || wanted.size === 0) fields[name] = value;
    }
    return deepFreeze({ ...structuredClone(record), fields: structuredClone(fields) });
}

function isCovered(entry: CacheEntry, subscriber: RecordSubscriber): boolean {
    if (!entry.record) return false;
    const known = new Set([...entry.fields, ...entry.optionalFields]);
    return subscriber.fields.every((f) => entry.fields.has(f)) && subscriber.optionalFields.every((f) => known.has(f));
}

async function fetchRecord(recordId: string, fields: Set<string>, optionalFields: Set<string>, origin: CallOrigin) {
    const query = new URLSearchParams();
    if (fields.size) query.set('fields', [...fields].join(','));
    const optional = [...optionalFields].filter((f) => !fields.has(f));
    if (optional.length) query.set('optionalFields', optional.join(','));
    return (await getJson(
        `/api/ui-api/records/${encodeURIComponent(recordId)}?${query}`,
        origin
    )) as RecordRepresentation;
}

function emitToAll(recordId: string): void {
    const record = entries.get(recordId)?.record;
    if (!record) return;
    for (const subscriber of subscribers) {
        if (subscriber.recordId === recordId) subscriber.emit({ data: viewFor(record, subscriber), error: undefined });
    }
}

/** Fetches the union of what is cached and what is asked for; on success every wire on the record gets it. */
async function load(
    recordId: string,
    extraFields: string[],
    extraOptional: string[],
    origin: CallOrigin
): Promise<void> {
    const entry = entryFor(recordId);
    const fields = new Set([...entry.fields, ...extraFields]);
    const optionalFields = new Set([...entry.optionalFields, ...extraOptional]);
    const record = await fetchRecord(recordId, fields, optionalFields, origin);
    entry.record = record;
    entry.fields = fields;
    entry.optionalFields = optionalFields;
    emitToAll(recordId);
}

export function subscribe(subscriber: RecordSubscriber): () => void {
    subscribers.add(subscriber);
    const entry = entryFor(subscriber.recordId);
    if (isCovered(entry, subscriber)) {
        subscriber.emit({ data: viewFor(entry.record as RecordRepresentation, subscriber), error: undefined });
    } else {
        load(subscriber.recordId, subscriber.fields, subscriber.optionalFields, subscriber.origin).catch((error) => {
            if (subscribers.has(subscriber)) subscriber.emit({ data: undefined, error });
        });
    }
    return () => subscribers.delete(subscriber);
}

/** Re-fetches the records (with every field their wires use) and re-emits them. */
export async function refreshRecords(recordIds: string[], origin: CallOrigin): Promise<void> {
    await Promise.all(
        [...new Set(recordIds)].map(async (recordId) => {
            const watching = [...subscribers].filter((s) => s.recordId === recordId);
            if (!watching.length) {
                entries.delete(recordId);
                return;
            }
            const entry = entryFor(recordId);
            entry.fields = new Set(watching.flatMap((s) => s.fields));
            entry.optionalFields = new Set(watching.flatMap((s) => s.optionalFields));
            try {
                await load(recordId, [], [], origin);
            } catch (error) {
                for (const subscriber of watching) subscriber.emit({ data: undefined, error });
            }
        })
    );
}

/** Every record some wire on the page is showing (what a RefreshEvent refreshes). */
export function watchedRecordIds(): string[] {
    return [...new Set([...subscribers].map((s) => s.recordId))];
}

/** Forgets everything (a new running user or reset data). */
export function clearRecordCache(): void {
    entries.clear();
}
