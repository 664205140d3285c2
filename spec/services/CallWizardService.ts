// CallWizardService: the Call Wizard's rules, mirroring the Apex class of the same name.
import { PlaybookError } from '../errors/PlaybookError';
import { isValidId, sameId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput, SObjectRecord } from '../org/values';
import { selectCaseForClaim } from '../selectors/CaseSelector';
import { selectOpenTasksOwnedByOthers } from '../selectors/TaskSelector';
import { isBlank, strip } from './PlaybookText';
import { CALLBACK_SUBJECT_PREFIX } from '../triggers/SupportCaseCallback';
import { quoted } from './CallInput';

export const CLA_RECORD_TYPE = 'Customer_Loyalty_Assessment';
export const ACTIVITY_STATUS_COMPLETE = 'Complete';
export const TASK_STATUS_COMPLETED = 'Completed';
/** A CLA case carries a handful of tasks; the cap keeps the claim's cost bounded whatever the data. */
export const MAX_TASKS_CLOSED_PER_CLAIM = 1000;
/** The subject of the task ASK_MANAGER gives the manager (CallOutcomeService), followed by the case number. */
export const MANAGER_QUESTION_PREFIX = 'Manager question: ';

export interface ClaimResult {
    caseId: string;
    ownerId: string;
    ownerName: string;
    closedTaskCount: number;
    movedTaskCount: number;
}

/**
 * Procedure 000, "Claiming a Case as Your Own": "Change Case Owner to your name" and "Close out
 * any previous open activities". Refused when the case changed hands since the agent's page
 * loaded, and ("Begin by finding a contact who hasn't been claimed by a current employee") when an
 * active colleague owns it, unless the agent confirmed taking it over; a repeated claim by the new
 * owner changes nothing. The callback of a closed support case is not a previous activity: it moves
 * to the new owner, who makes that call; a manager's question stays with the manager.
 */
export function claimCase(org: InMemoryOrg, caseIdText: unknown, expectedOwnerIdText: unknown, confirmTakeOverValue: unknown = null): ClaimResult {
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
    const confirmTakeOver = readConfirmTakeOver(confirmTakeOverValue);

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

    const owner = record.Owner as { Name?: unknown; IsActive?: unknown } | undefined;
    if (!ownedByMe && org.schema.objectForId(String(record.OwnerId))?.name === 'User' && owner?.IsActive === true && !confirmTakeOver) {
        throw new PlaybookError(
            'OWNED_BY_COLLEAGUE',
            `Case ${String(record.CaseNumber)} is claimed by ${String(owner.Name)}, a current employee. Take it over only if you agreed it with them; otherwise choose an unclaimed case.`
        );
    }

    const openTasks = selectOpenTasksOwnedByOthers(org, caseId, me, MAX_TASKS_CLOSED_PER_CLAIM);
    const moved = openTasks.filter(isCallback).map((task) => ({ Id: task.Id, OwnerId: me }));
    const completed = openTasks
        .filter((task) => !isCallback(task) && !isManagerQuestion(task))
        .map((task) => ({ Id: task.Id, Status: TASK_STATUS_COMPLETED }));
    saveClaim(org, ownedByMe ? undefined : { Id: caseId, OwnerId: me }, [...completed, ...moved]);

    return {
        caseId,
        ownerId: me,
        ownerName: String(org.runningUser().Name),
        closedTaskCount: completed.length,
        movedTaskCount: moved.length
    };
}

function readConfirmTakeOver(value: unknown): boolean {
    if (value === null || value === undefined) return false;
    if (typeof value !== 'boolean') throw new PlaybookError('INVALID_INPUT', 'Taking the case over must be confirmed with yes or no. Reload the page.');
    return value;
}

/** "Callback: <support case number> closed" (SupportCaseCallback): the call the new owner now makes. */
function isCallback(task: SObjectRecord): boolean {
    const subject = typeof task.Subject === 'string' ? task.Subject : '';
    return subject.startsWith(CALLBACK_SUBJECT_PREFIX) && subject.endsWith(' closed');
}

/** "If you discover a different situation, speak with Eric": the question is the manager's to answer. */
function isManagerQuestion(task: SObjectRecord): boolean {
    return typeof task.Subject === 'string' && task.Subject.startsWith(MANAGER_QUESTION_PREFIX);
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
    if (typeof value !== 'string' || isBlank(value)) throw new PlaybookError('INVALID_INPUT', `Choose ${what}.`);
    if (!isValidId(strip(value))) throw new PlaybookError('INVALID_INPUT', `${quoted(value)} is not a record id.`);
    return to18(strip(value));
}

/**
 * Writes the owner change, then the completed and moved tasks, all or nothing. A single statement is atomic already and a
 * savepoint costs a DML statement, so the savepoint is set only when both are written.
 */
function saveClaim(org: InMemoryOrg, ownerChange: SObjectInput | undefined, taskChanges: SObjectInput[]): void {
    const savepoint = ownerChange && taskChanges.length ? org.db.setSavepoint() : undefined;
    try {
        // First, as the agent: its success proves edit access to the case and the right to transfer it.
        if (ownerChange) org.db.update(ownerChange, 'USER_MODE');
        if (taskChanges.length) takeOverPreviousOwnersTasks(org, taskChanges);
    } catch (error) {
        if (savepoint) org.db.rollback(savepoint);
        throw error;
    }
}

/**
 * Mirrors the Apex inner class PreviousOwnersTasks, declared `without sharing`.
 * SECURITY: under the default Private activity sharing only a task's owner (or someone above the owner in the role
 * hierarchy) may edit it, yet procedure 000 has the new owner "close out any previous open activities" of the case,
 * and the callback of a closed support case is sent back to whoever works the CLA. Only the Status of the open tasks
 * of the case being claimed, or the OwnerId of its open callback tasks (to the claiming agent), is written: a case
 * the agent read as themselves, and (unless they own it already) after their own user-mode update of it succeeded.
 */
function takeOverPreviousOwnersTasks(org: InMemoryOrg, taskChanges: SObjectInput[]): void {
    org.db.update(taskChanges, 'SYSTEM_MODE');
}
