// NoScoreApproval: procedure 000, Step 4: "Sometimes there are instances when you really weren't able to obtain their
// CSS score. This varies on a case by case basis, so if you have any questions on what to do in this situation, speak
// with Eric." Completing a CLA case with "No Score" early (before the last attempt and outside the callback after a
// support case) records which manager agreed: the team's manager (Manager_Username__c) or the agent's own manager
// (User.ManagerId), as the agent attests. "After you've called 6 times" and the callback ("If you weren't able to
// obtain the CSS, make sure you select No Score") need no one. Mirrors the Apex class NoScoreApproval.
import type { NoScoreApprover, NoScoreApproverRole } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { selectRunningUserAndTeamManager } from '../selectors/UserSelector';
import { invalid } from './CallInput';

/** Completing with No Score on this call needs a manager's agreement: before the last attempt, outside the callback. */
export function needsApproval(org: InMemoryOrg, attemptNumber: number, supportCaseClosed: boolean): boolean {
    return attemptNumber < org.settings().maxCallAttempts && !supportCaseClosed;
}

/** The active team manager and the agent's active manager, one entry per person (one query). */
export function noScoreApprovers(org: InMemoryOrg): NoScoreApprover[] {
    const managerUsername = org.settings().managerUsername;
    const rows = selectRunningUserAndTeamManager(org, managerUsername);
    const approvers: NoScoreApprover[] = [];
    const add = (id: string, name: string, role: NoScoreApproverRole): void => {
        const known = approvers.find((approver) => sameId(approver.id, id));
        if (known) known.roles.push(role);
        else approvers.push({ id, name, roles: [role] });
    };
    const teamManager = rows.find((row) => managerUsername !== null && String(row.Username).toLowerCase() === managerUsername.toLowerCase());
    if (teamManager && teamManager.IsActive === true) add(teamManager.Id, String(teamManager.Name), 'TEAM_MANAGER');
    const me = rows.find((row) => sameId(row.Id, org.runningUserId()));
    const myManager = me?.Manager as SObjectRecord | null | undefined;
    if (me && typeof me.ManagerId === 'string' && myManager?.IsActive === true) add(me.ManagerId, String(myManager.Name), 'MY_MANAGER');
    return approvers;
}

/** The approver the agent named, checked against who may agree; refused with what to do when it is none of them. */
export function requireApprover(org: InMemoryOrg, approverId: string): string {
    const approvers = noScoreApprovers(org);
    const chosen = approvers.find((approver) => sameId(approver.id, approverId));
    if (chosen) return chosen.id;
    if (!approvers.length) {
        throw new PlaybookError(
            'MANAGER_NOT_CONFIGURED',
            'No manager can agree to completing without a score: neither the team manager (Manager_Username__c in the Playbook Setting "Default" record) nor your own manager is an active user. Ask your Salesforce admin to set one, or schedule a follow-up call.'
        );
    }
    throw invalid(
        `The manager who agreed must be ${approvers.map((approver) => approver.name).join(' or ')}. Choose who agreed to completing without a score.`
    );
}
