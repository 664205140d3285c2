// Request and response shapes of the Call Wizard's context load and its one-call saves
// (CallWizardController.getCallContext / saveCallOutcome / flagDuplicate). The Apex controller
// mirrors them as inner classes; the TypeScript controller in spec/ implements them.

/** Salesforce record Id (15 or 18 characters). */
export type RecordId = string;
/** ISO-8601 instant, e.g. 2026-11-23T15:00:00.000Z. */
export type IsoDateTime = string;
/** ISO-8601 date, e.g. 2026-11-23. */
export type IsoDate = string;

// ---------------------------------------------------------------------------------------------
// Opening the wizard: one call, not cacheable (claims and saves change what it shows).

export interface CallContextRequest {
    caseId: RecordId;
}

export type ClaState = 'COMPLETED' | 'IN_PROGRESS' | 'NONE';

export interface ContactSummary {
    id: RecordId;
    name: string;
    title: string | null;
    phone: string | null;
    mobilePhone: string | null;
    email: string | null;
    employmentStatus: string | null;
}

export interface DealershipContact extends ContactSummary {
    /** State of the contact's CLA case: completed / in progress / none. */
    claState: ClaState;
    claCaseId: RecordId | null;
}

export interface RecentCase {
    id: RecordId;
    caseNumber: string;
    subject: string | null;
    status: string;
    createdDate: IsoDateTime;
}

export interface DuplicateCandidate {
    contact: ContactSummary;
    /** Which parts of the rule matched: NAME, SIMILAR_NAME, PHONE, EMAIL. */
    reasons: DuplicateReason[];
}

export type DuplicateReason = 'NAME' | 'SIMILAR_NAME' | 'PHONE' | 'EMAIL';

export interface SupportCaseSummary {
    id: RecordId;
    caseNumber: string;
    subject: string | null;
    status: string;
    isClosed: boolean;
    closedDate: IsoDateTime | null;
    ownerName: string | null;
}

export interface CallWizardSettings {
    maxCallAttempts: number;
    /** From this score on the referral question is suggested; it is offered at any score (the agent's discretion). */
    referralPromptMinScore: number;
    callNotesPrefix: string;
    /** "Customer Satisfaction Call": the subject of every call and follow-up the wizard logs. */
    claCallSubject: string;
    /** A score the contact gave within this many days on any CLA case makes the wizard warn (never block). */
    surveyFatigueDays: number;
    pageSize: number;
}

/** Why a user may agree to completing a CLA with "No Score" early: the team's manager, or the agent's own manager. */
export type NoScoreApproverRole = 'TEAM_MANAGER' | 'MY_MANAGER';

/** An active user who may agree to an early "No Score" completion (one entry per user, with every role they hold). */
export interface NoScoreApprover {
    id: RecordId;
    name: string;
    roles: NoScoreApproverRole[];
}

/** The contact's latest score on another CLA case within the survey-fatigue window. */
export interface RecentScore {
    caseId: RecordId;
    caseNumber: string;
    score: string;
    scoreDate: IsoDate;
}

export interface CallContextResponse {
    caseId: RecordId;
    caseNumber: string;
    caseStatus: string;
    isClosed: boolean;
    ownerId: RecordId;
    ownerName: string | null;
    /** True when the running user owns the case. */
    isMine: boolean;
    /** The owner is an active user other than the running user: claiming needs the agent's confirmation. */
    ownedByColleague: boolean;
    activityStatus: string | null;
    score: string | null;
    callAttempts: number;
    lastAttempt: IsoDateTime | null;
    contact: ContactSummary | null;
    dealership: { id: RecordId; name: string; phone: string | null } | null;
    /** The dealership's phone differs from every phone of the contact. */
    phoneMismatch: boolean;
    recentCases: RecentCase[];
    dealershipContacts: DealershipContact[];
    /** Opaque cursor for getDealershipContacts; null when there is no further page. */
    nextContactsPage: string | null;
    duplicates: DuplicateCandidate[];
    supportCase: SupportCaseSummary | null;
    /** The CLA owner has an open callback task because the related support case closed. */
    callbackDue: boolean;
    /** Who may agree to completing with "No Score" before the last attempt and outside the callback. */
    noScoreApprovers: NoScoreApprover[];
    /** The contact gave a score within settings.surveyFatigueDays on another CLA case (survey fatigue). */
    recentScore: RecentScore | null;
    settings: CallWizardSettings;
}

export interface DealershipContactsRequest {
    caseId: RecordId;
    page: string;
}

export interface DealershipContactsResponse {
    contacts: DealershipContact[];
    nextContactsPage: string | null;
}

// ---------------------------------------------------------------------------------------------
// Saving: exactly one Apex call per outcome; idempotent through requestKey.

