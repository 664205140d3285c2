// CallOutcomeService: procedure 000, Steps 2-4. One save per call, whatever its outcome: one
// transaction (savepoint, all or nothing), idempotent through the request key, at most 9 queries and
// 8 DML statements. Mirrors the Apex class CallOutcomeService.
import type {
    CallOutcome,
    CallOutcomeRequest,
    CallOutcomeResponse,
    PositionCheck,
    SupportOffer
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import { isValidId, sameId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput, SObjectRecord } from '../org/values';
import { selectActiveUserByUsername } from '../selectors/UserSelector';
import { completeAsUnableToContact } from '../triggers/ContactInactiveCascade';
import { invalid, optionalText, quoted, requireFutureInstant, requireIdOf, requireText, dateOf } from './CallInput';
import { strip } from './PlaybookText';
import { ACTIVITY_STATUS_COMPLETE, callbackTasksOf, loadClaCase } from './CallContextService';
import { MANAGER_QUESTION_PREFIX } from './CallWizardService';
import { attemptsOf, fieldsAfterCall } from './ClaCallAttempts';
import { needsApproval, requireApprover } from './NoScoreApproval';
import { previousResponse, requestRecord, requireKey, responseStoredMeanwhile } from './CaseActionRequests';
import { requestFingerprint } from './RequestFingerprint';
import {
    insertReplacementCase,
    isCompleteCla,
    readBoolean,
    readReplacement,
    readScore,
    resolveReplacement,
    type ReplacementDetails,
    type ResolvedReplacement
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
/** Between the CLA call subject and the contact's name on a follow-up task, which is what a reminder shows. */
export const FOLLOW_UP_NAME_SEPARATOR = ': ';
/** Length of PositionCheck.changes: a line of the call's comments. */
export const POSITION_CHANGES_MAX_LENGTH = 255;
/** "offer our free remote training and ask if they have a moment to solve the issue right then, and offer to transfer them over to someone in support". */
export const OFFER_TEXTS: Readonly<Record<SupportOffer, string>> = {
    REMOTE_TRAINING: 'free remote training',
    SOLVE_NOW: 'solving the issue right then',
    TRANSFER_TO_SUPPORT: 'a transfer to someone in support'
};

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
    noScoreApprovedById: string | null;
    positionCheck: PositionCheck | null;
    offers: SupportOffer[];
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

/** The owner the page showed: the Id of a user or a queue. */
function requireOwnerId(org: InMemoryOrg, value: unknown): string {
    if (typeof value !== 'string' || !isValidId(strip(value))) throw invalid('The case owner the page shows is missing. Reload the page.');
    const id = to18(strip(value));
    const objectName = org.schema.objectForId(id)?.name;
    if (objectName !== 'User' && objectName !== 'Group') throw invalid('The case owner the page shows is not a user or a queue. Reload the page.');
    return id;
}

function readPositionCheck(value: unknown): PositionCheck | null {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'object') throw invalid('Say whether their position and primary location are as on file, or what changed.');
    const given = value as Partial<PositionCheck>;
    const asOnFile = readBoolean(given.asOnFile, 'Position and primary location as on file');
    const changes = optionalText(given.changes, 'what changed in their position or primary location', POSITION_CHANGES_MAX_LENGTH);
    if (asOnFile === null) throw invalid('Say whether their position and primary location are as on file.');
    if (asOnFile && changes !== null) throw invalid('Their position and primary location are either as on file or changed: clear what changed, or untick "as on file".');
    if (!asOnFile && changes === null) throw invalid('Enter what changed in their position or primary location.');
    return { asOnFile, changes };
}

function readOffers(value: unknown): SupportOffer[] {
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) throw invalid('The offers made must be a list. Reload the page.');
    const offers: SupportOffer[] = [];
    for (const offer of value) {
        if (typeof offer !== 'string' || !Object.hasOwn(OFFER_TEXTS, offer)) throw invalid(`${quoted(offer)} is not an offer the procedure names. Reload the page.`);
        if (!offers.includes(offer as SupportOffer)) offers.push(offer as SupportOffer);
    }
    return offers;
}

