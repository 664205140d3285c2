// The three outcomes a doctor check reports, one line each: `ok|warn|fail <check>: <what> — <how to fix>`.
export const ok = (what) => ({ status: 'ok', what });
export const warn = (what, fix) => ({ status: 'warn', what, fix });
export const fail = (what, fix) => ({ status: 'fail', what, fix });

export function formatOutcome(check, { status, what, fix }) {
    return `${status} ${check}: ${what}${fix ? ` — ${fix}` : ''}`;
}

/** "a", "a and b", "a, b and c". */
export function listOf(items) {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const quoted = (items) => items.map((item) => `"${item}"`);
