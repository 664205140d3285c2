// Entitlement Management as an org option of the in-memory org. A real org has the Entitlement and SlaProcess
// objects, and Case.EntitlementId, only once Entitlement Management is turned on (Salesforce Help, "Set Up
// Entitlement Management"; a scratch org gets it from the "Entitlements" feature of its definition, Salesforce DX
// Developer Guide, "Scratch Org Features"). The package detects it by the Entitlement type's presence (Apex:
// Type.forName('Schema.Entitlement'), EntitlementManagement.cls) and never names these objects at compile time;
// the TypeScript specification asks its schema the same question. Vectors choose the mode with
// "orgFeatures": { "entitlements": true } (spec/vectors/vector.schema.json).
//
// The fields are those the package reads and a vector's setup writes (Object Reference, "Entitlement": Name,
// AccountId required on create, StartDate and EndDate dates, Type a picklist with Phone Support, Web Support and Email
// Support, SlaProcessId the entitlement process; "SlaProcess": Name, IsActive). Entitlement.Status (Active, Expired,
// Inactive) is the platform's own reading of StartDate and EndDate against today; the package filters on the dates
// instead, so the model leaves Status out and a query naming it fails as an unknown field.
//
// Access: the Standard User profile gets Read on entitlements when the feature is on (Salesforce Help, "Give Users
// Access to Entitlement Management": "Create cases with entitlements: 'Create' on cases and 'Read' on entitlements",
// auto-enabled on Standard User); SlaProcess is readable by users with access to Case or Entitlement (Object
// Reference, "SlaProcess", Special Access Rules), so it is modelled as a setup object, records not shared. Entitlement
// has no owner; the model lets a user read an entitlement when they can read its account (spec/org/sharing.ts). The
// package's permission sets cannot grant Entitlement (a deploy to an org without the feature would fail), so the
// admin guide says what to check.
import type { ChildRelationship, FieldDefinition, ObjectDefinition } from './schema';

export const ENTITLEMENT = 'Entitlement';
export const SLA_PROCESS = 'SlaProcess';
/** Entitlement.Type's values in a new org. */
export const ENTITLEMENT_TYPES: readonly string[] = ['Phone Support', 'Web Support', 'Email Support'];

function field(name: string, options: Partial<FieldDefinition> & Pick<FieldDefinition, 'type'>): FieldDefinition {
    return { name, custom: false, createable: true, updateable: true, nillable: true, ...options };
}

const readOnly = (name: string, options: Partial<FieldDefinition> & Pick<FieldDefinition, 'type'>) =>
    field(name, { createable: false, updateable: false, ...options });

function auditFields(): FieldDefinition[] {
    return [
        readOnly('CreatedDate', { type: 'datetime' }),
        readOnly('CreatedById', { type: 'reference', referenceTo: ['User'], relationshipName: 'CreatedBy' }),
        readOnly('LastModifiedDate', { type: 'datetime' }),
        readOnly('LastModifiedById', { type: 'reference', referenceTo: ['User'], relationshipName: 'LastModifiedBy' }),
        readOnly('SystemModstamp', { type: 'datetime' }),
        readOnly('IsDeleted', { type: 'boolean' })
    ];
}

function objectOf(name: string, keyPrefix: string, setup: boolean, fields: FieldDefinition[]): ObjectDefinition {
    const all = [readOnly('Id', { type: 'id', nillable: false }), ...fields, ...auditFields()];
    return { name, custom: false, setup, keyPrefix, fields: Object.fromEntries(all.map((definition) => [definition.name, definition])) };
}

export function entitlementObject(): ObjectDefinition {
    return objectOf(ENTITLEMENT, '550', false, [
        field('Name', { type: 'string', length: 255, nillable: false }),
        field('AccountId', { type: 'reference', referenceTo: ['Account'], relationshipName: 'Account', nillable: false }),
        field('Type', { type: 'picklist', picklistValues: ENTITLEMENT_TYPES, restrictedPicklist: false }),
        field('StartDate', { type: 'date' }),
        field('EndDate', { type: 'date' }),
        field('SlaProcessId', { type: 'reference', referenceTo: [SLA_PROCESS], relationshipName: 'SlaProcess' })
    ]);
}

/** Entitlement processes are set up in Setup (metadata), never by the package: a setup object here. */
export function slaProcessObject(): ObjectDefinition {
    return objectOf(SLA_PROCESS, '552', true, [
        field('Name', { type: 'string', length: 120, nillable: false }),
        field('IsActive', { type: 'boolean', nillable: false, defaultValue: false }),
        field('SobjectType', { type: 'picklist', picklistValues: ['Case', 'WorkOrder'] })
    ]);
}

/** Account.Entitlements: the account's entitlements (Entitlement.AccountId). */
const ENTITLEMENTS_OF_ACCOUNT: ChildRelationship = { name: 'Entitlements', childObject: ENTITLEMENT, field: 'AccountId' };

/** Case.EntitlementId: "ID of the entitlement associated with the case" (Object Reference, "Case"). */
function caseEntitlementField(): FieldDefinition {
    return field('EntitlementId', { type: 'reference', referenceTo: [ENTITLEMENT], relationshipName: 'Entitlement' });
}

/** The org's objects with Entitlement, SlaProcess and Case.EntitlementId added when Entitlement Management is on. */
export function withEntitlementManagement(objects: readonly ObjectDefinition[], enabled: boolean | undefined): ObjectDefinition[] {
    if (!enabled) return [...objects];
    const extended = objects.map((object) => {
        if (object.name === 'Case') return { ...object, fields: { ...object.fields, EntitlementId: caseEntitlementField() } };
        if (object.name === 'Account') {
            return { ...object, childRelationships: [...(object.childRelationships ?? []), ENTITLEMENTS_OF_ACCOUNT] };
        }
        return object;
    });
    return [...extended, entitlementObject(), slaProcessObject()];
}
