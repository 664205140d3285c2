// Whether the call can be saved, and the one request the save sends.
import type {
    CallContextResponse,
    CallOutcome,
    CallOutcomeRequest,
    FollowUpRequest,
    PositionCheck,
    ReplacementCall,
    SupportCaseInput
} from 'c/playbookContracts';
import {
    calledContact,
    mayLeaveMessage,
    needsFollowUp,
    needsNoScoreApproval,
    needsSupportCase,
    notesStart,
    offersReferral,
    outcomeOf,
    NEW_CONTACT,
    type CallDraft,
    type ScoringDraft
} from './callDraft';
import { MAX_LENGTH, isEmail, isVagueSubject } from './fieldRules';

/** A problem the agent must fix before saving: where, and what to do. */
export interface DraftProblem {
    field: string;
    message: string;
}

export type BuildResult = { ok: true; request: CallOutcomeRequest } | { ok: false; problems: DraftProblem[] };

/** The notes as saved: always starting with the configured prefix ("Called to collect CSS"). */
export function notesToSave(draft: CallDraft, context: CallContextResponse): string {
    const prefix = context.settings.callNotesPrefix;
    const notes = draft.notes.trim();
    if (notes.toLowerCase().startsWith(prefix.toLowerCase())) return notes;
    return `${notesStart(context)}${notes}`.trim();
}

/** What the agent wrote after the prefix. */
function notesBody(draft: CallDraft, context: CallContextResponse): string {
    const notes = draft.notes.trim();
    const prefix = context.settings.callNotesPrefix.toLowerCase();
    return notes.toLowerCase().startsWith(prefix) ? notes.slice(prefix.length).replace(/^[\s:.-]+/, '') : notes;
}

/** The support case as it will be sent: unedited description, phone and email follow the call. */
export function supportCaseValues(draft: CallDraft, context: CallContextResponse): SupportCaseInput {
    const contact = calledContact(draft, context);
    const { supportCase } = draft;
    return {
        subject: supportCase.subject.trim(),
        description: (supportCase.description ?? notesToSave(draft, context)).trim(),
        phone: (supportCase.phone ?? contact?.phone ?? contact?.mobilePhone ?? '').trim(),
        email: (supportCase.email ?? contact?.email ?? '').trim(),
        productType: supportCase.productType,
        reason: supportCase.reason,
        type: supportCase.type
    };
}

class Problems {
    readonly list: DraftProblem[] = [];
    add(field: string, message: string): void {
        this.list.push({ field, message });
    }
    required(field: string, value: string | null | undefined, label: string): void {
        if (!value || !value.trim()) this.add(field, `${label}: complete this field.`);
    }
    maxLength(field: string, value: string | null | undefined, max: number, label: string): void {
        if (value && value.length > max) this.add(field, `${label}: use ${max} characters or fewer.`);
    }
    text(field: string, value: string | null | undefined, max: number, label: string, required: boolean): void {
        if (required) this.required(field, value, label);
        this.maxLength(field, value, max, label);
    }
}

function checkScoring(problems: Problems, scoring: ScoringDraft, scope: string, withReason: boolean, approvalNeeded: boolean): void {
    if (scoring.result === null) {
        problems.add(`${scope}.result`, 'Say whether you got a score.');
        return;
    }
    if (scoring.result === 'SCORE') {
        if (scoring.score === null || !Number.isInteger(scoring.score) || scoring.score < 1 || scoring.score > 10) {
            problems.add(`${scope}.score`, 'Score: choose a number from 1 to 10.');
        }
        return;
    }
    if (withReason) problems.text(`${scope}.reason`, scoring.reason, MAX_LENGTH.reason, 'Why no score', true);
    if (scoring.next === null) problems.add(`${scope}.next`, 'Choose what happens next: a follow-up call, a support case or completing with No Score.');
    if (scoring.next === 'COMPLETE' && approvalNeeded && !scoring.approverId) {
        problems.add(`${scope}.approverId`, 'Completing without a score this early needs a manager: choose who agreed, or choose another next step.');
    }
}

