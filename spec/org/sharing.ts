// Record-level access (sharing) of a fresh org: organization-wide defaults, ownership, the role
// hierarchy, queue membership and the "View All" / "Modify All" permissions. User-mode operations
// and system-mode operations of a `with sharing` class apply it (database.ts); the Apex runtime's
// SOQL evaluator asks the same questions through InMemoryOrg.sharing.
//
// Platform documentation followed here:
// - Help "Default Organization-Wide Access Levels": Account Public Read/Write, Activity Private, Case
//   Public Read/Write/Transfer, Contact Controlled by Parent, Contract Public Read/Write, Custom Object
//   Public Read/Write, Users Public Read Only.
// - Help "Organization-Wide Default Access Settings": Private, Public Read Only, Public Read/Write,
//   Controlled by Parent ("a user can perform an action ... on a contact ... based on whether he or she
//   can perform that same action on the record associated with it").
// - Activities under Private (Help "Sharing Default Access Settings", Activity row): "Only the activity
//   owner, and users above the activity owner in the role hierarchy, can edit and delete the activity;
//   users with read access to the record to which the activity is associated can view" it. Read here
//   as: read access to every record the activity names (WhatId and WhoId), at least one of them.
//   Knowledge article 000385354: subordinates and peers cannot edit their superiors' or peers' activities.
// - Help "Transfer Records": the owner, users above the owner in the role hierarchy, users with Modify
//   All Data, and, for cases, everyone when the default is Public Read/Write/Transfer (or holders of
//   Transfer Cases / Transfer Record) may change a record's owner.
// - Help "Queues": "Queue members and users higher in a role hierarchy can access queues from list
//   views and take ownership of records in a queue": members have the owner's access to queue-owned
//   records. Users above a member get it only when the queue grants access using hierarchies, which
//   queues of installed packages targeting API 66.0 or earlier do not (Help "Grant Access Using
//   Hierarchies by Default in New Queues"); the model takes that narrower reading for every queue.
// - Contacts without an account are private to their owner (Help "Controlled by Parent" / private contacts).
// Not modelled, so refused when asked for: sharing rules, manual shares, teams, territories, implicit
// sharing between an account and its contacts, cases and opportunities (which only matters when Account
// is not public), nested groups in queues, and Controlled by Parent on any object but Contact,
// TaskRelation and activities.
import type { AccessGrants, AccessPolicy } from './access';
import { isValidId, sameId } from './ids';
import type { Schema } from './schema';
import type { SObjectRecord } from './values';

/** Default record access, named as CustomObject.sharingModel names it. */
export type OrgWideDefault =
    | 'Private'
    | 'Read'
    | 'ReadWrite'
    | 'ReadWriteTransfer'
    | 'FullAccess'
    | 'ControlledByParent';

/** The two defaults an org may choose for activities (Setup > Sharing Settings > Activity). */
export type ActivitySharing = 'Private' | 'ControlledByParent';

/** What a user may do with one record, as UserRecordAccess reports it. */
export interface RecordAccess {
    read: boolean;
    edit: boolean;
    transfer: boolean;
    delete: boolean;
}

/** The standard objects' defaults in a new org; activities take the org's ActivitySharing. */
export const FRESH_ORG_DEFAULTS: Readonly<Record<string, OrgWideDefault>> = {
    Account: 'ReadWrite',
    Contact: 'ControlledByParent',
    Case: 'ReadWriteTransfer',
    Contract: 'ReadWrite',
    User: 'Read',
    // Shared Activities' relation rows follow their task.
    TaskRelation: 'ControlledByParent',
    // Object Reference, CaseComment: a comment is seen by whoever sees its case.
    CaseComment: 'ControlledByParent',
    // Entitlement has no owner field; read as its account is (spec/org/entitlements.ts).
    Entitlement: 'ControlledByParent'
};

const CUSTOM_OBJECT_DEFAULT: OrgWideDefault = 'ReadWrite';
/** The lookup a Controlled by Parent object follows. */
const CONTROLLING_PARENT: Readonly<Record<string, string>> = {
    Contact: 'AccountId',
    Entitlement: 'AccountId',
    TaskRelation: 'TaskId',
    CaseComment: 'ParentId'
};
const ACTIVITY_OBJECTS = new Set(['Task', 'Event']);
const NONE: RecordAccess = { read: false, edit: false, transfer: false, delete: false };
const READ: RecordAccess = { ...NONE, read: true };
const READ_WRITE: RecordAccess = { ...READ, edit: true };
const FULL: RecordAccess = { read: true, edit: true, transfer: true, delete: true };
/** Help "Transfer Records": Transfer Cases or Transfer Record for cases, Transfer Record for the others. */
const TRANSFER_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
    Case: ['TransferAnyCase', 'TransferAnyEntity']
};
const TRANSFER_RECORD = ['TransferAnyEntity'];

/** What sharing needs from the org: records as stored (not access-checked), and each user's grants. */
export interface SharingHost {
    readonly schema: Schema;
    readonly access: AccessPolicy;
    record(id: string): SObjectRecord | undefined;
    records(objectName: string): readonly SObjectRecord[];
    grantsOf(userId: string): AccessGrants;
}

function union(left: RecordAccess, right: RecordAccess): RecordAccess {
    return {
        read: left.read || right.read,
        edit: left.edit || right.edit,
        transfer: left.transfer || right.transfer,
        delete: left.delete || right.delete
    };
}

function intersection(accesses: readonly RecordAccess[]): RecordAccess {
    if (!accesses.length) return NONE;
    return accesses.reduce((left, right) => ({
        read: left.read && right.read,
        edit: left.edit && right.edit,
        transfer: left.transfer && right.transfer,
        delete: left.delete && right.delete
    }));
}

