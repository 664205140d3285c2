// The callback after a support case closes ("You can make these callbacks a week later"): the next
// call logged on the CLA case is that callback, so it completes the open callback task in the same
// save, and the wizard stops showing the callback as due. The task's subject carries the support
// case's auto-number, which a vector cannot name in both runners, so this runs here and in the Apex
// tests (CallOutcomeServiceTest, CallContextServiceTest).
import type { CallOutcomeRequest } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { CallWizardController } from '../controllers/CallWizardController';
import { AuraHandledError } from '../errors/auraHandled';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { newProjectOrg } from './orgFixtures';

interface Setup {
    org: InMemoryOrg;
    controller: CallWizardController;
    agentId: string;
    claId: string;
    callbackId: string;
}

/** A CLA case waiting for its support case, which another department then closes. */
function setUp(): Setup {
    const org = newProjectOrg();
    const agentId = org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
    const supportUserId = org.createUser({ FirstName: 'Sue', LastName: 'Support' });
    const [accountId] = org.db.insert({ attributes: { type: 'Account' }, Name: 'Northgate Motors' }, 'SYSTEM_MODE') as [string];
    const [contactId] = org.db.insert(
        { attributes: { type: 'Contact' }, FirstName: 'Samuel', LastName: 'Okafor', AccountId: accountId },
        'SYSTEM_MODE'
    ) as [string];
    const [supportId] = org.db.insert(
        { attributes: { type: 'Case' }, AccountId: accountId, ContactId: contactId, OwnerId: supportUserId, Subject: 'Monitoring offline' },
        'SYSTEM_MODE'
    ) as [string];
    const [claId] = org.db.insert(
        {
            attributes: { type: 'Case' },
            RecordTypeId: org.recordTypeId('Case', 'Customer_Loyalty_Assessment'),
            AccountId: accountId,
            ContactId: contactId,
            OwnerId: agentId,
            CL_Activity_Status__c: 'Awaiting Support Case',
            CL_Call_Attempts__c: 1,
            Related_Support_Case__c: supportId
        },
        'SYSTEM_MODE'
    ) as [string];
    org.runAs(supportUserId, () => org.transaction(() => org.db.update({ Id: supportId, Status: 'Closed' }, 'USER_MODE')));
    const callback = org.db.all('Task').find((task) => task.WhatId === claId);
    expect(callback).toMatchObject({ Subject: `Callback: ${String(org.db.get(supportId)?.CaseNumber)} closed`, IsClosed: false });
    return { org, controller: new CallWizardController(org), agentId, claId, callbackId: callback?.Id as string };
}

function call(claId: string, agentId: string, fields: Partial<CallOutcomeRequest>): { request: CallOutcomeRequest } {
    return {
        request: {
            requestKey: `callback-${String(fields.outcome)}`,
            caseId: claId,
            expectedOwnerId: agentId,
            outcome: 'NOT_REACHED',
            notes: 'Called to collect CSS after the support case closed.',
            score: null,
            referral: null,
            reason: null,
            followUp: null,
            supportCase: null,
            replacement: null,
            satisfactionNotes: null,
            leftMessage: false,
            ...fields
        }
    };
}

function callbackDue(setup: Setup): boolean {
    return setup.org.runAs(setup.agentId, () => setup.controller.getCallContext({ request: { caseId: setup.claId } })).callbackDue;
}

