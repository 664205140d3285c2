// Every query in Apex names only objects, fields, relationships and child relationships that exist
// (objects/ metadata or the standard allow-list), runs in user mode, and is static: a query built from
// a string is not allowed. apex-ls does not look inside SOQL, so this is the only field check for queries.
// Test classes (@IsTest) are exempt from the user-mode and static-query rules (they never see user
// input and read their own fixtures back); their fields are still checked. A test must not read package
// fields in user mode as the running admin: a metadata deploy without profiles grants no field-level
// security on new fields (forcedotcom/cli#1876) and a check-only deploy assigns no permission set, so such
// a read fails in a fresh org. It reads them back in system mode, or inside System.runAs of a test user.
import { readApex, isJustifiedAbove, matchingBracket, statementStart } from './lib/apex-source.mjs';
import { findClasses, topLevelClassAt } from './lib/apex-structure.mjs';
import { staticQueries, stringQueryCalls } from './lib/apex-queries.mjs';
import { parseSoql, soslReturning, soslWithMode } from './lib/soql.mjs';
import { soqlProblems } from './lib/soql-references.mjs';
import { schemaOf } from './lib/schema.mjs';
import { loadProjectFiles, isApexFile } from './lib/project.mjs';
import { sortFindings } from './lib/findings.mjs';
import { runIfMain } from './lib/cli.mjs';

const USER_MODE_MESSAGE = 'add WITH USER_MODE, or justify system mode with a // SECURITY: comment on the line above';
const ADMIN_USER_MODE_MESSAGE =
    'reads package fields in user mode as the running admin, who has no access to them in a fresh org or a check-only deploy: read them back with PlaybookTestFactory.readAsSystem, recordAsSystem or countAsSystem, or inside System.runAs of a user with the permission set';

/** The bodies of System.runAs(...) { ... } blocks: [[start, end]] offsets. */
function runAsBlocks(code) {
    const blocks = [];
    const pattern = /\bSystem\s*\.\s*runAs\s*\(/gi;
    let match;
    while ((match = pattern.exec(code))) {
        const closeParen = matchingBracket(code, match.index + match[0].length - 1);
        if (closeParen < 0) continue;
        const brace = /^\s*\{/.exec(code.slice(closeParen + 1));
        if (!brace) continue;
        const open = closeParen + brace[0].length;
        const close = matchingBracket(code, open);
        if (close > open) blocks.push([open, close]);
    }
    return blocks;
}

/** A test's query that reads package fields in user mode outside System.runAs, i.e. as the running admin. */
function readsPackageFieldsAsAdmin(text, userMode, offset, inTestClass, blocks) {
    return (
        userMode &&
        inTestClass(offset) &&
        /__[cr]\b/i.test(text) &&
        !blocks.some(([start, end]) => offset > start && offset < end)
    );
}

function isJustified(apex, offset) {
    const queryLine = apex.lineAt(offset);
    const statementLine = apex.lineAt(statementStart(apex.code, offset));
    return isJustifiedAbove(apex.lines, queryLine) || isJustifiedAbove(apex.lines, statementLine);
}

function checkStaticQueries(file, apex, schema, inTestClass) {
    const findings = [];
    const blocks = runAsBlocks(apex.code);
    for (const query of staticQueries(apex.code)) {
        const line = apex.lineAt(query.offset);
        if (query.isSosl) {
            for (const returning of soslReturning(query.text)) {
                for (const problem of soqlProblems(returning, schema)) {
                    findings.push({
                        file: file.rel,
                        line: apex.lineAt(query.offset + problem.offset),
                        message: `SOSL ${problem.message}`
                    });
                }
            }
            if (
                soslWithMode(query.text) !== 'USER_MODE' &&
                !inTestClass(query.offset) &&
                !isJustified(apex, query.offset)
            ) {
                findings.push({
                    file: file.rel,
                    line,
                    message: `SOSL search runs in system mode: ${USER_MODE_MESSAGE}`
                });
            }
            continue;
        }
        const parsed = parseSoql(query.text);
        if (!parsed) continue;
        for (const problem of soqlProblems(parsed, schema)) {
            findings.push({
                file: file.rel,
                line: apex.lineAt(query.offset + problem.offset),
                message: `SOQL ${problem.message}`
            });
        }
        const mode = parsed.withClause?.mode;
        if (readsPackageFieldsAsAdmin(query.text, mode === 'USER_MODE', query.offset, inTestClass, blocks)) {
            findings.push({ file: file.rel, line, message: `SOQL query on ${parsed.from?.name} ${ADMIN_USER_MODE_MESSAGE}` });
        }
        if (mode !== 'USER_MODE' && !inTestClass(query.offset) && !isJustified(apex, query.offset)) {
            const current = mode ? `WITH ${mode}` : 'no WITH clause';
            findings.push({
                file: file.rel,
                line,
                message: `SOQL query on ${parsed.from?.name ?? 'an object'} has ${current}: ${USER_MODE_MESSAGE}`
            });
        }
    }
    return findings;
}

function checkStringQueries(file, apex, schema, inTestClass) {
    const findings = [];
    const blocks = runAsBlocks(apex.code);
    for (const call of stringQueryCalls(apex.code, apex.strings)) {
        const line = apex.lineAt(call.offset);
        if (call.staticQuery) continue;
        if (!call.literal) {
            if (inTestClass(call.offset)) continue;
            findings.push({
                file: file.rel,
                line,
                message: `${call.method} runs a query built from a string: no SOQL built from strings; write a static [SELECT ...] query with bind variables`
            });
            continue;
        }
        const parsed = parseSoql(call.literal.value);
        if (!parsed) continue;
        for (const problem of soqlProblems(parsed, schema)) {
            findings.push({ file: file.rel, line, message: `SOQL ${problem.message}` });
        }
        const userMode = parsed.withClause?.mode === 'USER_MODE' || /AccessLevel\s*\.\s*USER_MODE/i.test(call.rest);
        if (readsPackageFieldsAsAdmin(call.literal.value, userMode, call.offset, inTestClass, blocks)) {
            findings.push({ file: file.rel, line, message: `${call.method} ${ADMIN_USER_MODE_MESSAGE}` });
        }
        if (!userMode && !inTestClass(call.offset) && !isJustified(apex, call.offset)) {
            findings.push({
                file: file.rel,
                line,
                message: `${call.method} runs in system mode: pass AccessLevel.USER_MODE or ${USER_MODE_MESSAGE}`
            });
        }
    }
    return findings;
}

export async function check({ root }) {
    const { files, findings } = loadProjectFiles(root);
    if (findings.length) return findings;
    const schema = schemaOf(files);
    for (const file of files.filter(isApexFile)) {
        const apex = readApex(file.abs);
        const classes = findClasses(apex.code);
        const inTestClass = (offset) => Boolean(topLevelClassAt(classes, offset)?.isTest);
        findings.push(
            ...checkStaticQueries(file, apex, schema, inTestClass),
            ...checkStringQueries(file, apex, schema, inTestClass)
        );
    }
    return sortFindings(findings);
}

await runIfMain(import.meta.url, check);
