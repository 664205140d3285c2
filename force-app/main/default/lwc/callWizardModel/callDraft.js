export const NEW_CONTACT = 'NEW';
export function emptyScoring() {
    return { result: null, score: null, referral: null, alsoSupportCase: false, reason: '', next: null, approverId: null };
}
/** The next business day (Monday to Friday) at 10:00 local time: when the contact is likely in. */
export function defaultReminder(now) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0, 0, 0);
    while (day.getDay() === 0 || day.getDay() === 6)
        day.setDate(day.getDate() + 1);
    return day.toISOString();
}
/** "Called to collect CSS - ": the notes start with the configured prefix. */
export function notesStart(context) {
    return `${context.settings.callNotesPrefix} - `;
}
export function newDraft(context, now) {
    return {
        askManager: false,
        notes: notesStart(context),
        reached: null,
        notReachedReason: '',
        leftMessage: false,
        finalAttempt: null,
        stillThere: null,
        positionCheck: null,
        positionChanges: '',
        scoring: emptyScoring(),
        replacement: {
            choice: null,
            create: { firstName: '', lastName: '', title: '', phone: '', email: '' },
            confirmedNotDuplicate: false,
            reached: null,
            scoring: emptyScoring()
        },
        supportCase: { subject: '', description: null, phone: null, email: null, productType: '', reason: '', type: '', offers: [] },
        reminderAt: defaultReminder(now),
        satisfactionNotes: ''
    };
}
/** Sets one value by its dotted path (e.g. 'replacement.scoring.score'), returning a new draft. */
export function updateDraft(draft, path, value) {
    const keys = path.split('.');
    const copy = (node, index) => {
        const key = keys[index];
        if (!(key in node))
            throw new Error(`Unknown draft field: ${path}`);
        const next = index === keys.length - 1 ? value : copy(node[key], index + 1);
        return { ...node, [key]: next };
    };
    return copy(draft, 0);
}
/** This call's number: "Attempt N of M". */
export function attemptNumber(context) {
    return context.callAttempts + 1;
}
export function attemptLabel(context) {
    return `Attempt ${attemptNumber(context)} of ${context.settings.maxCallAttempts}`;
}
/**
 * The support case opened from a CLA call is still open: "the case should not be marked complete until the new
 * support case is closed, sent back to you, and you've reached out again".
 */
export function supportCaseOpen(context) {
    return Boolean(context.supportCase && !context.supportCase.isClosed);
}
/**
 * "After you've called 6 times, if you still haven't reached your contact, you may mark the CLA case
 * as complete", and after a closed support case "if you are unable to get ahold of them ... mark the
 * case as complete": the agent may complete with "No Score" instead of scheduling another call; never
 * while the support case is open.
 */
