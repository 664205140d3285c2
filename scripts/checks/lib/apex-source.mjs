// Apex text with comments and string contents blanked out (same length, same line breaks), so that
// pattern searches never match inside a comment or a string. String literals are returned separately.
import { readFileSync } from 'node:fs';
import { lineLocator } from './project.mjs';

function blank(chars, start, end) {
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

/**
 * Returns { code, strings } where `code` keeps the quotes of each string literal but blanks its
 * contents, and `strings` lists { start, end, value } (start at the opening quote, end after the closing).
 */
export function maskApex(source) {
    const chars = source.split('');
    const strings = [];
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        const next = source[i + 1];
        if (c === '/' && next === '/') {
            const end = source.indexOf('\n', i);
            const stop = end < 0 ? source.length : end;
            blank(chars, i, stop);
            i = stop;
        } else if (c === '/' && next === '*') {
            const end = source.indexOf('*/', i + 2);
            const stop = end < 0 ? source.length : end + 2;
            blank(chars, i, stop);
            i = stop;
        } else if (c === "'") {
            let j = i + 1;
            let value = '';
            while (j < source.length && source[j] !== "'" && source[j] !== '\n') {
                if (source[j] === '\\' && j + 1 < source.length) {
                    value += source[j + 1];
                    j += 2;
                } else {
                    value += source[j];
                    j += 1;
                }
            }
            blank(chars, i + 1, j);
            strings.push({ start: i, end: j + 1, value });
            i = j + 1;
        } else {
            i++;
        }
    }
    return { code: chars.join(''), strings };
}

/** Reads an Apex file: { source, code, strings, lines, lineAt }. */
export function readApex(abs) {
    const source = readFileSync(abs, 'utf8');
    const { code, strings } = maskApex(source);
    return { source, code, strings, lines: source.split('\n'), lineAt: lineLocator(source) };
}

/** Index of the bracket closing the one at `open` (one of ( [ {), or -1. Works on masked code. */
export function matchingBracket(code, open) {
    const pairs = { '(': ')', '[': ']', '{': '}' };
    const stack = [];
    for (let i = open; i < code.length; i++) {
        const c = code[i];
        if (pairs[c]) stack.push(pairs[c]);
        else if (c === ')' || c === ']' || c === '}') {
            if (stack.pop() !== c) return -1;
            if (stack.length === 0) return i;
        }
    }
    return -1;
}

/** Offset where the statement containing `offset` begins (after the previous ; { or }). */
export function statementStart(code, offset) {
    let i = offset - 1;
    while (i >= 0 && !';{}'.includes(code[i])) i--;
    i++;
    while (i < offset && /\s/.test(code[i])) i++;
    return i;
}

const SECURITY_COMMENT = /\/\/\s*SECURITY:\s*\S/;

/**
 * True when the comment lines directly above `line` (1-based) include a `// SECURITY: <reason>` line.
 * Only an unbroken run of `//` comment lines counts, so a justification cannot drift away from its code.
 */
export function isJustifiedAbove(lines, line) {
    for (let index = line - 2; index >= 0; index--) {
        const trimmed = lines[index].trim();
        if (!trimmed.startsWith('//')) return false;
        if (SECURITY_COMMENT.test(trimmed)) return true;
    }
    return false;
}
