// CallOutcomeService: procedure 000, Steps 2-4. One save per call, whatever its outcome: one
// transaction (savepoint, all or nothing), idempotent through the request key, at most 8 queries and
// 8 DML statements. Mirrors the Apex class CallOutcomeService.
import type {
    CallOutcome,
    CallOutcomeRequest,
    CallOutcomeResponse
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import { isValidId, sameId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput, SObjectRecord } from '../org/values';
import { selectActiveUserByUsername } from '../selectors/UserSelector';
import { completeAsUnableToContact } from '../triggers/ContactInactiveCascade';
import { invalid, optionalText, quoted, requireFutureInstant, requireText, dateOf } from './CallInput';
import { ACTIVITY_STATUS_COMPLETE, callbackTasksOf, loadClaCase } from './CallContextService';
import { previousResponse, requestRecord, requireKey, responseStoredMeanwhile } from './CaseActionRequests';
import { requestFingerprint } from './RequestFingerprint';
import {
    insertReplacementCase,
    readBoolean,
    readReplacement,
    readScore,
    resolveReplacement,
    type ReplacementDetails
} from './ReplacementContactService';
import { newSupportCase, readSupportCase, type SupportCaseDetails } from './SupportCaseService';

export const ACTION = 'CallWizard.saveCallOutcome';
export const OUTCOMES: readonly CallOutcome[] = [
    'SCORED',
    'NO_SCORE_FOLLOW_UP',
    'SUPPORT_CASE',
    'NO_SCORE_COMPLETE',
    'NOT_REACHED',
    'MAX_ATTEMPTS_COMPLETE',
    'CONTACT_LEFT',
    'ASK_MANAGER'
];
export const NOTES_MAX_LENGTH = 15000;
export const REASON_MAX_LENGTH = 255;
/** Length of Case.CL_Satisfaction_Notes__c. */
export const SATISFACTION_NOTES_MAX_LENGTH = 32768;
export const NO_SCORE = 'No Score';
export const STATUS_CLOSED = 'Closed';
export const IN_PROGRESS = 'In Progress';
export const AWAITING_SUPPORT_CASE = 'Awaiting Support Case';
export const MANAGER_SUBJECT_PREFIX = 'Manager question: ';

interface CallInputs {
    key: string;
    expectedOwnerId: string;
    outcome: CallOutcome;
    notes: string;
    score: number | null;
    referral: boolean | null;
    reason: string | null;
    leftMessage: boolean;
    reminderAt: string | null;
    supportCase: SupportCaseDetails | null;
    replacement: ReplacementDetails | null;
    satisfactionNotes: string | null;
}

interface Tasks {
    records: SObjectInput[];
    callIndexes: number[];
    followUpIndex: number | null;
    managerIndex: number | null;
}

function requireSaveAccess(org: InMemoryOrg): void {
    const missing: string[] = [];
    if (!org.describe('Case').isUpdateable()) missing.push('edit Cases');
    if (!org.describe('Case').field('CL_Satisfaction_Score__c').isUpdateable()) missing.push('edit Case.CL_Satisfaction_Score__c');
    if (!org.describe('Task').isCreateable()) missing.push('create Tasks');
    if (!org.describe('Playbook_Request__c').isCreateable()) missing.push('create Playbook Requests');
    if (missing.length) {
        throw new PlaybookError(
            'NO_ACCESS',
            `You cannot log CLA calls (missing: ${missing.join(', ')}). Ask your Salesforce admin to assign you the Playbooks Agent permission set.`
        );
    }
}

function requireOwnerId(value: unknown): string {
    if (typeof value !== 'string' || !isValidId(value.trim())) throw invalid('The case owner the page shows is missing. Reload the page.');
    return to18(value.trim());
}

function readInputs(org: InMemoryOrg, key: string, request: Partial<CallOutcomeRequest>): CallInputs {
    const settings = org.settings();
    const outcome = request.outcome as CallOutcome;
    if (!OUTCOMES.includes(outcome)) throw invalid(`${quoted(request.outcome)} is not a call outcome. Choose what happened on the call.`);
    const followUp = request.followUp as { reminderAt?: unknown } | null | undefined;
    const inputs: CallInputs = {
        key,
        expectedOwnerId: requireOwnerId(request.expectedOwnerId),
        outcome,
        notes: requireText(request.notes, 'the call notes', NOTES_MAX_LENGTH),
        score: readScore(request.score, 'The score'),
        referral: readBoolean(request.referral, 'Referral'),
        reason: optionalText(request.reason, 'the reason', REASON_MAX_LENGTH),
        leftMessage: readBoolean(request.leftMessage, 'Left a message') === true,
        reminderAt: followUp === null || followUp === undefined ? null : requireFutureInstant(org, followUp.reminderAt, 'the follow-up reminder'),
        supportCase: request.supportCase === null || request.supportCase === undefined ? null : readSupportCase(org, request.supportCase),
        replacement:
            request.replacement === null || request.replacement === undefined
                ? null
                : readReplacement(org, request.replacement, settings.referralPromptMinScore),
        satisfactionNotes: optionalText(request.satisfactionNotes, 'the CL Satisfaction Notes', SATISFACTION_NOTES_MAX_LENGTH)
    };
    checkOutcomeInputs(inputs, settings.referralPromptMinScore);
    return inputs;
}

/** What each outcome needs and refuses, before anything is read. */
function checkOutcomeInputs(inputs: CallInputs, referralPromptMinScore: number): void {
    const { outcome } = inputs;
    if (outcome === 'SCORED' && inputs.score === null) throw invalid('Enter the score the contact gave, from 1 to 10.');
    if (inputs.score !== null && outcome !== 'SCORED' && outcome !== 'SUPPORT_CASE') {
        throw invalid('A score is recorded only when the contact gave one. Choose "Scored", or leave the score empty.');
    }
    if (inputs.referral !== null && (inputs.score === null || inputs.score < referralPromptMinScore)) {
        throw invalid(`Ask about a referral only when the score is ${referralPromptMinScore} or higher.`);
    }
    if ((outcome === 'NO_SCORE_FOLLOW_UP' || outcome === 'NO_SCORE_COMPLETE') && inputs.reason === null) {
        throw invalid('Enter why no score could be obtained.');
    }
    if (outcome === 'NO_SCORE_FOLLOW_UP' && inputs.reminderAt === null) throw invalid('Choose when to call back (the follow-up reminder).');
    if (inputs.reminderAt !== null && outcome !== 'NO_SCORE_FOLLOW_UP' && outcome !== 'NOT_REACHED') {
        throw invalid('A follow-up call is scheduled only when there is no score yet and the case stays open.');
    }
    if (outcome === 'SUPPORT_CASE' && inputs.supportCase === null) throw invalid('Fill in the support case.');
    if (outcome !== 'SUPPORT_CASE' && inputs.supportCase !== null) throw invalid('A support case is opened only with the "Support case" outcome.');
    if (outcome === 'CONTACT_LEFT' && inputs.replacement === null) throw invalid('Tell who replaced the contact who left.');
    if (outcome !== 'CONTACT_LEFT' && inputs.replacement !== null) throw invalid('A new contact is recorded only when the contact left.');
}

function requireWorkable(claCase: SObjectRecord, expectedOwnerId: string): void {
    const number = String(claCase.CaseNumber);
    if (claCase.IsClosed === true || claCase.CL_Activity_Status__c === ACTIVITY_STATUS_COMPLETE) {
        throw new PlaybookError('ALREADY_COMPLETE', `Case ${number} is already complete, so no call can be logged on it.`);
    }
    if (!sameId(claCase.OwnerId, expectedOwnerId)) {
        const owner = claCase.Owner as { Name?: unknown } | undefined;
        throw new PlaybookError(
            'OWNER_CHANGED',
            `Case ${number} now belongs to ${String(owner?.Name ?? 'someone else')}. Nothing was saved; reload the page to see who is working on it.`
        );
    }
}

function attemptsOf(record: SObjectRecord | undefined): number {
    return typeof record?.CL_Call_Attempts__c === 'number' ? record.CL_Call_Attempts__c : 0;
}

function supportCaseClosed(claCase: SObjectRecord): boolean {
    const support = claCase.Related_Support_Case__r as { IsClosed?: unknown } | undefined;
    return support?.IsClosed === true;
}

/** The rules that depend on the case: attempts so far and the related support case. */
function checkAgainstCase(org: InMemoryOrg, inputs: CallInputs, claCase: SObjectRecord): void {
    const max = org.settings().maxCallAttempts;
    const attemptsAfter = attemptsOf(claCase) + 1;
    if (inputs.outcome === 'NOT_REACHED' && inputs.reminderAt === null && attemptsAfter < max) {
        throw invalid(`This is call ${attemptsAfter} of ${max}: choose when to call again (the follow-up reminder).`);
    }
    if (inputs.outcome === 'MAX_ATTEMPTS_COMPLETE' && attemptsAfter < max && !supportCaseClosed(claCase)) {
        throw invalid(
            `This is call ${attemptsAfter} of ${max}. The case can be completed with "No Score" only after ${max} calls (MAX_ATTEMPTS_NOT_REACHED); schedule a follow-up instead.`
        );
    }
    if (inputs.outcome === 'CONTACT_LEFT' && (typeof claCase.ContactId !== 'string' || typeof claCase.AccountId !== 'string')) {
        throw invalid('This case has no contact at a dealership, so there is no contact who left.');
    }
}

function scoredFields(org: InMemoryOrg, score: number, referral: boolean | null): SObjectInput {
    const fields: SObjectInput = {
        CL_Satisfaction_Score__c: String(score),
        CL_Score_Value__c: score,
        CL_Score_Date__c: org.today(),
        CL_Activity_Status__c: ACTIVITY_STATUS_COMPLETE,
        Status: STATUS_CLOSED
    };
    if (score >= org.settings().referralPromptMinScore) fields.CL_Referral__c = referral === true;
    return fields;
}

function noScoreFields(org: InMemoryOrg): SObjectInput {
    return {
        CL_Satisfaction_Score__c: NO_SCORE,
        CL_Score_Value__c: null,
        CL_Score_Date__c: org.today(),
        CL_Activity_Status__c: ACTIVITY_STATUS_COMPLETE,
        Status: STATUS_CLOSED
    };
}

function outcomeValue(reached: boolean, leftMessage: boolean): string {
    if (reached) return 'Reached';
    return leftMessage ? 'Left Message' : 'No Answer';
}

function callTask(
    org: InMemoryOrg,
    whatId: string,
    whoId: string | null,
    description: string,
    callOutcome: string,
    originallyCalled: string | null,
    attemptNumber: number
): SObjectInput {
    return {
        attributes: { type: 'Task' },
        OwnerId: org.runningUserId(),
        WhatId: whatId,
        WhoId: whoId,
        Subject: org.settings().claCallSubject,
        TaskSubtype: 'Call',
        Status: 'Completed',
        Priority: 'Normal',
        ActivityDate: org.today(),
        Description: description,
        Call_Outcome__c: callOutcome,
        Originally_Called__c: originallyCalled,
        Call_Attempt_Number__c: attemptNumber
    };
}

function followUpTask(org: InMemoryOrg, whatId: string, whoId: string | null, contactName: string, reminderAt: string, note: string | null): SObjectInput {
    return {
        attributes: { type: 'Task' },
        OwnerId: org.runningUserId(),
        WhatId: whatId,
        WhoId: whoId,
        Subject: `${org.settings().followUpSubjectPrefix}${contactName}`.trim(),
        Status: 'Not Started',
        Priority: 'Normal',
        ActivityDate: dateOf(org, reminderAt),
        IsReminderSet: true,
        ReminderDateTime: reminderAt,
        Description: note
    };
}

function managerUserId(org: InMemoryOrg): string {
    const username = org.settings().managerUsername;
    const manager = username ? selectActiveUserByUsername(org, username) : undefined;
    if (!manager) {
        throw new PlaybookError(
            'MANAGER_NOT_CONFIGURED',
            username
                ? `The manager's username in the Playbook Setting (Manager_Username__c = "${username}") is not an active user. Ask your Salesforce admin to correct it.`
                : 'No manager is set up to receive questions. Ask your Salesforce admin to fill in Manager Username (Manager_Username__c) in the Playbook Setting "Default" record.'
        );
    }
    return manager.Id;
}

function withLine(text: string, line: string | null): string {
    return line ? `${text}\n${line}` : text;
}

export function saveCallOutcome(org: InMemoryOrg, request: unknown): CallOutcomeResponse {
    requireSaveAccess(org);
    if (request === null || typeof request !== 'object') throw invalid('Nothing to save: the call is missing.');
    const given = request as Partial<CallOutcomeRequest>;
    const key = requireKey(given.requestKey);
    const requestHash = requestFingerprint(request);
    const previous = previousResponse<CallOutcomeResponse>(org, key, ACTION, requestHash);
    if (previous) return { ...previous, replayed: true };
    const inputs = readInputs(org, key, given);
    const claCase = loadClaCase(org, given.caseId);
    requireWorkable(claCase, inputs.expectedOwnerId);
    checkAgainstCase(org, inputs, claCase);
    const managerId = inputs.outcome === 'ASK_MANAGER' ? managerUserId(org) : null;

    const savepoint = org.db.setSavepoint();
    try {
        const response = writeCall(org, inputs, claCase, managerId);
        org.db.insert(requestRecord(key, ACTION, claCase.Id, response, requestHash), 'USER_MODE');
        return response;
    } catch (error) {
        org.db.rollback(savepoint);
        const stored = responseStoredMeanwhile<CallOutcomeResponse>(org, error, key, ACTION, requestHash);
        if (!stored) throw error;
        return { ...stored, replayed: true };
    }
}

function writeCall(org: InMemoryOrg, inputs: CallInputs, claCase: SObjectRecord, managerId: string | null): CallOutcomeResponse {
    const contact = claCase.Contact as SObjectRecord | undefined;
    const contactId = (claCase.ContactId as string | null) ?? null;
    const contactName = contact ? String(contact.Name) : '';
    const accountId = (claCase.AccountId as string | null) ?? null;
    const attemptsAfter = attemptsOf(claCase) + 1;
    const { outcome } = inputs;
    const tasks: Tasks = { records: [], callIndexes: [], followUpIndex: null, managerIndex: null };
    const caseUpdate: SObjectInput = { Id: claCase.Id, CL_Call_Attempts__c: attemptsAfter, CL_Last_Attempt__c: org.nowIso() };
    const caseUpdates: SObjectInput[] = [caseUpdate];
    let supportCaseId: string | null = null;
    let replacementContactId: string | null = null;
    let replacementCaseId: string | null = null;
    let description = withLine(inputs.notes, inputs.reason ? `Reason: ${inputs.reason}` : null);

    if (outcome === 'CONTACT_LEFT') {
        const details = inputs.replacement as ReplacementDetails;
        const replacement = resolveReplacement(org, details, claCase);
        replacementContactId = replacement.contactId;
        replacementCaseId = replacement.openCase?.Id ?? insertReplacementCase(org, claCase, contactName, replacement);
        const replacementUpdate = replacementCallUpdate(org, details, replacementCaseId, attemptsOf(replacement.openCase) + 1);
        if (details.supportCase) {
            const forContact = requireSupportContact(details.supportCase, replacement.contactId);
            supportCaseId = insertSupportCase(org, details.supportCase, accountId, forContact, inputs.notes);
            replacementUpdate.Related_Support_Case__c = supportCaseId;
        }
        caseUpdates.push(replacementUpdate);
        description = withLine(description, `New contact: ${replacement.contactName}`);
        completeAsUnableToContact(caseUpdate);
        pushCall(tasks, callTask(org, claCase.Id, contactId, description, 'No Longer There', contactName || null, attemptsAfter));
        pushCall(
            tasks,
            callTask(
                org,
                replacementCaseId,
                replacement.contactId,
                withLine(inputs.notes, `Originally called: ${contactName}`),
                outcomeValue(details.reached, inputs.leftMessage),
                contactName || null,
                attemptsOf(replacement.openCase) + 1
            )
        );
        if (details.reminderAt) {
            tasks.followUpIndex = tasks.records.push(
                followUpTask(org, replacementCaseId, replacement.contactId, replacement.contactName, details.reminderAt, inputs.reason)
            ) - 1;
        }
    } else {
        if (outcome === 'SUPPORT_CASE') {
            const details = inputs.supportCase as SupportCaseDetails;
            supportCaseId = insertSupportCase(org, details, accountId, requireSupportContact(details, contactId), inputs.notes);
            caseUpdate.Related_Support_Case__c = supportCaseId;
        }
        Object.assign(caseUpdate, outcomeFields(org, inputs));
        const reached = outcome !== 'NOT_REACHED' && outcome !== 'MAX_ATTEMPTS_COMPLETE';
        pushCall(tasks, callTask(org, claCase.Id, contactId, description, outcomeValue(reached, inputs.leftMessage), contactName || null, attemptsAfter));
        if (inputs.reminderAt) {
            tasks.followUpIndex = tasks.records.push(followUpTask(org, claCase.Id, contactId, contactName, inputs.reminderAt, inputs.reason)) - 1;
        }
        if (managerId) {
            tasks.managerIndex = tasks.records.push({
                attributes: { type: 'Task' },
                OwnerId: managerId,
                WhatId: claCase.Id,
                WhoId: contactId,
                Subject: `${MANAGER_SUBJECT_PREFIX}${String(claCase.CaseNumber)}`,
                Status: 'Not Started',
                Priority: 'Normal',
                ActivityDate: org.today(),
                Description: inputs.notes
            }) - 1;
        }
    }
    if (inputs.satisfactionNotes !== null) caseUpdate.CL_Satisfaction_Notes__c = inputs.satisfactionNotes;

    org.db.update(caseUpdates, 'USER_MODE');
    const taskIds = org.db.insert(tasks.records, 'USER_MODE');
    completeOpenCallbacks(org, claCase);
    return {
        caseId: claCase.Id,
        callTaskIds: tasks.callIndexes.map((index) => taskIds[index] as string),
        followUpTaskId: tasks.followUpIndex === null ? null : (taskIds[tasks.followUpIndex] as string),
        supportCaseId,
        managerTaskId: tasks.managerIndex === null ? null : (taskIds[tasks.managerIndex] as string),
        replacementContactId,
        replacementCaseId,
        caseStatus: String(caseUpdate.Status ?? claCase.Status),
        activityStatus: (caseUpdate.CL_Activity_Status__c ?? claCase.CL_Activity_Status__c ?? null) as string | null,
        score: (caseUpdate.CL_Satisfaction_Score__c === undefined ? claCase.CL_Satisfaction_Score__c : caseUpdate.CL_Satisfaction_Score__c) as
            | string
            | null,
        callAttempts: attemptsAfter,
        replayed: false
    };
}

/** This call is the callback the closed support case asked for: its open task is done with it. */
function completeOpenCallbacks(org: InMemoryOrg, claCase: SObjectRecord): void {
    const openCallbacks = callbackTasksOf(claCase).filter((task) => task.IsClosed !== true);
    if (openCallbacks.length) completeCallbackTasks(org, openCallbacks.map((task) => ({ Id: task.Id, Status: 'Completed' })));
}

/**
 * Mirrors the Apex inner class CallbackTasks, declared `without sharing`.
 * SECURITY: the callback task belongs to the CLA owner (or the manager) when the support case closed, and under the
 * default Private activity sharing only its owner may edit it; the procedure has whoever makes the callback call
 * complete it. Only the Status of the case's own open callback tasks is written, after the agent's user-mode update
 * of that case succeeded.
 */
function completeCallbackTasks(org: InMemoryOrg, completed: SObjectInput[]): void {
    org.db.update(completed, 'SYSTEM_MODE');
}

function pushCall(tasks: Tasks, task: SObjectInput): void {
    tasks.callIndexes.push(tasks.records.push(task) - 1);
}

/** The case fields of an outcome on the called contact's own case. */
function outcomeFields(org: InMemoryOrg, inputs: CallInputs): SObjectInput {
    switch (inputs.outcome) {
        case 'SCORED':
            return scoredFields(org, inputs.score as number, inputs.referral);
        case 'SUPPORT_CASE':
            // "if you weren't able to collect that CSS during your call, the case should not be marked complete until the new support case is closed".
            return inputs.score === null ? { CL_Activity_Status__c: AWAITING_SUPPORT_CASE } : scoredFields(org, inputs.score, inputs.referral);
        case 'NO_SCORE_COMPLETE':
        case 'MAX_ATTEMPTS_COMPLETE':
            return noScoreFields(org);
        default:
            return { CL_Activity_Status__c: IN_PROGRESS };
    }
}

/** The replacement contact's CLA case after the call: scored and complete, waiting for a support case, or in progress. */
function replacementCallUpdate(org: InMemoryOrg, details: ReplacementDetails, caseId: string, attemptsAfter: number): SObjectInput {
    const max = org.settings().maxCallAttempts;
    if (!details.reached && details.reminderAt === null && attemptsAfter < max) {
        throw invalid(`This is call ${attemptsAfter} of ${max} to the new contact: choose when to call again (the follow-up reminder).`);
    }
    if (details.reached && details.score === null && details.supportCase === null && details.reminderAt === null) {
        throw invalid('Without a score from the new contact, schedule a follow-up call or open a support case.');
    }
    const update: SObjectInput = { Id: caseId, CL_Call_Attempts__c: attemptsAfter, CL_Last_Attempt__c: org.nowIso() };
    if (details.score !== null) Object.assign(update, scoredFields(org, details.score, details.referral));
    else update.CL_Activity_Status__c = details.supportCase ? AWAITING_SUPPORT_CASE : IN_PROGRESS;
    return update;
}

/** "the Contact Name is to the person you've talked with about their issue". */
function requireSupportContact(details: SupportCaseDetails, calledContactId: string | null): string {
    if (!calledContactId) throw invalid('This case has no contact to open a support case for.');
    if (details.contactId !== null && !sameId(details.contactId, calledContactId)) {
        throw invalid('Open the support case for the contact you talked with on this call.');
    }
    return calledContactId;
}

function insertSupportCase(org: InMemoryOrg, details: SupportCaseDetails, accountId: string | null, contactId: string, notes: string): string {
    const [id] = org.db.insert(newSupportCase(org, details, accountId, contactId, notes), 'USER_MODE') as [string];
    return id;
}
