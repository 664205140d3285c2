// An SObject value in Apex: field names ignore case; values are Apex values (Id, Decimal, Date,
// Datetime, ...); a parent relationship holds an SObject and a child relationship a List. A record
// read by a query knows which fields were queried: reading another one throws the platform's
// SObjectException (Apex Developer Guide "Working with SOQL Query Results": "SObject row was
// retrieved via SOQL without querying the requested field"). Records of an after trigger are
// read-only (System.FinalException "Record is read-only").
import type { FieldDefinition, ObjectDefinition, Schema } from '../../spec/org/schema';
import type { SObjectLike, Value } from '../evaluator/values';

const AUDIT_FIELDS = new Set(['CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp']);

export interface FieldSlot {
    /** The field or relationship name as the schema spells it. */
    name: string;
    value: Value;
}

export class SObjectError extends Error {
    constructor(
        readonly exceptionType: string,
        message: string
    ) {
        super(message);
    }
}

export class SObjectValue implements SObjectLike {
    readonly isSObject = true as const;
    readonly objectName: string;
    /** By lower-case name, in the order fields were set (which is how the platform prints them). */
    readonly slots = new Map<string, FieldSlot>();
    /** Read by a query: fields not queried cannot be read. */
    queried = false;
    /** Trigger.new in an after trigger. */
    readOnly = false;

    constructor(
        readonly schema: Schema,
        readonly definition: ObjectDefinition
    ) {
        this.objectName = definition.name;
    }

    field(name: string): FieldDefinition | undefined {
        return this.schema.findField(this.objectName, name);
    }

    /** The lookup field behind a parent relationship name (Account, Owner, Contract__r), if any. */
    relationshipField(name: string): FieldDefinition | undefined {
        const lower = name.toLowerCase();
        return Object.values(this.definition.fields).find((candidate) => candidate.relationshipName?.toLowerCase() === lower);
    }

    has(name: string): boolean {
        return this.slots.has(name.toLowerCase());
    }

    /** The stored value; undefined when the field was never set or queried. */
    raw(name: string): Value | undefined {
        return this.slots.get(name.toLowerCase())?.value;
    }

    setRaw(name: string, value: Value): void {
        const lower = name.toLowerCase();
        const slot = this.slots.get(lower);
        if (slot) slot.value = value;
        else this.slots.set(lower, { name, value });
    }

    remove(name: string): void {
        this.slots.delete(name.toLowerCase());
    }

    entries(): [string, Value][] {
        return [...this.slots.values()].map((slot) => [slot.name, slot.value]);
    }

    /**
     * SObject.clone(preserveId, isDeepClone, preserveReadonlyTimestamps, preserveAutonumber) (Apex
     * Reference "SObject Class"): the Id, the read-only audit fields and auto-number fields are
     * cleared unless preserved; a deep clone copies related records too, a shallow one shares them.
     */
    copy(preserveId: boolean, deep = false, preserveTimestamps = false, preserveAutonumber = false): SObjectValue {
        const copy = new SObjectValue(this.schema, this.definition);
        for (const slot of this.slots.values()) {
            const field = this.field(slot.name);
            if (!preserveId && slot.name.toLowerCase() === 'id') continue;
            if (!preserveTimestamps && field && AUDIT_FIELDS.has(field.name)) continue;
            if (!preserveAutonumber && field?.autoNumberFormat) continue;
            const value = deep && slot.value instanceof SObjectValue ? slot.value.copy(true, true, true, true) : slot.value;
            copy.slots.set(slot.name.toLowerCase(), { name: slot.name, value });
        }
        return copy;
    }
}
