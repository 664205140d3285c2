// Literal values as SOQL writes them: quoted strings with their escape sequences, unquoted dates and
// date-times, and date literals such as LAST_N_DAYS:7.
import { queryError } from './errors';

const ESCAPES: Readonly<Record<string, string>> = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    '"': '"',
    "'": "'",
    '\\': '\\'
};

/**
 * The value of a quoted string literal ('...'). SOQL's escape sequences ("Quoted String Escape Sequences" in
 * the SOQL and SOSL Reference): \n \r \t \b \f \" \' \\ and \uXXXX; in a LIKE pattern \_ and \% stay escaped so
 * that the pattern matches them literally (see likeMatcher); any other backslash is an error.
 */
export function unquoteString(literal: string): string {
    const body = literal.slice(1, -1);
    let value = '';
    for (let index = 0; index < body.length; index++) {
        const character = body.charAt(index);
        if (character !== '\\') {
            value += character;
            continue;
        }
        const next = body.charAt(index + 1);
        index += 1;
        if (next in ESCAPES) {
            value += ESCAPES[next];
        } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(index + 1, index + 5))) {
            value += String.fromCharCode(parseInt(body.slice(index + 1, index + 5), 16));
            index += 4;
        } else if (next === '%' || next === '_') {
            value += `\\${next}`;
        } else {
            throw queryError(`Invalid string literal ${literal}: illegal escape sequence \\${next}`);
        }
    }
    return value;
}

/** A date literal YYYY-MM-DD (unquoted), checked to be a real calendar date. */
export function parseDate(text: string): string {
    const parsed = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
        throw queryError(`Invalid date literal ${text}: not a calendar date (use YYYY-MM-DD)`);
    }
    return text;
}

/**
 * A date-time literal YYYY-MM-DDThh:mm:ss(.sss)?(Z|+hh:mm|-hh:mm), returned as the ISO instant in UTC
 * ("Date Formats and Date Literals in WHERE": "The time zone offset is always from UTC").
 */
export function parseDateTime(text: string): string {
    const match = /^(\d{4}-\d{2}-\d{2})[tT](\d{2}:\d{2}:\d{2}(?:\.\d+)?)([zZ]|[+-]\d{1,4}(?::\d{2})?)$/.exec(text);
    if (!match)
        throw queryError(`Invalid date-time literal ${text}: use YYYY-MM-DDThh:mm:ssZ or an offset such as +01:00`);
    const [, date, time, zone] = match as unknown as [string, string, string, string];
    const instant = new Date(`${parseDate(date)}T${time}${normaliseOffset(zone)}`);
    if (Number.isNaN(instant.getTime())) throw queryError(`Invalid date-time literal ${text}`);
    return instant.toISOString();
}

function normaliseOffset(zone: string): string {
    if (zone === 'z' || zone === 'Z') return 'Z';
    const sign = zone.charAt(0);
    const digits = zone.slice(1).replace(':', '');
    const padded = digits.length <= 2 ? `${digits.padStart(2, '0')}00` : digits.padStart(4, '0');
    return `${sign}${padded.slice(0, 2)}:${padded.slice(2, 4)}`;
}

/** A date literal as written, e.g. 'TODAY' or 'LAST_N_DAYS:7' (the parser keeps the colon and number). */
export function parseDateFormula(text: string): { name: string; n?: number } {
    const [name, count] = text.toUpperCase().split(':') as [string, string | undefined];
    if (count === undefined) return { name };
    const n = Number(count);
    if (!Number.isInteger(n)) throw queryError(`Invalid date literal ${text}: the number must be an integer`);
    return { name, n };
}
