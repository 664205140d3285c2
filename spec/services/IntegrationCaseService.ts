// IntegrationCaseService: the five saves of the integration case component (procedure 004), each one
// transaction with a request key, mirroring the Apex class of the same name. Every save writes a private
// case comment ("create a New comment ... then Save"; never "Make Public"), the case changes the procedure
// asks for, and the stamps the clocks run on (IntegrationStamps), all or nothing.
import { PlaybookError } from '../errors/PlaybookError';
import type { DmlOptions } from '../org/database';
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { FieldValue, SObjectRecord } from '../org/values';
import { selectIntegrationCase, selectQueue } from '../selectors/IntegrationCaseSelector';
import { integrationRecordTypeIdForTrigger } from '../triggers/integrationRecordType';
import { previousResponse, requestRecord, requireKey, responseStoredMeanwhile } from './CaseActionRequests';
import { readIntegrationCalendar } from './IntegrationCalendar';
import { clockState, STAMP_FIELDS, stampsOf, type ClockState } from './IntegrationClocks';
import { COMMENT_MAX_LENGTH, flag, optionalFlag, requireAskKind, requireCaseId, requireComment, requireOutcome } from './IntegrationCaseInput';
import { stampChanges, type StampEvent } from './IntegrationStamps';

export const LOG_CONTACT_ACTION = 'IntegrationCase.logEcpContact';
export const ASK_ACTION = 'IntegrationCase.askWorker';
export const POST_UPDATE_ACTION = 'IntegrationCase.postUpdate';
export const NO_RESPONSE_ACTION = 'IntegrationCase.setNoResponse';
export const CLOSE_ACTION = 'IntegrationCase.closeCase';
/** The closed status every org has (docs/org-readiness.md, D2), as the CLA close uses. */
export const STATUS_CLOSED = 'Closed';
/** The working status every org has: a case leaving Waiting goes back to it. */
export const STATUS_WORKING = 'Working';
/** "notate on Case Comments" that the ECP asked for the update. */
export const ECP_REQUEST_NOTE = 'The ECP is asking for this update.';

export interface SavedAction {
    caseId: string;
    commentId: string | null;
    ownerId: string;
    status: string | null;
    replayed: boolean;
}

/** The case as loaded for a save, and who is saving. */
interface SaveContext {
    record: SObjectRecord;
    state: ClockState;
    isCreator: boolean;
}

/** What a save writes besides the comment. */
interface Plan {
    comment: string;
    changes: Record<string, FieldValue>;
}

/** Procedure 004, "ECP Follow Ups" a.-c.: a contact with the ECP, as a private comment, and the clocks it starts or stops. */
export function logEcpContact(
    org: InMemoryOrg,
    keyText: unknown,
    caseIdText: unknown,
    outcomeText: unknown,
    commentText: unknown,
    requestHash: string
): SavedAction {
    // The access check first, before any input is read (as in every controller of both twins).
    requireAccess(org);
    const outcome = requireOutcome(outcomeText);
    return save(org, LOG_CONTACT_ACTION, keyText, requestHash, caseIdText, commentText, 'what happened with the ECP', (context, comment) => {
        const event: StampEvent =
            outcome === 'LEFT_MESSAGE' ? { kind: 'ECP_MESSAGE_LEFT', byCreator: context.isCreator } : { kind: 'ECP_REACHED', resolved: outcome === 'SPOKE_RESOLVED' };
        return { comment, changes: stamp(org, event, context.record) };
    });
}

/**
 * Procedure 004, d. and "Key Points": "change the case owner and assign it to the person an update or question is
 * needed from, add what is needed in the Comments section, and put a check mark in the box next to Send Notification
 * Email". Only the update request waits for the 7 business days (unless the ECP asked) and never goes while Waiting.
 */