function readInputs(org: InMemoryOrg, key: string, request: Partial<CallOutcomeRequest>): CallInputs {
    const outcome = request.outcome as CallOutcome;
    if (!OUTCOMES.includes(outcome)) throw invalid(`${quoted(request.outcome)} is not a call outcome. Choose what happened on the call.`);
    const followUp = request.followUp as { reminderAt?: unknown } | null | undefined;
    const inputs: CallInputs = {
        key,
        expectedOwnerId: requireOwnerId(org, request.expectedOwnerId),
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
                : readReplacement(org, request.replacement),
        satisfactionNotes: optionalText(request.satisfactionNotes, 'the CL Satisfaction Notes', SATISFACTION_NOTES_MAX_LENGTH),
        noScoreApprovedById:
            request.noScoreApprovedById === null || request.noScoreApprovedById === undefined
                ? null
                : requireIdOf(org, request.noScoreApprovedById, 'User', 'the manager who agreed'),
        positionCheck: readPositionCheck(request.positionCheck),
        offers: readOffers(request.offers)
    };
    checkOutcomeInputs(inputs);
    return inputs;
}

const REACHED_STILL_THERE: readonly CallOutcome[] = ['SCORED', 'NO_SCORE_FOLLOW_UP', 'SUPPORT_CASE', 'NO_SCORE_COMPLETE'];

