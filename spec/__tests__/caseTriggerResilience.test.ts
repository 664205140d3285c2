// The Case trigger never blocks a case save for something the package does on the side: the Contact
// Inactive cascade runs on CLA cases only, a contact that cannot be updated is logged instead of
// failing the save, and without the CLA record type (deleted or renamed) the CLA work is skipped
// with a log line.
import { CONTACT_NOT_UPDATED, cascadeTestSeam } from '../triggers/ContactInactiveCascade';
import { CLA_RECORD_TYPE_MISSING } from '../triggers/claRecordType';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { newProjectOrg } from './orgFixtures';

const CLA = 'Customer_Loyalty_Assessment';
const BULK = 200;

interface Setup {
    org: InMemoryOrg;
    agentId: string;
    contactIds: string[];
    caseIds: string[];
}

function casesOnContacts(count: number, recordType: string | null): Setup {
    const org = newProjectOrg();
    const agentId = org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
    const [accountId] = org.db.insert({ attributes: { type: 'Account' }, Name: 'Northgate Motors', Customer_Role__c: 'Dealership' }, 'SYSTEM_MODE');
    const contactIds = org.db.insert(
        Array.from({ length: count }, (_unused, index) => ({ attributes: { type: 'Contact' }, LastName: `Okafor ${index}`, AccountId: accountId, Employment_Status__c: 'Active' })),
        'SYSTEM_MODE'
    );
    const caseIds = org.db.insert(
        contactIds.map((contactId) => ({
            attributes: { type: 'Case' },
            RecordTypeId: recordType ? org.recordTypeId('Case', recordType) : null,
            AccountId: accountId,
            ContactId: contactId,
            OwnerId: agentId,
            Subject: 'Inverter offline',
            Status: 'New',
            CL_Activity_Status__c: 'In Progress'
        })),
        'SYSTEM_MODE'
    );
    return { org, agentId, contactIds, caseIds };
}

function tickContactInactive({ org, agentId, caseIds }: Setup): void {
    org.runAs(agentId, () => org.transaction(() => org.db.update(caseIds.map((Id) => ({ Id, Contact_Inactive__c: true })), 'USER_MODE')));
}

function logCodes(org: InMemoryOrg): string[] {
    return org.errorLog.map((entry) => entry.code);
}

describe('the Contact Inactive cascade runs on CLA cases only', () => {
    it('ticking Contact Inactive on a support case saves the box and changes nothing else', () => {
        const setup = casesOnContacts(1, null);
        const { org, contactIds, caseIds } = setup;

        tickContactInactive(setup);

        expect(org.db.get(caseIds[0] as string)).toMatchObject({
            Contact_Inactive__c: true,
            Status: 'New',
            IsClosed: false,
            CL_Satisfaction_Score__c: null,
            CL_Activity_Status__c: 'In Progress'
        });
        expect(org.db.get(contactIds[0] as string)?.Employment_Status__c).toBe('Active');
        expect(org.lastCallLimits.dmlStatements).toBe(1);
        expect(org.errorLog).toEqual([]);
    });
});

describe('a contact that cannot be updated does not fail the case save', () => {
    afterEach(() => cascadeTestSeam.refusedContactIds.clear());

    it('saves every case, marks the other contacts and logs the one it could not update, for 200 cases at once', () => {
        const setup = casesOnContacts(BULK, CLA);
        const { org, contactIds, caseIds } = setup;
        const refusedId = contactIds[17] as string;
        cascadeTestSeam.refusedContactIds.add(refusedId);

        tickContactInactive(setup);

        for (const caseId of caseIds) {
            expect(org.db.get(caseId)).toMatchObject({ Contact_Inactive__c: true, CL_Satisfaction_Score__c: 'Unable to Contact', Status: 'Closed' });
        }
        const statuses = contactIds.map((id) => org.db.get(id)?.Employment_Status__c);
        expect(statuses.filter((status) => status === 'Former Employee')).toHaveLength(BULK - 1);
        expect(org.db.get(refusedId)?.Employment_Status__c).toBe('Active');
        expect(logCodes(org)).toEqual([CONTACT_NOT_UPDATED]);
        expect(org.errorLog[0]?.detail).toContain(`Contact ${refusedId} was not marked Former Employee after case ${caseIds[17]}`);
        expect(org.errorLog[0]?.detail).toContain('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
        // The cases, then one partial-success update of their contacts.
        expect(org.lastCallLimits.dmlStatements).toBe(2);
    });

    it('logs nothing when every contact is updated', () => {
        const setup = casesOnContacts(2, CLA);

        tickContactInactive(setup);

        expect(setup.contactIds.map((id) => setup.org.db.get(id)?.Employment_Status__c)).toEqual(['Former Employee', 'Former Employee']);
        expect(setup.org.errorLog).toEqual([]);
    });
});

describe('without the CLA record type the trigger skips its CLA work and the save goes on', () => {
    /** An admin renamed the record type (one in use cannot be deleted); its Id stays on the cases. */
    function withoutClaRecordType(setup: Setup): void {
        setup.org.db.update({ Id: setup.org.recordTypeId('Case', CLA), DeveloperName: 'Loyalty_Assessment' }, 'SYSTEM_MODE');
    }

    it('a ticked Contact Inactive box is saved, nothing cascades, and a log line says why', () => {
        const setup = casesOnContacts(1, CLA);
        withoutClaRecordType(setup);

        tickContactInactive(setup);

        expect(setup.org.db.get(setup.caseIds[0] as string)).toMatchObject({ Contact_Inactive__c: true, Status: 'New' });
        expect(setup.org.db.get(setup.contactIds[0] as string)?.Employment_Status__c).toBe('Active');
        expect(new Set(logCodes(setup.org))).toEqual(new Set([CLA_RECORD_TYPE_MISSING]));
        expect(setup.org.errorLog[0]?.detail).toContain('the Contact Inactive cascade was skipped');
    });

    it('a support case closes without a callback, and a log line says why', () => {
        const setup = casesOnContacts(1, null);
        const { org, agentId, caseIds } = setup;
        const [claId] = org.db.insert(
            { attributes: { type: 'Case' }, RecordTypeId: org.recordTypeId('Case', CLA), OwnerId: agentId, Related_Support_Case__c: caseIds[0] as string },
            'SYSTEM_MODE'
        );
        withoutClaRecordType(setup);

        org.runAs(agentId, () => org.transaction(() => org.db.update({ Id: caseIds[0] as string, Status: 'Closed' }, 'USER_MODE')));

        expect(org.db.get(caseIds[0] as string)?.IsClosed).toBe(true);
        expect(org.db.all('Task').filter((task) => task.WhatId === claId)).toEqual([]);
        expect(logCodes(org)).toEqual([CLA_RECORD_TYPE_MISSING]);
        expect(org.errorLog[0]?.detail).toContain('the callback for closed support cases was skipped');
    });
});
