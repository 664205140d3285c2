// PlaybookDates: whether a date or date-time sent as ISO-8601 text names a day of the calendar and a time of day that
// exist, mirroring the Apex class of the same name. Checked explicitly because neither platform refuses 30 February
// reliably: JavaScript's Date.parse rolls it over to 2 March, and what Apex's Date.valueOf and JSON.deserialize make
// of it is not documented. So both twins refuse it with the same answer, whatever the parsers do.

const PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):?(\d{2})))?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An absent part is fine; a present one is a number no greater than the maximum. */
function upTo(part: string | undefined, maximum: number): boolean {
    return part === undefined || Number(part) <= maximum;
}

function daysInMonth(year: number, month: number): number {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/**
 * True when the text is 'yyyy-MM-dd', or an ISO-8601 date-time with a zone, whose day exists in the Gregorian calendar
 * (no 30 February, no month 13) and whose time of day and zone offset exist (hours to 23, minutes and seconds to 59).
 */
export function isCalendarDate(text: unknown): boolean {
    const parts = typeof text === 'string' ? PARTS.exec(text) : null;
    if (!parts) return false;
    const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] = parts;
    const monthNumber = Number(month);
    const dayNumber = Number(day);
    if (monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || dayNumber > daysInMonth(Number(year), monthNumber)) return false;
    return upTo(hour, 23) && upTo(minute, 59) && upTo(second, 59) && upTo(offsetHours, 23) && upTo(offsetMinutes, 59);
}
