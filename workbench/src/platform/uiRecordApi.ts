// `lightning/uiRecordApi` over the workbench server: the getRecord wire adapter, field accessors and
// notifyRecordUpdateAvailable. Writes go through Apex in this project, so updateRecord/createRecord
// are not provided (a component importing them fails the build, as it should be told).
import { subscribe, refreshRecords, type RecordRepresentation } from './recordStore';
import { fieldPath, qualifiedFieldName } from './fieldReference';
import { stableKey } from './stableKey';

type DataCallback = (value: { data: RecordRepresentation | undefined; error: unknown }) => void;

interface GetRecordConfig {
    recordId?: string;
    fields?: unknown;
    optionalFields?: unknown;
    layoutTypes?: unknown;
}

function asList(value: unknown): unknown[] {
    if (value === undefined || value === null) return [];
    return Array.isArray(value) ? value : [value];
}

function safeNames(value: unknown): string[] {
    return asList(value).map((field) => {
        try {
            return qualifiedFieldName(field);
        } catch {
            return JSON.stringify(field);
        }
    });
}

function badConfig(message: string) {
    return {
        status: 400,
        statusText: 'Bad Request',
        ok: false,
        headers: {},
        body: [{ errorCode: 'INVALID_INPUT', message }]
    };
}

export class getRecord {
    private readonly dataCallback: DataCallback;
    private readonly origin: 'component' | 'shell';
    private config: GetRecordConfig | undefined;
    private configKey: string | undefined;
    private connected = false;
    private unsubscribe: (() => void) | undefined;

    constructor(dataCallback: DataCallback, context?: { tagName?: string }) {
        this.dataCallback = dataCallback;
        this.origin = context?.tagName?.startsWith('wb-') ? 'shell' : 'component';
        this.dataCallback({ data: undefined, error: undefined });
    }

    /** A config equal to the current one (a getter returning a new array) changes nothing, as with LDS. */
    update(config: GetRecordConfig): void {
        const key = stableKey({
            recordId: config.recordId,
            fields: safeNames(config.fields),
            optionalFields: safeNames(config.optionalFields),
            layoutTypes: config.layoutTypes
        });
        if (key === this.configKey) return;
        this.configKey = key;
        this.config = config;
        this.resubscribe();
    }

    connect(): void {
        this.connected = true;
        this.resubscribe();
    }

    disconnect(): void {
        this.connected = false;
        this.unsubscribe?.();
        this.unsubscribe = undefined;
    }

    private resubscribe(): void {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
        const config = this.config;
        if (!this.connected || !config || !config.recordId) return;
        let fields: string[];
        let optionalFields: string[];
        try {
            fields = asList(config.fields).map(qualifiedFieldName);
            optionalFields = asList(config.optionalFields).map(qualifiedFieldName);
        } catch (error) {
            this.dataCallback({ data: undefined, error: badConfig((error as Error).message) });
            return;
        }
        if (config.layoutTypes !== undefined) {
            this.dataCallback({
                data: undefined,
                error: badConfig('the workbench supports getRecord with fields and optionalFields, not layoutTypes')
            });
            return;
        }
        if (!fields.length && !optionalFields.length) {
            this.dataCallback({ data: undefined, error: badConfig('getRecord needs fields or optionalFields') });
            return;
        }
        const emit = this.dataCallback;
        this.unsubscribe = subscribe({
            recordId: config.recordId,
            fields,
            optionalFields,
            origin: this.origin,
            emit
        });
    }
}

function fieldValueRepresentation(record: RecordRepresentation | undefined, field: unknown) {
    if (!record) return undefined;
    const path = fieldPath(field);
    let current: RecordRepresentation | undefined = record;
    for (let index = 0; index < path.length; index += 1) {
        const value: { value: unknown; displayValue: string | null } | undefined = current?.fields?.[path[index]];
        if (!value) return undefined;
        if (index === path.length - 1) return value;
        current = value.value as RecordRepresentation | undefined;
    }
    return undefined;
}

export function getFieldValue(record: RecordRepresentation | undefined, field: unknown): unknown {
    return fieldValueRepresentation(record, field)?.value;
}

export function getFieldDisplayValue(record: RecordRepresentation | undefined, field: unknown): unknown {
    return fieldValueRepresentation(record, field)?.displayValue;
}

export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void> {
    return refreshRecords(
        items.map((item) => item.recordId),
        'component'
    );
}
