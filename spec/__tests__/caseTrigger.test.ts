// CaseTrigger's TypeScript counterpart: the Contact Inactive cascade and the callback after a
// support case closes, both bulk (200 records) and idempotent.
import { newProjectOrg } from './orgFixtures';
import type { InMemoryOrg } from '../org/InMemoryOrg';

const CLA = 'Customer_Loyalty_Assessment';
const BULK = 200;

function dealershipWithContacts(org: InMemoryOrg, count: number): { accountId: string; contactIds: string[] } {
    const [accountId] = org.db.insert({ attributes: { type: 'Account' }, Name: 'Northgate Motors' }, 'SYSTEM_MODE') as [string];
    const contactIds = org.db.insert(
        Array.from({ length: count }, (_unused, index) => ({
            attributes: { type: 'Contact' },
            FirstName: `Person${index}`,
            LastName: 'Okafor',
            AccountId: accountId,
            Employment_Status__c: 'Active'
        })),
        'SYSTEM_MODE'
    );
    return { accountId, contactIds };
}

function claCases(org: InMemoryOrg, accountId: string, contactIds: readonly string[], ownerId: string, extra: Record<string, string | null> = {}): string[] {
    return org.db.insert(
        contactIds.map((contactId) => ({
            attributes: { type: 'Case' },
            RecordTypeId: org.recordTypeId('Case', CLA),
            AccountId: accountId,
            ContactId: contactId,
            OwnerId: ownerId,
            Subject: 'Customer Loyalty Assessment',
            CL_Activity_Status__c: 'In Progress',
            ...extra
        })),
        'SYSTEM_MODE'
    );
}

