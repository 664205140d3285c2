// IntegrationClocks and IntegrationStamps: the rules of procedure 004 as pure functions of the stamped times,
// the business calendar and now. Each rule quotes the procedure; the Apex twins' tests assert the same.
import type { BusinessCalendarData } from '../services/BusinessCalendar';
import { clockState, type IntegrationStamps } from '../services/IntegrationClocks';
import { stampChanges, type StampSettings } from '../services/IntegrationStamps';

const NOW = '2026-11-17T15:00:00.000Z';
const STATUSES = { waitingStatus: 'Waiting', noResponseStatus: 'No Response' };
const SETTINGS: StampSettings = {
    openCaseFollowUpHours: 48,
    callbackResponseHours: 48,
    integrationUpdateWaitBusinessDays: 7,
    closeAfterMessageHours: 48,
    closeAfterResolvedHours: 24,
    noResponseDays: 21,
    noResponseMinAttempts: 2
};
const WEEKDAYS: BusinessCalendarData = { name: 'Integrations', timeZone: 'America/New_York', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-11-26'], problems: [] };

const hours = (count: number) => new Date(Date.parse(NOW) + count * 3_600_000).toISOString();

function stamps(overrides: Partial<IntegrationStamps> = {}): IntegrationStamps {
    return {
        status: 'Working',
        isClosed: false,
        firstCommentDue: null,
        firstCommentAt: null,
        lastIntegrationsUpdateAt: null,
        updateRequestedAt: null,
        updateRequestedByEcp: false,
        updateRequestAllowedFrom: null,
        callbackRequestedAt: null,
        callbackDue: null,
        ecpMessageLeftAt: null,
        closeAllowedFrom: null,
        ecpReachedAt: null,
        ecpResolvedAt: null,
        closeDue: null,
        outreachAttempts: 0,
        firstUnansweredOutreachAt: null,
        lastOutreachAt: null,
        noResponseAllowedFrom: null,
        ...overrides
    };
}

describe('IntegrationStamps', () => {
    it('"All Integrations cases should be opened and commented on within 48 hours": creation stamps the first comment due and the first update request date', () => {
        expect(stampChanges({ kind: 'CREATED' }, stamps(), SETTINGS, WEEKDAYS, NOW)).toEqual({
            First_Comment_Due__c: hours(48),
            // Tuesday 17 November + 7 business days, Thanksgiving off: Friday 27 November.
            Update_Request_Allowed_From__c: '2026-11-27T15:00:00.000Z'
        });
    });

    it('keeps due times a creation path already gave', () => {
        const given = stamps({ firstCommentDue: hours(10), updateRequestAllowedFrom: hours(20) });
        expect(stampChanges({ kind: 'CREATED' }, given, SETTINGS, WEEKDAYS, NOW)).toEqual({ First_Comment_Due__c: hours(10), Update_Request_Allowed_From__c: hours(20) });
    });

    it('Integrations\' comment stops the first-comment and call back clocks and restarts the 7 business days', () => {
        const running = stamps({ firstCommentDue: hours(5), callbackDue: hours(3) });
        expect(stampChanges({ kind: 'INTEGRATIONS_COMMENT' }, running, SETTINGS, WEEKDAYS, NOW)).toEqual({
            First_Comment_At__c: NOW,
            Last_Integrations_Update_At__c: NOW,
            Callback_Due__c: null,
            Update_Request_Allowed_From__c: '2026-11-27T15:00:00.000Z'
        });
        expect(stampChanges({ kind: 'INTEGRATIONS_COMMENT' }, stamps({ firstCommentAt: hours(-30) }), SETTINGS, WEEKDAYS, NOW).First_Comment_At__c).toBe(hours(-30));
    });

    it('"unless an ECP is requesting one (notate on Case Comments)": an update request records whether the ECP asked', () => {
        expect(stampChanges({ kind: 'UPDATE_REQUESTED', byEcp: true }, stamps(), SETTINGS, WEEKDAYS, NOW)).toEqual({
            Update_Requested_At__c: NOW,
            Update_Requested_By_ECP__c: true,
            Update_Request_Allowed_From__c: '2026-11-27T15:00:00.000Z'
        });
    });

    it('"For Call Back Requests, the timeframe for Integrations to respond is 48 hours"', () => {
        expect(stampChanges({ kind: 'CALLBACK_REQUESTED' }, stamps(), SETTINGS, WEEKDAYS, NOW)).toEqual({ Callback_Requested_At__c: NOW, Callback_Due__c: hours(48) });
    });

    it('"left a detailed message ... close the case after 48 hours": the creator\'s message starts the close clock', () => {
        expect(stampChanges({ kind: 'ECP_MESSAGE_LEFT', byCreator: true }, stamps(), SETTINGS, WEEKDAYS, NOW)).toEqual({
            ECP_Message_Left_At__c: NOW,
            Close_Allowed_From__c: hours(48),
            May_Close__c: false
        });
    });

    it('"No Response after 21 days ... not responding to multiple communication attempts": Integrations\' unanswered attempts count from the first', () => {
        const first = stampChanges({ kind: 'ECP_MESSAGE_LEFT', byCreator: false }, stamps(), SETTINGS, WEEKDAYS, NOW);
        expect(first).toEqual({ Outreach_Attempts__c: 1, First_Unanswered_Outreach_At__c: NOW, Last_Outreach_At__c: NOW, No_Response_Allowed_From__c: null });
        const second = stampChanges({ kind: 'ECP_MESSAGE_LEFT', byCreator: false }, stamps({ outreachAttempts: 1, firstUnansweredOutreachAt: hours(-72) }), SETTINGS, WEEKDAYS, NOW);
        expect(second).toEqual({ Outreach_Attempts__c: 2, First_Unanswered_Outreach_At__c: hours(-72), Last_Outreach_At__c: NOW, No_Response_Allowed_From__c: hours(-72 + 21 * 24) });
    });

    it('"If you speak with the ECP, and the issue is resolved ... Close the Case within 24 hours"; reaching the ECP ends the outreach run and the wait for a reply', () => {
        expect(stampChanges({ kind: 'ECP_REACHED', resolved: true }, stamps(), SETTINGS, WEEKDAYS, NOW)).toEqual({
            ECP_Reached_At__c: NOW,
            Outreach_Attempts__c: 0,
            First_Unanswered_Outreach_At__c: null,
            Last_Outreach_At__c: null,
            No_Response_Allowed_From__c: null,
            May_Set_No_Response__c: false,
            Close_Allowed_From__c: null,
            May_Close__c: false,
            ECP_Resolved_At__c: NOW,
            Close_Due__c: hours(24)
        });
        const notResolved = stampChanges({ kind: 'ECP_REACHED', resolved: false }, stamps(), SETTINGS, WEEKDAYS, NOW);
        expect(notResolved).toMatchObject({ ECP_Resolved_At__c: null, Close_Due__c: null });
    });

    it('takes the numbers from the settings, not the procedure text', () => {
        const tighter = { ...SETTINGS, openCaseFollowUpHours: 24, callbackResponseHours: 4, integrationUpdateWaitBusinessDays: 2 };
        expect(stampChanges({ kind: 'CREATED' }, stamps(), tighter, WEEKDAYS, NOW)).toEqual({ First_Comment_Due__c: hours(24), Update_Request_Allowed_From__c: '2026-11-19T15:00:00.000Z' });
        expect(stampChanges({ kind: 'CALLBACK_REQUESTED' }, stamps(), tighter, WEEKDAYS, NOW).Callback_Due__c).toBe(hours(4));
    });
});

describe('IntegrationClocks.clockState', () => {
    it('a new case: Integrations owes the first comment, due at its stamped time', () => {
        const state = clockState(stamps({ firstCommentDue: hours(46) }), STATUSES, NOW);
        expect(state).toMatchObject({ nextAction: 'FIRST_COMMENT', owedBy: 'INTEGRATIONS', dueAt: hours(46), overdue: false, overdueMinutes: 0 });
    });

    it('is overdue by the whole minutes past the due time', () => {
        const state = clockState(stamps({ firstCommentDue: hours(-1.5) }), STATUSES, NOW);
        expect(state).toMatchObject({ overdue: true, overdueMinutes: 90 });
    });

    it('shows the earliest of the running clocks, and lists them all', () => {
        const state = clockState(stamps({ firstCommentDue: hours(30), callbackDue: hours(2), closeDue: hours(10) }), STATUSES, NOW);
        expect(state.nextAction).toBe('ANSWER_CALLBACK');
        expect(state.dues.map((due) => due.clock)).toEqual(['CALLBACK', 'CLOSE', 'FIRST_COMMENT']);
        expect(state.dues.map((due) => due.owedBy)).toEqual(['INTEGRATIONS', 'CREATOR', 'INTEGRATIONS']);
    });

    it('"do not ask for an update" while Waiting, even after the 7 business days', () => {
        const state = clockState(stamps({ status: 'Waiting', firstCommentAt: hours(-200), updateRequestAllowedFrom: hours(-1) }), STATUSES, NOW);
        expect(state).toMatchObject({ nextAction: 'WAITING_ON_INFORMATION', owedBy: 'INTEGRATIONS', waiting: true, updateRequestAllowed: false });
    });

    it('allows an update request from its stamped date on', () => {
        expect(clockState(stamps({ updateRequestAllowedFrom: hours(1) }), STATUSES, NOW).updateRequestAllowed).toBe(false);
        expect(clockState(stamps({ updateRequestAllowedFrom: NOW }), STATUSES, NOW).updateRequestAllowed).toBe(true);
    });

    it('after a detailed message the ECP has 48 hours to reply before the case may be closed', () => {
        const waitingForReply = clockState(stamps({ closeAllowedFrom: hours(10) }), STATUSES, NOW);
        expect(waitingForReply).toMatchObject({ nextAction: 'AWAIT_ECP_REPLY', owedBy: 'NOBODY', closeAllowed: false, allowedFrom: hours(10) });
        const noReply = clockState(stamps({ closeAllowedFrom: hours(-1) }), STATUSES, NOW);
        expect(noReply).toMatchObject({ nextAction: 'MAY_CLOSE_NO_REPLY', owedBy: 'CREATOR', closeAllowed: true });
    });

    it('offers No Response once its date is reached and until it is set; then the creator closes', () => {
        expect(clockState(stamps({ noResponseAllowedFrom: hours(1) }), STATUSES, NOW).noResponseAllowed).toBe(false);
        expect(clockState(stamps({ noResponseAllowedFrom: hours(-1) }), STATUSES, NOW)).toMatchObject({ nextAction: 'MAY_SET_NO_RESPONSE', noResponseAllowed: true });
        const set = clockState(stamps({ status: 'No Response', noResponseAllowedFrom: hours(-100) }), STATUSES, NOW);
        expect(set).toMatchObject({ nextAction: 'CLOSE_NO_RESPONSE', owedBy: 'CREATOR', noResponseAllowed: false });
    });

    it('waits for Integrations\' update after a request, until they comment', () => {
        expect(clockState(stamps({ updateRequestedAt: hours(-24), lastIntegrationsUpdateAt: hours(-48) }), STATUSES, NOW).nextAction).toBe('AWAIT_UPDATE');
        expect(clockState(stamps({ updateRequestedAt: hours(-24), lastIntegrationsUpdateAt: hours(-2) }), STATUSES, NOW).nextAction).toBe('FOLLOW_UP');
    });

    it('a closed case runs no clock and allows nothing', () => {
        const state = clockState(stamps({ isClosed: true, status: 'Closed', firstCommentDue: hours(-5), closeDue: hours(-1) }), STATUSES, NOW);
        expect(state).toMatchObject({ nextAction: 'CLOSED', owedBy: 'NOBODY', dues: [], overdue: false, updateRequestAllowed: false, closeAllowed: false, noResponseAllowed: false });
    });
});
