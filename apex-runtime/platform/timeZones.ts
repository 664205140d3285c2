// Calendar arithmetic in a named time zone with the platform's IANA zone ids (User.TimeZoneSidKey),
// through Intl: the wall-clock fields of an instant, and the instant of wall-clock fields.

export interface DateTimeParts {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
    millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
    let formatter = formatters.get(timeZone);
    if (!formatter) {
        formatter = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
        formatters.set(timeZone, formatter);
    }
    return formatter;
}

/** The wall-clock fields of an instant in a zone. */
export function dateTimeParts(millis: number, timeZone: string): DateTimeParts {
    const values: Record<string, number> = {};
    for (const part of formatterFor(timeZone).formatToParts(new Date(millis))) {
        if (part.type !== 'literal') values[part.type] = Number(part.value);
    }
    return {
        year: values.year as number,
        month: values.month as number,
        day: values.day as number,
        hour: values.hour as number,
        minute: values.minute as number,
        second: values.second as number,
        millisecond: ((millis % 1000) + 1000) % 1000
    };
}

/** The zone's offset from GMT at an instant, in milliseconds. */
export function offsetAt(millis: number, timeZone: string): number {
    const parts = dateTimeParts(millis, timeZone);
    const asGmt = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, parts.millisecond);
    return asGmt - millis;
}

/** The instant at which the zone's clock shows these fields (the earlier one when a clock change repeats them). */
export function instantOf(parts: DateTimeParts, timeZone: string): number {
    const asGmt = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, parts.millisecond);
    let guess = asGmt - offsetAt(asGmt, timeZone);
    guess = asGmt - offsetAt(guess, timeZone);
    return guess;
}

export function isKnownTimeZone(timeZone: string): boolean {
    try {
        formatterFor(timeZone);
        return true;
    } catch {
        return false;
    }
}
