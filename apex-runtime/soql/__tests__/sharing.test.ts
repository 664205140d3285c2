/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// Record-level access in queries (Apex Developer Guide, "Enforce User Mode for Database Operations" and "Using the
// with sharing, without sharing, and inherited sharing Keywords"): user mode and `with sharing` leave out the rows
// the running user cannot see; system mode without sharing returns them all. The decision is the org's own
// (spec/org/sharing.ts). Playbook_Request__c is Private: only its owner (and users above the owner) see a row.
import { claFixture } from '../../../spec/__tests__/orgFixtures';
import { rows } from './helpers';

const QUERY = 'SELECT Id FROM Playbook_Request__c';

describe('record visibility', () => {
    it('hides another user’s private row in user mode and with sharing, and shows it without sharing', () => {
        const fixture = claFixture();
        const { org, agentId, previousAgentId } = fixture;
        org.db.insert(
            { attributes: { type: 'Playbook_Request__c' }, OwnerId: previousAgentId, Key__c: 'k-2', Action__c: 'claimCase' },
            'SYSTEM_MODE'
        );
        expect(org.runAs(previousAgentId, () => rows(org, `${QUERY} WITH USER_MODE`))).toHaveLength(1);
        expect(org.runAs(agentId, () => rows(org, `${QUERY} WITH USER_MODE`))).toHaveLength(0);
        expect(org.runAs(agentId, () => rows(org, QUERY, { enforceSharing: true }))).toHaveLength(0);
        expect(org.runAs(agentId, () => rows(org, QUERY, { enforceSharing: false }))).toHaveLength(1);
    });
});
