// IntegrationClocks: where an integration case stands (procedure 004), as a pure function of the
// times the package stamped on it, the case's status and now. Mirrors the Apex class of the same name.
// The business calendar is not needed here: every due time was stamped, business days included, when
// its event happened (IntegrationStamps).
import type { SObjectRecord } from '../org/values';

export interface IntegrationStamps {
    status: string | null;
    isClosed: boolean;
    firstCommentDue: string | null;
    firstCommentAt: string | null;
    lastIntegrationsUpdateAt: string | null;
    updateRequestedAt: string | null;
    updateRequestedByEcp: boolean;
    updateRequestAllowedFrom: string | null;
    callbackRequestedAt: string | null;
    callbackDue: string | null;
    ecpMessageLeftAt: string | null;
    closeAllowedFrom: string | null;
    ecpReachedAt: string | null;
    ecpResolvedAt: string | null;
    closeDue: string | null;
    outreachAttempts: number;
    firstUnansweredOutreachAt: string | null;
    lastOutreachAt: string | null;
    noResponseAllowedFrom: string | null;
}

/** The Case fields each stamp lives in. */
export const STAMP_FIELDS = {
    firstCommentDue: 'First_Comment_Due__c',
    firstCommentAt: 'First_Comment_At__c',
    lastIntegrationsUpdateAt: 'Last_Integrations_Update_At__c',
    updateRequestedAt: 'Update_Requested_At__c',
    updateRequestedByEcp: 'Update_Requested_By_ECP__c',
    updateRequestAllowedFrom: 'Update_Request_Allowed_From__c',
    callbackRequestedAt: 'Callback_Requested_At__c',
    callbackDue: 'Callback_Due__c',
    ecpMessageLeftAt: 'ECP_Message_Left_At__c',
    closeAllowedFrom: 'Close_Allowed_From__c',
    ecpReachedAt: 'ECP_Reached_At__c',
    ecpResolvedAt: 'ECP_Resolved_At__c',
    closeDue: 'Close_Due__c',
    outreachAttempts: 'Outreach_Attempts__c',
    firstUnansweredOutreachAt: 'First_Unanswered_Outreach_At__c',
    lastOutreachAt: 'Last_Outreach_At__c',
    noResponseAllowedFrom: 'No_Response_Allowed_From__c'
} as const;

export type StampName = keyof typeof STAMP_FIELDS;

/** The Case fields a query must select to build the stamps. */
export const STAMP_QUERY_FIELDS: readonly string[] = ['Status', 'IsClosed', ...Object.values(STAMP_FIELDS)];

export function stampsOf(record: SObjectRecord): IntegrationStamps {
    const text = (name: string) => (typeof record[name] === 'string' ? (record[name] as string) : null);
    return {
        status: text('Status'),
        isClosed: record.IsClosed === true,
        firstCommentDue: text(STAMP_FIELDS.firstCommentDue),
        firstCommentAt: text(STAMP_FIELDS.firstCommentAt),
        lastIntegrationsUpdateAt: text(STAMP_FIELDS.lastIntegrationsUpdateAt),
        updateRequestedAt: text(STAMP_FIELDS.updateRequestedAt),
        updateRequestedByEcp: record[STAMP_FIELDS.updateRequestedByEcp] === true,
        updateRequestAllowedFrom: text(STAMP_FIELDS.updateRequestAllowedFrom),
        callbackRequestedAt: text(STAMP_FIELDS.callbackRequestedAt),
        callbackDue: text(STAMP_FIELDS.callbackDue),
        ecpMessageLeftAt: text(STAMP_FIELDS.ecpMessageLeftAt),
        closeAllowedFrom: text(STAMP_FIELDS.closeAllowedFrom),
        ecpReachedAt: text(STAMP_FIELDS.ecpReachedAt),
        ecpResolvedAt: text(STAMP_FIELDS.ecpResolvedAt),
        closeDue: text(STAMP_FIELDS.closeDue),
        outreachAttempts: typeof record[STAMP_FIELDS.outreachAttempts] === 'number' ? (record[STAMP_FIELDS.outreachAttempts] as number) : 0,
        firstUnansweredOutreachAt: text(STAMP_FIELDS.firstUnansweredOutreachAt),
        lastOutreachAt: text(STAMP_FIELDS.lastOutreachAt),
        noResponseAllowedFrom: text(STAMP_FIELDS.noResponseAllowedFrom)
    };
}

/** The status names the rules read (settings). */
export interface ClockStatuses {
    waitingStatus: string;
    noResponseStatus: string;
}

/** Who owes the next action: the case's creator (Customer Support), Integrations (the owner), or nobody yet. */
export type Party = 'CREATOR' | 'INTEGRATIONS' | 'NOBODY';

/** The clocks that have a due time. */
export type DueClock = 'FIRST_COMMENT' | 'CALLBACK' | 'CLOSE';

export type NextAction =
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

export interface DueTime {
    clock: DueClock;
    dueAt: string;
    owedBy: Party;
    overdue: boolean;
}

