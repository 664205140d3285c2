// The Call Wizard paths that need a user named in the settings (manager, data steward): vectors
// cannot name a username that exists in both runners, so these run here and in the Apex tests.
import { CallWizardController } from '../controllers/CallWizardController';
import { AuraHandledError } from '../errors/auraHandled';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { newProjectOrg } from './orgFixtures';

interface Setup {
    org: InMemoryOrg;
    controller: CallWizardController;
    agentId: string;
    contactId: string;
    duplicateId: string;
    caseId: string;
    specialistId: string;
}

function setUp(): Setup {
    const org = newProjectOrg();
    const agentId = org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
    const specialistId = org.createUser({ FirstName: 'Eric', LastName: 'Manager', Username: 'eric@playbooks.example' });
    const [accountId] = org.db.insert({ attributes: { type: 'Account' }, Name: 'Northgate Motors' }, 'SYSTEM_MODE') as [string];
    const [contactId, duplicateId] = org.db.insert(
        [
            { attributes: { type: 'Contact' }, FirstName: 'Samuel', LastName: 'Okafor', AccountId: accountId },
            { attributes: { type: 'Contact' }, FirstName: 'Sam', LastName: 'Okafor', AccountId: accountId }
        ],
        'SYSTEM_MODE'
    ) as [string, string];
    const [caseId] = org.db.insert(
        {
            attributes: { type: 'Case' },
            RecordTypeId: org.recordTypeId('Case', 'Customer_Loyalty_Assessment'),
            AccountId: accountId,
            ContactId: contactId,
            OwnerId: agentId,
            CL_Activity_Status__c: 'In Progress'
        },
        'SYSTEM_MODE'
    ) as [string];
    return { org, controller: new CallWizardController(org), agentId, contactId, duplicateId, caseId, specialistId };
}

describe('ASK_MANAGER ("speak with Eric and have him help you")', () => {
    it('gives the configured manager an open task naming the case and leaves the case in progress', () => {
        const { org, controller, agentId, caseId, specialistId } = setUp();
        org.overrideSettings({ Manager_Username__c: 'eric@playbooks.example' });
        const response = org.runAs(agentId, () =>
            controller.saveCallOutcome({
                request: {
                    requestKey: 'ask-1',
                    caseId,
                    expectedOwnerId: agentId,
                    outcome: 'ASK_MANAGER',
                    notes: 'Called to collect CSS. Wants a refund; unsure how to proceed.',
                    score: null,
                    referral: null,
                    reason: null,
                    followUp: null,
                    supportCase: null,
                    replacement: null,
                    satisfactionNotes: null
                }
            })
        );
        const question = org.db.get(response.managerTaskId as string);
        expect(question).toMatchObject({
            OwnerId: specialistId,
            Subject: `Manager question: ${String(org.db.get(caseId)?.CaseNumber)}`,
            IsClosed: false
        });
        expect(response).toMatchObject({ activityStatus: 'In Progress', caseStatus: 'New', callAttempts: 1 });
        expect(org.lastCallLimits.queries).toBeLessThanOrEqual(8);
        expect(org.lastCallLimits.dmlStatements).toBeLessThanOrEqual(8);
    });

    it('names the setting to fix when the username is not an active user', () => {
        const { org, controller, agentId, caseId } = setUp();
        org.overrideSettings({ Manager_Username__c: 'nobody@playbooks.example' });
        const call = () =>
            org.runAs(agentId, () =>
                controller.saveCallOutcome({
                    request: {
                        requestKey: 'ask-2',
                        caseId,
                        expectedOwnerId: agentId,
                        outcome: 'ASK_MANAGER',
                        notes: 'Called to collect CSS.',
                        score: null,
                        referral: null,
                        reason: null,
                        followUp: null,
                        supportCase: null,
                        replacement: null,
                        satisfactionNotes: null
                    }
                })
            );
        expect(call).toThrow(AuraHandledError);
        try {
            call();
        } catch (error) {
            expect((error as AuraHandledError).fault).toMatchObject({ code: 'MANAGER_NOT_CONFIGURED' });
            expect((error as AuraHandledError).fault.message).toContain('Manager_Username__c');
        }
    });
});

describe('flagDuplicate ("please let Eric know so they can be merged")', () => {
    it('gives the data steward one task naming both contacts; a repeat of the key is a replay', () => {
        const { org, controller, agentId, contactId, duplicateId, specialistId } = setUp();
        org.overrideSettings({ Data_Steward_Username__c: 'eric@playbooks.example' });
        const request = { requestKey: 'flag-1', contactId, duplicateContactId: duplicateId, note: 'Same person, nickname' };
        const first = org.runAs(agentId, () => controller.flagDuplicate({ request }));
        const second = org.runAs(agentId, () => controller.flagDuplicate({ request }));
        expect(org.db.get(first.taskId)).toMatchObject({
            OwnerId: specialistId,
            Subject: 'Merge duplicate contacts: Samuel Okafor / Sam Okafor',
            Description: 'Same person, nickname'
        });
        expect(second).toEqual({ taskId: first.taskId, replayed: true });
        expect(org.db.all('Task')).toHaveLength(1);
    });
});
