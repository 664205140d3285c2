// Builders for the integration case tests (procedure 004): a project org at a fixed instant, a creator
// in Customer Support, an Integrations member, and integration cases at a given stage of their clocks.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput } from '../org/values';
import { newProjectOrg } from './orgFixtures';

export interface IntegrationFixture {
    org: InMemoryOrg;
    creatorId: string;
    workerId: string;
    outsiderId: string;
    queueId: string;
    accountId: string;
    contactId: string;
}

/** Tuesday 2026-11-17 15:00 UTC, 10:00 in New York. */
export const INTEGRATION_CLOCK = { instant: '2026-11-17T15:00:00Z', timeZone: 'America/New_York' };

export function integrationFixture(): IntegrationFixture {
    const org = newProjectOrg();
    org.clock.set(INTEGRATION_CLOCK);
    const creatorId = org.createUser({ FirstName: 'Cora', LastName: 'Creator', permissionSets: ['Playbooks_Agent'] });
    const workerId = org.createUser({ FirstName: 'Ivan', LastName: 'Integrations', permissionSets: ['Playbooks_Agent'] });
    const outsiderId = org.createUser({ FirstName: 'Nora', LastName: 'Nopermission' });
    org.addQueueMembers('Integrations', [workerId]);
    const [accountId] = org.db.insert({ attributes: { type: 'Account' }, Name: 'Lakeside Eye Care' }, 'SYSTEM_MODE');
    const [contactId] = org.db.insert({ attributes: { type: 'Contact' }, LastName: 'Patel', FirstName: 'Dana', AccountId: accountId }, 'SYSTEM_MODE');
    return { org, creatorId, workerId, outsiderId, queueId: org.queueId('Integrations'), accountId: accountId as string, contactId: contactId as string };
}

/** An integration case the creator opened, assigned as `fields` say (the Integrations queue by default). */
export function integrationCase(fixture: IntegrationFixture, fields: Partial<SObjectInput> = {}): string {
    const { org } = fixture;
    const [caseId] = org.runAs(fixture.creatorId, () =>
        org.db.insert(
            {
                attributes: { type: 'Case' },
                RecordTypeId: org.recordTypeId('Case', 'Integration_Case'),
                AccountId: fixture.accountId,
                ContactId: fixture.contactId,
                Subject: 'Practice management sync stopped sending appointments',
                OwnerId: fixture.queueId,
                ...fields
            },
            'SYSTEM_MODE'
        )
    );
    return caseId as string;
}
