// Small builders shared by the spec tests: a project org at a fixed instant, and a CLA case.
import { createProjectOrg } from '../project/createProjectOrg';
import { findProjectRoot } from '../project/projectMetadata';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput } from '../org/values';

export const projectRoot = findProjectRoot(__dirname);
export const CLOCK = { instant: '2026-11-20T15:00:00Z', timeZone: 'America/New_York' };

export function newProjectOrg(): InMemoryOrg {
    return createProjectOrg({ root: projectRoot, clock: CLOCK });
}

export interface ClaFixture {
    org: InMemoryOrg;
    agentId: string;
    previousAgentId: string;
    queueId: string;
    caseId: string;
}

/** A queue-owned CLA case on a dealership contact, with an agent ready to claim it. */
export function claFixture(caseFields: Partial<SObjectInput> = {}): ClaFixture {
    const org = newProjectOrg();
    const agentId = org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
    const previousAgentId = org.createUser({ FirstName: 'Ben', LastName: 'Before', permissionSets: ['Playbooks_Agent'] });
    const queueId = org.queueId('Team_Loyalty');
    const [accountId] = org.db.insert({ attributes: { type: 'Account' }, Name: 'Northgate Motors', Customer_Role__c: 'Dealership' }, 'SYSTEM_MODE');
    const [contactId] = org.db.insert({ attributes: { type: 'Contact' }, LastName: 'Okafor', AccountId: accountId }, 'SYSTEM_MODE');
    const [caseId] = org.db.insert(
        {
            attributes: { type: 'Case' },
            RecordTypeId: org.recordTypeId('Case', 'Customer_Loyalty_Assessment'),
            AccountId: accountId,
            ContactId: contactId,
            Subject: 'Customer Loyalty Assessment: Samuel Okafor',
            OwnerId: queueId,
            CL_Activity_Status__c: 'Not Started',
            ...caseFields
        },
        'SYSTEM_MODE'
    );
    return { org, agentId, previousAgentId, queueId, caseId: caseId as string };
}

export function openTasks(org: InMemoryOrg, whatId: string, ownerId: string, count: number): string[] {
    const tasks = Array.from({ length: count }, (_unused, index) => ({
        attributes: { type: 'Task' },
        WhatId: whatId,
        OwnerId: ownerId,
        Subject: `Follow-up call ${index + 1}`,
        Status: 'Not Started'
    }));
    return org.db.insert(tasks, 'SYSTEM_MODE');
}
