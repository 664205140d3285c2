// Finds the queries in one Apex file (masked by apex-source.mjs): static [SELECT ...] / [FIND ...]
// queries, and calls that run a query given as a string (Database.query and relatives, and the test
// factory's system-mode reads for assertions: PlaybookTestFactory.readAsSystem, recordAsSystem, countAsSystem).
import { matchingBracket } from './apex-source.mjs';

/** Static queries: [{ offset (of the text after '['), text, isSosl }]. */
export function staticQueries(code) {
    const queries = [];
    const pattern = /\[\s*(SELECT|FIND)\b/gi;
    let match;
    while ((match = pattern.exec(code))) {
        const close = matchingBracket(code, match.index);
        if (close < 0) continue;
        queries.push({
            offset: match.index + 1,
            text: code.slice(match.index + 1, close),
            isSosl: match[1].toUpperCase() === 'FIND'
        });
        pattern.lastIndex = match.index + 1;
    }
    return queries;
}

const STRING_QUERY_CALL =
    /\b(Database\s*\.\s*(?:query|countQuery|queryWithBinds|countQueryWithBinds|getQueryLocator|getQueryLocatorWithBinds|getCursor|getCursorWithBinds)|Search\s*\.\s*(?:query|find)|PlaybookTestFactory\s*\.\s*(?:readAsSystem|recordAsSystem|countAsSystem))\s*\(/gi;

function splitTopLevelArguments(code, open, close) {
    const args = [];
    let depth = 0;
    let start = open + 1;
    for (let i = open + 1; i < close; i++) {
        const c = code[i];
        if ('([{'.includes(c)) depth++;
        else if (')]}'.includes(c)) depth--;
        else if (c === ',' && depth === 0) {
            args.push({ start, end: i });
            start = i + 1;
        }
    }
    args.push({ start, end: close });
    return args.map(({ start: s, end: e }) => {
        let from = s;
        let to = e;
        while (from < to && /\s/.test(code[from])) from++;
        while (to > from && /\s/.test(code[to - 1])) to--;
        return { start: from, end: to, text: code.slice(from, to) };
    });
}

/**
 * Calls that run a query held in a string: [{ offset, method, literal, rest }].
 * `literal` is the string literal (from `strings`) when the first argument is exactly one literal,
 * `staticQuery` is true when the first argument is a bracketed static query, `rest` is the text of the
 * remaining arguments.
 */
export function stringQueryCalls(code, strings) {
    const calls = [];
    let match;
    STRING_QUERY_CALL.lastIndex = 0;
    while ((match = STRING_QUERY_CALL.exec(code))) {
        const open = match.index + match[0].length - 1;
        const close = matchingBracket(code, open);
        if (close < 0) continue;
        const [first, ...others] = splitTopLevelArguments(code, open, close);
        const literal = strings.find((string) => string.start === first.start && string.end === first.end);
        calls.push({
            offset: match.index,
            method: match[1].replace(/\s+/g, ''),
            literal,
            staticQuery: first.text.startsWith('['),
            rest: others.map((arg) => arg.text).join(',')
        });
    }
    return calls;
}
