// The String class (Apex Reference "String Class"). Apex Strings are Java strings; many methods
// follow Apache Commons StringUtils, as the reference describes them. Whitespace, where the
// reference says "white space", is Java's Character.isWhitespace; trim() removes characters up to
// U+0020 like Java's String.trim ("Leading and trailing ASCII control characters such as tabs and
// newline characters are also removed").
import { PlatformError, UnsupportedError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { ApexList, IdValue, prim, type Value } from '../evaluator/values';
import { arg, arity, int, items, nullArgument, str } from './args';
import { compile, javaReplacement, javaSplit } from './regex';
import type { Natives } from './registry';

/** Java's Character.isWhitespace: space separators except no-break spaces, and \t \n \v \f \r \x1C-\x1F. */
export function isJavaWhitespace(char: string): boolean {
    const code = char.charCodeAt(0);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f)) return true;
    if (code === 0xa0 || code === 0x2007 || code === 0x202f) return false;
    return /[\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]/.test(char);
}

function isBlank(value: string | null): boolean {
    return value === null || [...value].every(isJavaWhitespace);
}

export function javaTrim(value: string): string {
    let start = 0;
    let end = value.length;
    while (start < end && value.charCodeAt(start) <= 0x20) start++;
    while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
    return value.slice(start, end);
}

function stripWhitespace(value: string): string {
    let start = 0;
    let end = value.length;
    while (start < end && isJavaWhitespace(value.charAt(start))) start++;
    while (end > start && isJavaWhitespace(value.charAt(end - 1))) end--;
    return value.slice(start, end);
}

function javaHashCode(value: string): number {
    let hash = 0;
    for (let index = 0; index < value.length; index++) hash = (Math.imul(31, hash) + value.charCodeAt(index)) | 0;
    return hash;
}

function outOfBounds(kind: 'Starting' | 'Ending', position: number): PlatformError {
    return new PlatformError('StringException', `${kind} position out of bounds: ${position}`);
}

function substring(value: string, start: number, end = value.length): string {
    if (start < 0 || start > value.length) throw outOfBounds('Starting', start);
    if (end > value.length || end < start) throw outOfBounds('Ending', end);
    return value.slice(start, end);
}

/** Levenshtein distance (Apache StringUtils.getLevenshteinDistance). */
function levenshtein(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_unused, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
            current[j] = Math.min((current[j - 1] as number) + 1, (previous[j] as number) + 1, (previous[j - 1] as number) + cost);
        }
        previous = current;
    }
    return previous[b.length] as number;
}

function pad(value: string, length: number, padding: string, left: boolean): string {
    if (padding === '') throw nullArgument();
    if (value.length >= length) return value;
    let fill = '';
    while (fill.length < length - value.length) fill += padding;
    fill = fill.slice(0, length - value.length);
    return left ? fill + value : value + fill;
}

/** String.format: MessageFormat-style {0} placeholders, '' for a quote. */
function format(pattern: string, values: string[]): string {
    let result = '';
    for (let index = 0; index < pattern.length; index++) {
        const char = pattern.charAt(index);
        if (char === "'") {
            const close = pattern.indexOf("'", index + 1);
            if (close === index + 1) {
                result += "'";
                index++;
            } else if (close > index) {
                result += pattern.slice(index + 1, close);
                index = close;
            } else {
                result += pattern.slice(index + 1);
                break;
            }
        } else if (char === '{') {
            const close = pattern.indexOf('}', index);
            const position = Number(pattern.slice(index + 1, close));
            if (close < 0 || !Number.isInteger(position)) throw new UnsupportedError(`unsupported: String.format pattern ${pattern}`);
            result += position < values.length ? values[position] : `{${position}}`;
            index = close;
        } else {
            result += char;
        }
    }
    return result;
}

const stringList = () => prim('String');