export function askWorker(
    org: InMemoryOrg,
    keyText: unknown,
    caseIdText: unknown,
    kindText: unknown,
    commentText: unknown,
    ecpRequestedValue: unknown,
    requestHash: string
): SavedAction {
    // The access check first, before any input is read (as in every controller of both twins).
    requireAccess(org);
    const kind = requireAskKind(kindText);
    const ecpRequested = kind === 'UPDATE' && flag(ecpRequestedValue, 'Whether the ECP asked for the update');
    return save(org, ASK_ACTION, keyText, requestHash, caseIdText, commentText, 'what you need from the person working the case', (context, typed) => {
        const worker = activeWorkerOf(context.record);
        if (worker && sameId(worker, org.runningUserId())) {
            throw new PlaybookError('NOT_ALLOWED', 'You are the person working this case: post an update instead of asking yourself.');
        }
        if (kind === 'UPDATE') requireUpdateAllowed(org, context.state, ecpRequested);
        const comment = ecpRequested ? withinCommentLimit(`${typed}\n\n${ECP_REQUEST_NOTE}`) : typed;
        const changes: Record<string, FieldValue> = {};
        if (kind === 'UPDATE') Object.assign(changes, stamp(org, { kind: 'UPDATE_REQUESTED', byEcp: ecpRequested }, context.record));
        if (kind === 'CALLBACK') Object.assign(changes, stamp(org, { kind: 'CALLBACK_REQUESTED' }, context.record));
        changes.OwnerId = worker ?? integrationsQueueId(org);
        return { comment, changes };
    });
}

/** Integrations' update: "Integrations will update the case"; optionally back to the creator, or Waiting while they wait for information. */
export function postUpdate(
    org: InMemoryOrg,
    keyText: unknown,
    caseIdText: unknown,
    commentText: unknown,
    returnToCreatorValue: unknown,
    waitingValue: unknown,
    requestHash: string
): SavedAction {
    // The access check first, before any input is read (as in every controller of both twins).
    requireAccess(org);
    const returnToCreator = flag(returnToCreatorValue, 'Whether the case goes back to its creator');
    const waiting = optionalFlag(waitingValue, 'Whether the case is Waiting');
    return save(org, POST_UPDATE_ACTION, keyText, requestHash, caseIdText, commentText, 'your update', (context, comment) => {
        if (context.isCreator) throw new PlaybookError('NOT_ALLOWED', 'You created this case: ask the person working it a question or for an update instead.');
        const changes: Record<string, FieldValue> = {};
        const record = context.record;
        if (returnToCreator) {
            if ((record.CreatedBy as SObjectRecord | null)?.IsActive === false) {
                throw new PlaybookError('INVALID_INPUT', 'The case\'s creator no longer works here, so it cannot go back to them. Keep it, or ask your manager who takes it over.');
            }
            changes.OwnerId = record.CreatedById as string;
        } else if (org.schema.objectForId(String(record.OwnerId))?.name === 'Group') {
            // Opening the case from the Integrations queue: the person updating it takes it.
            changes.OwnerId = org.runningUserId();
        }
        const waitingStatus = String(org.settings().integrationWaitingStatus);
        if (waiting === true) changes.Status = waitingStatus;
        if (waiting === false && record.Status === waitingStatus) changes.Status = STATUS_WORKING;
        return { comment, changes };
    });
}

/** "Integration team member will change the status to 'No Response' after 21 days" of unanswered outreach: their judgement, offered once allowed. */
export function setNoResponse(org: InMemoryOrg, keyText: unknown, caseIdText: unknown, commentText: unknown, requestHash: string): SavedAction {
    return save(org, NO_RESPONSE_ACTION, keyText, requestHash, caseIdText, commentText, 'why the case gets No Response', (context, comment) => {
        if (context.isCreator) throw new PlaybookError('NOT_ALLOWED', 'The Integrations team member working the case sets No Response; you created it.');
        const state = context.state;
        if (!state.noResponseAllowed) {
            const settings = org.settings();
            throw new PlaybookError(
                'TOO_EARLY',
                state.noResponseAllowedFrom
                    ? `No Response is allowed from ${describeInstant(org, state.noResponseAllowedFrom)}, ${settings.noResponseDays} days after the first unanswered attempt.`
                    : `No Response needs ${settings.noResponseMinAttempts} unanswered attempts to reach the ECP over ${settings.noResponseDays} days. Log each attempt as "left a message".`
            );
        }
        return { comment, changes: { Status: String(org.settings().integrationNoResponseStatus), May_Set_No_Response__c: false } };
    });
}

