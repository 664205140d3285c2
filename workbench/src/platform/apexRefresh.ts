// The `@salesforce/apex` module: refreshApex and getSObjectValue.
import { refreshWiredValue } from './apex';
import { fieldPath } from './fieldReference';

export function refreshApex(wiredValue: unknown): Promise<void> {
    return refreshWiredValue(wiredValue);
}

export function getSObjectValue(sObject: Record<string, unknown> | undefined, field: unknown): unknown {
    let current: unknown = sObject;
    for (const name of fieldPath(field)) {
        if (!current || typeof current !== 'object') return undefined;
        current = (current as Record<string, unknown>)[name];
    }
    return current;
}
