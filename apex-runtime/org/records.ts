// Records between the in-memory org and Apex: an org row (from a query, a trigger, a DML result)
// becomes an SObjectValue; an SObjectValue becomes the input of a DML statement.
import type { Schema } from '../../spec/org/schema';
import type { FieldValue, SObjectInput, SObjectRecord } from '../../spec/org/values';
import { UnsupportedError } from '../evaluator/errors';
import { ApexDecimal, ApexList, IdValue, type Value } from '../evaluator/values';
import { MASTER_RECORD_TYPE_ID } from './describe';
import { toApex, toOrg } from './fieldValues';
import { SObjectValue } from './sobject';

interface ChildRows {
    totalSize: number;
    done: boolean;
    records: SObjectRecord[];
}

function isChildRows(value: unknown): value is ChildRows {
    return typeof value === 'object' && value !== null && Array.isArray((value as ChildRows).records);
}

/**
 * An org row as an Apex SObject. `queried` marks a query result, whose unqueried fields cannot be
 * read; trigger and DML rows carry every field.
 */
export function toSObject(schema: Schema, row: SObjectRecord, queried: boolean): SObjectValue {
    const definition = schema.object(row.attributes.type);
    const record = new SObjectValue(schema, definition);
    record.queried = queried;
    for (const [name, value] of Object.entries(row)) {
        if (name === 'attributes') continue;
        const field = schema.findField(definition.name, name);
        if (field) {
            record.setRaw(field.name, toApex(field, value as FieldValue));
            continue;
        }
        if (isChildRows(value)) {
            const relationship = schema.findChildRelationship(definition.name, name);
            const childObject = relationship ? relationship.childObject : null;
            const children = value.records.map((child) => toSObject(schema, child, queried));
            record.setRaw(relationship?.name ?? name, new ApexList({ k: 'sobject', name: childObject }, children));
            continue;
        }
        if (value && typeof value === 'object' && 'attributes' in (value as object)) {
            const lookup = Object.values(definition.fields).find((candidate) => candidate.relationshipName?.toLowerCase() === name.toLowerCase());
            record.setRaw(lookup?.relationshipName ?? name, toSObject(schema, value as SObjectRecord, queried));
            continue;
        }
        if (value === null) {
            // A parent relationship whose lookup is empty.
            const lookup = Object.values(definition.fields).find((candidate) => candidate.relationshipName?.toLowerCase() === name.toLowerCase());
            if (lookup) {
                record.setRaw(lookup.relationshipName as string, null);
                continue;
            }
        }
        if (queried && (value === null || ['string', 'number', 'boolean'].includes(typeof value))) {
            // A column the schema does not define, e.g. Owner.IsActive through the polymorphic Name of a queue owner.
            record.setRaw(name, value === null ? null : typeof value === 'number' ? ApexDecimal.of(String(value)) : (value as string | boolean));
            continue;
        }
        throw new UnsupportedError(`unsupported: query column ${name} on ${definition.name}`);
    }
    return record;
}

/**
 * The fields a DML statement sends: every field set on the SObject that the operation may write
 * (the platform ignores read-only fields a record carries from a query), never relationships.
 */
export function toDmlInput(record: SObjectValue, operation: 'insert' | 'update'): SObjectInput {
    const input: SObjectInput = { attributes: { type: record.objectName } };
    for (const [name, value] of record.entries()) {
        const field = record.field(name);
        if (!field) continue;
        if (field.name === 'Id') {
            if (value !== null) input.Id = toOrg(value) as string;
            continue;
        }
        if (field.name === 'RecordTypeId' && value instanceof IdValue && value.id18 === MASTER_RECORD_TYPE_ID) {
            // The Master record type (RecordTypeInfo.isMaster()) is no record type of the org's own: the
            // record is stored without one, as the TypeScript twin stores '$recordType:Master'.
            input.RecordTypeId = null;
            continue;
        }
        if (operation === 'insert' ? !field.createable : !field.updateable) continue;
        input[field.name] = toOrg(value as Value);
    }
    return input;
}
