// DML in one Apex file (masked by apex-source.mjs): DML statements and Database.* DML calls, each with
// the access mode it runs in ('user', 'system' when written explicitly, undefined when not written).
import { matchingBracket } from './apex-source.mjs';

const DML_STATEMENT = /\b(insert|update|upsert|delete|undelete|merge)\b/gi;
const DATABASE_DML =
    /\bDatabase\s*\.\s*((?:insert|update|upsert|delete|undelete|merge)(?:Async|Immediate)?|convertLead)\s*\(/gi;

function startsStatement(code, offset) {
    let i = offset - 1;
    while (i >= 0 && /\s/.test(code[i])) i--;
    if (i < 0 || ';{})'.includes(code[i])) return true;
    const word = /(\w+)$/.exec(code.slice(Math.max(0, i - 10), i + 1));
    return Boolean(word && ['else', 'do'].includes(word[1].toLowerCase()));
}

/** DML statements: [{ offset, keyword, mode }]. */
export function dmlStatements(code) {
    const statements = [];
    let match;
    DML_STATEMENT.lastIndex = 0;
    while ((match = DML_STATEMENT.exec(code))) {
        if (!startsStatement(code, match.index)) continue;
        const after = code.slice(match.index + match[0].length);
        if (/^\s*[=.([]/.test(after)) continue;
        const mode = /^\s+as\s+(user|system)\b/i.exec(after);
        statements.push({
            offset: match.index,
            keyword: match[1].toLowerCase(),
            mode: mode ? mode[1].toLowerCase() : undefined
        });
    }
    return statements;
}

/** Database DML calls: [{ offset, method, mode }]. */
export function databaseDmlCalls(code) {
    const calls = [];
    let match;
    DATABASE_DML.lastIndex = 0;
    while ((match = DATABASE_DML.exec(code))) {
        const open = match.index + match[0].length - 1;
        const close = matchingBracket(code, open);
        const args = code.slice(open, close < 0 ? code.length : close);
        const mode = /AccessLevel\s*\.\s*(USER_MODE|SYSTEM_MODE)/i.exec(args);
        calls.push({
            offset: match.index,
            method: `Database.${match[1]}`,
            mode: mode ? (mode[1].toUpperCase() === 'USER_MODE' ? 'user' : 'system') : undefined
        });
    }
    return calls;
}