function checkSupportCase(problems: Problems, values: SupportCaseInput): void {
    problems.text('supportCase.subject', values.subject, MAX_LENGTH.subject, 'Support case subject', true);
    if (values.subject && isVagueSubject(values.subject)) {
        problems.add('supportCase.subject', 'Support case subject: say what the issue is (product, what fails), not just "needs help" or "issue".');
    }
    problems.text('supportCase.description', values.description, MAX_LENGTH.description, 'Support case description', true);
    problems.text('supportCase.phone', values.phone, MAX_LENGTH.phone, 'Best phone', true);
    problems.text('supportCase.email', values.email, MAX_LENGTH.email, 'Best email', true);
    if (values.email && !isEmail(values.email)) problems.add('supportCase.email', 'Best email: enter an address like name@example.com.');
    problems.required('supportCase.productType', values.productType, 'Product type');
    problems.required('supportCase.reason', values.reason, 'Case reason');
    problems.required('supportCase.type', values.type, 'Type');
}

function checkReplacement(problems: Problems, draft: CallDraft, context: CallContextResponse): void {
    const { choice, create, reached, scoring } = draft.replacement;
    if (choice === null) {
        problems.add('replacement.choice', 'Choose who the new contact is, or add someone new.');
    } else if (choice === NEW_CONTACT) {
        problems.text('replacement.create.firstName', create.firstName, MAX_LENGTH.firstName, 'First name', true);
        problems.text('replacement.create.lastName', create.lastName, MAX_LENGTH.lastName, 'Last name', true);
        problems.text('replacement.create.title', create.title, MAX_LENGTH.title, 'Official title', false);
        problems.text('replacement.create.phone', create.phone, MAX_LENGTH.phone, 'Phone', false);
        problems.text('replacement.create.email', create.email, MAX_LENGTH.email, 'Email', false);
        if (create.email.trim() && !isEmail(create.email.trim())) problems.add('replacement.create.email', 'Email: enter an address like name@example.com.');
    } else if (!context.dealershipContacts.some((contact) => contact.id === choice)) {
        problems.add('replacement.choice', 'Choose the new contact from the dealership list.');
    }
    if (reached === null) problems.add('replacement.reached', 'Say whether you reached the new contact.');
    if (reached === 'YES') checkScoring(problems, scoring, 'replacement.scoring', false, false);
}

function checkFollowUp(problems: Problems, reminderAt: string, now: Date): void {
    const when = Date.parse(reminderAt);
    if (!reminderAt || Number.isNaN(when)) problems.add('reminderAt', 'Follow-up reminder: choose a date and time.');
    else if (when <= now.getTime()) problems.add('reminderAt', 'Follow-up reminder: choose a time in the future.');
}

/** Every problem that stops the save, in the order the form shows the fields. */
export function problemsOf(draft: CallDraft, context: CallContextResponse, now: Date): DraftProblem[] {
    const problems = new Problems();
    const outcome = outcomeOf(draft, context);
    problems.maxLength('notes', draft.notes, MAX_LENGTH.notes, 'Call notes');
    problems.maxLength('satisfactionNotes', draft.satisfactionNotes, MAX_LENGTH.satisfactionNotes, 'CL Satisfaction Notes');
    if (draft.askManager) {
        if (!notesBody(draft, context)) problems.add('notes', 'Call notes: describe the situation for the manager.');
        return problems.list;
    }
    if (draft.reached === null) problems.add('reached', 'Say whether you reached the contact.');
    if (draft.reached === 'NO') {
        problems.maxLength('notReachedReason', draft.notReachedReason, MAX_LENGTH.reason, 'Reason');
        if (outcome === null) problems.add('finalAttempt', 'Choose: schedule another call, or complete with No Score.');
    }
    if (draft.reached === 'YES') {
        if (draft.stillThere === null) problems.add('stillThere', 'Say whether the contact still works at the dealership.');
        if (draft.stillThere === 'YES') {
            checkScoring(problems, draft.scoring, 'scoring', true, needsNoScoreApproval(context));
            if (draft.positionCheck === 'CHANGED') problems.text('positionChanges', draft.positionChanges, MAX_LENGTH.reason, 'What changed', true);
        }
        if (draft.stillThere === 'NO') checkReplacement(problems, draft, context);
    }
    if (needsFollowUp(draft, context)) checkFollowUp(problems, draft.reminderAt, now);
    if (needsSupportCase(draft, context)) checkSupportCase(problems, supportCaseValues(draft, context));
    return problems.list;
}

