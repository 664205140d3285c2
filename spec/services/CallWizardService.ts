// CallWizardService: the Call Wizard's rules, mirroring the Apex class of the same name.
import { PlaybookError } from '../errors/PlaybookError';
import { isValidId, sameId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput } from '../org/values';
import { selectCaseForClaim } from '../selectors/CaseSelector';
import { selectOpenTasksOwnedByOthers } from '../selectors/TaskSelector';
import { quoted } from './CallInput';

export const CLA_RECORD_TYPE = 'Customer_Loyalty_Assessment';
export const ACTIVITY_STATUS_COMPLETE = 'Complete';
export const TASK_STATUS_COMPLETED = 'Completed';
/** A CLA case carries a handful of tasks; the cap keeps the claim's cost bounded whatever the data. */
export const MAX_TASKS_CLOSED_PER_CLAIM = 1000;

export interface ClaimResult {
    caseId: string;
    ownerId: string;
    ownerName: string;
    closedTaskCount: number;
}

/**
 * Procedure 000, "Claiming a Case as Your Own": "Change Case Owner to your name" and "Close out
 * any previous open activities". Refused when the case changed hands since the agent's page
 * loaded; a repeated claim by the new owner changes nothing.
 */
export function claimCase(org: InMemoryOrg, caseIdText: unknown, expectedOwnerIdText: unknown): ClaimResult {
    requireClaimAccess(org);
    const caseId = requireId(caseIdText, 'the case to claim');
    if (org.schema.objectForId(caseId)?.name !== 'Case') {
        throw new PlaybookError('WRONG_OBJECT', 'Only a case can be claimed, and this record is not a case.');
    }
    const expectedOwnerId = requireId(expectedOwnerIdText, 'the owner the page shows');
    const ownerObject = org.schema.objectForId(expectedOwnerId)?.name;
    if (ownerObject !== 'User' && ownerObject !== 'Group') {
        throw new PlaybookError('INVALID_INPUT', 'The owner the page shows is not a user or a queue. Reload the page.');
    }

    const record = selectCaseForClaim(org, caseId);
    if (!record) throw new PlaybookError('NOT_FOUND', 'This case does not exist or you cannot see it.');
    const recordType = record.RecordType as { DeveloperName?: unknown } | undefined;
    if (recordType?.DeveloperName !== CLA_RECORD_TYPE) {
        throw new PlaybookError('NOT_A_CLA', `Case ${String(record.CaseNumber)} is not a Customer Loyalty Assessment case.`);
    }
    if (record.IsClosed === true || record.CL_Activity_Status__c === ACTIVITY_STATUS_COMPLETE) {
        throw new PlaybookError('ALREADY_COMPLETE', `Case ${String(record.CaseNumber)} is already complete, so there is nothing to claim.`);
    }

    const me = org.runningUserId();
    const ownedByMe = sameId(record.OwnerId, me);
    if (!ownedByMe && !sameId(record.OwnerId, expectedOwnerId)) {
        const owner = record.Owner as { Name?: unknown } | undefined;
        throw new PlaybookError(
            'OWNER_CHANGED',
            `Case ${String(record.CaseNumber)} now belongs to ${String(owner?.Name ?? 'someone else')}. Reload the page to see who is working on it.`
        );
    }

    const openTasks = selectOpenTasksOwnedByOthers(org, caseId, me, MAX_TASKS_CLOSED_PER_CLAIM);
    const completedTasks = openTasks.map((task) => ({ Id: task.Id, Status: TASK_STATUS_COMPLETED }));
    saveClaim(org, ownedByMe ? undefined : { Id: caseId, OwnerId: me }, completedTasks);

    return { caseId, ownerId: me, ownerName: String(org.runningUser().Name), closedTaskCount: openTasks.length };
}

function requireClaimAccess(org: InMemoryOrg): void {
    const caseDescribe = org.describe('Case');
    const taskDescribe = org.describe('Task');
    const missing: string[] = [];
    if (!caseDescribe.isUpdateable()) missing.push('edit Cases');
    if (!caseDescribe.field('CL_Activity_Status__c').isAccessible()) missing.push('read Case.CL_Activity_Status__c');
    if (!caseDescribe.field('OwnerId').isUpdateable()) missing.push('edit Case.OwnerId');
    if (!taskDescribe.isUpdateable()) missing.push('edit Tasks');
    if (!taskDescribe.field('Status').isUpdateable()) missing.push('edit Task.Status');
    if (missing.length) {
        throw new PlaybookError(
            'NO_ACCESS',
            `You cannot claim CLA cases (missing: ${missing.join(', ')}). Ask your Salesforce admin to assign you the Playbooks Agent permission set.`
        );
    }
}

function requireId(value: unknown, what: string): string {
    if (typeof value !== 'string' || value.trim() === '') throw new PlaybookError('INVALID_INPUT', `Choose ${what}.`);
    if (!isValidId(value.trim())) throw new PlaybookError('INVALID_INPUT', `${quoted(value)} is not a record id.`);
    return to18(value.trim());
}

/**
 * Writes the owner change, then the completed tasks, all or nothing. A single statement is atomic already and a
 * savepoint costs a DML statement, so the savepoint is set only when both are written.
 */
function saveClaim(org: InMemoryOrg, ownerChange: SObjectInput | undefined, completedTasks: SObjectInput[]): void {
    const savepoint = ownerChange && completedTasks.length ? org.db.setSavepoint() : undefined;
    try {
        // First, as the agent: its success proves edit access to the case and the right to transfer it.
        if (ownerChange) org.db.update(ownerChange, 'USER_MODE');
        if (completedTasks.length) completePreviousOwnersTasks(org, completedTasks);
    } catch (error) {
        if (savepoint) org.db.rollback(savepoint);
        throw error;
    }
}

/**
 * Mirrors the Apex inner class PreviousOwnersTasks, declared `without sharing`.
 * SECURITY: under the default Private activity sharing only a task's owner (or someone above the owner in the role
 * hierarchy) may edit it, yet procedure 000 has the new owner "close out any previous open activities" of the case.
 * Only the Status of the open tasks of the case being claimed is written: a case the agent read as themselves, and
 * (unless they own it already) after their own user-mode update of it succeeded.
 */
function completePreviousOwnersTasks(org: InMemoryOrg, completedTasks: SObjectInput[]): void {
    org.db.update(completedTasks, 'SYSTEM_MODE');
}
