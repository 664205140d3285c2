// Record sharing of a fresh org (spec/org/sharing.ts): who may read, edit, transfer and delete a
// record, in user mode and in system mode with and without sharing.
import { DmlError } from '../org/errors';
import { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { createProjectOrg } from '../project/createProjectOrg';
import { CLOCK, newProjectOrg, projectRoot } from './orgFixtures';

function dmlError(action: () => unknown): DmlError {
    try {
        action();
    } catch (error) {
        if (error instanceof DmlError) return error;
        throw error;
    }
    throw new Error('Expected a DmlError');
}

function insert(org: InMemoryOrg, record: Record<string, unknown>): string {
    return org.runAs(org.adminUserId, () => org.db.insert(record as never, 'SYSTEM_MODE')[0] as string);
}

function agent(org: InMemoryOrg, LastName: string, role?: string): string {
    return org.createUser({ FirstName: 'A', LastName, permissionSets: ['Playbooks_Agent'], role });
}

/** A public case of a dealership contact, and a task on it owned by `ownerId`. */
function taskOnCase(org: InMemoryOrg, ownerId: string): { caseId: string; taskId: string } {
    const accountId = insert(org, { attributes: { type: 'Account' }, Name: 'Northgate Motors' });
    const contactId = insert(org, { attributes: { type: 'Contact' }, LastName: 'Okafor', AccountId: accountId });
    const caseId = insert(org, {
        attributes: { type: 'Case' },
        AccountId: accountId,
        ContactId: contactId,
        Subject: 'Roof leak'
    });
    const taskId = insert(org, {
        attributes: { type: 'Task' },
        WhatId: caseId,
        WhoId: contactId,
        OwnerId: ownerId,
        Subject: 'Follow-up call'
    });
    return { caseId, taskId };
}

function ids(rows: readonly SObjectRecord[]): string[] {
    return rows.map((row) => row.Id);
}

describe('activities under the new-org default, Private', () => {
    it('let the owner edit a task, and another agent (no role above the owner) read it through its case but not edit it', () => {
        const org = newProjectOrg();
        const ownerId = agent(org, 'Owner');
        const otherId = agent(org, 'Other');
        const { caseId, taskId } = taskOnCase(org, ownerId);

        org.runAs(ownerId, () => org.db.update({ Id: taskId, Status: 'In Progress' }, 'USER_MODE'));
        org.runAs(otherId, () => {
            expect(
                ids(
                    org.db.query(
                        { select: ['Id'], from: 'Task', where: [{ field: 'WhatId', value: caseId }] },
                        'USER_MODE'
                    )
                )
            ).toEqual([taskId]);
            const refused = dmlError(() => org.db.update({ Id: taskId, Status: 'Completed' }, 'USER_MODE'));
            expect(refused.statusCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
            expect(refused.message).toBe('INSUFFICIENT_ACCESS_OR_READONLY, insufficient access rights on object id');
            // System mode of a `with sharing` class applies sharing too; a `without sharing` class does not.
            expect(
                dmlError(() => org.db.update({ Id: taskId, Status: 'Completed' }, 'SYSTEM_MODE', { withSharing: true }))
                    .statusCode
            ).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
            org.db.update({ Id: taskId, Status: 'Completed' }, 'SYSTEM_MODE');
        });
        expect(org.db.get(taskId)?.Status).toBe('Completed');
    });

    it('let users above the owner in the role hierarchy edit the task, but not peers or subordinates', () => {
        const org = newProjectOrg();
        org.createRole({ developerName: 'Support_Manager' });
        org.createRole({ developerName: 'Team_Lead', parentRole: 'Support_Manager' });
        org.createRole({ developerName: 'Agent_Role', parentRole: 'Team_Lead' });
        const ownerId = agent(org, 'Owner', 'Agent_Role');
        const peerId = agent(org, 'Peer', 'Agent_Role');
        const managerId = agent(org, 'Manager', 'Support_Manager');
        const { taskId } = taskOnCase(org, ownerId);
        const { taskId: managersTaskId } = taskOnCase(org, managerId);

        expect(org.sharing.isAbove(managerId, ownerId)).toBe(true);
        expect(org.sharing.isAbove(ownerId, managerId)).toBe(false);
        org.runAs(managerId, () => org.db.update({ Id: taskId, Status: 'Completed' }, 'USER_MODE'));
        expect(org.db.get(taskId)?.Status).toBe('Completed');
        expect(
            dmlError(() => org.runAs(peerId, () => org.db.update({ Id: taskId, Status: 'Deferred' }, 'USER_MODE')))
                .statusCode
        ).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
        expect(
            dmlError(() =>
                org.runAs(ownerId, () => org.db.update({ Id: managersTaskId, Status: 'Deferred' }, 'USER_MODE'))
            ).statusCode
        ).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    });

    it('let a user with Modify All Data edit any task, and one with View All Data read a task they could not otherwise see', () => {
        const org = new InMemoryOrg({
            clock: CLOCK,
            permissionSets: [
                {
                    name: 'Viewer',
                    objects: {},
                    fields: {},
                    userPermissions: ['ViewAllData'],
                    apexClasses: [],
                    recordTypes: []
                }
            ]
        });
        const ownerId = org.createUser({ LastName: 'Owner' });
        const otherId = org.createUser({ LastName: 'Other' });
        const viewerId = org.createUser({ LastName: 'Viewer', permissionSets: ['Viewer'] });
        // A contact without an account is private to its owner, so only the task's owner can read a task naming it.
        const privateContactId = org.db.insert(
            { attributes: { type: 'Contact' }, LastName: 'Private', OwnerId: ownerId },
            'SYSTEM_MODE'
        )[0] as string;
        const taskId = org.db.insert(
            { attributes: { type: 'Task' }, WhoId: privateContactId, OwnerId: ownerId, Subject: 'Call' },
            'SYSTEM_MODE'
        )[0] as string;
        const query = { select: ['Id'], from: 'Task' };

        expect(org.runAs(otherId, () => org.db.query(query, 'USER_MODE'))).toEqual([]);
        expect(ids(org.runAs(viewerId, () => org.db.query(query, 'USER_MODE')))).toEqual([taskId]);
        expect(
            dmlError(() => org.runAs(viewerId, () => org.db.update({ Id: taskId, Status: 'Completed' }, 'USER_MODE')))
                .statusCode
        ).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
        org.runAs(org.adminUserId, () => org.db.update({ Id: taskId, Status: 'Completed' }, 'USER_MODE'));
        expect(org.db.get(taskId)?.IsClosed).toBe(true);
    });

    it('hide a task from a user who cannot read every record it names, in user mode and with sharing, not without sharing', () => {
        const org = newProjectOrg();
        const ownerId = agent(org, 'Owner');
        const otherId = agent(org, 'Other');
        const { caseId } = taskOnCase(org, ownerId);
        const privateContactId = insert(org, {
            attributes: { type: 'Contact' },
            LastName: 'Private',
            OwnerId: ownerId
        });
        const hiddenId = insert(org, {
            attributes: { type: 'Task' },
            WhatId: caseId,
            WhoId: privateContactId,
            OwnerId: ownerId,
            Subject: 'Call'
        });
        const query = { select: ['Id'], from: 'Task', where: [{ field: 'WhatId', value: caseId }] };

        org.runAs(otherId, () => {
            expect(ids(org.db.query(query, 'USER_MODE'))).not.toContain(hiddenId);
            expect(ids(org.db.query(query, 'SYSTEM_MODE', { withSharing: true }))).not.toContain(hiddenId);
            expect(ids(org.db.query(query, 'SYSTEM_MODE'))).toContain(hiddenId);
            const [caseRow] = org.db.query(
                {
                    select: ['Id'],
                    from: 'Case',
                    where: [{ field: 'Id', value: caseId }],
                    children: [{ relationship: 'Tasks', select: ['Id'] }]
                },
                'USER_MODE'
            );
            expect(ids((caseRow?.Tasks as unknown as { records: SObjectRecord[] }).records)).not.toContain(hiddenId);
        });
        expect(ids(org.runAs(ownerId, () => org.db.query(query, 'USER_MODE')))).toContain(hiddenId);
    });

    it('follow the parent records for every action when the org sets activities to Controlled by Parent', () => {
        const org = createProjectOrg({ root: projectRoot, clock: CLOCK, activitySharing: 'ControlledByParent' });
        const ownerId = agent(org, 'Owner');
        const otherId = agent(org, 'Other');
        const { taskId } = taskOnCase(org, ownerId);
        org.runAs(otherId, () => org.db.update({ Id: taskId, Status: 'Completed' }, 'USER_MODE'));
        expect(org.db.get(taskId)?.Status).toBe('Completed');
        // A task naming a contact the user cannot edit (a private contact of its owner) stays out of reach.
        const privateContactId = insert(org, {
            attributes: { type: 'Contact' },
            LastName: 'Private',
            OwnerId: ownerId
        });
        const privateTaskId = insert(org, {
            attributes: { type: 'Task' },
            WhoId: privateContactId,
            OwnerId: ownerId,
            Subject: 'Call'
        });
        expect(
            dmlError(() =>
                org.runAs(otherId, () => org.db.update({ Id: privateTaskId, Status: 'Completed' }, 'USER_MODE'))
            ).statusCode
        ).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    });
});

describe('the other objects under the new-org defaults', () => {
    it('let every agent edit and transfer a case (Public Read/Write/Transfer)', () => {
        const org = newProjectOrg();
        const ownerId = agent(org, 'Owner');
        const otherId = agent(org, 'Other');
        const caseId = insert(org, { attributes: { type: 'Case' }, OwnerId: ownerId, Subject: 'Roof leak' });
        org.runAs(otherId, () =>
            org.db.update({ Id: caseId, Subject: 'Roof leak, east side', OwnerId: otherId }, 'USER_MODE')
        );
        expect(org.db.get(caseId)).toMatchObject({ Subject: 'Roof leak, east side', OwnerId: otherId });
        // Transfer comes with the case default only: a Public Read/Write contract is not the other agent's to give away.
        const accountId = insert(org, { attributes: { type: 'Account' }, Name: 'Northgate Motors' });
        const contractId = insert(org, {
            attributes: { type: 'Contract' },
            AccountId: accountId,
            OwnerId: ownerId,
            Status: 'Draft'
        });
        expect(
            dmlError(() => org.runAs(otherId, () => org.db.update({ Id: contractId, OwnerId: otherId }, 'USER_MODE')))
                .statusCode
        ).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    });

    it('let every user edit an account (Public Read/Write), but only its owner transfer or delete it', () => {
        const org = newProjectOrg();
        const ownerId = agent(org, 'Owner');
        const otherId = agent(org, 'Other');
        const accountId = insert(org, { attributes: { type: 'Account' }, Name: 'Northgate Motors', OwnerId: ownerId });
        org.runAs(otherId, () => org.db.update({ Id: accountId, Name: 'Northgate Motors Ltd' }, 'USER_MODE'));
        expect(
            dmlError(() => org.runAs(otherId, () => org.db.update({ Id: accountId, OwnerId: otherId }, 'USER_MODE')))
                .statusCode
        ).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
        expect(dmlError(() => org.runAs(otherId, () => org.db.delete(accountId, 'USER_MODE'))).statusCode).toBe(
            'INSUFFICIENT_ACCESS_OR_READONLY'
        );
        org.runAs(ownerId, () => org.db.update({ Id: accountId, OwnerId: otherId }, 'USER_MODE'));
        expect(org.db.get(accountId)?.OwnerId).toBe(otherId);
    });

    it('keep a Private custom object (Playbook_Request__c) to its owner, users above the owner, and members of an owning queue', () => {
        const org = newProjectOrg();
        org.createRole({ developerName: 'Lead' });
        org.createRole({ developerName: 'Member', parentRole: 'Lead' });
        const ownerId = agent(org, 'Owner');
        const otherId = agent(org, 'Other');
        const memberId = agent(org, 'Member', 'Member');
        const leadId = agent(org, 'Lead', 'Lead');
        org.addQueueMembers('Team_Loyalty', [memberId]);
        const mine = insert(org, { attributes: { type: 'Playbook_Request__c' }, Key__c: 'mine', OwnerId: ownerId });
        const queued = insert(org, {
            attributes: { type: 'Playbook_Request__c' },
            Key__c: 'queued',
            OwnerId: org.queueId('Team_Loyalty')
        });
        const visibleTo = (userId: string) =>
            ids(org.runAs(userId, () => org.db.query({ select: ['Id'], from: 'Playbook_Request__c' }, 'USER_MODE')));

        expect(visibleTo(ownerId)).toEqual([mine]);
        expect(visibleTo(otherId)).toEqual([]);
        expect(visibleTo(memberId)).toEqual([queued]);
        // The package's queues do not grant access using hierarchies (sharing.ts): the member's lead sees nothing yet.
        expect(visibleTo(leadId)).toEqual([]);
        // Agents may not edit requests (object permissions), so this is system mode in a `with sharing` class.
        org.runAs(memberId, () =>
            org.db.update({ Id: queued, Action__c: 'taken', OwnerId: memberId }, 'SYSTEM_MODE', { withSharing: true })
        );
        expect(
            dmlError(() =>
                org.runAs(otherId, () =>
                    org.db.update({ Id: mine, Action__c: 'x' }, 'SYSTEM_MODE', { withSharing: true })
                )
            ).statusCode
        ).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
        expect(visibleTo(leadId)).toEqual([queued]);
        expect(visibleTo(ownerId)).toEqual([mine]);
    });
});

describe('transfer permissions', () => {
    it('let a holder of Transfer Record give away a record they can edit but do not own', () => {
        const org = new InMemoryOrg({
            clock: CLOCK,
            permissionSets: [
                {
                    name: 'Transferer',
                    objects: {},
                    fields: {},
                    userPermissions: ['TransferAnyEntity'],
                    apexClasses: [],
                    recordTypes: []
                }
            ]
        });
        const ownerId = org.createUser({ LastName: 'Owner' });
        const plainId = org.createUser({ LastName: 'Plain' });
        const transfererId = org.createUser({ LastName: 'Transferer', permissionSets: ['Transferer'] });
        const accountId = org.db.insert(
            { attributes: { type: 'Account' }, Name: 'Northgate Motors', OwnerId: ownerId },
            'SYSTEM_MODE'
        )[0] as string;
        expect(org.sharing.recordAccess(plainId, org.db.get(accountId) as SObjectRecord)).toEqual({
            read: true,
            edit: true,
            transfer: false,
            delete: false
        });
        org.runAs(transfererId, () => org.db.update({ Id: accountId, OwnerId: plainId }, 'USER_MODE'));
        expect(org.db.get(accountId)?.OwnerId).toBe(plainId);
    });
});

describe('lookups to records the user cannot read', () => {
    it('read as null through a relationship, and refuse a write that sets them', () => {
        const org = newProjectOrg();
        const ownerId = agent(org, 'Owner');
        const otherId = agent(org, 'Other');
        const privateContactId = insert(org, {
            attributes: { type: 'Contact' },
            LastName: 'Private',
            OwnerId: ownerId
        });
        const taskId = insert(org, { attributes: { type: 'Task' }, OwnerId: otherId, Subject: 'Call' });
        insert(org, {
            attributes: { type: 'Task' },
            OwnerId: otherId,
            WhoId: privateContactId,
            Subject: 'Call about Private'
        });

        org.runAs(otherId, () => {
            const rows = org.db.query(
                {
                    select: ['Id', 'WhoId', 'Who.LastName'],
                    from: 'Task',
                    where: [{ field: 'WhoId', operator: '!=', value: null }]
                },
                'USER_MODE'
            );
            expect(rows).toHaveLength(1);
            expect(rows[0]?.WhoId).toBe(privateContactId);
            expect(rows[0]?.Who).toBeUndefined();
            const refused = dmlError(() => org.db.update({ Id: taskId, WhoId: privateContactId }, 'USER_MODE'));
            expect(refused.statusCode).toBe('INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY');
            expect(refused.fields).toEqual(['WhoId']);
            expect(
                dmlError(() =>
                    org.db.insert({ attributes: { type: 'Task' }, WhoId: privateContactId, Subject: 'x' }, 'USER_MODE')
                ).statusCode
            ).toBe('INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY');
        });
        const [asOwner] = org.runAs(ownerId, () =>
            org.db.query(
                { select: ['Id', 'Who.LastName'], from: 'Task', where: [{ field: 'WhoId', value: privateContactId }] },
                'SYSTEM_MODE'
            )
        );
        expect(asOwner?.Who).toMatchObject({ LastName: 'Private' });
    });
});
