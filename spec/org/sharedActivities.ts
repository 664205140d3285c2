// Shared Activities (several contacts on one task) as an org option of the in-memory org. A real
// org has the TaskRelation object only when Shared Activities is on, and the package detects the
// feature by that object's presence (Apex: Type.forName('Schema.TaskRelation') resolves, without the global describe);
// the TypeScript specification asks its schema the same question. Vectors choose the mode with
// "orgFeatures": { "sharedActivities": true } (spec/vectors/vector.schema.json).
import type { FieldDefinition, ObjectDefinition } from './schema';

export const TASK_RELATION = 'TaskRelation';

function field(name: string, options: Partial<FieldDefinition> & Pick<FieldDefinition, 'type'>): FieldDefinition {
    return { name, custom: false, createable: true, updateable: false, nillable: true, ...options };
}

/** TaskRelation as the platform defines it: create and delete only, no update. */
export function taskRelationObject(): ObjectDefinition {
    const fields: FieldDefinition[] = [
        field('Id', { type: 'id', createable: false, nillable: false }),
        field('TaskId', { type: 'reference', referenceTo: ['Task'], relationshipName: 'Task', nillable: false }),
        field('RelationId', {
            type: 'reference',
            referenceTo: ['Contact', 'Account', 'Case', 'Contract'],
            relationshipName: 'Relation',
            nillable: false
        }),
        field('IsWhat', { type: 'boolean', nillable: false, defaultValue: false }),
        field('AccountId', { type: 'reference', referenceTo: ['Account'], relationshipName: 'Account', createable: false }),
        field('CreatedDate', { type: 'datetime', createable: false }),
        field('CreatedById', { type: 'reference', referenceTo: ['User'], relationshipName: 'CreatedBy', createable: false }),
        field('LastModifiedDate', { type: 'datetime', createable: false }),
        field('LastModifiedById', { type: 'reference', referenceTo: ['User'], relationshipName: 'LastModifiedBy', createable: false }),
        field('SystemModstamp', { type: 'datetime', createable: false }),
        field('IsDeleted', { type: 'boolean', createable: false })
    ];
    return {
        name: TASK_RELATION,
        custom: false,
        // A real org also keeps TaskRelation rows for each task's primary contact and What, which this org
        // does not model; so, like setup objects, TaskRelation is left out of a vector's "no other record
        // changed" (the Apex replay does not compare it either) and tests assert the rows the package writes.
        setup: true,
        keyPrefix: '0RT',
        fields: Object.fromEntries(fields.map((definition) => [definition.name, definition]))
    };
}

/** The org's objects with TaskRelation added when Shared Activities is on. */
export function withSharedActivities(objects: readonly ObjectDefinition[], enabled: boolean | undefined): ObjectDefinition[] {
    return enabled ? [...objects, taskRelationObject()] : [...objects];
}
