// Time fields (BusinessHours.MondayStartTime ...) between the in-memory org and Apex. The org keeps a
// Time as the text Apex serializes it to, 'HH:mm:ss.SSSZ' (spec/org/fieldRules.ts); Apex reads it as a
// Time, the milliseconds after midnight (Apex Reference "Time Class"; SOAP API Developer Guide
// "Primitive Data Types": time fields have no date or time zone, hence the literal 'Z').
import { PlatformError } from '../evaluator/errors';
import { ApexTime } from '../evaluator/values';

const TIME_TEXT = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?$/;

/** The stored text of a time field as an Apex Time. */
export function timeFromOrg(text: string): ApexTime {
    const match = TIME_TEXT.exec(text);
    if (!match) throw new PlatformError('TypeException', `Invalid time: ${text}`);
    const [, hours, minutes, seconds = '0', millis = '0'] = match;
    return new ApexTime(((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis.padEnd(3, '0')));
}

/** An Apex Time as the org stores a time field. */
export function timeToOrg(time: ApexTime): string {
    const pad = (value: number, width = 2) => String(value).padStart(width, '0');
    const { millis } = time;
    return `${pad(Math.floor(millis / 3_600_000))}:${pad(Math.floor(millis / 60_000) % 60)}:${pad(Math.floor(millis / 1000) % 60)}.${pad(millis % 1000, 3)}Z`;
}
