// Our own Apex security rules (the ones PMD does not state the way we need them):
//  - a class with an @AuraEnabled method is declared `with sharing`;
//  - a `without sharing` class carries a `// SECURITY:` reason on the line above;
//  - every DML statement runs `as user` and every Database DML call passes AccessLevel.USER_MODE,
//    unless the line above carries `// SECURITY:` with a reason.
// Test classes (@IsTest) are exempt from the DML rule: their setup data is not a user action.
import { readApex, isJustifiedAbove, statementStart } from './lib/apex-source.mjs';
import { findClasses, classAt, topLevelClassAt, auraEnabledMembers } from './lib/apex-structure.mjs';
import { dmlStatements, databaseDmlCalls } from './lib/apex-dml.mjs';
import { loadProjectFiles, isApexFile } from './lib/project.mjs';
import { sortFindings } from './lib/findings.mjs';
import { runIfMain } from './lib/cli.mjs';

const JUSTIFY = 'or justify system mode with a // SECURITY: comment on the line above';

function justified(apex, offset) {
    return (
        isJustifiedAbove(apex.lines, apex.lineAt(offset)) ||
        isJustifiedAbove(apex.lines, apex.lineAt(statementStart(apex.code, offset)))
    );
}

function sharingFindings(file, apex, classes) {
    const findings = [];
    const auraMethodsByClass = new Map();
    for (const member of auraEnabledMembers(apex.code).filter((m) => m.isMethod)) {
        const owner = classAt(classes, member.offset);
        if (!owner) continue;
        if (!auraMethodsByClass.has(owner)) auraMethodsByClass.set(owner, []);
        auraMethodsByClass.get(owner).push(member.name);
    }
    for (const [cls, methods] of auraMethodsByClass) {
        if (cls.sharing === 'with') continue;
        const declared = cls.sharing ? `is declared '${cls.sharing} sharing'` : 'declares no sharing';
        findings.push({
            file: file.rel,
            line: apex.lineAt(cls.keywordOffset),
            message: `class ${cls.name} has @AuraEnabled method(s) ${methods.join(', ')} but ${declared}: declare it 'with sharing' (move system-mode work to a justified service)`
        });
    }
    for (const cls of classes.filter((c) => c.sharing === 'without')) {
        if (justified(apex, cls.declStart) || isJustifiedAbove(apex.lines, apex.lineAt(cls.keywordOffset))) continue;
        findings.push({
            file: file.rel,
            line: apex.lineAt(cls.keywordOffset),
            message: `class ${cls.name} is declared 'without sharing': use 'with sharing' or 'inherited sharing', ${JUSTIFY}`
        });
    }
    return findings;
}

function dmlFindings(file, apex, classes) {
    const findings = [];
    const inTest = (offset) => Boolean(topLevelClassAt(classes, offset)?.isTest);
    for (const statement of dmlStatements(apex.code)) {
        if (statement.mode === 'user' || inTest(statement.offset) || justified(apex, statement.offset)) continue;
        const how =
            statement.mode === 'system'
                ? `'${statement.keyword} as system'`
                : `'${statement.keyword}' without 'as user'`;
        findings.push({
            file: file.rel,
            line: apex.lineAt(statement.offset),
            message: `${how} runs in system mode: write '${statement.keyword} as user ...', ${JUSTIFY}`
        });
    }
    for (const call of databaseDmlCalls(apex.code)) {
        if (call.mode === 'user' || inTest(call.offset) || justified(apex, call.offset)) continue;
        const how = call.mode === 'system' ? 'passes AccessLevel.SYSTEM_MODE' : 'passes no AccessLevel';
        findings.push({
            file: file.rel,
            line: apex.lineAt(call.offset),
            message: `${call.method} ${how} and runs in system mode: pass AccessLevel.USER_MODE, ${JUSTIFY}`
        });
    }
    return findings;
}

export async function check({ root }) {
    const { files, findings } = loadProjectFiles(root);
    if (findings.length) return findings;
    for (const file of files.filter(isApexFile)) {
        const apex = readApex(file.abs);
        const classes = findClasses(apex.code);
        findings.push(...sharingFindings(file, apex, classes), ...dmlFindings(file, apex, classes));
    }
    return sortFindings(findings);
}

await runIfMain(import.meta.url, check);
