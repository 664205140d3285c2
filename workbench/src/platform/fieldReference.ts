// Field references as components pass them: '@salesforce/schema' objects or 'Object.Field' strings.
export interface SchemaReference {
    objectApiName: string;
    fieldApiName?: string;
}

/** 'Case.Account.Name' for either form. */
export function qualifiedFieldName(field: unknown): string {
    if (typeof field === 'string') return field;
    const reference = field as SchemaReference | undefined;
    if (reference && typeof reference.objectApiName === 'string' && typeof reference.fieldApiName === 'string') {
        return `${reference.objectApiName}.${reference.fieldApiName}`;
    }
    throw new Error(`Not a field reference: ${JSON.stringify(field)}`);
}

/** The path below the object: ['Account', 'Name'] for 'Case.Account.Name'. */
export function fieldPath(field: unknown): string[] {
    return qualifiedFieldName(field).split('.').slice(1);
}
