// Completing a CLA case with "No Score" early (procedure 000, Step 4: "speak with Eric") records which manager agreed:
// the team manager named in the settings or the agent's own manager (User.ManagerId). The vectors cover the refusals
// and the completions that need no one; a vector cannot name a user by username nor give a user a manager, so the
// agreements themselves are tested here and in the Apex tests (CallOutcomeServiceTest, NoScoreApprovalTest).
import type { CallOutcomeRequest } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { CallWizardController } from '../controllers/CallWizardController';
import { AuraHandledError, parseFault } from '../errors/auraHandled';
import { claFixture } from './orgFixtures';

function noScore(caseId: string, agentId: string, approverId: string | null): { request: CallOutcomeRequest } {
    return {
        request: {
            requestKey: `no-score-${String(approverId)}`,
            caseId,
            expectedOwnerId: agentId,
            outcome: 'NO_SCORE_COMPLETE',
            notes: 'Called to collect CSS. Samuel declines surveys.',
            score: null,
            referral: null,
            reason: 'Declines surveys',
            followUp: null,
            supportCase: null,
            replacement: null,
            satisfactionNotes: null,
            noScoreApprovedById: approverId
        }
    };
}

function codeOf(action: () => unknown): string {
    try {
        action();
    } catch (error) {
        expect(error).toBeInstanceOf(AuraHandledError);
        return parseFault((error as Error).message)?.code ?? 'no fault';
    }
    return 'no error';
}

function setUp() {
    const fixture = claFixture({ CL_Call_Attempts__c: 1 });
    const { org, agentId, caseId } = fixture;
    org.db.update({ Id: caseId, OwnerId: agentId }, 'SYSTEM_MODE');
    const managerId = org.createUser({ FirstName: 'Eric', LastName: 'Manager', permissionSets: ['Playbooks_Agent'] });
    const bossId = org.createUser({ FirstName: 'Dana', LastName: 'Boss' });
    return { ...fixture, managerId, bossId, controller: new CallWizardController(org) };
}

describe('an early No Score completion', () => {
    it("records the agent's own manager as the one who agreed, and the context offers them", () => {
        const { org, agentId, caseId, bossId, controller } = setUp();
        org.db.update({ Id: agentId, ManagerId: bossId }, 'SYSTEM_MODE');
        const context = org.runAs(agentId, () => controller.getCallContext({ request: { caseId } }));
        expect(context.noScoreApprovers).toEqual([{ id: bossId, name: 'Dana Boss', roles: ['MY_MANAGER'] }]);
        org.runAs(agentId, () => controller.saveCallOutcome(noScore(caseId, agentId, bossId)));
        expect(org.db.get(caseId)).toMatchObject({ CL_Satisfaction_Score__c: 'No Score', CL_No_Score_Approved_By__c: bossId, IsClosed: true });
    });

    it('records the team manager of the settings, offered once with both roles when they are also the agent\'s manager', () => {
        const { org, agentId, caseId, managerId, controller } = setUp();
        org.overrideSettings({ Manager_Username__c: String(org.db.get(managerId)?.Username) });
        org.db.update({ Id: agentId, ManagerId: managerId }, 'SYSTEM_MODE');
        const context = org.runAs(agentId, () => controller.getCallContext({ request: { caseId } }));
        expect(context.noScoreApprovers).toEqual([{ id: managerId, name: 'Eric Manager', roles: ['TEAM_MANAGER', 'MY_MANAGER'] }]);
        org.runAs(agentId, () => controller.saveCallOutcome(noScore(caseId, agentId, managerId)));
        expect(org.db.get(caseId)?.CL_No_Score_Approved_By__c).toBe(managerId);
    });

    it('refuses anyone else, and an inactive manager, with what to do; nothing is written', () => {
        const { org, agentId, caseId, managerId, bossId, controller } = setUp();
        org.overrideSettings({ Manager_Username__c: String(org.db.get(managerId)?.Username) });
        expect(codeOf(() => org.runAs(agentId, () => controller.saveCallOutcome(noScore(caseId, agentId, bossId))))).toBe('INVALID_INPUT');
        org.db.update({ Id: managerId, IsActive: false }, 'SYSTEM_MODE');
        expect(org.runAs(agentId, () => controller.getCallContext({ request: { caseId } })).noScoreApprovers).toEqual([]);
        expect(codeOf(() => org.runAs(agentId, () => controller.saveCallOutcome(noScore(caseId, agentId, managerId))))).toBe('MANAGER_NOT_CONFIGURED');
        expect(codeOf(() => org.runAs(agentId, () => controller.saveCallOutcome(noScore(caseId, agentId, null))))).toBe('INVALID_INPUT');
        expect(org.db.get(caseId)).toMatchObject({ IsClosed: false, CL_Satisfaction_Score__c: null });
        expect(org.db.all('Task')).toHaveLength(0);
    });
});
