// The checked-in list of test methods not yet passing (apex-runtime/expected-failures.txt):
// one `Class.method: reason` per line, `#` for comments. A listed method that fails is an expected
// failure; a listed method that passes, or one that does not exist, fails the run, so the list
// only shrinks.
import { existsSync, readFileSync, writeFileSync } from 'fs';

export interface ExpectedFailure {
    test: string;
    reason: string;
    line: number;
}

export class ExpectedFailureError extends Error {}

export function readExpectedFailures(file: string): Map<string, ExpectedFailure> {
    const entries = new Map<string, ExpectedFailure>();
    if (!existsSync(file)) return entries;
    readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .forEach((raw, index) => {
            const text = raw.trim();
            if (!text || text.startsWith('#')) return;
            const match = /^([A-Za-z_][\w]*\.[A-Za-z_][\w]*):\s*(\S.*)$/.exec(text);
            if (!match) throw new ExpectedFailureError(`${file}:${index + 1}: expected "Class.method: reason", got "${text}"`);
            const key = (match[1] as string).toLowerCase();
            if (entries.has(key)) throw new ExpectedFailureError(`${file}:${index + 1}: ${match[1]} is listed twice`);
            entries.set(key, { test: match[1] as string, reason: match[2] as string, line: index + 1 });
        });
    return entries;
}

/** Removes the listed methods that passed or do not exist (`drop`: lower-case `Class.method`); returns how many. */
export function pruneExpectedFailures(file: string, drop: ReadonlySet<string>): number {
    if (!existsSync(file) || !drop.size) return 0;
    let removed = 0;
    const kept = readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .filter((raw) => {
            const match = /^\s*([A-Za-z_][\w]*\.[A-Za-z_][\w]*):/.exec(raw);
            if (match && drop.has((match[1] as string).toLowerCase())) {
                removed += 1;
                return false;
            }
            return true;
        });
    writeFileSync(file, kept.join('\n'));
    return removed;
}