describe('Contact Inactive cascade ("This will then complete the case and mark the CL Satisfaction Score as Unable to Contact")', () => {
    it('completes 200 cases ticked by hand in one update and makes their contacts Former Employees', () => {
        const org = newProjectOrg();
        const agentId = org.createUser({ LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
        const { accountId, contactIds } = dealershipWithContacts(org, BULK);
        const caseIds = claCases(org, accountId, contactIds, agentId);

        org.runAs(agentId, () => org.transaction(() => org.db.update(caseIds.map((Id) => ({ Id, Contact_Inactive__c: true })), 'USER_MODE')));

        for (const caseId of caseIds) {
            expect(org.db.get(caseId)).toMatchObject({
                CL_Satisfaction_Score__c: 'Unable to Contact',
                CL_Activity_Status__c: 'Complete',
                Status: 'Closed',
                IsClosed: true
            });
        }
        expect(contactIds.map((id) => org.db.get(id)?.Employment_Status__c)).toEqual(contactIds.map(() => 'Former Employee'));
        // One update of the cases and one of their contacts, whatever the number of records.
        expect(org.lastCallLimits.dmlStatements).toBe(2);
    });

    it('leaves cases whose box was already ticked alone', () => {
        const org = newProjectOrg();
        const { accountId, contactIds } = dealershipWithContacts(org, 1);
        const [caseId] = claCases(org, accountId, contactIds, org.adminUserId);
        org.db.update({ Id: caseId as string, Contact_Inactive__c: true }, 'SYSTEM_MODE');
        org.db.update({ Id: contactIds[0] as string, Employment_Status__c: 'Active' }, 'SYSTEM_MODE');

        org.db.update({ Id: caseId as string, Subject: 'Renamed' }, 'SYSTEM_MODE');

        expect(org.db.get(contactIds[0] as string)?.Employment_Status__c).toBe('Active');
    });
});

describe('callback after a support case closes ("Eric will be sending them back to us to follow up on")', () => {
    function setUp(count: number) {
        const org = newProjectOrg();
        org.overrideSettings({ Callback_Delay_Days__c: 7 });
        const agentId = org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
        const supportUserId = org.createUser({ FirstName: 'Sue', LastName: 'Support' });
        const { accountId, contactIds } = dealershipWithContacts(org, count);
        const supportIds = org.db.insert(
            contactIds.map((contactId) => ({ attributes: { type: 'Case' }, AccountId: accountId, ContactId: contactId, OwnerId: supportUserId, Subject: 'Monitoring offline' })),
            'SYSTEM_MODE'
        );
        const claIds = contactIds.map((contactId, index) =>
            claCases(org, accountId, [contactId], agentId, { Related_Support_Case__c: supportIds[index] as string, CL_Activity_Status__c: 'Awaiting Support Case' })[0] as string
        );
        return { org, agentId, supportUserId, supportIds, claIds };
    }

    function callbacks(org: InMemoryOrg): ReturnType<InMemoryOrg['db']['all']> {
        return org.db.all('Task').filter((task) => String(task.Subject).startsWith('Callback: '));
    }

    it('gives the CLA owner one open callback task per closed support case, due after the configured delay, for 200 closed at once by another department', () => {
        const { org, agentId, supportUserId, supportIds, claIds } = setUp(BULK);

        org.runAs(supportUserId, () => org.transaction(() => org.db.update(supportIds.map((Id) => ({ Id, Status: 'Closed' })), 'USER_MODE')));

        const created = callbacks(org);
        expect(created).toHaveLength(BULK);
        const first = created.find((task) => task.WhatId === claIds[0]);
        const supportNumber = String(org.db.get(supportIds[0] as string)?.CaseNumber);
        expect(first).toMatchObject({ OwnerId: agentId, Subject: `Callback: ${supportNumber} closed`, Status: 'Not Started', IsClosed: false, ActivityDate: '2026-11-27' });
        expect(org.lastCallLimits.queries).toBeLessThanOrEqual(2);
    });

    it('creates no second callback when the support case is reopened and closed again', () => {
        const { org, supportUserId, supportIds } = setUp(1);
        const close = (Status: string) =>
            org.runAs(supportUserId, () => org.transaction(() => org.db.update({ Id: supportIds[0] as string, Status }, 'USER_MODE')));
        close('Closed');
        close('Working');
        close('Closed');
        expect(callbacks(org)).toHaveLength(1);
    });

    it('does nothing when a case no CLA refers to closes, or when a CLA case itself closes', () => {
        const { org, supportUserId, claIds } = setUp(1);
        const [accountId] = org.db.insert({ attributes: { type: 'Account' }, Name: 'Elsewhere' }, 'SYSTEM_MODE') as [string];
        const [unrelated] = org.db.insert({ attributes: { type: 'Case' }, AccountId: accountId, OwnerId: supportUserId }, 'SYSTEM_MODE') as [string];
        org.db.update([{ Id: unrelated, Status: 'Closed' }, { Id: claIds[0] as string, Status: 'Closed' }], 'SYSTEM_MODE');
        expect(callbacks(org)).toHaveLength(0);
    });

    describe('when no active user owns the CLA case (an inactive owner, or a queue)', () => {
        function setUpWithoutActiveOwner(count: number, managerActive: boolean | undefined) {
            const context = setUp(count);
            const { org, agentId, claIds } = context;
            const leaverId = org.createUser({ FirstName: 'Lee', LastName: 'Leaver', permissionSets: ['Playbooks_Agent'] });
            const queueId = org.queueId('Team_Loyalty');
            // Half of the CLA cases belong to an agent who has left, the other half sit in the queue; the first stays with the active agent.
            org.db.update(
                claIds.slice(1).map((Id, index) => ({ Id, OwnerId: index % 2 === 0 ? leaverId : queueId })),
                'SYSTEM_MODE'
            );
            org.db.update({ Id: leaverId, IsActive: false }, 'SYSTEM_MODE');
            let managerId: string | undefined;
            if (managerActive !== undefined) {
                managerId = org.createUser({ FirstName: 'Eric', LastName: 'Manager', Username: 'eric.manager@playbooks.example' });
                org.overrideSettings({ Callback_Delay_Days__c: 7, Manager_Username__c: 'eric.manager@playbooks.example' });
                if (!managerActive) org.db.update({ Id: managerId, IsActive: false }, 'SYSTEM_MODE');
            }
            return { ...context, agentId, leaverId, queueId, managerId };
        }

        it('the platform refuses a task for an inactive owner, which is why the callback cannot simply keep the CLA owner', () => {
            const { org, leaverId, claIds } = setUpWithoutActiveOwner(2, undefined);
            expect(() =>
                org.db.insert({ attributes: { type: 'Task' }, OwnerId: leaverId, WhatId: claIds[1] as string, Subject: 'Callback', Status: 'Not Started', Priority: 'Normal' }, 'SYSTEM_MODE')
            ).toThrow(/INACTIVE_OWNER_OR_USER/);
        });

        it('gives the callbacks to the active manager named in Manager_Username__c, for 200 support cases closed at once', () => {
            const { org, agentId, managerId, supportUserId, supportIds, claIds } = setUpWithoutActiveOwner(BULK, true);

            org.runAs(supportUserId, () => org.transaction(() => org.db.update(supportIds.map((Id) => ({ Id, Status: 'Closed' })), 'USER_MODE')));

            expect(supportIds.every((id) => org.db.get(id)?.IsClosed === true)).toBe(true);
            const created = callbacks(org);
            expect(created).toHaveLength(BULK);
            expect(created.find((task) => task.WhatId === claIds[0])?.OwnerId).toBe(agentId);
            expect(created.filter((task) => task.OwnerId === managerId)).toHaveLength(BULK - 1);
            expect(org.errorLog).toHaveLength(0);
            expect(org.lastCallLimits.queries).toBeLessThanOrEqual(4);
        });

        it('skips those callbacks without failing the close, and logs one ERROR line with a reference, when the manager is missing or inactive', () => {
            for (const managerActive of [undefined, false]) {
                const { org, agentId, supportUserId, supportIds, claIds } = setUpWithoutActiveOwner(BULK, managerActive);

                org.runAs(supportUserId, () => org.transaction(() => org.db.update(supportIds.map((Id) => ({ Id, Status: 'Closed' })), 'USER_MODE')));

                expect(supportIds.every((id) => org.db.get(id)?.IsClosed === true)).toBe(true);
                const created = callbacks(org);
                expect(created).toHaveLength(1);
                expect(created[0]).toMatchObject({ WhatId: claIds[0], OwnerId: agentId });
                expect(org.errorLog).toHaveLength(1);
                expect(org.errorLog[0]).toMatchObject({ level: 'ERROR', code: 'CALLBACK_NOT_ASSIGNED', reference: expect.stringMatching(/^[0-9A-F]{8}$/) });
                expect(org.errorLog[0]?.detail).toContain(claIds[1] as string);
            }
        });
    });
});

describe('Contract Warning re-arm ("an acknowledgement belongs to the contract it was given for")', () => {
    it('clears the acknowledgement of 200 cases whose contract is changed by hand in one update, and leaves the others alone', () => {
        const org = newProjectOrg();
        const agentId = org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
        const { accountId, contactIds } = dealershipWithContacts(org, BULK * 2);
        const [cancelledId, activeId] = org.db.insert(
            [
                { attributes: { type: 'Contract' }, AccountId: accountId, Status: 'Draft', StartDate: '2026-01-01', ContractTerm: 24 },
                { attributes: { type: 'Contract' }, AccountId: accountId, Status: 'Draft', StartDate: '2026-01-01', ContractTerm: 24 }
            ],
            'SYSTEM_MODE'
        ) as [string, string];
        const acknowledgedOn = '2026-11-19T15:00:00.000Z';
        const caseIds = claCases(org, accountId, contactIds, agentId, {
            Contract__c: cancelledId,
            Contract_Warning_Acknowledged_On__c: acknowledgedOn,
            Contract_Warning_Acknowledged_By__c: agentId
        });
        const moved = caseIds.slice(0, BULK);
        const untouched = caseIds.slice(BULK);

        org.runAs(agentId, () =>
            org.transaction(() =>
                org.db.update(
                    [...moved.map((Id) => ({ Id, Contract__c: activeId })), ...untouched.map((Id) => ({ Id, Subject: 'Renamed' }))],
                    'USER_MODE'
                )
            )
        );

        for (const id of moved) {
            expect(org.db.get(id)).toMatchObject({ Contract__c: activeId, Contract_Warning_Acknowledged_On__c: null, Contract_Warning_Acknowledged_By__c: null });
        }
        for (const id of untouched) {
            expect(org.db.get(id)).toMatchObject({ Contract__c: cancelledId, Contract_Warning_Acknowledged_By__c: agentId });
            expect(Date.parse(String(org.db.get(id)?.Contract_Warning_Acknowledged_On__c))).toBe(Date.parse(acknowledgedOn));
        }
        // Done in place before the save: one statement, no query.
        expect(org.lastCallLimits.dmlStatements).toBe(1);
        expect(org.lastCallLimits.queries).toBe(0);
    });

    it('clears it when the contract is removed, and keeps it when the same contract is written again', () => {
        const org = newProjectOrg();
        const { accountId, contactIds } = dealershipWithContacts(org, 2);
        const [contractId] = org.db.insert(
            { attributes: { type: 'Contract' }, AccountId: accountId, Status: 'Draft', StartDate: '2026-01-01', ContractTerm: 24 },
            'SYSTEM_MODE'
        ) as [string];
        const [removed, same] = claCases(org, accountId, contactIds, org.adminUserId, {
            Contract__c: contractId,
            Contract_Warning_Acknowledged_On__c: '2026-11-19T15:00:00.000Z',
            Contract_Warning_Acknowledged_By__c: org.adminUserId
        }) as [string, string];

        org.db.update([{ Id: removed, Contract__c: null }, { Id: same, Contract__c: contractId.slice(0, 15) }], 'SYSTEM_MODE');

        expect(org.db.get(removed)?.Contract_Warning_Acknowledged_On__c).toBeNull();
        expect(org.db.get(same)?.Contract_Warning_Acknowledged_By__c).toBe(org.adminUserId);
    });
});

