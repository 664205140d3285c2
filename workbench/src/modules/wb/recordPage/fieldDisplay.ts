// Turns a UI API field value into what a record page shows: the display value, the related
// record's name for a lookup, a check for a checkbox.
import type { RecordRepresentation } from '../../../platform/recordStore';

export interface DisplayedField {
    label: string;
    text: string;
    linkRecordId: string | null;
    linkObject: string | null;
    isCheckbox: boolean;
    checked: boolean;
}

export function displayField(record: RecordRepresentation, path: string, label: string): DisplayedField | null {
    const parts = path.split('.');
    let current: RecordRepresentation | null = record;
    let related: RecordRepresentation | null = null;
    for (let index = 0; index < parts.length - 1; index += 1) {
        const value = current?.fields?.[parts[index]]?.value as RecordRepresentation | null | undefined;
        if (value === undefined && !(parts[index] in (current?.fields ?? {}))) return null;
        related = value ?? null;
        current = related;
    }
    if (parts.length > 1 && !related) {
        return { label, text: '', linkRecordId: null, linkObject: null, isCheckbox: false, checked: false };
    }
    const field = current?.fields?.[parts[parts.length - 1]];
    if (!field) return null;
    const isCheckbox = typeof field.value === 'boolean';
    const text = field.displayValue ?? (field.value === null || field.value === undefined ? '' : String(field.value));
    return {
        label,
        text: isCheckbox ? '' : text,
        linkRecordId: related?.id ?? null,
        linkObject: related?.apiName ?? null,
        isCheckbox,
        checked: field.value === true
    };
}