export interface ClockState {
    nextAction: NextAction;
    owedBy: Party;
    /** When the next action is due; null when it has no due time. */
    dueAt: string | null;
    overdue: boolean;
    /** Whole minutes past the due time (0 when not overdue). */
    overdueMinutes: number;
    /** For AWAIT_ECP_REPLY, MAY_CLOSE_NO_REPLY and MAY_SET_NO_RESPONSE: from when the action is allowed. */
    allowedFrom: string | null;
    waiting: boolean;
    /** Every running clock with a due time, earliest first. */
    dues: DueTime[];
    /** "allow 7 business days before asking for updates ... unless an ECP is requesting one"; never while Waiting. */
    updateRequestAllowed: boolean;
    updateRequestAllowedFrom: string | null;
    /** Closing is refused until the 48 hours after a detailed message have passed (the ECP may still reply). */
    closeAllowed: boolean;
    closeAllowedFrom: string | null;
    /** "after 21 days" of unanswered outreach, once the attempts were "multiple". */
    noResponseAllowed: boolean;
    noResponseAllowedFrom: string | null;
}

const MINUTE_MS = 60_000;

function reached(instant: string | null, nowMillis: number): boolean {
    return instant !== null && Date.parse(instant) <= nowMillis;
}

function runningDues(stamps: IntegrationStamps, nowMillis: number): DueTime[] {
    if (stamps.isClosed) return [];
    const dues: DueTime[] = [];
    const add = (clock: DueClock, dueAt: string | null, owedBy: Party) => {
        if (dueAt !== null) dues.push({ clock, dueAt, owedBy, overdue: Date.parse(dueAt) < nowMillis });
    };
    if (stamps.firstCommentAt === null) add('FIRST_COMMENT', stamps.firstCommentDue, 'INTEGRATIONS');
    add('CALLBACK', stamps.callbackDue, 'INTEGRATIONS');
    add('CLOSE', stamps.closeDue, 'CREATOR');
    return dues.sort((left, right) => Date.parse(left.dueAt) - Date.parse(right.dueAt));
}

const ACTION_OF_CLOCK: Readonly<Record<DueClock, NextAction>> = {
    FIRST_COMMENT: 'FIRST_COMMENT',
    CALLBACK: 'ANSWER_CALLBACK',
    CLOSE: 'CLOSE_RESOLVED'
};

/** Where the case stands at `nowIso`. */
export function clockState(stamps: IntegrationStamps, statuses: ClockStatuses, nowIso: string): ClockState {
    const now = Date.parse(nowIso);
    const waiting = !stamps.isClosed && stamps.status === statuses.waitingStatus;
    const noResponseSet = stamps.status === statuses.noResponseStatus;
    const dues = runningDues(stamps, now);
    const updateRequestAllowed = !stamps.isClosed && !waiting && (stamps.updateRequestAllowedFrom === null || reached(stamps.updateRequestAllowedFrom, now));
    const closeAllowed = !stamps.isClosed && (stamps.closeAllowedFrom === null || reached(stamps.closeAllowedFrom, now));
    const noResponseAllowed = !stamps.isClosed && !noResponseSet && reached(stamps.noResponseAllowedFrom, now);
    const state: ClockState = {
        nextAction: 'FOLLOW_UP',
        owedBy: 'CREATOR',
        dueAt: null,
        overdue: false,
        overdueMinutes: 0,
        allowedFrom: null,
        waiting,
        dues,
        updateRequestAllowed,
        updateRequestAllowedFrom: stamps.updateRequestAllowedFrom,
        closeAllowed,
        closeAllowedFrom: stamps.closeAllowedFrom,
        noResponseAllowed,
        noResponseAllowedFrom: stamps.noResponseAllowedFrom
    };
    const next = (nextAction: NextAction, owedBy: Party, allowedFrom: string | null = null): ClockState => ({ ...state, nextAction, owedBy, allowedFrom });
    if (stamps.isClosed) return next('CLOSED', 'NOBODY');
    const first = dues[0];
    if (first) {
        const overdueMinutes = first.overdue ? Math.floor((now - Date.parse(first.dueAt)) / MINUTE_MS) : 0;
        return { ...next(ACTION_OF_CLOCK[first.clock], first.owedBy), dueAt: first.dueAt, overdue: first.overdue, overdueMinutes };
    }
    if (noResponseSet) return next('CLOSE_NO_RESPONSE', 'CREATOR');
    if (noResponseAllowed) return next('MAY_SET_NO_RESPONSE', 'INTEGRATIONS', stamps.noResponseAllowedFrom);
    if (stamps.closeAllowedFrom !== null) {
        return closeAllowed
            ? next('MAY_CLOSE_NO_REPLY', 'CREATOR', stamps.closeAllowedFrom)
            : next('AWAIT_ECP_REPLY', 'NOBODY', stamps.closeAllowedFrom);
    }
    if (waiting) return next('WAITING_ON_INFORMATION', 'INTEGRATIONS');
    const askedSinceUpdate =
        stamps.updateRequestedAt !== null &&
        (stamps.lastIntegrationsUpdateAt === null || Date.parse(stamps.updateRequestedAt) > Date.parse(stamps.lastIntegrationsUpdateAt));
    if (askedSinceUpdate) return next('AWAIT_UPDATE', 'INTEGRATIONS');
    return next('FOLLOW_UP', 'CREATOR', stamps.updateRequestAllowedFrom);
}