function scoreOf(scoring: ScoringDraft): number | null {
    return scoring.result === 'SCORE' ? scoring.score : null;
}

function referralOf(scoring: ScoringDraft): boolean | null {
    if (!offersReferral(scoring) || scoring.referral === null) return null;
    return scoring.referral === 'YES';
}

const REACHED_STILL_THERE: readonly CallOutcome[] = ['SCORED', 'NO_SCORE_FOLLOW_UP', 'SUPPORT_CASE', 'NO_SCORE_COMPLETE'];

/** "Verify their position and primary location", when asked and the contact still works there. */
function positionCheckOf(draft: CallDraft, outcome: CallOutcome): PositionCheck | null {
    if (!draft.positionCheck || !REACHED_STILL_THERE.includes(outcome)) return null;
    return draft.positionCheck === 'AS_ON_FILE' ? { asOnFile: true, changes: null } : { asOnFile: false, changes: draft.positionChanges.trim() };
}

function blankToNull(value: string): string | null {
    const trimmed = value.trim();
    return trimmed ? trimmed : null;
}

function replacementCall(draft: CallDraft, followUp: FollowUpRequest | null, supportCase: SupportCaseInput | null): ReplacementCall {
    const { choice, create, reached, scoring, confirmedNotDuplicate } = draft.replacement;
    const isNew = choice === NEW_CONTACT;
    const wasReached = reached === 'YES';
    return {
        contactId: isNew ? null : choice,
        create: isNew
            ? {
                  firstName: create.firstName.trim(),
                  lastName: create.lastName.trim(),
                  title: blankToNull(create.title),
                  phone: blankToNull(create.phone),
                  email: blankToNull(create.email)
              }
            : null,
        confirmedNotDuplicate: isNew && confirmedNotDuplicate,
        reached: wasReached,
        score: wasReached ? scoreOf(scoring) : null,
        referral: wasReached ? referralOf(scoring) : null,
        followUp,
        supportCase
    };
}

/** The saveCallOutcome request, or the problems that stop it. */
export function buildRequest(draft: CallDraft, context: CallContextResponse, requestKey: string, now: Date): BuildResult {
    const problems = problemsOf(draft, context, now);
    const outcome = outcomeOf(draft, context);
    if (problems.length || outcome === null) {
        return { ok: false, problems: problems.length ? problems : [{ field: 'reached', message: 'Finish the call decisions first.' }] };
    }
    const followUp = needsFollowUp(draft, context) ? { reminderAt: new Date(draft.reminderAt).toISOString() } : null;
    const supportCase = needsSupportCase(draft, context) ? supportCaseValues(draft, context) : null;
    const isContactLeft = outcome === 'CONTACT_LEFT';
    const main = !isContactLeft && !draft.askManager;
    let reason: string | null = null;
    if (outcome === 'NOT_REACHED' || outcome === 'MAX_ATTEMPTS_COMPLETE') reason = blankToNull(draft.notReachedReason);
    else if (main && draft.scoring.result === 'NO_SCORE') reason = blankToNull(draft.scoring.reason);
    return {
        ok: true,
        request: {
            requestKey,
            caseId: context.caseId,
            expectedOwnerId: context.ownerId,
            outcome,
            notes: notesToSave(draft, context),
            score: main && draft.reached === 'YES' ? scoreOf(draft.scoring) : null,
            referral: main && draft.reached === 'YES' ? referralOf(draft.scoring) : null,
            reason,
            leftMessage: mayLeaveMessage(draft, context) && draft.leftMessage,
            noScoreApprovedById: outcome === 'NO_SCORE_COMPLETE' && needsNoScoreApproval(context) ? draft.scoring.approverId : null,
            positionCheck: main ? positionCheckOf(draft, outcome) : null,
            offers: supportCase ? [...draft.supportCase.offers] : [],
            followUp: isContactLeft ? null : followUp,
            supportCase: isContactLeft ? null : supportCase,
            replacement: isContactLeft ? replacementCall(draft, followUp, supportCase) : null,
            satisfactionNotes: blankToNull(draft.satisfactionNotes)
        }
    };
}