/** "The person or team that creates the Case should close the Case", with a comment. */
export function closeCase(org: InMemoryOrg, keyText: unknown, caseIdText: unknown, commentText: unknown, requestHash: string): SavedAction {
    return save(org, CLOSE_ACTION, keyText, requestHash, caseIdText, commentText, 'why the case is closed', (context, comment) => {
        const creatorActive = (context.record.CreatedBy as SObjectRecord | null)?.IsActive !== false;
        if (!context.isCreator && creatorActive) {
            throw new PlaybookError('NOT_ALLOWED', `The person who created the case closes it: ask ${String((context.record.CreatedBy as SObjectRecord | null)?.Name ?? 'them')}.`);
        }
        if (!context.state.closeAllowed) {
            throw new PlaybookError(
                'TOO_EARLY',
                `You left the ECP a detailed message; wait for their reply until ${describeInstant(org, String(context.state.closeAllowedFrom))} before closing, or log that you spoke with them.`
            );
        }
        return { comment, changes: { Status: STATUS_CLOSED, May_Close__c: false } };
    });
}

// ---- the one-transaction skeleton --------------------------------------------------------------------

function save(
    org: InMemoryOrg,
    action: string,
    keyText: unknown,
    requestHash: string,
    caseIdText: unknown,
    commentText: unknown,
    commentWhat: string,
    planOf: (context: SaveContext, comment: string) => Plan
): SavedAction {
    requireAccess(org);
    const requestKey = requireKey(keyText);
    const caseId = requireCaseId(org, caseIdText);
    const typed = requireComment(commentText, commentWhat);
    const previous = previousResponse<SavedAction>(org, requestKey, action, requestHash);
    if (previous) return { ...previous, replayed: true };
    const record = requireOpenIntegrationCase(org, caseId);
    const settings = org.settings();
    const context: SaveContext = {
        record,
        state: clockState(stampsOf(record), { waitingStatus: String(settings.integrationWaitingStatus), noResponseStatus: String(settings.integrationNoResponseStatus) }, org.nowIso()),
        isCreator: sameId(record.CreatedById, org.runningUserId())
    };
    const plan = planOf(context, typed);
    const ownerId = (plan.changes.OwnerId as string | undefined) ?? String(record.OwnerId);
    const ownerChanges = !sameId(ownerId, record.OwnerId);
    const saved: SavedAction = {
        caseId: record.Id,
        commentId: null,
        ownerId,
        status: (plan.changes.Status as string | undefined) ?? ((record.Status as string | null) ?? null),
        replayed: false
    };
    const savepoint = org.db.setSavepoint();
    try {
        // "put a check mark in the box next to Send Notification Email": the new owner is emailed.
        const emailNewOwner = ownerChanges && !sameId(ownerId, org.runningUserId());
        const options: DmlOptions = emailNewOwner ? { emailHeader: { triggerUserEmail: true } } : {};
        org.db.update({ attributes: { type: 'Case' }, Id: record.Id, ...plan.changes }, 'USER_MODE', options);
        const [commentId] = org.db.insert({ attributes: { type: 'CaseComment' }, ParentId: record.Id, CommentBody: plan.comment, IsPublished: false }, 'USER_MODE');
        saved.commentId = commentId ?? null;
        org.db.insert(requestRecord(requestKey, action, record.Id, saved, requestHash), 'USER_MODE');
    } catch (error) {
        org.db.rollback(savepoint);
        const stored = responseStoredMeanwhile<SavedAction>(org, error, requestKey, action, requestHash);
        if (!stored) throw error;
        return { ...stored, replayed: true };
    }
    return saved;
}

function stamp(org: InMemoryOrg, event: StampEvent, record: SObjectRecord): Record<string, FieldValue> {
    return stampChanges(event, stampsOf(record), org.settings(), readIntegrationCalendar(org), org.nowIso());
}