export class SharingRules {
    constructor(
        private readonly host: SharingHost,
        private readonly activitySharing: ActivitySharing = 'Private'
    ) {}

    /** The organization-wide default of an object; undefined for setup objects, which records are not shared on. */
    organizationWideDefault(objectName: string): OrgWideDefault | undefined {
        const object = this.host.schema.object(objectName);
        if (ACTIVITY_OBJECTS.has(object.name)) return this.activitySharing;
        if (object.custom) return object.sharingModel ?? CUSTOM_OBJECT_DEFAULT;
        return FRESH_ORG_DEFAULTS[object.name];
    }

    /** What `userId` may do with `record` (a stored record), whatever their object permissions. */
    recordAccess(userId: string, record: SObjectRecord): RecordAccess {
        const objectName = this.host.schema.object(record.attributes.type).name;
        const grants = this.host.grantsOf(userId);
        const objectAccess = this.host.access.objectAccess(grants, objectName);
        if (this.host.access.hasUserPermission(grants, 'ModifyAllData') || objectAccess.modifyAll) return FULL;
        const sharingModel = this.organizationWideDefault(objectName);
        if (sharingModel === undefined) return FULL;
        let access = union(
            this.ownerAccess(userId, record),
            this.defaultAccess(userId, record, objectName, sharingModel)
        );
        if (
            objectName === 'User' &&
            (sameId(record.Id, userId) || this.host.access.hasUserPermission(grants, 'ManageUsers'))
        ) {
            access = union(access, READ_WRITE);
        }
        const transferPermissions = TRANSFER_PERMISSIONS[objectName] ?? TRANSFER_RECORD;
        const canTransfer = transferPermissions.some((name) => this.host.access.hasUserPermission(grants, name));
        const viewAll = this.host.access.hasUserPermission(grants, 'ViewAllData') || objectAccess.viewAll === true;
        return { ...access, transfer: access.transfer || (access.edit && canTransfer), read: access.read || viewAll };
    }

    canRead(userId: string, record: SObjectRecord): boolean {
        return this.recordAccess(userId, record).read;
    }

    /** True when `userId`'s role is above `otherUserId`'s in the role hierarchy (peers are not). */
    isAbove(userId: string, otherUserId: string): boolean {
        const myRole = this.host.record(userId)?.UserRoleId;
        let role = this.parentRole(this.host.record(otherUserId)?.UserRoleId);
        const seen = new Set<string>();
        while (typeof myRole === 'string' && role && !seen.has(role)) {
            if (sameId(role, myRole)) return true;
            seen.add(role);
            role = this.parentRole(role);
        }
        return false;
    }

    private parentRole(roleId: unknown): string | undefined {
        if (typeof roleId !== 'string') return undefined;
        const parent = this.host.record(roleId)?.ParentRoleId;
        return typeof parent === 'string' ? parent : undefined;
    }

    /** The owner, users above the owner, and members of an owning queue have full access. */
    private ownerAccess(userId: string, record: SObjectRecord): RecordAccess {
        const ownerId = record.OwnerId;
        if (!isValidId(ownerId)) return NONE;
        if (sameId(ownerId, userId)) return FULL;
        const owner = this.host.record(ownerId);
        if (owner?.attributes.type === 'User') return this.isAbove(userId, ownerId) ? FULL : NONE;
        if (owner?.attributes.type === 'Group' && owner.Type === 'Queue') {
            const members = this.queueMembers(ownerId);
            return members.some((memberId) => sameId(memberId, userId)) ? FULL : NONE;
        }
        return NONE;
    }

    private queueMembers(queueId: string): string[] {
        if (!this.host.schema.findObject('GroupMember')) return [];
        return this.host
            .records('GroupMember')
            .filter((member) => sameId(member.GroupId, queueId))
            .map((member) => String(member.UserOrGroupId));
    }

    private defaultAccess(
        userId: string,
        record: SObjectRecord,
        objectName: string,
        sharingModel: OrgWideDefault
    ): RecordAccess {
        if (ACTIVITY_OBJECTS.has(objectName)) return this.activityAccess(userId, record, sharingModel);
        switch (sharingModel) {
            case 'Private':
                return NONE;
            case 'Read':
                return READ;
            case 'ReadWrite':
                return READ_WRITE;
            case 'ReadWriteTransfer':
                return { ...READ_WRITE, transfer: true };
            case 'FullAccess':
                return FULL;
            default:
                return this.parentAccess(userId, record, objectName);
        }
    }

    /** Controlled by Parent: a contact follows its account (a contact without one is private), a task relation its task, a case comment its case. */
    private parentAccess(userId: string, record: SObjectRecord, objectName: string): RecordAccess {
        const parentField = CONTROLLING_PARENT[objectName];
        if (!parentField)
            throw new Error(
                `unsupported: Controlled by Parent sharing on ${objectName}; the in-memory org models it for Contact, Entitlement, TaskRelation, CaseComment and activities only`
            );
        const parent = this.stored(record[parentField]);
        return parent ? this.recordAccess(userId, parent) : NONE;
    }

    /** Activities: Private lets readers of every associated record read; Controlled by Parent follows them for everything. */
    private activityAccess(userId: string, record: SObjectRecord, sharingModel: OrgWideDefault): RecordAccess {
        const parents = [record.WhatId, record.WhoId]
            .map((id) => this.stored(id))
            .filter((parent) => parent !== undefined);
        const parentAccess = intersection(parents.map((parent) => this.recordAccess(userId, parent)));
        return sharingModel === 'Private' ? { ...NONE, read: parentAccess.read } : parentAccess;
    }

    private stored(id: unknown): SObjectRecord | undefined {
        return isValidId(id) ? this.host.record(id) : undefined;
    }
}
