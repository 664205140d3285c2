// Object and field permissions as profiles and permission sets grant them, and the checks
// that user-mode queries and DML apply (what WITH USER_MODE / AccessLevel.USER_MODE enforce).
import type { FieldDefinition, Schema } from './schema';

export interface ObjectAccess {
    read: boolean;
    create: boolean;
    edit: boolean;
    delete: boolean;
    /** "View All" on the object: read every record, whatever the sharing. */
    viewAll?: boolean;
    /** "Modify All" on the object: read, edit, transfer and delete every record, whatever the sharing. */
    modifyAll?: boolean;
}

export interface FieldAccess {
    read: boolean;
    edit: boolean;
}

export interface PermissionSetDefinition {
    name: string;
    label?: string;
    /** By object API name. */
    objects: Record<string, ObjectAccess>;
    /** By 'Object.Field__c'; task and event fields may be granted as 'Activity.Field__c'. */
    fields: Record<string, FieldAccess>;
    userPermissions: readonly string[];
    apexClasses: readonly string[];
    /** 'Object.DeveloperName' of record types the set makes available. */
    recordTypes: readonly string[];
}

export type ProfileDefinition = PermissionSetDefinition;

/** What one user holds: a profile plus permission sets. */
export interface AccessGrants {
    profile: ProfileDefinition;
    permissionSets: readonly PermissionSetDefinition[];
}

const NO_OBJECT_ACCESS: ObjectAccess = { read: false, create: false, edit: false, delete: false };
const ACTIVITY_OBJECTS = new Set(['task', 'event']);

export type AccessOperation = 'read' | 'create' | 'edit';

/**
 * A grant's object and field entries by lower-case name, built once per grant: permission sets and profiles are
 * read from metadata and never change afterwards, and access is asked for on every user-mode statement.
 */
interface GrantIndex {
    objects: Map<string, ObjectAccess[]>;
    fields: Map<string, FieldAccess[]>;
}

const GRANT_INDEXES = new WeakMap<PermissionSetDefinition, GrantIndex>();

function indexOf(grant: PermissionSetDefinition): GrantIndex {
    let index = GRANT_INDEXES.get(grant);
    if (!index) {
        index = { objects: new Map(), fields: new Map() };
        for (const [name, access] of Object.entries(grant.objects)) {
            const key = name.toLowerCase();
            index.objects.set(key, [...(index.objects.get(key) ?? []), access]);
        }
        for (const [name, access] of Object.entries(grant.fields)) {
            const key = name.toLowerCase();
            index.fields.set(key, [...(index.fields.get(key) ?? []), access]);
        }
        GRANT_INDEXES.set(grant, index);
    }
    return index;
}

export class AccessPolicy {
    /** Object access by grants (a user's grants object is replaced, never changed, when a set is assigned). */
    private readonly objectAccessCache = new WeakMap<AccessGrants, Map<string, ObjectAccess>>();
    private readonly permissionCache = new WeakMap<AccessGrants, Map<string, boolean>>();
    private readonly fieldAccessCache = new WeakMap<AccessGrants, Map<string, FieldAccess>>();

    constructor(private readonly schema: Schema) {}

    objectAccess(grants: AccessGrants, objectName: string): ObjectAccess {
        const lower = this.schema.object(objectName).name.toLowerCase();
        let byObject = this.objectAccessCache.get(grants);
        if (!byObject) {
            byObject = new Map();
            this.objectAccessCache.set(grants, byObject);
        }
        let access = byObject.get(lower);
        if (!access) {
            access = Object.freeze(this.unionObjectAccess(grants, lower));
            byObject.set(lower, access);
        }
        return access;
    }

    private unionObjectAccess(grants: AccessGrants, lower: string): ObjectAccess {
        const union: Required<ObjectAccess> = { ...NO_OBJECT_ACCESS, viewAll: false, modifyAll: false };
        for (const grant of sources(grants)) {
            for (const access of indexOf(grant).objects.get(lower) ?? []) {
                union.read ||= access.read;
                union.create ||= access.create;
                union.edit ||= access.edit;
                union.delete ||= access.delete;
                union.viewAll ||= access.viewAll === true;
                union.modifyAll ||= access.modifyAll === true;
            }
        }
        return union;
    }