function requireUpdateAllowed(org: InMemoryOrg, state: ClockState, ecpRequested: boolean): void {
    if (state.waiting) {
        throw new PlaybookError(
            'CASE_WAITING',
            'The case is Waiting: Integrations will update it when they receive the information, so do not ask for an update. You can still ask a question or send information.'
        );
    }
    if (!ecpRequested && !state.updateRequestAllowed) {
        const days = org.settings().integrationUpdateWaitBusinessDays;
        throw new PlaybookError(
            'TOO_EARLY',
            `Allow ${days} business days before asking for an update: you can ask from ${describeInstant(org, String(state.updateRequestAllowedFrom))}, or now if the ECP is asking for one.`
        );
    }
}

function withinCommentLimit(text: string): string {
    if (text.length > COMMENT_MAX_LENGTH) {
        throw new PlaybookError('INVALID_INPUT', `With the note that the ECP asked, the comment has ${text.length} characters. Shorten it to fit ${COMMENT_MAX_LENGTH}.`);
    }
    return text;
}

/** The person working the case, when they still work here. */
function activeWorkerOf(record: SObjectRecord): string | null {
    const workerId = record.Integrations_Worker__c;
    if (typeof workerId !== 'string') return null;
    return (record.Integrations_Worker__r as SObjectRecord | null)?.IsActive === false ? null : workerId;
}

function integrationsQueueId(org: InMemoryOrg): string {
    const name = String(org.settings().integrationsQueue);
    const queue = selectQueue(org, name);
    if (!queue) {
        throw new PlaybookError(
            'INTEGRATIONS_QUEUE_NOT_FOUND',
            `Nobody is working this case yet and there is no queue "${name}", the Integrations queue named in the Playbook Setting Integrations_Queue__c. Ask your Salesforce admin to create the queue or correct the setting.`
        );
    }
    return queue.Id;
}

export function requireOpenIntegrationCase(org: InMemoryOrg, caseId: string): SObjectRecord {
    const record = selectIntegrationCase(org, caseId);
    if (!record) throw new PlaybookError('NOT_FOUND', 'This case does not exist or you cannot see it.');
    const recordTypeId = integrationRecordTypeIdForTrigger(org, 'an integration case action');
    if (!recordTypeId || !sameId(record.RecordTypeId, recordTypeId)) {
        throw new PlaybookError('NOT_AN_INTEGRATION_CASE', `Case ${String(record.CaseNumber)} is not an integration case, so its follow-up clocks do not apply.`);
    }
    if (record.IsClosed === true) throw new PlaybookError('CASE_CLOSED', `Case ${String(record.CaseNumber)} is closed. Reopen it first if there is more to do.`);
    return record;
}

/** The fields and objects every save writes: the stamps, status, owner, a comment and the request record. */
export function requireAccess(org: InMemoryOrg): void {
    const caseDescribe = org.describe('Case');
    const missing: string[] = [];
    if (!caseDescribe.isUpdateable()) missing.push('edit Cases');
    for (const field of [...Object.values(STAMP_FIELDS), 'May_Close__c', 'May_Set_No_Response__c', 'Integrations_Worker__c']) {
        if (!caseDescribe.field(field).isUpdateable()) missing.push(`edit Case.${field}`);
    }
    if (!org.describe('CaseComment').isCreateable()) missing.push('create Case Comments');
    if (!org.describe('Playbook_Request__c').isCreateable()) missing.push('create Playbook Requests');
    if (missing.length) {
        throw new PlaybookError(
            'NO_ACCESS',
            `You cannot work integration cases (missing: ${missing.join(', ')}). Ask your Salesforce admin to assign you the Playbooks Agent permission set.`
        );
    }
}

/** An instant for a message, in the running user's time zone. */
export function describeInstant(org: InMemoryOrg, iso: string): string {
    const zone = String(org.runningUser().TimeZoneSidKey ?? org.clock.timeZone);
    return new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso));
}