export function mayCompleteUnreached(context) {
    if (supportCaseOpen(context))
        return false;
    return attemptNumber(context) >= context.settings.maxCallAttempts || context.callbackDue;
}
/** Completing with No Score on this call needs a manager's agreement: before the last attempt, outside the callback. */
export function needsNoScoreApproval(context) {
    return attemptNumber(context) < context.settings.maxCallAttempts && !context.supportCase?.isClosed;
}
/** Reached without a score, the CLA may be completed with No Score: not while its support case is open, and early only with a manager who can agree. */
export function mayCompleteNoScore(context) {
    if (supportCaseOpen(context))
        return false;
    return !needsNoScoreApproval(context) || context.noScoreApprovers.length > 0;
}
/** "If they are enthusiastic, we may also ask if they'd like to be a referral ... Use your discretion": at any score. */
export function offersReferral(scoring) {
    return scoring.result === 'SCORE' && scoring.score !== null;
}
/** From the configured score on, the referral question is suggested. */
export function suggestsReferral(scoring, referralPromptMinScore) {
    return offersReferral(scoring) && scoring.score >= referralPromptMinScore;
}
function scoringOutcome(scoring) {
    if (scoring.result === 'SCORE')
        return scoring.alsoSupportCase ? 'SUPPORT_CASE' : 'SCORED';
    if (scoring.result !== 'NO_SCORE')
        return null;
    switch (scoring.next) {
        case 'FOLLOW_UP':
            return 'NO_SCORE_FOLLOW_UP';
        case 'SUPPORT_CASE':
            return 'SUPPORT_CASE';
        case 'COMPLETE':
            return 'NO_SCORE_COMPLETE';
        default:
            return null;
    }
}
/** The outcome the save will carry, or null while a decision is still open. */
export function outcomeOf(draft, context) {
    if (draft.askManager)
        return 'ASK_MANAGER';
    if (draft.reached === 'NO') {
        if (!mayCompleteUnreached(context))
            return 'NOT_REACHED';
        if (draft.finalAttempt === 'COMPLETE')
            return 'MAX_ATTEMPTS_COMPLETE';
        return draft.finalAttempt === 'FOLLOW_UP' ? 'NOT_REACHED' : null;
    }
    if (draft.reached !== 'YES')
        return null;
    if (draft.stillThere === 'NO')
        return 'CONTACT_LEFT';
    if (draft.stillThere !== 'YES')
        return null;
    return scoringOutcome(draft.scoring);
}
/** The chosen dealership contact's CLA case is complete: the call is added to it, and it needs no follow-up. */
export function replacementCaseComplete(draft, context) {
    const { choice } = draft.replacement;
    return context.dealershipContacts.some((contact) => contact.id === choice && contact.claState === 'COMPLETED');
}
/** The replacement contact as chosen or typed, for names and default phone/email. */
export function replacementContact(draft, context) {
    const { choice, create } = draft.replacement;
    if (choice === NEW_CONTACT) {
        const name = `${create.firstName.trim()} ${create.lastName.trim()}`.trim();
        return { id: '', name, title: create.title || null, phone: create.phone || null, mobilePhone: null, email: create.email || null, employmentStatus: null };
    }
    return context.dealershipContacts.find((contact) => contact.id === choice) ?? null;
}
/** Whom this save's support case or follow-up is about: the replacement after CONTACT_LEFT. */
export function calledContact(draft, context) {
    return outcomeOf(draft, context) === 'CONTACT_LEFT' ? replacementContact(draft, context) : context.contact;
}
export function needsFollowUp(draft, context) {
    const outcome = outcomeOf(draft, context);
    if (outcome === 'NOT_REACHED' || outcome === 'NO_SCORE_FOLLOW_UP')
        return true;
    if (outcome !== 'CONTACT_LEFT' || replacementCaseComplete(draft, context))
        return false;
    const { reached, scoring } = draft.replacement;
    return reached === 'NO' || (reached === 'YES' && scoring.result === 'NO_SCORE' && scoring.next === 'FOLLOW_UP');
}
export function needsSupportCase(draft, context) {
    const outcome = outcomeOf(draft, context);
    if (outcome === 'SUPPORT_CASE')
        return true;
    if (outcome !== 'CONTACT_LEFT' || draft.replacement.reached !== 'YES')
        return false;
    const { scoring } = draft.replacement;
    return (scoring.result === 'SCORE' && scoring.alsoSupportCase) || (scoring.result === 'NO_SCORE' && scoring.next === 'SUPPORT_CASE');
}
/**
 * "Customer Satisfaction Call: <contact name>", the subject the reminder task will have: the Step 1 subject, then the
 * name ("I like to add in the contact name so I can see who I'm calling when my reminders pop up").
 */
export function followUpSubject(draft, context) {
    const name = calledContact(draft, context)?.name ?? '';
    return name ? `${context.settings.claCallSubject}: ${name}` : context.settings.claCallSubject;
}
/** A voicemail can be recorded: the person called (or the new contact) was not reached. */
export function mayLeaveMessage(draft, context) {
    const outcome = outcomeOf(draft, context);
    if (outcome === 'NOT_REACHED' || outcome === 'MAX_ATTEMPTS_COMPLETE')
        return true;
    return outcome === 'CONTACT_LEFT' && draft.replacement.reached === 'NO';
}