export function registerStrings(natives: Natives): void {
    natives.registerStatic({
        name: 'String',
        methods: {
            valueof: (rt, args) => (arg(args, 0) === null ? 'null' : rt.valueOf(arg(args, 0))),
            valueofgmt: (rt, args) => rt.concat(arg(args, 0)),
            isblank: (_rt, args) => isBlank(arg(args, 0) === null ? null : str(args, 0)),
            isnotblank: (_rt, args) => !isBlank(arg(args, 0) === null ? null : str(args, 0)),
            isempty: (_rt, args) => arg(args, 0) === null || str(args, 0) === '',
            isnotempty: (_rt, args) => arg(args, 0) !== null && str(args, 0) !== '',
            join: (rt, args) => {
                const separator = arg(args, 1) === null ? '' : str(args, 1);
                return items(arg(args, 0))
                    .map((item) => rt.concat(item))
                    .join(separator);
            },
            escapesinglequotes: (_rt, args) => str(args, 0).replace(/'/g, "\\'"),
            format: (rt, args) => format(str(args, 0), items(arg(args, 1)).map((item) => (item === null ? 'null' : rt.concat(item)))),
            fromchararray: (_rt, args) => String.fromCharCode(...items(arg(args, 0)).map((code) => code as number))
        }
    });

    const methods: Record<string, (rt: Interpreter, self: string, args: Value[]) => Value> = {
        length: (_rt, self) => self.length,
        tolowercase: (_rt, self) => self.toLowerCase(),
        touppercase: (_rt, self) => self.toUpperCase(),
        trim: (_rt, self) => javaTrim(self),
        normalizespace: (_rt, self) => {
            const trimmed = stripWhitespace(self);
            let result = '';
            let inSpace = false;
            for (const char of trimmed) {
                if (isJavaWhitespace(char)) {
                    if (!inSpace) result += ' ';
                    inSpace = true;
                } else {
                    result += char;
                    inSpace = false;
                }
            }
            return result;
        },
        deletewhitespace: (_rt, self) => [...self].filter((char) => !isJavaWhitespace(char)).join(''),
        isblank: (_rt, self) => isBlank(self),
        isnotblank: (_rt, self) => !isBlank(self),
        isempty: (_rt, self) => self === '',
        isnotempty: (_rt, self) => self !== '',
        contains: (_rt, self, args) => self.includes(str(args, 0)),
        containsignorecase: (_rt, self, args) => self.toLowerCase().includes(str(args, 0).toLowerCase()),
        containsany: (_rt, self, args) => [...str(args, 0)].some((char) => self.includes(char)),
        containsnone: (_rt, self, args) => ![...str(args, 0)].some((char) => self.includes(char)),
        containsonly: (_rt, self, args) => [...self].every((char) => str(args, 0).includes(char)),
        containswhitespace: (_rt, self) => [...self].some(isJavaWhitespace),
        countmatches: (_rt, self, args) => {
            const part = str(args, 0);
            return part === '' ? 0 : self.split(part).length - 1;
        },
        startswith: (_rt, self, args) => self.startsWith(str(args, 0)),
        endswith: (_rt, self, args) => self.endsWith(str(args, 0)),
        startswithignorecase: (_rt, self, args) => self.toLowerCase().startsWith(str(args, 0).toLowerCase()),
        endswithignorecase: (_rt, self, args) => self.toLowerCase().endsWith(str(args, 0).toLowerCase()),
        equals: (_rt, self, args) => {
            const other = arg(args, 0);
            return (typeof other === 'string' || other instanceof IdValue) && self === String(other);
        },
        equalsignorecase: (_rt, self, args) => arg(args, 0) !== null && self.toLowerCase() === str(args, 0).toLowerCase(),
        compareto: (_rt, self, args) => {
            const other = str(args, 0);
            const length = Math.min(self.length, other.length);
            for (let index = 0; index < length; index++) {
                const difference = self.charCodeAt(index) - other.charCodeAt(index);
                if (difference) return difference;
            }
            return self.length - other.length;
        },
        hashcode: (_rt, self) => javaHashCode(self),
        indexof: (_rt, self, args) => self.indexOf(str(args, 0), args.length > 1 ? int(args, 1) : 0),
        indexofignorecase: (_rt, self, args) => self.toLowerCase().indexOf(str(args, 0).toLowerCase(), args.length > 1 ? int(args, 1) : 0),
        lastindexof: (_rt, self, args) => (args.length > 1 ? self.lastIndexOf(str(args, 0), int(args, 1)) : self.lastIndexOf(str(args, 0))),
        indexofchar: (_rt, self, args) => self.indexOf(String.fromCharCode(int(args, 0)), args.length > 1 ? int(args, 1) : 0),
        charat: (_rt, self, args) => {
            const index = int(args, 0);
            if (index < 0 || index >= self.length) throw new PlatformError('StringException', `Index out of bounds: ${index}`);
            return self.charCodeAt(index);
        },
        substring: (_rt, self, args) => (args.length > 1 ? substring(self, int(args, 0), int(args, 1)) : substring(self, int(args, 0))),
        left: (_rt, self, args) => self.slice(0, Math.max(0, int(args, 0))),
        right: (_rt, self, args) => {
            const count = Math.max(0, int(args, 0));
            return count >= self.length ? self : self.slice(self.length - count);
        },
        mid: (_rt, self, args) => {
            const start = Math.max(0, int(args, 0));
            return self.slice(start, start + Math.max(0, int(args, 1)));
        },
        substringbefore: (_rt, self, args) => {
            const separator = str(args, 0);
            const index = self.indexOf(separator);
            return index < 0 ? self : self.slice(0, index);
        },
        substringafter: (_rt, self, args) => {
            const separator = str(args, 0);
            const index = self.indexOf(separator);
            return index < 0 ? '' : self.slice(index + separator.length);
        },
        substringbeforelast: (_rt, self, args) => {
            const separator = str(args, 0);
            const index = self.lastIndexOf(separator);
            return index < 0 || separator === '' ? self : self.slice(0, index);
        },
        substringafterlast: (_rt, self, args) => {
            const separator = str(args, 0);
            const index = self.lastIndexOf(separator);
            return index < 0 || index === self.length - separator.length ? '' : self.slice(index + separator.length);
        },
        substringbetween: (_rt, self, args) => {
            const open = str(args, 0);
            const close = args.length > 1 ? str(args, 1) : open;
            const start = self.indexOf(open);
            if (start < 0) return null;
            const end = self.indexOf(close, start + open.length);
            return end < 0 ? null : self.slice(start + open.length, end);
        },
        remove: (_rt, self, args) => self.split(str(args, 0)).join(''),
        removestart: (_rt, self, args) => (self.startsWith(str(args, 0)) ? self.slice(str(args, 0).length) : self),
        removeend: (_rt, self, args) => (str(args, 0) !== '' && self.endsWith(str(args, 0)) ? self.slice(0, self.length - str(args, 0).length) : self),
        removestartignorecase: (_rt, self, args) => (self.toLowerCase().startsWith(str(args, 0).toLowerCase()) ? self.slice(str(args, 0).length) : self),
        removeendignorecase: (_rt, self, args) =>
            str(args, 0) !== '' && self.toLowerCase().endsWith(str(args, 0).toLowerCase()) ? self.slice(0, self.length - str(args, 0).length) : self,
        replace: (_rt, self, args) => self.split(str(args, 0)).join(str(args, 1)),
        replaceall: (_rt, self, args) => self.replace(compile(str(args, 0), 'g'), javaReplacement(str(args, 1))),
        replacefirst: (_rt, self, args) => self.replace(compile(str(args, 0)), javaReplacement(str(args, 1))),
        split: (_rt, self, args) => new ApexList(stringList(), javaSplit(self, str(args, 0), args.length > 1 ? int(args, 1) : 0)),
        repeat: (_rt, self, args) => {
            if (args.length === 2) return Array.from({ length: Math.max(0, int(args, 1)) }, () => self).join(str(args, 0));
            return self.repeat(Math.max(0, int(args, 0)));
        },
        reverse: (_rt, self) => [...self].reverse().join(''),
        capitalize: (_rt, self) => (self === '' ? self : self.charAt(0).toUpperCase() + self.slice(1)),
        uncapitalize: (_rt, self) => (self === '' ? self : self.charAt(0).toLowerCase() + self.slice(1)),
        swapcase: (_rt, self) => [...self].map((char) => (char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase())).join(''),
        leftpad: (_rt, self, args) => pad(self, int(args, 0), args.length > 1 ? str(args, 1) : ' ', true),
        rightpad: (_rt, self, args) => pad(self, int(args, 0), args.length > 1 ? str(args, 1) : ' ', false),
        abbreviate: (_rt, self, args) => {
            arity(args, [1], 'String.abbreviate');
            const width = int(args, 0);
            if (width < 4) throw new PlatformError('StringException', 'Minimum abbreviation width is 4');
            return self.length <= width ? self : `${self.slice(0, width - 3)}...`;
        },
        isnumeric: (_rt, self) => self !== '' && /^\p{Nd}+$/u.test(self),
        isnumericspace: (_rt, self) => /^[\p{Nd} ]*$/u.test(self),
        isalpha: (_rt, self) => self !== '' && /^\p{L}+$/u.test(self),
        isalphaspace: (_rt, self) => /^[\p{L} ]*$/u.test(self),
        isalphanumeric: (_rt, self) => self !== '' && /^[\p{L}\p{Nd}]+$/u.test(self),
        isalphanumericspace: (_rt, self) => /^[\p{L}\p{Nd} ]*$/u.test(self),
        isalllowercase: (_rt, self) => self !== '' && /^\p{Ll}+$/u.test(self),
        isalluppercase: (_rt, self) => self !== '' && /^\p{Lu}+$/u.test(self),
        iswhitespace: (_rt, self) => self !== '' && [...self].every(isJavaWhitespace),
        getlevenshteindistance: (_rt, self, args) => {
            const distance = levenshtein(self, str(args, 0));
            if (args.length > 1) return distance > int(args, 1) ? -1 : distance;
            return distance;
        },
        escapesinglequotes: (_rt, self) => self.replace(/'/g, "\\'"),
        tostring: (_rt, self) => self
    };
    natives.registerInstance<string>('String', methods);
}
