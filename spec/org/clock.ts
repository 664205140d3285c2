// The org's notion of "now": a fixed instant that moves only when told, and the time zone in
// which "today" is computed (a running user with a TimeZoneSidKey uses their own zone).

export interface ClockSetting {
    /** ISO 8601 instant, e.g. '2025-03-04T15:00:00Z'. */
    instant: string | Date;
    /** IANA zone, e.g. 'America/New_York'. */
    timeZone: string;
}

export interface Duration {
    days?: number;
    hours?: number;
    minutes?: number;
    seconds?: number;
    milliseconds?: number;
}

export function assertTimeZone(timeZone: string): void {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone });
    } catch {
        throw new RangeError(`Unknown time zone: ${timeZone}`);
    }
}

// Creating an Intl.DateTimeFormat costs far more than using one, and "today" is asked for often.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date ('YYYY-MM-DD') of an instant in a time zone. */
export function dateInTimeZone(instant: Date, timeZone: string): string {
    let format = dateFormats.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
        dateFormats.set(timeZone, format);
    }
    const parts = format.formatToParts(instant);
    const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
}

function toInstant(instant: string | Date): number {
    const millis = instant instanceof Date ? instant.getTime() : Date.parse(instant);
    if (Number.isNaN(millis)) throw new RangeError(`Not an ISO instant: ${String(instant)}`);
    return millis;
}

export class Clock {
    private millis: number;
    private zone: string;

    constructor(setting: ClockSetting) {
        assertTimeZone(setting.timeZone);
        this.millis = toInstant(setting.instant);
        this.zone = setting.timeZone;
    }

    get timeZone(): string {
        return this.zone;
    }

    now(): Date {
        return new Date(this.millis);
    }

    nowIso(): string {
        return this.now().toISOString();
    }

    today(timeZone: string = this.zone): string {
        return dateInTimeZone(this.now(), timeZone);
    }

    set(setting: Partial<ClockSetting>): void {
        if (setting.timeZone !== undefined) {
            assertTimeZone(setting.timeZone);
            this.zone = setting.timeZone;
        }
        if (setting.instant !== undefined) this.millis = toInstant(setting.instant);
    }

    advance(duration: Duration): void {
        const { days = 0, hours = 0, minutes = 0, seconds = 0, milliseconds = 0 } = duration;
        this.millis += (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000 + milliseconds;
    }
}
