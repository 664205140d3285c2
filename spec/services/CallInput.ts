// CallInput: the checks every Call Wizard request goes through again on the server, with messages
// an agent can act on. Mirrors the Apex class CallInput.
import { PlaybookError } from '../errors/PlaybookError';
import { dateInTimeZone } from '../org/clock';
import { isValidId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { isCalendarDate } from './PlaybookDates';
import { isBlank, strip } from './PlaybookText';

export function invalid(message: string): PlaybookError {
    return new PlaybookError('INVALID_INPUT', message);
}

/** A record Id of `objectName`: blank or malformed is INVALID_INPUT, another object's Id is WRONG_OBJECT. */
export function requireIdOf(org: InMemoryOrg, value: unknown, objectName: string, what: string): string {
    if (typeof value !== 'string' || isBlank(value)) throw invalid(`Choose ${what}.`);
    if (!isValidId(strip(value))) throw invalid(`${quoted(value)} is not a record id (${what}).`);
    const id = to18(strip(value));
    if (org.schema.objectForId(id)?.name !== objectName) {
        throw new PlaybookError('WRONG_OBJECT', `The record given as ${what} is not a ${objectName}. Reload the page and try again.`);
    }
    return id;
}

/** Text that must be given: stripped (PlaybookText), not blank, at most `maxLength` characters. */
export function requireText(value: unknown, what: string, maxLength: number): string {
    const text = optionalText(value, what, maxLength);
    if (text === null) throw invalid(`Enter ${what}.`);
    return text;
}

/** Text that may be left out: null when blank, else stripped and at most `maxLength` characters. */
export function optionalText(value: unknown, what: string, maxLength: number): string | null {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string') throw invalid(`${capitalize(what)} must be text.`);
    const text = strip(value);
    if (text === '') return null;
    if (text.length > maxLength) {
        throw invalid(`${capitalize(what)} is ${text.length} characters long; shorten it to ${maxLength} characters or fewer.`);
    }
    return text;
}

/**
 * An ISO-8601 date-time with seconds and a zone ('2026-11-21T15:00:00Z', '...T10:00:00.000-05:00'),
 * the form components send. Apex CallInput.ISO_DATE_TIME is the same pattern: a date alone is refused
 * on both sides, so neither reads '2026-11-21' as midnight somewhere.
 */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/** An instant strictly after now (a reminder or follow-up time), given as an ISO-8601 date-time. */
export function requireFutureInstant(org: InMemoryOrg, value: unknown, what: string): string {
    if (typeof value !== 'string' || isBlank(value)) throw invalid(`Choose ${what}.`);
    const text = strip(value);
    if (!ISO_DATE_TIME.test(text) || !isCalendarDate(text)) throw invalid(`${capitalize(what)} is not a date and time of the calendar; choose it again.`);
    const instant = new Date(Date.parse(text));
    if (instant.getTime() <= org.clock.now().getTime()) throw invalid(`${capitalize(what)} is in the past; choose a later time.`);
    return instant.toISOString();
}

/** The date part of an instant in the running user's time zone (a task's due date). */
export function dateOf(org: InMemoryOrg, instantIso: string): string {
    const zone = org.runningUser().TimeZoneSidKey;
    return dateInTimeZone(new Date(instantIso), typeof zone === 'string' ? zone : org.clock.timeZone);
}

export function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The most characters of an input a message quotes: enough to recognise it, never a whole long or hostile value. */
export const QUOTED_INPUT_MAX = 40;
/** Control characters and bidirectional overrides, which would garble a toast or a log line. */
const UNPRINTABLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/**
 * An input as an error message quotes it: in double quotes, its first QUOTED_INPUT_MAX characters and an
 * ellipsis when it is longer, unprintable characters shown as U+FFFD. Mirrors Apex CallInput.quoted.
 */
export function quoted(value: unknown): string {
    const text = String(value).replace(UNPRINTABLE, '\uFFFD');
    return `"${text.length > QUOTED_INPUT_MAX ? `${text.slice(0, QUOTED_INPUT_MAX)}\u2026` : text}"`;
}
