// Date, Datetime and Time (Apex Reference "Date Class", "Datetime Class", "Time Class").
// "Local" means the running user's time zone (User.TimeZoneSidKey): Date.today() is today in that
// zone, Datetime.newInstance(...) reads its fields in that zone, date() and hour() answer in it.
// The *Gmt variants use GMT. Datetime.now() is the org clock.
import { PlatformError, UnsupportedError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { isNumberValue, toDouble, toLong } from '../evaluator/numbers';
import { ApexDate, ApexDatetime, ApexTime, type Value } from '../evaluator/values';
import { arg, int, nullArgument, str } from './args';
import type { Natives } from './registry';
import { dateTimeParts, instantOf, isKnownTimeZone, type DateTimeParts } from './timeZones';

const DAY = 86400000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds months, clamping the day to the month's length (Date.addMonths). */
function addMonths(date: ApexDate, months: number): ApexDate {
    const total = date.year * 12 + (date.month - 1) + months;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    return new ApexDate(year, month, Math.min(date.day, daysInMonth(year, month)));
}

function dateArg(args: readonly Value[], index: number): ApexDate {
    const value = arg(args, index);
    if (value === null) throw nullArgument();
    if (!(value instanceof ApexDate)) throw new UnsupportedError('unsupported: Date argument of another type');
    return value;
}

function timeArg(args: readonly Value[], index: number): ApexTime {
    const value = arg(args, index);
    if (value === null) throw nullArgument();
    if (!(value instanceof ApexTime)) throw new UnsupportedError('unsupported: Time argument of another type');
    return value;
}

function localParts(rt: Interpreter, value: ApexDatetime): DateTimeParts {
    return dateTimeParts(value.millis, rt.org.timeZone());
}

function fromLocal(rt: Interpreter, parts: DateTimeParts): ApexDatetime {
    return new ApexDatetime(instantOf(parts, rt.org.timeZone()));
}

function gmtParts(value: ApexDatetime): DateTimeParts {
    return dateTimeParts(value.millis, 'UTC');
}

function partsOf(date: ApexDate, time: ApexTime | null): DateTimeParts {
    const millis = time ? time.millis : 0;
    return {
        year: date.year,
        month: date.month,
        day: date.day,
        hour: Math.floor(millis / 3600000),
        minute: Math.floor(millis / 60000) % 60,
        second: Math.floor(millis / 1000) % 60,
        millisecond: millis % 1000
    };
}

/** Parses 'yyyy-MM-dd HH:mm:ss' (the format Datetime.valueOf reads), or 'yyyy-MM-dd'. */
function parseDateTimeText(text: string): DateTimeParts {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?$/.exec(text.trim());
    if (!match) throw new PlatformError('TypeException', `Invalid date/time: ${text}`);
    const [, year, month, day, hour, minute, second] = match;
    return {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        hour: Number(hour ?? 0),
        minute: Number(minute ?? 0),
        second: Number(second ?? 0),
        millisecond: 0
    };
}

/** Local-calendar arithmetic for Datetime.addDays/addMonths/addYears (the wall clock time is kept). */
function addLocal(rt: Interpreter, value: ApexDatetime, days: number, months: number): ApexDatetime {
    const parts = localParts(rt, value);
    const date = addMonths(new ApexDate(parts.year, parts.month, parts.day), months);
    const shifted = ApexDate.fromEpochDay(date.epochDay() + days);
    return fromLocal(rt, { ...parts, year: shifted.year, month: shifted.month, day: shifted.day });
}

/** java.text.SimpleDateFormat patterns, for Datetime.format(pattern) and formatGmt(pattern). */
export function simpleDateFormat(parts: DateTimeParts, pattern: string, millis: number, timeZone: string): string {
    let result = '';
    for (let index = 0; index < pattern.length; ) {
        const char = pattern.charAt(index);
        if (char === "'") {
            const close = pattern.indexOf("'", index + 1);
            if (close === index + 1) {
                result += "'";
                index += 2;
                continue;
            }
            result += pattern.slice(index + 1, close < 0 ? undefined : close);
            index = close < 0 ? pattern.length : close + 1;
            continue;
        }
        if (!/[a-zA-Z]/.test(char)) {
            result += char;
            index++;
            continue;
        }
        let count = 1;
        while (pattern.charAt(index + count) === char) count++;
        index += count;
        const padded = (value: number) => String(value).padStart(count, '0');
        switch (char) {
            case 'y':
                result += count === 2 ? String(parts.year % 100).padStart(2, '0') : padded(parts.year);
                break;
            case 'M':
                result += count >= 4 ? MONTHS[parts.month - 1] : count === 3 ? (MONTHS[parts.month - 1] as string).slice(0, 3) : padded(parts.month);
                break;
            case 'd':
                result += padded(parts.day);
                break;
            case 'H':
                result += padded(parts.hour);
                break;
            case 'h':
                result += padded(parts.hour % 12 === 0 ? 12 : parts.hour % 12);
                break;
            case 'k':
                result += padded(parts.hour === 0 ? 24 : parts.hour);
                break;
            case 'm':
                result += padded(parts.minute);
                break;
            case 's':
                result += padded(parts.second);
                break;
            case 'S':
                result += String(parts.millisecond).padStart(3, '0').slice(0, Math.max(count, 3)).padStart(count, '0');
                break;
            case 'a':
                result += parts.hour < 12 ? 'AM' : 'PM';
                break;
            case 'E': {
                const weekday = DAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()] as string;
                result += count >= 4 ? weekday : weekday.slice(0, 3);
                break;
            }
            case 'Z':
            case 'X': {
                const offsetMinutes = Math.round((Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, parts.millisecond) - millis) / 60000);
                if (char === 'X' && offsetMinutes === 0) {
                    result += 'Z';
                    break;
                }
                const sign = offsetMinutes < 0 ? '-' : '+';
                const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
                const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
                result += char === 'X' && count === 3 ? `${sign}${hours}:${minutes}` : `${sign}${hours}${minutes}`;
                break;
            }
            case 'z':
                result += timeZone === 'UTC' || timeZone === 'GMT' ? 'GMT' : shortZoneName(millis, timeZone);
                break;
            default:
                throw new UnsupportedError(`unsupported: date format letter ${char} in ${pattern}`);
        }
    }
    return result;
}

