// IntegrationCalendar: the business calendar built from the business hours and holidays the settings name.
import type { SObjectRecord } from '../org/values';
import { addBusinessDays } from '../services/BusinessCalendar';
import { calendarFrom, readIntegrationCalendar } from '../services/IntegrationCalendar';
import { newProjectOrg } from './orgFixtures';

let ids = 0;
function record(type: string, fields: Record<string, unknown>): SObjectRecord {
    ids += 1;
    return { attributes: { type }, Id: `${type}${ids}`, ...fields } as SObjectRecord;
}

const WEEKDAY_HOURS = Object.fromEntries(
    ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].flatMap((day) => [
        [`${day}StartTime`, '08:00:00.000Z'],
        [`${day}EndTime`, '17:00:00.000Z']
    ])
);
const INTEGRATIONS_HOURS = record('BusinessHours', { Name: 'Integrations', IsActive: true, IsDefault: false, TimeZoneSidKey: 'America/Chicago', ...WEEKDAY_HOURS });
const DEFAULT_HOURS = record('BusinessHours', { Name: 'Default', IsActive: true, IsDefault: true, TimeZoneSidKey: 'America/New_York' });
const SETTINGS = { businessHoursName: 'Integrations', holidayNames: [] as string[] };

describe('IntegrationCalendar', () => {
    it('takes the business days and time zone of the named business hours', () => {
        const calendar = calendarFrom({ businessHours: [DEFAULT_HOURS, INTEGRATIONS_HOURS], holidays: [] }, SETTINGS, '2026-11-17');
        expect(calendar).toEqual({ name: 'Integrations', timeZone: 'America/Chicago', workingDays: [1, 2, 3, 4, 5], holidays: [], problems: [] });
    });

    it('falls back to Monday to Friday in the default business hours\' zone, and says so, when the named ones are missing or inactive', () => {
        const inactive = { ...INTEGRATIONS_HOURS, IsActive: false } as SObjectRecord;
        const calendar = calendarFrom({ businessHours: [DEFAULT_HOURS, inactive], holidays: [] }, SETTINGS, '2026-11-17');
        expect(calendar.workingDays).toEqual([1, 2, 3, 4, 5]);
        expect(calendar.timeZone).toBe('America/New_York');
        expect(calendar.problems).toEqual([expect.stringContaining('The business hours "Integrations" named in the playbook settings do not exist or are inactive')]);
    });

    it('falls back to Monday to Friday when the named business hours have no day with hours', () => {
        const closed = record('BusinessHours', { Name: 'Integrations', IsActive: true, TimeZoneSidKey: 'GMT' });
        const calendar = calendarFrom({ businessHours: [closed], holidays: [] }, SETTINGS, '2026-11-17');
        expect(calendar.workingDays).toEqual([1, 2, 3, 4, 5]);
        expect(calendar.problems[0]).toContain('have no day with hours');
    });

    it('reads one-day, yearly and yearly-nth holidays over the years around today, and skips those not all day', () => {
        const holidays = [
            record('Holiday', { Name: 'Company day', IsAllDay: true, ActivityDate: '2026-12-07' }),
            record('Holiday', { Name: 'Christmas', IsAllDay: true, IsRecurrence: true, RecurrenceType: 'RecursYearly', RecurrenceMonthOfYear: 'December', RecurrenceDayOfMonth: 25, RecurrenceStartDate: '2020-01-01' }),
            // Thanksgiving: the fourth Thursday (mask 16) of November.
            record('Holiday', { Name: 'Thanksgiving', IsAllDay: true, IsRecurrence: true, RecurrenceType: 'RecursYearlyNth', RecurrenceInstance: 'Fourth', RecurrenceDayOfWeekMask: 16, RecurrenceMonthOfYear: 'November', RecurrenceStartDate: '2020-01-01' }),
            // Memorial Day: the last Monday (mask 2) of May, only until 2026.
            record('Holiday', { Name: 'Memorial Day', IsAllDay: true, IsRecurrence: true, RecurrenceType: 'RecursYearlyNth', RecurrenceInstance: 'Last', RecurrenceDayOfWeekMask: 2, RecurrenceMonthOfYear: 'May', RecurrenceStartDate: '2020-01-01', RecurrenceEndDateOnly: '2026-12-31' }),
            record('Holiday', { Name: 'Half day', IsAllDay: false, ActivityDate: '2026-12-24', StartTimeInMinutes: 720, EndTimeInMinutes: 1020 })
        ];
        const names = holidays.map((holiday) => String(holiday.Name));
        const calendar = calendarFrom({ businessHours: [INTEGRATIONS_HOURS], holidays }, { ...SETTINGS, holidayNames: names }, '2026-11-17');
        expect(calendar.holidays).toEqual([
            '2025-05-26',
            '2025-11-27',
            '2025-12-25',
            '2026-05-25',
            '2026-11-26',
            '2026-12-07',
            '2026-12-25',
            '2027-11-25',
            '2027-12-25'
        ]);
        expect(calendar.problems).toEqual([]);
    });

    it('names a recurrence it does not read and a holiday the settings name that does not exist', () => {
        const monthly = record('Holiday', { Name: 'Inventory day', IsAllDay: true, IsRecurrence: true, RecurrenceType: 'RecursMonthly', RecurrenceDayOfMonth: 1 });
        const calendar = calendarFrom({ businessHours: [INTEGRATIONS_HOURS], holidays: [monthly] }, { ...SETTINGS, holidayNames: ['Inventory day', 'Founders day'] }, '2026-11-17');
        expect(calendar.holidays).toEqual([]);
        expect(calendar.problems).toEqual([
            expect.stringContaining('The holiday "Inventory day" recurs RecursMonthly, which the package does not read'),
            expect.stringContaining('The holiday "Founders day" named in the playbook settings does not exist')
        ]);
    });

    it('reads the org\'s records: a new org has only the 24x7 Default business hours, so the fallback applies and is reported', () => {
        const org = newProjectOrg();
        const calendar = readIntegrationCalendar(org);
        expect(calendar.workingDays).toEqual([1, 2, 3, 4, 5]);
        expect(calendar.timeZone).toBe('America/New_York');
        expect(calendar.problems).toHaveLength(1);
    });

    it('reads the business hours and holidays an admin created, and counts business days on them', () => {
        const org = newProjectOrg();
        org.db.insert({ attributes: { type: 'BusinessHours' }, Name: 'Integrations', IsActive: true, TimeZoneSidKey: 'America/Chicago', ...WEEKDAY_HOURS }, 'SYSTEM_MODE');
        org.db.insert({ attributes: { type: 'Holiday' }, Name: 'Thanksgiving 2026', IsAllDay: true, ActivityDate: '2026-11-26' }, 'SYSTEM_MODE');
        org.overrideSettings({ Integration_Holidays__c: 'Thanksgiving 2026' });
        const calendar = readIntegrationCalendar(org);
        expect(calendar).toMatchObject({ name: 'Integrations', timeZone: 'America/Chicago', holidays: ['2026-11-26'], problems: [] });
        // Tuesday 17 November 09:00 in Chicago + 7 business days, Thanksgiving off: Friday 27 November 09:00.
        expect(addBusinessDays('2026-11-17T15:00:00.000Z', 7, calendar)).toBe('2026-11-27T15:00:00.000Z');
    });
});
