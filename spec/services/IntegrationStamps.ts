// IntegrationStamps: what each event of an integration case stamps on it (procedure 004), as a pure
// function of the event, the case's stamps, the settings, the business calendar and now. Each due time
// is stamped when its event happens, so "overdue" is a formula and the clocks read stamps only.
// Mirrors the Apex class of the same name. Returns Case field values by API name.
import type { FieldValue } from '../org/values';
import { addBusinessDays, type BusinessCalendarData } from './BusinessCalendar';
import { STAMP_FIELDS, type IntegrationStamps } from './IntegrationClocks';

export type StampEvent =
    /** The integration case was created ("opened and commented on within 48 hours"). */
    | { kind: 'CREATED' }
    /** Someone other than the creator commented: Integrations' update. */
    | { kind: 'INTEGRATIONS_COMMENT' }
    /** The creator asked for an update; `byEcp` when the ECP asked for it. */
    | { kind: 'UPDATE_REQUESTED'; byEcp: boolean }
    /** A call back was requested ("the timeframe for Integrations to respond is 48 hours"). */
    | { kind: 'CALLBACK_REQUESTED' }
    /** A message was left with the ECP: by the creator a detailed message (close after 48 hours), by Integrations an unanswered outreach attempt. */
    | { kind: 'ECP_MESSAGE_LEFT'; byCreator: boolean }
    /** Someone spoke with the ECP, who confirmed the issue resolved or not. */
    | { kind: 'ECP_REACHED'; resolved: boolean };

export interface StampSettings {
    openCaseFollowUpHours: number;
    callbackResponseHours: number;
    integrationUpdateWaitBusinessDays: number;
    closeAfterMessageHours: number;
    closeAfterResolvedHours: number;
    noResponseDays: number;
    noResponseMinAttempts: number;
}

const HOUR_MS = 3_600_000;

function plusHours(instant: string, hours: number): string {
    return new Date(Date.parse(instant) + hours * HOUR_MS).toISOString();
}

/** The Case field values `event` sets, by API name (null clears a field). */
export function stampChanges(
    event: StampEvent,
    stamps: IntegrationStamps,
    settings: StampSettings,
    calendar: BusinessCalendarData,
    nowIso: string
): Record<string, FieldValue> {
    const now = new Date(Date.parse(nowIso)).toISOString();
    const updateWait = () => addBusinessDays(now, settings.integrationUpdateWaitBusinessDays, calendar);
    switch (event.kind) {
        case 'CREATED':
            return {
                [STAMP_FIELDS.firstCommentDue]: stamps.firstCommentDue ?? plusHours(now, settings.openCaseFollowUpHours),
                [STAMP_FIELDS.updateRequestAllowedFrom]: stamps.updateRequestAllowedFrom ?? updateWait()
            };
        case 'INTEGRATIONS_COMMENT':
            return {
                [STAMP_FIELDS.firstCommentAt]: stamps.firstCommentAt ?? now,
                [STAMP_FIELDS.lastIntegrationsUpdateAt]: now,
                [STAMP_FIELDS.callbackDue]: null,
                [STAMP_FIELDS.updateRequestAllowedFrom]: updateWait()
            };
        case 'UPDATE_REQUESTED':
            return {
                [STAMP_FIELDS.updateRequestedAt]: now,
                [STAMP_FIELDS.updateRequestedByEcp]: event.byEcp,
                [STAMP_FIELDS.updateRequestAllowedFrom]: updateWait()
            };
        case 'CALLBACK_REQUESTED':
            return {
                [STAMP_FIELDS.callbackRequestedAt]: now,
                [STAMP_FIELDS.callbackDue]: plusHours(now, settings.callbackResponseHours)
            };
        case 'ECP_MESSAGE_LEFT':
            return event.byCreator ? messageLeftByCreator(now, settings) : outreachAttempt(stamps, now, settings);
        case 'ECP_REACHED':
            return {
                [STAMP_FIELDS.ecpReachedAt]: now,
                [STAMP_FIELDS.outreachAttempts]: 0,
                [STAMP_FIELDS.firstUnansweredOutreachAt]: null,
                [STAMP_FIELDS.lastOutreachAt]: null,
                [STAMP_FIELDS.noResponseAllowedFrom]: null,
                May_Set_No_Response__c: false,
                [STAMP_FIELDS.closeAllowedFrom]: null,
                May_Close__c: false,
                [STAMP_FIELDS.ecpResolvedAt]: event.resolved ? now : null,
                [STAMP_FIELDS.closeDue]: event.resolved ? plusHours(now, settings.closeAfterResolvedHours) : null
            };
    }
}

/** "If you tried contacting the ECP and left a detailed message ... close the case after 48 hours." */
function messageLeftByCreator(now: string, settings: StampSettings): Record<string, FieldValue> {
    return {
        [STAMP_FIELDS.ecpMessageLeftAt]: now,
        [STAMP_FIELDS.closeAllowedFrom]: plusHours(now, settings.closeAfterMessageHours),
        May_Close__c: false
    };
}

/** "change the status to No Response after 21 days if ... the outside source is not responding to multiple communication attempts." */
function outreachAttempt(stamps: IntegrationStamps, now: string, settings: StampSettings): Record<string, FieldValue> {
    const attempts = stamps.outreachAttempts + 1;
    const first = stamps.firstUnansweredOutreachAt ?? now;
    const multiple = attempts >= settings.noResponseMinAttempts;
    return {
        [STAMP_FIELDS.outreachAttempts]: attempts,
        [STAMP_FIELDS.firstUnansweredOutreachAt]: first,
        [STAMP_FIELDS.lastOutreachAt]: now,
        [STAMP_FIELDS.noResponseAllowedFrom]: multiple ? plusHours(first, settings.noResponseDays * 24) : null
    };
}