export type CallOutcome =
    /** Current contact reached, score obtained. */
    | 'SCORED'
    /** Reached, no score obtainable; a follow-up call is scheduled. */
    | 'NO_SCORE_FOLLOW_UP'
    /** Reached, no score; a support case is opened and the CLA waits for it. */
    | 'SUPPORT_CASE'
    /** Reached, no score; completed with "No Score" (early: a manager agreed, named in noScoreApprovedById). */
    | 'NO_SCORE_COMPLETE'
    /** Not reached; the attempt is counted and a follow-up task created. */
    | 'NOT_REACHED'
    /** Not reached and the configured maximum attempts reached: complete with "No Score". */
    | 'MAX_ATTEMPTS_COMPLETE'
    /** The contact no longer works at the dealership. */
    | 'CONTACT_LEFT'
    /** A situation the procedure does not cover: a task for the manager. */
    | 'ASK_MANAGER';

export interface FollowUpRequest {
    /** When the reminder pops up; also the follow-up task's due date. */
    reminderAt: IsoDateTime;
}

export interface NewContactInput {
    firstName: string;
    lastName: string;
    /** "try to obtain their official title": optional. */
    title: string | null;
    /** Optional both; without them the wizard says there is no number to call back on. */
    phone: string | null;
    email: string | null;
}

/** "Verify their position and primary location": as on file, or what the contact said changed. */
export interface PositionCheck {
    asOnFile: boolean;
    changes: string | null;
}

/** "offer our free remote training and ask if they have a moment to solve the issue right then, and offer to transfer them over to someone in support". */
export type SupportOffer = 'REMOTE_TRAINING' | 'SOLVE_NOW' | 'TRANSFER_TO_SUPPORT';

export interface SupportCaseInput {
    subject: string;
    description: string;
    /** Best phone and email, confirmed with the customer. */
    phone: string;
    email: string;
    productType: string;
    reason: string;
    type: string;
    /** The contact the issue is about; defaults to the CLA contact (or the new contact). */
    contactId?: RecordId | null;
}

/** The call with the person who replaced the contact who left. */
export interface ReplacementCall {
    /** An existing contact at the dealership, or null to create `create`. */
    contactId: RecordId | null;
    create: NewContactInput | null;
    /** The agent confirmed the new contact is not a duplicate (allows saving past an org duplicate rule). */
    confirmedNotDuplicate: boolean;
    reached: boolean;
    score: number | null;
    referral: boolean | null;
    followUp: FollowUpRequest | null;
    supportCase: SupportCaseInput | null;
}

export interface CallOutcomeRequest {
    /** Client-generated key; a repeat of the same key returns the first result and writes nothing. */
    requestKey: string;
    caseId: RecordId;
    /** Owner shown when the wizard opened; a different current owner refuses the save. */
    expectedOwnerId: RecordId;
    outcome: CallOutcome;
    /** Call notes; start with the settings' notes prefix ("Called to collect CSS"). */
    notes: string;
    score: number | null;
    referral: boolean | null;
    /** Why no score could be obtained, or why the contact was not reached (vacation, days in...). */
    reason: string | null;
    /**
     * A voice message was left (Call Outcome "Left Message", else "No Answer"): only when the person called was not
     * reached (NOT_REACHED, MAX_ATTEMPTS_COMPLETE, or CONTACT_LEFT with the new contact not reached).
     */
    leftMessage?: boolean | null;
    /** NO_SCORE_COMPLETE: the manager who agreed (required before the last attempt and outside the callback). */
    noScoreApprovedById?: RecordId | null;
    /** The contact still works there: their position and primary location as verified on the call (notes line). */
    positionCheck?: PositionCheck | null;
    /** What was offered to the contact with an issue, when a support case is opened (notes line). */
    offers?: SupportOffer[] | null;
    followUp: FollowUpRequest | null;
    supportCase: SupportCaseInput | null;
    replacement: ReplacementCall | null;
    /** Free text for the Team Loyalty screen (CL Satisfaction Notes); null leaves it unchanged. */
    satisfactionNotes: string | null;
}

export interface CallOutcomeResponse {
    caseId: RecordId;
    /** The completed "Customer Satisfaction Call" task(s) written by this save. */
    callTaskIds: RecordId[];
    followUpTaskId: RecordId | null;
    supportCaseId: RecordId | null;
    managerTaskId: RecordId | null;
    /** CONTACT_LEFT: the replacement contact and the CLA case the call was logged on. */
    replacementContactId: RecordId | null;
    replacementCaseId: RecordId | null;
    caseStatus: string;
    activityStatus: string | null;
    score: string | null;
    callAttempts: number;
    /** True when the same requestKey had already been saved and nothing new was written. */
    replayed: boolean;
}

export interface FlagDuplicateRequest {
    requestKey: string;
    contactId: RecordId;
    duplicateContactId: RecordId;
    note: string | null;
}

export interface FlagDuplicateResponse {
    taskId: RecordId;
    replayed: boolean;
}
