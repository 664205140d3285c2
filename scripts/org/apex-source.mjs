// Reads what the org scripts need to know about Apex source without parsing Apex:
// whether a class is a test class, and whether it has executable lines at all.

export function stripComments(source) {
    // Drops /* */ and // comments while keeping string literals, so "@IsTest" in a comment or a string does not count.
    let result = '';
    for (let i = 0; i < source.length; ) {
        const two = source.slice(i, i + 2);
        if (source[i] === "'") {
            let j = i + 1;
            while (j < source.length && source[j] !== "'") j += source[j] === '\\' ? 2 : 1;
            result += ' '.repeat(j + 1 - i);
            i = j + 1;
        } else if (two === '/*') {
            const end = source.indexOf('*/', i + 2);
            const stop = end === -1 ? source.length : end + 2;
            result += source.slice(i, stop).replace(/[^\n]/g, ' ');
            i = stop;
        } else if (two === '//') {
            const end = source.indexOf('\n', i);
            const stop = end === -1 ? source.length : end;
            result += ' '.repeat(stop - i);
            i = stop;
        } else {
            result += source[i];
            i += 1;
        }
    }
    return result;
}

export function isTestClass(source) {
    return /@isTest\b/i.test(stripComments(source));
}

/** A test class with test methods; an @IsTest data factory has none and is not run. */
export function hasTestMethods(source) {
    const code = stripComments(source);
    return (code.match(/@isTest\b/gi) ?? []).length >= 2 || /\btestMethod\b/i.test(code);
}

const DECLARATION =
    /^\s*(?:@\w+(?:\s*\([^)]*\))?\s*)*(?:(?:public|global|private|virtual|abstract|with|without|inherited|sharing)\s+)*(class|interface|enum)\s+\w+/i;

/** Interfaces and enums have no executable lines, so the org never records coverage for them. */
export function hasExecutableCode(source) {
    const match = DECLARATION.exec(stripComments(source));
    return !match || match[1].toLowerCase() === 'class';
}