/** What each outcome needs and refuses, before anything is read. */
function checkOutcomeInputs(inputs: CallInputs): void {
    const { outcome } = inputs;
    if (outcome === 'SCORED' && inputs.score === null) throw invalid('Enter the score the contact gave, from 1 to 10.');
    if (inputs.score !== null && outcome !== 'SCORED' && outcome !== 'SUPPORT_CASE') {
        throw invalid('A score is recorded only when the contact gave one. Choose "Scored", or leave the score empty.');
    }
    // "If they are enthusiastic, we may also ask if they'd like to be a referral for us. Use your discretion for this."
    if (inputs.referral !== null && inputs.score === null) throw invalid('A referral is recorded with the score the contact gave: enter the score too.');
    if (inputs.leftMessage && outcome !== 'NOT_REACHED' && outcome !== 'MAX_ATTEMPTS_COMPLETE' && outcome !== 'CONTACT_LEFT') {
        throw invalid('A voicemail is recorded only for a call that did not reach the person. Untick "Left a voicemail".');
    }
    if (inputs.noScoreApprovedById !== null && outcome !== 'NO_SCORE_COMPLETE') {
        throw invalid('The manager who agreed is recorded only when the case is completed with No Score.');
    }
    if (inputs.positionCheck !== null && !REACHED_STILL_THERE.includes(outcome)) {
        throw invalid('Position and primary location are verified only with a contact you reached who still works there.');
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
    if (inputs.leftMessage && inputs.replacement?.reached === true) {
        throw invalid('A voicemail is recorded only when you did not reach the new contact. Untick "Left a voicemail".');
    }
    if (inputs.offers.length && inputs.supportCase === null && !inputs.replacement?.supportCase) {
        throw invalid('The offers (remote training, solving it now, a transfer to support) are recorded with the support case they go with.');
    }
}

function requireWorkable(org: InMemoryOrg, claCase: SObjectRecord, expectedOwnerId: string): void {
    const number = String(claCase.CaseNumber);
    if (claCase.IsClosed === true || claCase.CL_Activity_Status__c === ACTIVITY_STATUS_COMPLETE) {
        throw new PlaybookError('ALREADY_COMPLETE', `Case ${number} is already complete, so no call can be logged on it.`);
    }
    const owner = claCase.Owner as { Name?: unknown } | undefined;
    if (!sameId(claCase.OwnerId, expectedOwnerId)) {
        throw new PlaybookError(
            'OWNER_CHANGED',
            `Case ${number} now belongs to ${String(owner?.Name ?? 'someone else')}. Nothing was saved; reload the page to see who is working on it.`
        );
    }
    // "Claiming a Case as Your Own" comes before "Now You Are Ready to Make a Call!".
    if (!sameId(claCase.OwnerId, org.runningUserId())) {
        throw new PlaybookError('NOT_CLAIMED', `Case ${number} belongs to ${String(owner?.Name ?? 'someone else')}. Claim it first, then log your call; nothing was saved.`);
    }
}

function supportCaseOf(claCase: SObjectRecord): { CaseNumber?: unknown; IsClosed?: unknown } | undefined {
    return claCase.Related_Support_Case__r as { CaseNumber?: unknown; IsClosed?: unknown } | undefined;
}

function supportCaseClosed(claCase: SObjectRecord): boolean {
    return supportCaseOf(claCase)?.IsClosed === true;
}

/** The rules that depend on the case: attempts so far and the related support case. */
function checkAgainstCase(org: InMemoryOrg, inputs: CallInputs, claCase: SObjectRecord): void {
    const max = org.settings().maxCallAttempts;
    const attemptsAfter = attemptsOf(claCase) + 1;
    const { outcome } = inputs;
    if (outcome === 'NOT_REACHED' && inputs.reminderAt === null && attemptsAfter < max) {
        throw invalid(`This is call ${attemptsAfter} of ${max}: choose when to call again (the follow-up reminder).`);
    }
    const support = supportCaseOf(claCase);
    // "the case should not be marked complete until the new support case is closed, sent back to you, and you've reached out again".
    if ((outcome === 'NO_SCORE_COMPLETE' || outcome === 'MAX_ATTEMPTS_COMPLETE') && support && support.IsClosed !== true) {
        throw invalid(
            `Support case ${String(support.CaseNumber)} is still open: this CLA case is completed without a score only after it is closed and you have called back. Schedule another call instead.`
        );
    }
    if (outcome === 'MAX_ATTEMPTS_COMPLETE' && attemptsAfter < max && !supportCaseClosed(claCase)) {
        throw invalid(
            `This is call ${attemptsAfter} of ${max}. The case can be completed with "No Score" only after ${max} calls (MAX_ATTEMPTS_NOT_REACHED); schedule a follow-up instead.`
        );
    }
    if (outcome === 'NO_SCORE_COMPLETE' && inputs.noScoreApprovedById === null && needsApproval(org, attemptsAfter, supportCaseClosed(claCase))) {
        throw invalid(
            `This is call ${attemptsAfter} of ${max}: completing with No Score this early needs a manager's agreement ("speak with Eric"). Choose the manager who agreed, or schedule a follow-up call.`
        );
    }
    if (outcome === 'CONTACT_LEFT' && (typeof claCase.ContactId !== 'string' || typeof claCase.AccountId !== 'string')) {
        throw invalid('This case has no contact at a dealership, so there is no contact who left.');
    }
}

/** The score fields; the referral is written when asked (any score, the agent's discretion) and from the suggested score on. */
function scoredFields(org: InMemoryOrg, score: number, referral: boolean | null): SObjectInput {
    const fields: SObjectInput = {
        CL_Satisfaction_Score__c: String(score),
        CL_Score_Value__c: score,
        CL_Score_Date__c: org.today(),
        CL_Activity_Status__c: ACTIVITY_STATUS_COMPLETE,
        Status: STATUS_CLOSED
    };
    if (referral !== null || score >= org.settings().referralPromptMinScore) fields.CL_Referral__c = referral === true;
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

/**
 * "Create a follow up task ... Follow steps found in Step 1": the subject "Customer Satisfaction Call" (the setting) and
 * comments starting "Called to collect CSS", then the reason. "I like to add in the contact name so I can see who I'm
 * calling when my reminders pop up": a reminder shows the task's subject (Connect REST API, "Activity Reminder":
 * message is the activity subject), so the name follows the subject, cut to Task.Subject's 255 characters.
 */
export function followUpSubject(claCallSubject: string, contactName: string): string {
    return (contactName ? `${claCallSubject}${FOLLOW_UP_NAME_SEPARATOR}${contactName}` : claCallSubject).slice(0, 255);
}

function followUpTask(org: InMemoryOrg, whatId: string, whoId: string | null, contactName: string, reminderAt: string, reason: string | null): SObjectInput {
    const settings = org.settings();
    const prefix = settings.callNotesPrefix ?? '';
    return {
        attributes: { type: 'Task' },
        OwnerId: org.runningUserId(),
        WhatId: whatId,
        WhoId: whoId,
        Subject: followUpSubject(settings.claCallSubject ?? '', contactName),
        Status: 'Not Started',
        Priority: 'Normal',
        ActivityDate: dateOf(org, reminderAt),
        IsReminderSet: true,
        ReminderDateTime: reminderAt,
        Description: reason ? `${prefix} - ${reason}` : prefix
    };
}

/** "Verify their position and primary location", as the agent recorded it, for the call's comments. */
function positionLine(check: PositionCheck | null, claCase: SObjectRecord): string | null {
    if (!check) return null;
    if (!check.asOnFile) return `Position and primary location changed: ${check.changes}`;
    const contact = claCase.Contact as { Title?: unknown } | undefined;
    const account = claCase.Account as { Name?: unknown } | undefined;
    const onFile = [contact?.Title, account?.Name].filter((part) => typeof part === 'string' && part).join(' at ');
    return `Position and primary location verified: as on file${onFile ? ` (${onFile})` : ''}.`;
}

function offersLine(offers: readonly SupportOffer[]): string | null {
    return offers.length ? `Offered: ${offers.map((offer) => OFFER_TEXTS[offer]).join(', ')}.` : null;
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

function withLines(text: string, lines: ReadonlyArray<string | null>): string {
    return lines.reduce<string>((result, line) => withLine(result, line), text);
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
    requireWorkable(org, claCase, inputs.expectedOwnerId);
    checkAgainstCase(org, inputs, claCase);
    const managerId = inputs.outcome === 'ASK_MANAGER' ? managerUserId(org) : null;

    const approverId = inputs.noScoreApprovedById === null ? null : requireApprover(org, inputs.noScoreApprovedById);

    const savepoint = org.db.setSavepoint();
    try {
        const response = writeCall(org, inputs, claCase, managerId, approverId);
        org.db.insert(requestRecord(key, ACTION, claCase.Id, response, requestHash), 'USER_MODE');
        return response;
    } catch (error) {
        org.db.rollback(savepoint);
        const stored = responseStoredMeanwhile<CallOutcomeResponse>(org, error, key, ACTION, requestHash);
        if (!stored) throw error;
        return { ...stored, replayed: true };
    }
}

function writeCall(
    org: InMemoryOrg,
    inputs: CallInputs,
    claCase: SObjectRecord,
    managerId: string | null,
    approverId: string | null
): CallOutcomeResponse {
    const contact = claCase.Contact as SObjectRecord | undefined;
    const contactId = (claCase.ContactId as string | null) ?? null;
    const contactName = contact ? String(contact.Name) : '';
    const accountId = (claCase.AccountId as string | null) ?? null;
    const attemptsAfter = attemptsOf(claCase) + 1;
    const { outcome } = inputs;
    const tasks: Tasks = { records: [], callIndexes: [], followUpIndex: null, managerIndex: null };
    const caseUpdate: SObjectInput = { Id: claCase.Id, ...fieldsAfterCall(org, claCase) };
    const caseUpdates: SObjectInput[] = [caseUpdate];
    let supportCaseId: string | null = null;
    let replacementContactId: string | null = null;
    let replacementCaseId: string | null = null;
    const notes = withLines(inputs.notes, [positionLine(inputs.positionCheck, claCase), offersLine(inputs.offers)]);
    let description = withLine(notes, inputs.reason ? `Reason: ${inputs.reason}` : null);

    if (outcome === 'CONTACT_LEFT') {
        const details = inputs.replacement as ReplacementDetails;
        const replacement = resolveReplacement(org, details, claCase);
        const existing = replacement.existingCase;
        replacementContactId = replacement.contactId;
        replacementCaseId = existing?.Id ?? insertReplacementCase(org, claCase, contactName, replacement);
        const replacementUpdate = replacementCallUpdate(org, details, replacementCaseId, replacement);
        if (details.supportCase) {
            const forContact = requireSupportContact(details.supportCase, replacement.contactId);
            supportCaseId = insertSupportCase(org, details.supportCase, accountId, forContact, notes);
            // A complete CLA case keeps its history: the new support case does not reopen it.
            if (!isCompleteCla(existing)) replacementUpdate.Related_Support_Case__c = supportCaseId;
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
                withLine(notes, `Originally called: ${contactName}`),
                outcomeValue(details.reached, inputs.leftMessage),
                contactName || null,
                attemptsOf(existing) + 1
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
            supportCaseId = insertSupportCase(org, details, accountId, requireSupportContact(details, contactId), notes);
            caseUpdate.Related_Support_Case__c = supportCaseId;
        }
        Object.assign(caseUpdate, outcomeFields(org, inputs, claCase));
        if (outcome === 'NO_SCORE_COMPLETE' && approverId) caseUpdate.CL_No_Score_Approved_By__c = approverId;
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
                Subject: `${MANAGER_QUESTION_PREFIX}${String(claCase.CaseNumber)}`,
                Status: 'Not Started',
                Priority: 'Normal',
                ActivityDate: org.today(),
                Description: notes
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
function outcomeFields(org: InMemoryOrg, inputs: CallInputs, claCase: SObjectRecord): SObjectInput {
    switch (inputs.outcome) {
        case 'SCORED':
            return scoredFields(org, inputs.score as number, inputs.referral);
        case 'SUPPORT_CASE':
            // "if you weren't able to collect that CSS during your call, the case should not be marked complete until the new support case is closed".
            return inputs.score === null ? { CL_Activity_Status__c: AWAITING_SUPPORT_CASE } : scoredFields(org, inputs.score, inputs.referral);
        case 'NO_SCORE_COMPLETE':
        case 'MAX_ATTEMPTS_COMPLETE':
            return noScoreFields(org);
        default: {
            // A call while the support case is open leaves the CLA waiting for it ("Awaiting Support Case").
            const support = supportCaseOf(claCase);
            return support && support.IsClosed !== true ? {} : { CL_Activity_Status__c: IN_PROGRESS };
        }
    }
}

/**
 * The replacement contact's CLA case after the call: scored and complete, waiting for a support case, or in progress.
 * "If they do, add your call to the already existing case by logging a call and then update the score and contact
 * date": a case already complete gets the call and, when given, the new score and date, and stays complete.
 */
function replacementCallUpdate(org: InMemoryOrg, details: ReplacementDetails, caseId: string, replacement: ResolvedReplacement): SObjectInput {
    const existing = replacement.existingCase;
    const update: SObjectInput = { Id: caseId, ...fieldsAfterCall(org, existing) };
    if (isCompleteCla(existing)) {
        if (details.reminderAt !== null) {
            throw invalid(`${replacement.contactName}'s CLA case ${String(existing?.CaseNumber)} is already complete: the call is added to it, and no follow-up is needed.`);
        }
        if (details.score !== null) Object.assign(update, scoredFields(org, details.score, details.referral));
        return update;
    }
    const max = org.settings().maxCallAttempts;
    const attemptsAfter = attemptsOf(existing) + 1;
    if (!details.reached && details.reminderAt === null && attemptsAfter < max) {
        throw invalid(`This is call ${attemptsAfter} of ${max} to the new contact: choose when to call again (the follow-up reminder).`);
    }
    if (details.reached && details.score === null && details.supportCase === null && details.reminderAt === null) {
        throw invalid('Without a score from the new contact, schedule a follow-up call or open a support case.');
    }
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
