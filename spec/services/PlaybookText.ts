// PlaybookText: how both twins trim and test typed text, mirroring the Apex class of the same name. JavaScript's
// trim() removes every Unicode space, Apex's String.trim() only characters up to U+0020, and String.isBlank reads
// Java's whitespace (a no-break space is not blank): each twin would call other text blank and store other text.
// Both therefore strip one explicit set of characters at both ends: the ASCII control characters and space
// (U+0000-U+0020, what Apex's trim removes) and the Unicode space separators, line and paragraph separators and the
// byte order mark (what JavaScript's trim removes besides those). Text is blank when nothing is left: a subject of
// no-break spaces pasted from an email is refused, and "Roof leak\u00a0" is stored as "Roof leak".

function isSpace(code: number): boolean {
    return (
        code <= 0x20 ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff
    );
}

/** The text without the spaces above at either end. */
export function strip(text: string): string {
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    return text.slice(start, end);
}

/** Null, undefined, or text of nothing but the spaces above (as Apex's PlaybookText.isBlank of a String). */
export function isBlank(value: unknown): boolean {
    return value === null || value === undefined || (typeof value === 'string' && strip(value) === '');
}
