// The integration case component's decisions, free of the DOM (procedure 004): what the next required action
// says and who owes it, how due or overdue it is, which forms the agent may open now, what each form starts
// with, why a draft cannot be saved yet, the one save request, and the toast after it. The server checks the
// same rules again (IntegrationCaseService).
import type {
    AskWorkerRequest,
    CloseIntegrationCaseRequest,
    EcpContactOutcome,
    IntegrationAskKind,
    IntegrationCaseResponse,
    IntegrationComment,
    IntegrationDueClock,
    IntegrationNextAction,
    IntegrationParty,
    IntegrationSaveResponse,
    LogEcpContactRequest,
    PostUpdateRequest,
    SetNoResponseRequest
} from 'c/playbookContracts';

/** The forms the component opens, one at a time. */
export type FormId = 'CONTACT' | 'ASK' | 'REQUEST_UPDATE' | 'POST_UPDATE' | 'NO_RESPONSE' | 'CLOSE';

/** What the agent is typing in the open form. */
export interface Draft {
    form: FormId;
    comment: string;
    outcome: EcpContactOutcome;
    askKind: Exclude<IntegrationAskKind, 'UPDATE'>;
    ecpRequested: boolean;
    returnToCreator: boolean;
    /** 'KEEP', 'WAITING' or 'WORKING'. */
    statusChoice: 'KEEP' | 'WAITING' | 'WORKING';
}

export type DraftProblem = 'BLANK' | 'TOO_LONG' | 'UPDATE_NOT_YET';

export const PROBLEM_MESSAGES: Record<DraftProblem, string> = {
    BLANK: 'Write the comment: it is saved as a private case comment.',
    TOO_LONG: 'Shorten the comment to the character limit.',
    UPDATE_NOT_YET: 'Allow 7 business days before asking for an update, unless the ECP is asking for one: tick the box if they are.'
};

/** What the procedure asks for next, in the words of the person reading it. */
const NEXT_ACTION_TEXT: Record<IntegrationNextAction, string> = {
    CLOSED: 'The case is closed.',
    FIRST_COMMENT: 'Integrations opens and comments on the case.',
    ANSWER_CALLBACK: 'Integrations responds to the call back request.',
    CLOSE_RESOLVED: 'The ECP confirmed the issue resolved: close the case.',
    CLOSE_NO_RESPONSE: 'The case is No Response: its creator closes it.',
    MAY_SET_NO_RESPONSE: 'No answer after 21 days of attempts: Integrations may set No Response.',
    MAY_CLOSE_NO_REPLY: 'No reply 48 hours after a detailed message: the case may be closed.',
    AWAIT_ECP_REPLY: 'A detailed message was left with the ECP: wait for their reply.',
    WAITING_ON_INFORMATION: 'Waiting: Integrations updates the case when they receive the information. Do not ask for an update.',
    AWAIT_UPDATE: 'An update was asked for: Integrations owes it.',
    FOLLOW_UP: 'Follow up: review the comments and activity, contact the ECP or ask the person working the case.'
};

const CLOCK_TEXT: Record<IntegrationDueClock, string> = {
    FIRST_COMMENT: 'First comment by Integrations',
    CALLBACK: 'Call back response',
    CLOSE: 'Close after resolution'
};

export function nextActionText(view: IntegrationCaseResponse): string {
    return NEXT_ACTION_TEXT[view.clock.nextAction];
}

/** Who owes the next action, naming the reader when it is them. */
export function owedByText(view: IntegrationCaseResponse): string | null {
    const owner: Record<IntegrationParty, string | null> = {
        CREATOR: view.role === 'CREATOR' ? 'You (you created the case)' : `${view.creatorName ?? 'The creator'} (created the case)`,
        INTEGRATIONS: view.role === 'INTEGRATIONS' && !view.ownerIsQueue ? `You (${view.ownerName ?? 'Integrations'})` : (view.ownerName ?? 'Integrations'),
        NOBODY: null
    };
    return owner[view.clock.owedBy];
}

