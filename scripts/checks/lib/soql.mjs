// A SOQL reader: enough of the grammar to find every field path, relationship path, child
// relationship subquery, semi-join and WITH clause of a query, each with its character offset.
// Bind expressions (`:name`, `:record.Id`, `:Date.today().addDays(-7)`) are skipped as whole values.

const KEYWORDS = new Set(
    (
        'SELECT FROM WHERE AND OR NOT IN LIKE INCLUDES EXCLUDES WITH GROUP BY ORDER ASC DESC NULLS FIRST LAST LIMIT ' +
        'OFFSET FOR VIEW REFERENCE UPDATE ALL ROWS TRUE FALSE NULL HAVING USING SCOPE TYPEOF WHEN THEN ELSE END ' +
        'ROLLUP CUBE USER_MODE SYSTEM_MODE SECURITY_ENFORCED DATA CATEGORY AT ABOVE BELOW ABOVE_OR_BELOW TRACKING ' +
        'VIEWSTAT STANDARD CUSTOM'
    ).split(' ')
);
const CLAUSES = new Set([
    'WHERE',
    'WITH',
    'GROUP',
    'ORDER',
    'LIMIT',
    'OFFSET',
    'FOR',
    'ALL',
    'USING',
    'HAVING',
    'UPDATE'
]);
const DATE_LITERAL = /^(TODAY|YESTERDAY|TOMORROW|(LAST|NEXT|THIS)_\w+|N_\w+_AGO)$/;

/** Tokens: { type: 'ident'|'string'|'number'|'bind'|'punct', value, offset }. */
export function tokenizeSoql(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
        } else if (c === "'") {
            let j = i + 1;
            while (j < text.length && text[j] !== "'") j += text[j] === '\\' ? 2 : 1;
            tokens.push({ type: 'string', value: text.slice(i, j + 1), offset: i });
            i = j + 1;
        } else if (c === ':') {
            const start = i;
            i++;
            while (/\s/.test(text[i])) i++;
            if (text[i] === '(') i = skipBalanced(text, i);
            for (;;) {
                const wordStart = i;
                while (i < text.length && /[\w.?]/.test(text[i])) i++;
                if (/^new$/i.test(text.slice(wordStart, i))) {
                    while (/\s/.test(text[i])) i++;
                } else if (text[i] === '<') {
                    i = skipBalanced(text, i);
                } else if (text[i] === '(' || text[i] === '[') {
                    i = skipBalanced(text, i);
                } else {
                    break;
                }
            }
            tokens.push({ type: 'bind', value: text.slice(start, i), offset: start });
        } else if (/\d/.test(c) || (c === '-' && /\d/.test(text[i + 1] ?? ''))) {
            const match = /^-?\d[\w.:+-]*/.exec(text.slice(i));
            tokens.push({ type: 'number', value: match[0], offset: i });
            i += match[0].length;
        } else if (/[A-Za-z_]/.test(c)) {
            const match = /^[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*/.exec(text.slice(i));
            tokens.push({ type: 'ident', value: match[0].replace(/\s+/g, ''), offset: i });
            i += match[0].length;
        } else {
            const match = /^(!=|<>|<=|>=|[=<>(),*])/.exec(text.slice(i));
            const value = match ? match[0] : c;
            tokens.push({ type: 'punct', value, offset: i });
            i += value.length;
        }
    }
    return tokens;
}

function skipBalanced(text, i) {
    const open = text[i];
    const close = { '(': ')', '[': ']', '<': '>' }[open];
    let depth = 0;
    for (; i < text.length; i++) {
        if (text[i] === "'") {
            i++;
            while (i < text.length && text[i] !== "'") i += text[i] === '\\' ? 2 : 1;
        } else if (text[i] === open) depth++;
        else if (text[i] === close) {
            depth--;
            if (depth === 0) return i + 1;
        }
    }
    return i;
}

const upper = (token) => (token && token.type === 'ident' ? token.value.toUpperCase() : undefined);
const isPunct = (token, value) => token && token.type === 'punct' && token.value === value;

function isFieldToken(tokens, i) {
    const token = tokens[i];
    if (!token || token.type !== 'ident') return false;
    const word = token.value.toUpperCase();
    if (KEYWORDS.has(word) || DATE_LITERAL.test(word)) return false;
    return !isPunct(tokens[i + 1], '(');
}

function closingParen(tokens, i) {
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
        if (isPunct(tokens[j], '(')) depth++;
        else if (isPunct(tokens[j], ')')) {
            depth--;
            if (depth === 0) return j;
        }
    }
    return tokens.length;
}

/**
 * Parses the query starting at tokens[start] (a SELECT) and ending before `end`.
 * Returns { from, alias, fields, subqueries, semiJoins, withClause } where
 * from = { name, offset }, fields = [{ path, offset, clause }], subqueries/semiJoins are queries.
 */
