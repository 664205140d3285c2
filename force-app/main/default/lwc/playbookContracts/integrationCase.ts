// Request and response shapes of the integration case component (procedure 004, "Integration SalesForce
// Case Tracking and Managing"): IntegrationCaseController.getIntegrationCase (opening, not cacheable: every
// save changes it) and the five saves, each one Apex call and one transaction. The Apex controller mirrors
// them as inner classes; spec/controllers/IntegrationCaseController.ts implements them.
import type { IsoDateTime, RecordId } from './playbookContracts';

/** Who owes the next action: the case's creator (Customer Support), Integrations (the person working it), or nobody yet. */
export type IntegrationParty = 'CREATOR' | 'INTEGRATIONS' | 'NOBODY';

/** The running user's side of the case: its creator, or someone working it for Integrations. */
export type IntegrationRole = 'CREATOR' | 'INTEGRATIONS';

/** The clocks with a due time. */
export type IntegrationDueClock = 'FIRST_COMMENT' | 'CALLBACK' | 'CLOSE';

/** What the procedure asks for next, most urgent first. */
export type IntegrationNextAction =
    | 'CLOSED'
    | 'FIRST_COMMENT'
    | 'ANSWER_CALLBACK'
    | 'CLOSE_RESOLVED'
    | 'CLOSE_NO_RESPONSE'
    | 'MAY_SET_NO_RESPONSE'
    | 'MAY_CLOSE_NO_REPLY'
    | 'AWAIT_ECP_REPLY'
    | 'WAITING_ON_INFORMATION'
    | 'AWAIT_UPDATE'
    | 'FOLLOW_UP';

/** The saves the running user may make now. */
export type IntegrationAction = 'LOG_CONTACT' | 'ASK' | 'REQUEST_UPDATE' | 'POST_UPDATE' | 'SET_NO_RESPONSE' | 'CLOSE';

/** How a contact with the ECP went. */
export type EcpContactOutcome = 'LEFT_MESSAGE' | 'SPOKE_RESOLVED' | 'SPOKE_NOT_RESOLVED';

/** What the creator asks of the person working the case. */
export type IntegrationAskKind = 'QUESTION' | 'INFORMATION' | 'UPDATE' | 'CALLBACK';

export interface IntegrationDue {
    clock: IntegrationDueClock;
    dueAt: IsoDateTime;
    owedBy: IntegrationParty;
    overdue: boolean;
}

export interface IntegrationClock {
    nextAction: IntegrationNextAction;
    owedBy: IntegrationParty;
    dueAt: IsoDateTime | null;
    overdue: boolean;
    overdueMinutes: number;
    /** From when the next action is allowed (a close after no reply, No Response), or the next update request. */
    allowedFrom: IsoDateTime | null;
    waiting: boolean;
    dues: IntegrationDue[];
    updateRequestAllowed: boolean;
    updateRequestAllowedFrom: IsoDateTime | null;
    closeAllowed: boolean;
    closeAllowedFrom: IsoDateTime | null;
    noResponseAllowed: boolean;
    noResponseAllowedFrom: IsoDateTime | null;
    outreachAttempts: number;
}

/** One case comment (all of them are private). */
export interface IntegrationComment {
    id: RecordId;
    body: string;
    createdByName: string | null;
    createdOn: IsoDateTime;
    /** Written by the case's creator (else by Integrations). */
    byCreator: boolean;
}

/** One task on the case (its activity). */
export interface IntegrationActivity {
    id: RecordId;
    subject: string | null;
    status: string | null;
    activityDate: string | null;
    ownerName: string | null;
}

export interface IntegrationCaseRequest {
    caseId: RecordId;
}

export interface IntegrationCaseResponse {
    caseId: RecordId;
    caseNumber: string;
    subject: string | null;
    status: string | null;
    isClosed: boolean;
    ownerId: RecordId;
    ownerName: string | null;
    ownerIsQueue: boolean;
    creatorId: RecordId;
    creatorName: string | null;
    /** The person working the case: a question or update request is assigned to them (the Integrations queue when none). */
    workerId: RecordId | null;
    workerName: string | null;
    role: IntegrationRole;
    clock: IntegrationClock;
    actions: IntegrationAction[];
    /** "l/m with ECP on v/m", from the settings. */
    suggestedMessageComment: string;
    /** A case comment's most characters (CommentBody holds 4,000). */
    commentMaxLength: number;
    /** Newest first. */
    comments: IntegrationComment[];
    /** Newest first. */
    activities: IntegrationActivity[];
    /** What the business calendar could not read (for the admin); business days are still counted. */
    calendarProblems: string[];
    /** The server's time the clocks were read at. */
    now: IsoDateTime;
}

/** What every save answers: what it wrote, and the case as it stands after it (to redraw without another call). */
export interface IntegrationSaveResponse {
    caseId: RecordId;
    commentId: RecordId | null;
    ownerId: RecordId;
    status: string | null;
    /** True when the same requestKey had already been saved and nothing new was written. */
    replayed: boolean;
    /** Null when the running user can no longer see the case (it was given to someone else in an org where cases are private). */
    view: IntegrationCaseResponse | null;
}

export interface LogEcpContactRequest {
    requestKey: string;
    caseId: RecordId;
    outcome: EcpContactOutcome;
    /** The private comment, e.g. "l/m with ECP on v/m". */
    comment: string;
}

export interface AskWorkerRequest {
    requestKey: string;
    caseId: RecordId;
    kind: IntegrationAskKind;
    comment: string;
    /** For an update request: the ECP is asking for it, so the 7 business days do not apply (noted in the comment). */
    ecpRequested: boolean;
}

export interface PostUpdateRequest {
    requestKey: string;
    caseId: RecordId;
    comment: string;
    /** Give the case back to its creator (with the notification email). */
    returnToCreator: boolean;
    /** true: set the case Waiting; false: from Waiting back to Working; null: leave the status. */
    waiting: boolean | null;
}

export interface SetNoResponseRequest {
    requestKey: string;
    caseId: RecordId;
    comment: string;
}

export interface CloseIntegrationCaseRequest {
    requestKey: string;
    caseId: RecordId;
    comment: string;
}

export interface IntegrationCaseControllerContract {
    getIntegrationCase: { params: { request: IntegrationCaseRequest }; result: IntegrationCaseResponse; cacheable: false };
    logEcpContact: { params: { request: LogEcpContactRequest }; result: IntegrationSaveResponse; cacheable: false };
    askWorker: { params: { request: AskWorkerRequest }; result: IntegrationSaveResponse; cacheable: false };
    postUpdate: { params: { request: PostUpdateRequest }; result: IntegrationSaveResponse; cacheable: false };
    setNoResponse: { params: { request: SetNoResponseRequest }; result: IntegrationSaveResponse; cacheable: false };
    closeCase: { params: { request: CloseIntegrationCaseRequest }; result: IntegrationSaveResponse; cacheable: false };
}

// Registers the controller in the contract registry without editing the shared file's interface.
declare module './playbookContracts' {
    interface PlaybookControllerContracts {
        IntegrationCaseController: IntegrationCaseControllerContract;
    }
}
