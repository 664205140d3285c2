// BusinessCalendar: procedure 004, "allow 7 business days before asking for updates on Integration cases".
// The Apex twin's tests (BusinessCalendarTest) assert the same dates.
import { addBusinessDays, isBusinessDay, isoWeekday, offsetMillis, type BusinessCalendarData } from '../services/BusinessCalendar';

const WEEKDAYS = [1, 2, 3, 4, 5];

function calendar(overrides: Partial<BusinessCalendarData> = {}): BusinessCalendarData {
    return { name: 'Integrations', timeZone: 'America/New_York', workingDays: WEEKDAYS, holidays: [], problems: [], ...overrides };
}

describe('BusinessCalendar', () => {
    it('knows the weekday of a date without locale rules (1 Monday .. 7 Sunday)', () => {
        expect(isoWeekday('1900-01-01')).toBe(1);
        expect(isoWeekday('2026-11-17')).toBe(2);
        expect(isoWeekday('2026-11-21')).toBe(6);
        expect(isoWeekday('2026-11-22')).toBe(7);
        expect(isoWeekday('2024-02-29')).toBe(4);
    });

    it('counts weekdays with hours that are not holidays as business days', () => {
        const withThanksgiving = calendar({ holidays: ['2026-11-26'] });
        expect(isBusinessDay('2026-11-25', withThanksgiving)).toBe(true);
        expect(isBusinessDay('2026-11-26', withThanksgiving)).toBe(false);
        expect(isBusinessDay('2026-11-28', withThanksgiving)).toBe(false);
    });

    it('adds 7 business days over a weekend at the same local time: Tuesday 10:00 is the next Thursday 10:00', () => {
        // Tuesday 17 November 2026, 10:00 in New York.
        expect(addBusinessDays('2026-11-17T15:00:00.000Z', 7, calendar())).toBe('2026-11-26T15:00:00.000Z');
    });

    it('skips holidays: with Thanksgiving off, 7 business days from Tuesday 17 November end on Friday the 27th', () => {
        expect(addBusinessDays('2026-11-17T15:00:00.000Z', 7, calendar({ holidays: ['2026-11-26'] }))).toBe('2026-11-27T15:00:00.000Z');
    });

    it('starts counting on the next day when the event falls on a weekend', () => {
        // Saturday 21 November 14:00 in New York: Monday 23 is the first business day, Tuesday 1 December the seventh.
        expect(addBusinessDays('2026-11-21T19:00:00.000Z', 7, calendar())).toBe('2026-12-01T19:00:00.000Z');
    });

    it('counts dates in the business hours\' zone, not UTC: 23:30 on a Friday in New York is still Friday', () => {
        // Friday 20 November 23:30 in New York is Saturday 04:30 UTC.
        expect(addBusinessDays('2026-11-21T04:30:00.000Z', 1, calendar())).toBe('2026-11-24T04:30:00.000Z');
    });

    it('keeps the local time across a daylight-saving change', () => {
        // Wednesday 28 October 2026 09:00 EDT (13:00 UTC); 7 business days later is Friday 6 November 09:00 EST (14:00 UTC).
        expect(addBusinessDays('2026-10-28T13:00:00.000Z', 7, calendar())).toBe('2026-11-06T14:00:00.000Z');
    });

    it('adds calendar days when every day has hours (a new org\'s 24x7 Default business hours)', () => {
        const allWeek = calendar({ timeZone: 'GMT', workingDays: [1, 2, 3, 4, 5, 6, 7] });
        expect(addBusinessDays('2026-11-17T15:00:00.000Z', 7, allWeek)).toBe('2026-11-24T15:00:00.000Z');
    });

    it('gives the instant itself for zero days and refuses a negative count', () => {
        expect(addBusinessDays('2026-11-17T15:00:00Z', 0, calendar())).toBe('2026-11-17T15:00:00.000Z');
        expect(() => addBusinessDays('2026-11-17T15:00:00Z', -1, calendar())).toThrow('0 or more');
    });

    it('fails loudly for a calendar without any business day instead of looping', () => {
        expect(() => addBusinessDays('2026-11-17T15:00:00Z', 1, calendar({ workingDays: [] }))).toThrow('has no business day in 732 days');
    });

    it('reads time zone offsets as Apex TimeZone.getOffset does', () => {
        expect(offsetMillis('America/New_York', Date.parse('2026-07-01T12:00:00Z'))).toBe(-4 * 3_600_000);
        expect(offsetMillis('America/New_York', Date.parse('2026-12-01T12:00:00Z'))).toBe(-5 * 3_600_000);
        expect(offsetMillis('GMT', Date.parse('2026-12-01T12:00:00.789Z'))).toBe(0);
    });
});