/** "2 d 3 h", "45 min": a duration an agent reads at a glance. */
export function durationText(minutes: number): string {
    const total = Math.max(0, Math.floor(minutes));
    const days = Math.floor(total / 1440);
    const hours = Math.floor((total % 1440) / 60);
    const rest = total % 60;
    if (days) return hours ? `${days} d ${hours} h` : `${days} d`;
    if (hours) return rest ? `${hours} h ${rest} min` : `${hours} h`;
    return `${rest} min`;
}

export interface DueLine {
    overdue: boolean;
    /** "Overdue by 2 h" or "Due in 1 d 4 h". */
    text: string;
    /** The due instant, for a formatted date beside the text. */
    dueAt: string;
}

/** How due or overdue the next action is; null when it has no due time. */
export function dueLine(view: IntegrationCaseResponse): DueLine | null {
    const { clock } = view;
    if (!clock.dueAt) return null;
    if (clock.overdue) return { overdue: true, text: `Overdue by ${durationText(clock.overdueMinutes)}`, dueAt: clock.dueAt };
    const minutes = (Date.parse(clock.dueAt) - Date.parse(view.now)) / 60_000;
    return { overdue: false, text: `Due in ${durationText(minutes)}`, dueAt: clock.dueAt };
}

export interface ClockRow {
    key: string;
    label: string;
    owedBy: string;
    dueAt: string;
    overdue: boolean;
}

/** Every running clock, earliest first, for the list under the next action. */
export function clockRows(view: IntegrationCaseResponse): ClockRow[] {
    return view.clock.dues.map((due) => ({
        key: due.clock,
        label: CLOCK_TEXT[due.clock],
        owedBy: due.owedBy === 'CREATOR' ? 'creator' : 'Integrations',
        dueAt: due.dueAt,
        overdue: due.overdue
    }));
}

export interface FormButton {
    id: FormId;
    label: string;
}

const FORM_LABELS: Record<FormId, string> = {
    CONTACT: 'Log contact with the ECP',
    ASK: 'Ask or inform',
    REQUEST_UPDATE: 'Request an update',
    POST_UPDATE: 'Post an update',
    NO_RESPONSE: 'Set No Response',
    CLOSE: 'Close the case'
};

const FORM_OF_ACTION = {
    LOG_CONTACT: 'CONTACT',
    ASK: 'ASK',
    REQUEST_UPDATE: 'REQUEST_UPDATE',
    POST_UPDATE: 'POST_UPDATE',
    SET_NO_RESPONSE: 'NO_RESPONSE',
    CLOSE: 'CLOSE'
} as const satisfies Record<IntegrationCaseResponse['actions'][number], FormId>;

/** The forms the procedure allows the reader now, in the order the buttons show them. */
export function formButtons(view: IntegrationCaseResponse): FormButton[] {
    return view.actions.map((action) => ({ id: FORM_OF_ACTION[action], label: FORM_LABELS[FORM_OF_ACTION[action]] }));
}

export function formLabel(form: FormId): string {
    return FORM_LABELS[form];
}

/** What a form starts with: the suggested "l/m with ECP on v/m" for a message left with the ECP. */
export function initialDraft(form: FormId, view: IntegrationCaseResponse): Draft {
    return {
        form,
        comment: form === 'CONTACT' ? view.suggestedMessageComment : '',
        outcome: 'LEFT_MESSAGE',
        askKind: 'QUESTION',
        ecpRequested: false,
        returnToCreator: false,
        statusChoice: 'KEEP'
    };
}

/** The draft after the outcome changed: the suggestion is offered for a message and cleared when unchanged otherwise. */
export function withOutcome(draft: Draft, outcome: EcpContactOutcome, view: IntegrationCaseResponse): Draft {
    const untouched = draft.comment === view.suggestedMessageComment || draft.comment === '';
    if (!untouched) return { ...draft, outcome };
    return { ...draft, outcome, comment: outcome === 'LEFT_MESSAGE' ? view.suggestedMessageComment : '' };
}