function shortZoneName(millis: number, timeZone: string): string {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(millis)).find((candidate) => candidate.type === 'timeZoneName');
    return part ? part.value : timeZone;
}

function datetimeArg(args: readonly Value[], index: number): ApexDatetime {
    const value = arg(args, index);
    if (value === null) throw nullArgument();
    if (!(value instanceof ApexDatetime)) throw new UnsupportedError('unsupported: Datetime argument of another type');
    return value;
}

export function registerDates(natives: Natives): void {
    natives.registerStatic({
        name: 'Date',
        methods: {
            today: (rt) => {
                const parts = dateTimeParts(rt.org.nowMillis(), rt.org.timeZone());
                return new ApexDate(parts.year, parts.month, parts.day);
            },
            newinstance: (_rt, args) => {
                const year = int(args, 0);
                const month = int(args, 1);
                const day = int(args, 2);
                // Out-of-range fields roll over, as java.util.Calendar does.
                const date = new Date(Date.UTC(year, month - 1, day));
                return new ApexDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
            },
            valueof: (rt, args) => {
                const value = arg(args, 0);
                if (value === null) return null;
                if (value instanceof ApexDatetime) {
                    const parts = localParts(rt, value);
                    return new ApexDate(parts.year, parts.month, parts.day);
                }
                if (value instanceof ApexDate) return value;
                const parts = parseDateTimeText(str(args, 0));
                const date = new ApexDate(parts.year, parts.month, parts.day);
                if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) {
                    throw new PlatformError('TypeException', `Invalid date: ${str(args, 0)}`);
                }
                return date;
            },
            isleapyear: (_rt, args) => daysInMonth(int(args, 0), 2) === 29,
            daysinmonth: (_rt, args) => daysInMonth(int(args, 0), int(args, 1))
        }
    });
    natives.registerInstance<ApexDate>('Date', {
        adddays: (_rt, self, args) => ApexDate.fromEpochDay(self.epochDay() + int(args, 0)),
        addmonths: (_rt, self, args) => addMonths(self, int(args, 0)),
        addyears: (_rt, self, args) => addMonths(self, 12 * int(args, 0)),
        year: (_rt, self) => self.year,
        month: (_rt, self) => self.month,
        day: (_rt, self) => self.day,
        dayofyear: (_rt, self) => self.epochDay() - new ApexDate(self.year, 1, 1).epochDay() + 1,
        daysbetween: (_rt, self, args) => dateArg(args, 0).epochDay() - self.epochDay(),
        monthsbetween: (_rt, self, args) => {
            const other = dateArg(args, 0);
            return (other.year - self.year) * 12 + (other.month - self.month);
        },
        issameday: (_rt, self, args) => dateArg(args, 0).epochDay() === self.epochDay(),
        tostartofmonth: (_rt, self) => new ApexDate(self.year, self.month, 1),
        // The week starts on Sunday in the en_US locale.
        tostartofweek: (_rt, self) => ApexDate.fromEpochDay(self.epochDay() - new Date(self.epochDay() * DAY).getUTCDay()),
        format: (_rt, self) => `${self.month}/${self.day}/${self.year}`
    });

    natives.registerStatic({
        name: 'Datetime',
        methods: {
            now: (rt) => new ApexDatetime(rt.org.nowMillis()),
            newinstance: (rt, args) => {
                if (args.length === 1) return new ApexDatetime(Number(toLong(numberOf(args, 0))));
                if (args.length === 2) return fromLocal(rt, partsOf(dateArg(args, 0), timeArg(args, 1)));
                return fromLocal(rt, fieldsOf(args));
            },
            newinstancegmt: (_rt, args) => {
                if (args.length === 2) return new ApexDatetime(instantOf(partsOf(dateArg(args, 0), timeArg(args, 1)), 'UTC'));
                return new ApexDatetime(instantOf(fieldsOf(args), 'UTC'));
            },
            valueof: (rt, args) => (arg(args, 0) === null ? null : fromLocal(rt, parseDateTimeText(str(args, 0)))),
            valueofgmt: (_rt, args) => (arg(args, 0) === null ? null : new ApexDatetime(instantOf(parseDateTimeText(str(args, 0)), 'UTC')))
        }
    });
    natives.registerInstance<ApexDatetime>('Datetime', {
        adddays: (rt, self, args) => addLocal(rt, self, int(args, 0), 0),
        addmonths: (rt, self, args) => addLocal(rt, self, 0, int(args, 0)),
        addyears: (rt, self, args) => addLocal(rt, self, 0, 12 * int(args, 0)),
        addhours: (_rt, self, args) => new ApexDatetime(self.millis + int(args, 0) * 3600000),
        addminutes: (_rt, self, args) => new ApexDatetime(self.millis + int(args, 0) * 60000),
        addseconds: (_rt, self, args) => new ApexDatetime(self.millis + int(args, 0) * 1000),
        gettime: (_rt, self) => BigInt(self.millis),
        date: (rt, self) => {
            const parts = localParts(rt, self);
            return new ApexDate(parts.year, parts.month, parts.day);
        },
        dategmt: (_rt, self) => {
            const parts = gmtParts(self);
            return new ApexDate(parts.year, parts.month, parts.day);
        },
        time: (rt, self) => {
            const parts = localParts(rt, self);
            return new ApexTime(((parts.hour * 60 + parts.minute) * 60 + parts.second) * 1000 + parts.millisecond);
        },
        timegmt: (_rt, self) => new ApexTime(((self.millis % DAY) + DAY) % DAY),
        year: (rt, self) => localParts(rt, self).year,
        month: (rt, self) => localParts(rt, self).month,
        day: (rt, self) => localParts(rt, self).day,
        hour: (rt, self) => localParts(rt, self).hour,
        minute: (rt, self) => localParts(rt, self).minute,
        second: (rt, self) => localParts(rt, self).second,
        millisecond: (_rt, self) => ((self.millis % 1000) + 1000) % 1000,
        yeargmt: (_rt, self) => gmtParts(self).year,
        monthgmt: (_rt, self) => gmtParts(self).month,
        daygmt: (_rt, self) => gmtParts(self).day,
        hourgmt: (_rt, self) => gmtParts(self).hour,
        minutegmt: (_rt, self) => gmtParts(self).minute,
        secondgmt: (_rt, self) => gmtParts(self).second,
        issameday: (rt, self, args) => {
            const a = localParts(rt, self);
            const b = localParts(rt, datetimeArg(args, 0));
            return a.year === b.year && a.month === b.month && a.day === b.day;
        },
        format: (rt, self, args) => {
            const zone = args.length > 1 ? str(args, 1) : rt.org.timeZone();
            if (!isKnownTimeZone(zone)) throw new PlatformError('IllegalArgumentException', `Invalid time zone: ${zone}`);
            const parts = dateTimeParts(self.millis, zone);
            if (!args.length) return simpleDateFormat(parts, 'M/d/yyyy h:mm a', self.millis, zone);
            return simpleDateFormat(parts, str(args, 0), self.millis, zone);
        },
        formatgmt: (_rt, self, args) => simpleDateFormat(gmtParts(self), str(args, 0), self.millis, 'UTC'),
        formatlong: (rt, self) => simpleDateFormat(localParts(rt, self), 'M/d/yyyy h:mm:ss a z', self.millis, rt.org.timeZone())
    });

    natives.registerStatic({
        name: 'Time',
        methods: {
            newinstance: (_rt, args) => new ApexTime(((int(args, 0) * 60 + int(args, 1)) * 60 + int(args, 2)) * 1000 + int(args, 3))
        }
    });
    natives.registerInstance<ApexTime>('Time', {
        hour: (_rt, self) => Math.floor(self.millis / 3600000),
        minute: (_rt, self) => Math.floor(self.millis / 60000) % 60,
        second: (_rt, self) => Math.floor(self.millis / 1000) % 60,
        millisecond: (_rt, self) => self.millis % 1000,
        addhours: (_rt, self, args) => new ApexTime((((self.millis + int(args, 0) * 3600000) % DAY) + DAY) % DAY),
        addminutes: (_rt, self, args) => new ApexTime((((self.millis + int(args, 0) * 60000) % DAY) + DAY) % DAY),
        addseconds: (_rt, self, args) => new ApexTime((((self.millis + int(args, 0) * 1000) % DAY) + DAY) % DAY),
        addmilliseconds: (_rt, self, args) => new ApexTime((((self.millis + int(args, 0)) % DAY) + DAY) % DAY)
    });
}

function numberOf(args: readonly Value[], index: number) {
    const value = arg(args, index);
    if (value === null) throw nullArgument();
    if (!isNumberValue(value)) throw new UnsupportedError('unsupported: Datetime.newInstance argument that is not a number');
    return value;
}

function fieldsOf(args: readonly Value[]): DateTimeParts {
    const field = (index: number) => (index < args.length ? Math.trunc(toDouble(numberOf(args, index))) : 0);
    return { year: field(0), month: field(1), day: field(2), hour: field(3), minute: field(4), second: field(5), millisecond: 0 };
}