    fieldAccess(grants: AccessGrants, objectName: string, fieldName: string): FieldAccess {
        const object = this.schema.object(objectName);
        const field = this.schema.field(object.name, fieldName);
        let byField = this.fieldAccessCache.get(grants);
        if (!byField) {
            byField = new Map();
            this.fieldAccessCache.set(grants, byField);
        }
        const key = `${object.name}.${field.name}`;
        let access = byField.get(key);
        if (!access) {
            access = Object.freeze(this.computeFieldAccess(grants, object.name, field));
            byField.set(key, access);
        }
        return access;
    }

    private computeFieldAccess(grants: AccessGrants, objectName: string, field: FieldDefinition): FieldAccess {
        const object = this.schema.object(objectName);
        const objectAccess = this.objectAccess(grants, object.name);
        if (!objectAccess.read) return { read: false, edit: false };
        const writable = field.createable || field.updateable;
        const canWriteObject = objectAccess.edit || objectAccess.create;
        // Standard fields come with the object; custom fields need field-level security from the profile or a
        // permission set (no profile holds any on the package's fields: see standardProfiles.ts).
        if (!field.custom) return { read: true, edit: writable && canWriteObject };
        const granted = this.grantedFieldAccess(grants, object.name, field);
        return { read: granted.read || granted.edit, edit: granted.edit && writable && canWriteObject };
    }

    hasUserPermission(grants: AccessGrants, permissionName: string): boolean {
        const lower = permissionName.toLowerCase();
        let byPermission = this.permissionCache.get(grants);
        if (!byPermission) {
            byPermission = new Map();
            this.permissionCache.set(grants, byPermission);
        }
        let held = byPermission.get(lower);
        if (held === undefined) {
            held = sources(grants).some((grant) => grant.userPermissions.some((name) => name.toLowerCase() === lower));
            byPermission.set(lower, held);
        }
        return held;
    }

    hasApexClassAccess(grants: AccessGrants, className: string): boolean {
        const lower = className.toLowerCase();
        // Help "Set Apex Class Access from Profiles": users with Author Apex can access every Apex class.
        return (
            this.hasUserPermission(grants, 'AuthorApex') ||
            sources(grants).some((grant) => grant.apexClasses.some((name) => name.toLowerCase() === lower))
        );
    }

    /** The profile or a permission set makes the record type available ('Object.DeveloperName' in recordTypeVisibilities). */
    hasRecordType(grants: AccessGrants, objectName: string, developerName: string): boolean {
        const key = `${this.schema.object(objectName).name}.${developerName}`.toLowerCase();
        return sources(grants).some((grant) => grant.recordTypes.some((name) => name.toLowerCase() === key));
    }

    /** The fields among `fieldNames` the grants do not allow for `operation`, as 'Object.Field'. */
    deniedFields(grants: AccessGrants, objectName: string, fieldNames: readonly string[], operation: AccessOperation) {
        const object = this.schema.object(objectName);
        return fieldNames
            .map((fieldName) => this.schema.field(object.name, fieldName))
            .filter((field) => {
                const access = this.fieldAccess(grants, object.name, field.name);
                return operation === 'read' ? !access.read : !access.edit;
            })
            .map((field) => `${object.name}.${field.name}`);
    }

    private grantedFieldAccess(grants: AccessGrants, objectName: string, field: FieldDefinition): FieldAccess {
        const keys = new Set([`${objectName}.${field.name}`.toLowerCase()]);
        if (ACTIVITY_OBJECTS.has(objectName.toLowerCase())) keys.add(`activity.${field.name}`.toLowerCase());
        const union: FieldAccess = { read: false, edit: false };
        for (const grant of sources(grants)) {
            for (const key of keys) {
                for (const access of indexOf(grant).fields.get(key) ?? []) {
                    union.read ||= access.read;
                    union.edit ||= access.edit;
                }
            }
        }
        return union;
    }
}

function sources(grants: AccessGrants): readonly PermissionSetDefinition[] {
    return [grants.profile, ...grants.permissionSets];
}
