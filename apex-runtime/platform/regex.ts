// Apex regular expressions are Java's (Apex Reference "Pattern Class": "uses Java regular
// expression syntax"). The common subset is the same in JavaScript; embedded flags at the start
// ((?i), (?s), (?m)) become JavaScript flags, and what differs fails loudly instead of matching
// differently.
import { PlatformError, UnsupportedError } from '../evaluator/errors';

const cache = new Map<string, { source: string; flags: string }>();

/** Java's POSIX character classes are ASCII (java.util.regex.Pattern, "POSIX character classes (US-ASCII only)"). */
const POSIX: Record<string, string> = {
    Lower: 'a-z',
    Upper: 'A-Z',
    ASCII: '\\x00-\\x7F',
    Alpha: 'a-zA-Z',
    Digit: '0-9',
    Alnum: 'a-zA-Z0-9',
    Punct: '!-\\/:-@\\[-`{-~',
    Space: ' \\t\\n\\x0B\\f\\r',
    XDigit: '0-9a-fA-F'
};

/** Unicode general categories, which JavaScript matches with the u flag as Java does. */
const CATEGORIES = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'N', 'Nd', 'Nl', 'No', 'P', 'S', 'Z', 'Zs', 'C', 'Cc']);

/**
 * \p{...} classes for JavaScript's u flag: POSIX names become their ASCII ranges, Unicode
 * categories stay; identity escapes that u mode refuses (such as \- outside a class) become the
 * plain character.
 */
function unicodeClasses(source: string, pattern: string): string {
    let result = '';
    let inClass = false;
    for (let index = 0; index < source.length; index++) {
        const char = source.charAt(index);
        if (char === '\\') {
            const next = source.charAt(index + 1);
            if ((next === 'p' || next === 'P') && source.charAt(index + 2) === '{') {
                const close = source.indexOf('}', index);
                const name = source.slice(index + 3, close).replace(/^Is/, '');
                if (POSIX[name]) {
                    const range = POSIX[name] as string;
                    result += inClass ? (next === 'p' ? range : unsupportedIn(pattern)) : `[${next === 'P' ? '^' : ''}${range}]`;
                } else if (CATEGORIES.has(name)) {
                    result += `\\${next}{${name}}`;
                } else {
                    unsupportedIn(pattern);
                }
                index = close;
                continue;
            }
            const keep = /[dDsSwWbBnrtfv0-9^$\\.*+?()[\]{}|\/ux]/.test(next) || (inClass && next === '-');
            result += keep ? `\\${next}` : next;
            index += 1;
            continue;
        }
        if (char === '[') inClass = true;
        if (char === ']') inClass = false;
        result += char;
    }
    return result;
}

function unsupportedIn(pattern: string): never {
    throw new UnsupportedError(`unsupported: Java regular expression class in ${pattern}`);
}

export function javaRegex(pattern: string): { source: string; flags: string } {
    const cached = cache.get(pattern);
    if (cached) return cached;
    let source = pattern;
    let flags = '';
    const embedded = /^\(\?([imsux]+)\)/.exec(source);
    if (embedded) {
        source = source.slice(embedded[0].length);
        for (const flag of embedded[1] as string) {
            if (flag === 'i' || flag === 'm' || flag === 's') flags += flag;
            else if (flag !== 'u') throw new UnsupportedError(`unsupported: regular expression flag (?${flag})`);
        }
    }
    // Escaped characters cannot start a construct; \A, \Z, \z and \G are Java-only escapes.
    const plain = source
        .replace(/\\\\/g, '')
        .replace(/\\[pP]\{[^}]*\}/g, 'x')
        .replace(/\\(.)/g, (escape, char: string) => (/[AZzG]/.test(char) ? escape : 'x'));
    if (/\(\?[a-zA-Z]+[):-]/.test(plain) || /\\[AZzG]/.test(plain) || /[*+?}]\+/.test(plain) || /&&\[/.test(plain)) {
        throw new UnsupportedError(`unsupported: Java regular expression construct in ${pattern}`);
    }
    if (/\\[pP]\{/.test(source.replace(/\\\\/g, ''))) {
        source = unicodeClasses(source, pattern);
        flags += 'u';
    }
    try {
        new RegExp(source, flags);
    } catch (error) {
        throw new PlatformError('StringException', `Invalid regex: ${(error as Error).message}`);
    }
    const result = { source, flags };
    cache.set(pattern, result);
    return result;
}

const compiled = new Map<string, RegExp>();

/** A compiled pattern, shared per pattern and flags; lastIndex is reset for each use. */
export function compile(pattern: string, extraFlags = ''): RegExp {
    const key = `${extraFlags}\u0000${pattern}`;
    let regex = compiled.get(key);
    if (!regex) {
        const { source, flags } = javaRegex(pattern);
        regex = new RegExp(source, [...new Set(flags + extraFlags)].join(''));
        if (compiled.size > 500) compiled.clear();
        compiled.set(key, regex);
    }
    regex.lastIndex = 0;
    return regex;
}

/** Java's Matcher.replaceAll replacement syntax ($1, \$) to JavaScript's ($1, $$). */
export function javaReplacement(replacement: string): string {
    let result = '';
    for (let index = 0; index < replacement.length; index++) {
        const char = replacement.charAt(index);
        if (char === '\\' && index + 1 < replacement.length) {
            const next = replacement.charAt(++index);
            result += next === '$' ? '$$' : next;
        } else {
            result += char;
        }
    }
    return result;
}

/**
 * Java's String.split(regex, limit): no match gives the whole string; a zero-width match at the
 * start gives no leading empty string; with limit 0 trailing empty strings are removed.
 */
export function javaSplit(text: string, pattern: string, limit = 0): string[] {
    const regex = compile(pattern, 'g');
    const parts: string[] = [];
    let last = 0;
    let matched = false;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
        if (match[0].length === 0) {
            regex.lastIndex++;
            if (match.index === 0 || match.index >= text.length) continue;
        }
        if (limit > 0 && parts.length === limit - 1) break;
        matched = true;
        parts.push(text.slice(last, match.index));
        last = match.index + match[0].length;
    }
    if (!matched) return [text];
    parts.push(text.slice(last));
    if (limit === 0) while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    return parts;
}
