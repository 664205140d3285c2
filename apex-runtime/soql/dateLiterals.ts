// SOQL date literals (TODAY, LAST_N_DAYS:n, THIS_MONTH, ...) as ranges of calendar days, and the instants that
// bound those days in the running user's time zone, for comparisons with dateTime fields.
//
// SOQL and SOSL Reference, "Date Formats and Date Literals in WHERE": each literal is a range of time relative
// to the current day; the range depends on the locale of the user sending the query (the first day of a week);
// a literal compared with a dateTime field starts at 00:00:00 in the user's time zone. The day-based ranges follow
// what orgs return where the reference's wording is ambiguous: LAST_N_DAYS:n includes today and the n days before
// it (LAST_N_DAYS:1 returns yesterday and today; salesforce.stackexchange.com/questions/190643), and NEXT_N_DAYS:n
// starts tomorrow.
import { addDays, addMonths } from '../../spec/org/values';
import { UnsupportedSoqlError, type SourceRef } from './errors';

/** Calendar days, both ends included, as 'YYYY-MM-DD'. */
export interface DayRange {
    first: string;
    last: string;
}

/** The first day of the week in a user locale ("Date Formats and Date Literals": determined by the locale). */
const WEEK_STARTS: Readonly<Record<string, number>> = {
    en_US: 0,
    en_CA: 0,
    en_GB: 1,
    en_AU: 1,
    en_IE: 1,
    de_DE: 1,
    fr_FR: 1
};

function dayOfWeek(date: string): number {
    return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function startOfWeek(today: string, locale: string, source: SourceRef): string {
    const start = WEEK_STARTS[locale];
    if (start === undefined) throw new UnsupportedSoqlError(`SOQL week date literal for the locale ${locale}`, source);
    return addDays(today, -((dayOfWeek(today) - start + 7) % 7));
}

function monthRange(today: string, offset: number): DayRange {
    const first = addMonths(`${today.slice(0, 7)}-01`, offset);
    return { first, last: addDays(addMonths(first, 1), -1) };
}

function yearRange(today: string, offset: number): DayRange {
    const year = Number(today.slice(0, 4)) + offset;
    return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** The days a date literal covers, `today` being the current day in the running user's time zone. */
export function dateLiteralRange(
    name: string,
    n: number | undefined,
    today: string,
    locale: string,
    source: SourceRef
): DayRange {
    const count = n ?? 0;
    switch (name) {
        case 'TODAY':
            return { first: today, last: today };
        case 'YESTERDAY':
            return { first: addDays(today, -1), last: addDays(today, -1) };
        case 'TOMORROW':
            return { first: addDays(today, 1), last: addDays(today, 1) };
        case 'LAST_N_DAYS':
            return { first: addDays(today, -count), last: today };
        case 'LAST_90_DAYS':
            return { first: addDays(today, -90), last: today };
        case 'NEXT_N_DAYS':
            return { first: addDays(today, 1), last: addDays(today, count) };
        case 'NEXT_90_DAYS':
            return { first: addDays(today, 1), last: addDays(today, 90) };
        case 'N_DAYS_AGO':
            return { first: addDays(today, -count), last: addDays(today, -count) };
        case 'THIS_WEEK':
        case 'LAST_WEEK':
        case 'NEXT_WEEK': {
            const shift = name === 'THIS_WEEK' ? 0 : name === 'LAST_WEEK' ? -7 : 7;
            const first = addDays(startOfWeek(today, locale, source), shift);
            return { first, last: addDays(first, 6) };
        }
        case 'THIS_MONTH':
            return monthRange(today, 0);
        case 'LAST_MONTH':
            return monthRange(today, -1);
        case 'NEXT_MONTH':
            return monthRange(today, 1);
        case 'THIS_YEAR':
            return yearRange(today, 0);
        case 'LAST_YEAR':
            return yearRange(today, -1);
        case 'NEXT_YEAR':
            return yearRange(today, 1);
        default:
            throw new UnsupportedSoqlError(`SOQL date literal ${name}${n === undefined ? '' : `:${n}`}`, source);
    }
}

/** Milliseconds a time zone is ahead of UTC at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit'
    }).formatToParts(new Date(instant));
    const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
    const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
    return local - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day starts (00:00:00) in a time zone, daylight saving time included. */
export function startOfDay(date: string, timeZone: string): number {
    const midnightUtc = Date.parse(`${date}T00:00:00Z`);
    let instant = midnightUtc - zoneOffset(midnightUtc, timeZone);
    instant = midnightUtc - zoneOffset(instant, timeZone);
    return instant;
}
