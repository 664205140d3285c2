// BusinessCalendar: which days are business days, and adding business days to an instant, as pure
// functions of calendar data (procedure 004: "allow 7 business days before asking for updates").
// Mirrors the Apex class of the same name. The calendar is data (IntegrationCalendar builds it from
// the business hours and holidays the settings name) because Apex tests cannot insert business hours.

/** Calendar data: the time zone its days are counted in, the weekdays with hours, the holiday dates. */
export interface BusinessCalendarData {
    /** The business hours the calendar came from, or the fallback's description. */
    name: string;
    /** TimeZoneSidKey (IANA) of the business hours: business days are dates in this zone. */
    timeZone: string;
    /** ISO weekdays with business hours: 1 Monday .. 7 Sunday. */
    workingDays: readonly number[];
    /** Dates ('YYYY-MM-DD') that are not business days. */
    holidays: readonly string[];
    /** What could not be read, for the admin: shown by the component and org:doctor. */
    problems: readonly string[];
}

/** 1900-01-01 was a Monday; counting days from it gives the weekday without locale rules, in both twins. */
const KNOWN_MONDAY = Date.UTC(1900, 0, 1);
const DAY_MS = 86_400_000;
/** A calendar that finds no business day in this many days is broken (every day a holiday). */
const SEARCH_LIMIT_DAYS = 732;

export function isoWeekday(date: string): number {
    const days = Math.round((Date.parse(`${date}T00:00:00Z`) - KNOWN_MONDAY) / DAY_MS);
    return (((days % 7) + 7) % 7) + 1;
}

export function isBusinessDay(date: string, calendar: BusinessCalendarData): boolean {
    return calendar.workingDays.includes(isoWeekday(date)) && !calendar.holidays.includes(date);
}

/** Milliseconds to add to UTC to get the local time in `timeZone` at `utcMillis` (TimeZone.getOffset in Apex). */
export function offsetMillis(timeZone: string, utcMillis: number): number {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit'
    }).formatToParts(new Date(utcMillis));
    const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
    const localAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
    return localAsUtc - Math.floor(utcMillis / 1000) * 1000;
}

function addDays(date: string, days: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant `days` business days after `instantIso`, at the same local time of day: each following date of the
 * calendar's zone that is a business day counts one (the start date itself never counts), as Excel's WORKDAY counts.
 * Zero days is the instant itself. Local times a daylight-saving change skips move forward by the change.
 */
export function addBusinessDays(instantIso: string, days: number, calendar: BusinessCalendarData): string {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`Business days must be a whole number of 0 or more, not ${days}`);
    const utc = Date.parse(instantIso);
    if (days === 0) return new Date(utc).toISOString();
    const local = utc + offsetMillis(calendar.timeZone, utc);
    const startDate = new Date(local).toISOString().slice(0, 10);
    const timeOfDay = local - Date.parse(`${startDate}T00:00:00Z`);
    let date = startDate;
    let counted = 0;
    let searched = 0;
    while (counted < days) {
        date = addDays(date, 1);
        searched += 1;
        if (searched > SEARCH_LIMIT_DAYS) {
            throw new RangeError(`The business calendar "${calendar.name}" has no business day in ${SEARCH_LIMIT_DAYS} days after ${startDate}`);
        }
        if (isBusinessDay(date, calendar)) counted += 1;
    }
    const localTarget = Date.parse(`${date}T00:00:00Z`) + timeOfDay;
    const firstGuess = localTarget - offsetMillis(calendar.timeZone, localTarget);
    const target = localTarget - offsetMillis(calendar.timeZone, firstGuess);
    return new Date(target).toISOString();
}