describe('the callback task after a support case closed', () => {
    it('is due while its task is open, and a call that does not reach the contact completes it in the same save', () => {
        const setup = setUp();
        const { org, controller, agentId, claId, callbackId } = setup;
        expect(callbackDue(setup)).toBe(true);
        // Opening reads the callback task with the case (a subquery): still at most 7 queries.
        expect(org.lastCallLimits.queries).toBeLessThanOrEqual(7);

        org.runAs(agentId, () => controller.saveCallOutcome(call(claId, agentId, { outcome: 'NOT_REACHED', followUp: { reminderAt: '2026-11-23T15:00:00Z' } })));
        expect(org.lastCallLimits.queries).toBeLessThanOrEqual(8);
        expect(org.lastCallLimits.dmlStatements).toBeLessThanOrEqual(8);

        expect(org.db.get(callbackId)).toMatchObject({ Status: 'Completed', IsClosed: true });
        expect(org.db.get(claId)).toMatchObject({ CL_Activity_Status__c: 'In Progress', IsClosed: false });
        expect(callbackDue(setup)).toBe(false);
        expect(org.lastCallLimits.queries).toBeLessThanOrEqual(7);
    });

    // Probe P1 of the mission audit: "Eric will be sending them back to us to follow up on". The callback of a CLA
    // case the queue owns goes to the manager; claiming the case is how it is sent back, so it moves to the agent.
    it('survives a claim: the manager\'s callback moves to the claiming agent and stays due, and the next call completes it', () => {
        const setup = setUp();
        const { org, controller, claId, callbackId } = setup;
        const managerId = org.createUser({ FirstName: 'Eric', LastName: 'Manager', permissionSets: ['Playbooks_Agent'] });
        const claimerId = org.createUser({ FirstName: 'Cleo', LastName: 'Claimer', permissionSets: ['Playbooks_Agent'] });
        const queueId = org.queueId('Team_Loyalty');
        org.db.update({ Id: callbackId, OwnerId: managerId }, 'SYSTEM_MODE');
        org.db.update({ Id: claId, OwnerId: queueId }, 'SYSTEM_MODE');

        org.runAs(claimerId, () => controller.claimCase({ request: { caseId: claId, expectedOwnerId: queueId } }));

        expect(org.db.get(callbackId)).toMatchObject({ OwnerId: claimerId, IsClosed: false });
        expect(callbackDue({ ...setup, agentId: claimerId })).toBe(true);
        org.runAs(claimerId, () =>
            controller.saveCallOutcome(call(claId, claimerId, { outcome: 'NO_SCORE_COMPLETE', reason: 'Fixed, but declines to score' }))
        );
        expect(org.db.get(callbackId)).toMatchObject({ Status: 'Completed', IsClosed: true });
        expect(org.db.get(claId)).toMatchObject({ CL_Satisfaction_Score__c: 'No Score', CL_No_Score_Approved_By__c: null });
    });

    it('counts only the task of the current support case, not an open callback of an earlier one', () => {
        const setup = setUp();
        const { org, controller, agentId, claId, callbackId } = setup;
        const [earlierId] = org.db.insert(
            { attributes: { type: 'Task' }, WhatId: claId, OwnerId: agentId, Subject: 'Callback: 00000000 closed', Status: 'Not Started' },
            'SYSTEM_MODE'
        ) as [string];

        org.runAs(agentId, () => controller.saveCallOutcome(call(claId, agentId, { outcome: 'NOT_REACHED', followUp: { reminderAt: '2026-11-23T15:00:00Z' } })));

        expect(org.db.get(callbackId)).toMatchObject({ Status: 'Completed', IsClosed: true });
        expect(org.db.get(earlierId)).toMatchObject({ Status: 'Not Started', IsClosed: false });
        expect(callbackDue(setup)).toBe(false);
    });

    it('is completed by a scored call too', () => {
        const setup = setUp();
        const { org, controller, agentId, claId, callbackId } = setup;

        const response = org.runAs(agentId, () => controller.saveCallOutcome(call(claId, agentId, { outcome: 'SCORED', score: 8 })));

        expect(response.activityStatus).toBe('Complete');
        expect(org.db.get(callbackId)).toMatchObject({ Status: 'Completed', IsClosed: true });
        expect(org.lastCallLimits.queries).toBeLessThanOrEqual(8);
        expect(org.lastCallLimits.dmlStatements).toBeLessThanOrEqual(8);
    });

    it('is completed by the call of a colleague who took the case over, though the callback stays the former owner\'s task', () => {
        const setup = setUp();
        const { org, controller, agentId, claId, callbackId } = setup;
        const colleagueId = org.createUser({ FirstName: 'Cleo', LastName: 'Colleague', permissionSets: ['Playbooks_Agent'] });
        org.db.update({ Id: claId, OwnerId: colleagueId }, 'SYSTEM_MODE');
        // Activity sharing is Private and the colleague is not above the agent: the callback is not theirs to edit (review R1).
        expect(org.sharing.recordAccess(colleagueId, org.db.get(callbackId) as never)).toMatchObject({ read: true, edit: false });

        org.runAs(colleagueId, () =>
            controller.saveCallOutcome(call(claId, colleagueId, { outcome: 'NOT_REACHED', followUp: { reminderAt: '2026-11-23T15:00:00Z' } }))
        );

        expect(org.db.get(callbackId)).toMatchObject({ Status: 'Completed', IsClosed: true, OwnerId: agentId });
        expect(org.db.get(claId)).toMatchObject({ OwnerId: colleagueId, CL_Call_Attempts__c: 2 });
    });

    it('stays open, with the rest of the save undone, when completing it fails', () => {
        const setup = setUp();
        const { org, controller, agentId, claId, callbackId } = setup;
        // Writes of this save: the case update (1), the call task (2), the callback task (3).
        org.failures.failAtWrite(3);

        expect(() =>
            org.runAs(agentId, () => controller.saveCallOutcome(call(claId, agentId, { outcome: 'NOT_REACHED', followUp: { reminderAt: '2026-11-23T15:00:00Z' } })))
        ).toThrow(AuraHandledError);

        expect(org.db.get(callbackId)).toMatchObject({ Status: 'Not Started', IsClosed: false });
        expect(org.db.get(claId)?.CL_Call_Attempts__c).toBe(1);
        expect(org.db.all('Task').filter((task) => task.WhatId === claId)).toHaveLength(1);
        expect(callbackDue(setup)).toBe(true);
    });

    it('is still due when no callback task exists (it could not be assigned), until the CLA case is complete', () => {
        const setup = setUp();
        setup.org.db.delete(setup.callbackId, 'SYSTEM_MODE');
        expect(callbackDue(setup)).toBe(true);
        setup.org.db.update({ Id: setup.claId, CL_Activity_Status__c: 'Complete' }, 'SYSTEM_MODE');
        expect(callbackDue(setup)).toBe(false);
    });
});