function parseQuery(tokens, start, end) {
    const query = {
        from: undefined,
        alias: undefined,
        fields: [],
        subqueries: [],
        semiJoins: [],
        withClause: undefined,
        offset: tokens[start]?.offset ?? 0
    };
    let i = start + 1;
    let clause = 'SELECT';
    let expectAlias = false;
    while (i < end) {
        const token = tokens[i];
        const word = upper(token);
        if (isPunct(token, '(') && upper(tokens[i + 1]) === 'SELECT') {
            const close = closingParen(tokens, i);
            const inner = parseQuery(tokens, i + 1, close);
            (clause === 'SELECT' ? query.subqueries : query.semiJoins).push(inner);
            i = close + 1;
            expectAlias = false;
            continue;
        }
        if (clause === 'SELECT' && word === 'TYPEOF') {
            while (i < end && upper(tokens[i]) !== 'END') i++;
            i++;
            continue;
        }
        if (word === 'FROM' && clause === 'SELECT') {
            clause = 'FROM';
            const object = tokens[i + 1];
            if (object && object.type === 'ident') query.from = { name: object.value, offset: object.offset };
            i += 2;
            const alias = tokens[i];
            if (alias && alias.type === 'ident' && !CLAUSES.has(alias.value.toUpperCase())) {
                query.alias = alias.value;
                i++;
            }
            continue;
        }
        if (word && CLAUSES.has(word) && clause !== 'SELECT') {
            clause = word === 'GROUP' || word === 'ORDER' ? `${word} BY` : word;
            if (word === 'WITH') {
                const next = upper(tokens[i + 1]);
                if (next) query.withClause = { mode: next, offset: tokens[i + 1].offset };
                i += 2;
                continue;
            }
            i += word === 'GROUP' || word === 'ORDER' ? 2 : 1;
            continue;
        }
        if (clause === 'SELECT' && isPunct(token, ',')) {
            expectAlias = false;
            i++;
            continue;
        }
        if (['SELECT', 'WHERE', 'GROUP BY', 'ORDER BY', 'HAVING'].includes(clause) && isFieldToken(tokens, i)) {
            if (clause === 'SELECT' && expectAlias) {
                expectAlias = false;
            } else {
                query.fields.push({ path: token.value, offset: token.offset, clause });
                expectAlias = clause === 'SELECT';
            }
            i++;
            continue;
        }
        if (clause === 'SELECT' && isPunct(token, ')')) expectAlias = true;
        i++;
    }
    return query;
}

/** Parses a SOQL statement (text between the brackets, or a query string). Returns a query or undefined. */
export function parseSoql(text) {
    const tokens = tokenizeSoql(text);
    const start = tokens.findIndex((token) => upper(token) === 'SELECT');
    if (start < 0) return undefined;
    return parseQuery(tokens, start, tokens.length);
}

/**
 * The objects of a SOSL search's RETURNING clause, each read as the query it amounts to:
 * `Contact(Id, Account.Name WHERE ... ORDER BY Name LIMIT :n)` as `SELECT Id, Account.Name FROM Contact WHERE ...
 * ORDER BY Name LIMIT :n`, its field list under the clause name RETURNING. Offsets are in `text`.
 */
export function soslReturning(text) {
    const tokens = tokenizeSoql(text);
    const start = tokens.findIndex((token) => upper(token) === 'RETURNING');
    if (start < 0) return [];
    const queries = [];
    let i = start + 1;
    while (tokens[i]?.type === 'ident') {
        const object = tokens[i];
        const listed = isPunct(tokens[i + 1], '(');
        const close = listed ? closingParen(tokens, i + 1) : i + 1;
        const inner = listed ? tokens.slice(i + 2, close) : [];
        const clauseAt = inner.findIndex((token) => CLAUSES.has(upper(token)));
        const fields = clauseAt < 0 ? inner : inner.slice(0, clauseAt);
        const rest = clauseAt < 0 ? [] : inner.slice(clauseAt);
        const select = { type: 'ident', value: 'SELECT', offset: object.offset };
        const from = { type: 'ident', value: 'FROM', offset: object.offset };
        const synthesized = [select, ...fields, from, object, ...rest];
        const query = parseQuery(synthesized, 0, synthesized.length);
        for (const field of query.fields) if (field.clause === 'SELECT') field.clause = 'RETURNING';
        queries.push(query);
        i = listed ? close + 1 : i + 1;
        if (!isPunct(tokens[i], ',')) break;
        i++;
    }
    return queries;
}

/** True when `text` is SOSL (a bracketed FIND). */
export function isSosl(text) {
    return /^\s*FIND\b/i.test(text);
}

/** The WITH mode of a SOSL search (USER_MODE, SYSTEM_MODE ...), if any. */
export function soslWithMode(text) {
    const match = /\bWITH\s+(USER_MODE|SYSTEM_MODE|SECURITY_ENFORCED)\b/i.exec(
        text.replace(/'(?:[^'\\]|\\.)*'/g, "''")
    );
    return match ? match[1].toUpperCase() : undefined;
}
