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
});
