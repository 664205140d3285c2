// IntegrationCalendar: the business calendar of procedure 004, built from the Business Hours and the
// Holidays the settings name (Integration_Business_Hours__c, Integration_Holidays__c). Mirrors the Apex
// class of the same name; the records come from IntegrationCalendarSelector.
//
// Object Reference, BusinessHours: a weekday has hours when its StartTime is set (a day without hours has
// both times null; 00:00 to 00:00 is 24 hours). Object Reference, Holiday: an all-day holiday's date is
// ActivityDate; a recurring holiday repeats by RecurrenceType between RecurrenceStartDate and
// RecurrenceEndDateOnly: RecursYearly on RecurrenceMonthOfYear / RecurrenceDayOfMonth, RecursYearlyNth on the
// RecurrenceInstance (First .. Fourth, Last) weekday of RecurrenceDayOfWeekMask (Sunday 1, Monday 2, Tuesday 4,
// Wednesday 8, Thursday 16, Friday 32, Saturday 64) in RecurrenceMonthOfYear.
// What it does not read is listed in the calendar's problems (shown to the agent and by org:doctor), never
// silently dropped: other recurrence types, and named records that do not exist. A holiday that is not all
// day leaves the day a business day (some of its hours remain).
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { selectBusinessHours, selectHolidays } from '../selectors/IntegrationCaseSelector';
import type { BusinessCalendarData } from './BusinessCalendar';

const WEEKDAY_FIELDS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const INSTANCES = ['First', 'Second', 'Third', 'Fourth'];
/** RecurrenceDayOfWeekMask bits by ISO weekday (1 Monday .. 7 Sunday). */
const MASK_BY_WEEKDAY: Readonly<Record<number, number>> = { 1: 2, 2: 4, 3: 8, 4: 16, 5: 32, 6: 64, 7: 1 };
export const FALLBACK_WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5];
const FALLBACK_TIME_ZONE = 'GMT';

export interface CalendarRecords {
    /** The business hours named in the settings and the org's default business hours (either may be missing). */
    businessHours: readonly SObjectRecord[];
    /** The holidays named in the settings that exist. */
    holidays: readonly SObjectRecord[];
}

export interface CalendarSettings {
    businessHoursName: string;
    holidayNames: readonly string[];
}

/** The calendar for `records`, expanding recurring holidays over the years around `today` ('YYYY-MM-DD'). */
export function calendarFrom(records: CalendarRecords, settings: CalendarSettings, today: string): BusinessCalendarData {
    const problems: string[] = [];
    const named = records.businessHours.find((hours) => hours.Name === settings.businessHoursName && hours.IsActive !== false);
    const fallbackZone = String(records.businessHours.find((hours) => hours.IsDefault === true)?.TimeZoneSidKey ?? FALLBACK_TIME_ZONE);
    let timeZone = fallbackZone;
    let workingDays: number[] = [...FALLBACK_WORKING_DAYS];
    let name = `Monday to Friday (${fallbackZone})`;
    if (!named) {
        problems.push(
            `The business hours "${settings.businessHoursName}" named in the playbook settings do not exist or are inactive, so Monday to Friday count as business days. Create them in Setup > Business Hours, or correct Integration Business Hours.`
        );
    } else {
        timeZone = String(named.TimeZoneSidKey);
        name = String(named.Name);
        const days = WEEKDAY_FIELDS.map((day, index) => (named[`${day}StartTime`] ? index + 1 : 0)).filter((day) => day > 0);
        if (days.length) workingDays = days;
        else {
            problems.push(`The business hours "${name}" have no day with hours, so Monday to Friday count as business days. Give them hours in Setup > Business Hours.`);
        }
    }
    const year = Number(today.slice(0, 4));
    const holidays = new Set<string>();
    for (const holiday of records.holidays) {
        for (const date of holidayDates(holiday, [year - 1, year, year + 1], problems)) holidays.add(date);
    }
    const found = new Set(records.holidays.map((holiday) => String(holiday.Name)));
    for (const missing of settings.holidayNames.filter((holidayName) => !found.has(holidayName))) {
        problems.push(`The holiday "${missing}" named in the playbook settings does not exist, so it counts as a business day. Create it in Setup > Holidays, or correct Integration Holidays.`);
    }
    return { name, timeZone, workingDays, holidays: [...holidays].sort(), problems };
}

function holidayDates(holiday: SObjectRecord, years: readonly number[], problems: string[]): string[] {
    if (holiday.IsAllDay === false) return [];
    if (holiday.IsRecurrence !== true) return typeof holiday.ActivityDate === 'string' ? [holiday.ActivityDate] : [];
    const type = String(holiday.RecurrenceType);
    const month = MONTHS.indexOf(String(holiday.RecurrenceMonthOfYear)) + 1;
    const dates: string[] = [];
    for (const year of years) {
        let date: string | null = null;
        if (type === 'RecursYearly' && month > 0) date = dateOf(year, month, Number(holiday.RecurrenceDayOfMonth));
        else if (type === 'RecursYearlyNth' && month > 0) date = nthWeekday(year, month, String(holiday.RecurrenceInstance), Number(holiday.RecurrenceDayOfWeekMask));
        else {
            problems.push(`The holiday "${String(holiday.Name)}" recurs ${type}, which the package does not read, so its days count as business days. Make it a yearly holiday or one holiday per date.`);
            return [];
        }
        if (date && within(date, holiday.RecurrenceStartDate, holiday.RecurrenceEndDateOnly)) dates.push(date);
    }
    return dates;
}

function dateOf(year: number, month: number, day: number): string | null {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 ? date.toISOString().slice(0, 10) : null;
}

function nthWeekday(year: number, month: number, instance: string, mask: number): string | null {
    const matching: string[] = [];
    for (let day = 1; day <= 31; day++) {
        const date = dateOf(year, month, day);
        if (!date) break;
        const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
        if ((mask & (MASK_BY_WEEKDAY[weekday] as number)) !== 0) matching.push(date);
    }
    if (instance === 'Last') return matching[matching.length - 1] ?? null;
    return matching[INSTANCES.indexOf(instance)] ?? null;
}

function within(date: string, start: unknown, end: unknown): boolean {
    return (typeof start !== 'string' || date >= start) && (typeof end !== 'string' || date <= end);
}

const calendarReads = new WeakMap<InMemoryOrg, number>();

/** How often the org's business calendar was read: the vector runner requires a vector's "calendar" when it was. */
export function calendarReadsOf(org: InMemoryOrg): number {
    return calendarReads.get(org) ?? 0;
}

/** The calendar the settings name, read from the org (two queries, none when no holiday is named: one). */
export function readIntegrationCalendar(org: InMemoryOrg): BusinessCalendarData {
    calendarReads.set(org, calendarReadsOf(org) + 1);
    const settings = org.settings();
    const businessHoursName = String(settings.integrationBusinessHours);
    const holidayNames = settings.integrationHolidays;
    return calendarFrom(
        { businessHours: selectBusinessHours(org, businessHoursName), holidays: selectHolidays(org, holidayNames) },
        { businessHoursName, holidayNames },
        org.clock.today('GMT')
    );
}
