// Fails when a TypeScript controller (spec/controllers/*.ts) and the Apex controllers disagree on the
// method list: a public method of an exported TypeScript *Controller class without an @AuraEnabled
// method of the same class and name in Apex, or an @AuraEnabled Apex method without its TypeScript
// counterpart.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ts from 'typescript';
import { readApex } from './lib/apex-source.mjs';
import { auraEnabledMembers, classAt, findClasses } from './lib/apex-structure.mjs';
import { runIfMain } from './lib/cli.mjs';
import { packageDirectories, toRelative } from './lib/project.mjs';

export const TS_CONTROLLERS_FOLDER = 'spec/controllers';

function filesIn(folder, suffix) {
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
        .filter((name) => name.endsWith(suffix))
        .sort()
        .map((name) => join(folder, name));
}

function hasModifier(node, kind) {
    return (ts.getModifiers?.(node) ?? node.modifiers ?? []).some((modifier) => modifier.kind === kind);
}

/** [{ className, methodName, file, line }] for the public instance methods of exported *Controller classes. */
export function typeScriptMethods(root) {
    const methods = [];
    for (const abs of filesIn(join(root, TS_CONTROLLERS_FOLDER), '.ts')) {
        if (abs.endsWith('.d.ts') || abs.endsWith('.test.ts')) continue;
        const source = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true);
        for (const statement of source.statements) {
            if (!ts.isClassDeclaration(statement) || !statement.name || !hasModifier(statement, ts.SyntaxKind.ExportKeyword)) continue;
            const className = statement.name.text;
            if (!className.endsWith('Controller')) continue;
            for (const member of statement.members) {
                if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
                const hidden = [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.StaticKeyword];
                if (hidden.some((kind) => hasModifier(member, kind))) continue;
                const { line } = source.getLineAndCharacterOfPosition(member.name.getStart(source));
                methods.push({ className, methodName: member.name.text, file: toRelative(root, abs), line: line + 1 });
            }
        }
    }
    return methods;
}

/** [{ className, methodName, file, line }] for the @AuraEnabled methods of top-level Apex classes. */
export function apexMethods(root) {
    const methods = [];
    for (const directory of packageDirectories(root)) {
        for (const abs of filesIn(join(directory.abs, 'default', 'classes'), '.cls')) {
            const apex = readApex(abs);
            const classes = findClasses(apex.code);
            const topLevel = classes.find((cls) => !cls.outer);
            if (!topLevel || topLevel.isTest) continue;
            for (const member of auraEnabledMembers(apex.code)) {
                if (!member.isMethod || classAt(classes, member.offset) !== topLevel) continue;
                methods.push({
                    className: basename(abs, '.cls'),
                    methodName: member.name,
                    file: toRelative(root, abs),
                    line: apex.lineAt(member.offset)
                });
            }
        }
    }
    return methods;
}

const keyOf = (method) => `${method.className}.${method.methodName}`.toLowerCase();

export async function check({ root }) {
    const typescript = typeScriptMethods(root);
    const apex = apexMethods(root);
    const apexKeys = new Set(apex.map(keyOf));
    const typescriptKeys = new Set(typescript.map(keyOf));
    const findings = [];
    for (const method of typescript) {
        if (apexKeys.has(keyOf(method))) continue;
        findings.push({
            file: method.file,
            line: method.line,
            message: `${method.className}.${method.methodName} has no @AuraEnabled Apex method ${method.className}.${method.methodName}`
        });
    }
    for (const method of apex) {
        if (typescriptKeys.has(keyOf(method))) continue;
        findings.push({
            file: method.file,
            line: method.line,
            message: `@AuraEnabled ${method.className}.${method.methodName} has no TypeScript controller method in ${TS_CONTROLLERS_FOLDER}/${method.className}.ts`
        });
    }
    return findings;
}

await runIfMain(import.meta.url, check);