/** Why the draft cannot be saved yet, or null when it can. */
export function draftProblem(draft: Draft, view: IntegrationCaseResponse): DraftProblem | null {
    if (draft.comment.trim() === '') return 'BLANK';
    if (draft.comment.length > view.commentMaxLength) return 'TOO_LONG';
    if (draft.form === 'REQUEST_UPDATE' && !view.clock.updateRequestAllowed && !draft.ecpRequested) return 'UPDATE_NOT_YET';
    return null;
}

/** The status choices Post an update offers: Waiting, or back to Working when the case is Waiting. */
export function statusChoices(view: IntegrationCaseResponse): Array<{ label: string; value: Draft['statusChoice'] }> {
    return [
        { label: 'Leave the status', value: 'KEEP' },
        view.clock.waiting
            ? { label: 'The information arrived: back to Working', value: 'WORKING' }
            : { label: 'Waiting for information (no update requests meanwhile)', value: 'WAITING' }
    ];
}

export type SaveCall =
    | { method: 'logEcpContact'; request: LogEcpContactRequest }
    | { method: 'askWorker'; request: AskWorkerRequest }
    | { method: 'postUpdate'; request: PostUpdateRequest }
    | { method: 'setNoResponse'; request: SetNoResponseRequest }
    | { method: 'closeCase'; request: CloseIntegrationCaseRequest };

/** The one Apex call a draft makes. */
export function saveCall(draft: Draft, view: IntegrationCaseResponse, requestKey: string): SaveCall {
    const base = { requestKey, caseId: view.caseId, comment: draft.comment };
    switch (draft.form) {
        case 'CONTACT':
            return { method: 'logEcpContact', request: { ...base, outcome: draft.outcome } };
        case 'ASK':
            return { method: 'askWorker', request: { ...base, kind: draft.askKind, ecpRequested: false } };
        case 'REQUEST_UPDATE':
            return { method: 'askWorker', request: { ...base, kind: 'UPDATE', ecpRequested: draft.ecpRequested } };
        case 'POST_UPDATE':
            return {
                method: 'postUpdate',
                request: { ...base, returnToCreator: draft.returnToCreator, waiting: draft.statusChoice === 'KEEP' ? null : draft.statusChoice === 'WAITING' }
            };
        case 'NO_RESPONSE':
            return { method: 'setNoResponse', request: base };
        default:
            return { method: 'closeCase', request: base };
    }
}

/** The toast after a save. */
export function savedMessage(draft: Draft, view: IntegrationCaseResponse, response: IntegrationSaveResponse): string {
    if (response.replayed) return `That was already saved on case ${view.caseNumber}.`;
    const done: Record<FormId, string> = {
        CONTACT: 'Contact with the ECP logged',
        ASK: `Sent to ${view.workerName ?? 'Integrations'}`,
        REQUEST_UPDATE: `Update requested from ${view.workerName ?? 'Integrations'}`,
        POST_UPDATE: 'Update posted',
        NO_RESPONSE: 'Case set to No Response',
        CLOSE: 'Case closed'
    };
    return `${done[draft.form]} on case ${view.caseNumber}.`;
}

export interface CommentRow {
    id: string;
    heading: string;
    body: string;
    createdOn: string;
}

/** The comments, newest first, with who wrote each. */
export function commentRows(view: IntegrationCaseResponse): CommentRow[] {
    return view.comments.map((comment: IntegrationComment) => ({
        id: comment.id,
        heading: `${comment.createdByName ?? 'A former user'}${comment.byCreator ? ' (creator)' : ' (Integrations)'}`,
        body: comment.body,
        createdOn: comment.createdOn
    }));
}

/** A note on the update request: when it may go, or why it may not. */
export function updateRequestNote(view: IntegrationCaseResponse): string | null {
    if (view.role !== 'CREATOR' || view.isClosed) return null;
    if (view.clock.waiting) return 'The case is Waiting: do not ask for an update. Questions and information may still go.';
    if (view.clock.updateRequestAllowed) return 'You may ask for an update.';
    return 'Allow 7 business days before asking for an update, unless the ECP is asking for one. You may ask from';
}
