// Fails when a TypeScript controller (spec/controllers/*.ts) and the Apex controllers disagree on the
// method list: a public method of an exported TypeScript *Controller class without an @AuraEnabled
// method of the same class and name in Apex, or an @AuraEnabled Apex method without its TypeScript
// counterpart; and when they disagree on whether a method is cacheable: the TypeScript class's static
// `cacheable` map (typed by the contract in playbookContracts) against `@AuraEnabled(cacheable=true)`.
// Lightning caches the results of a cacheable method on the client, so the flag decides whether a
// component sees fresh data after a save; the workbench reads it from the Apex class. And when the parameters of
// a method disagree with spec/controllers/requestShapes.ts (lib/request-shapes.mjs), which the TypeScript twin reads
// params through as the platform deserializes them into the Apex request classes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ts from 'typescript';
import { readApex } from './lib/apex-source.mjs';
import { auraEnabledMembers, classAt, findClasses } from './lib/apex-structure.mjs';
import { runIfMain } from './lib/cli.mjs';
import { packageDirectories, toRelative } from './lib/project.mjs';
import { checkRequestShapes } from './lib/request-shapes.mjs';

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

/** The `static cacheable = { method: true | false }` map of a TypeScript controller class, or undefined. */
function cacheableMap(statement) {
    const member = statement.members.find(
        (candidate) =>
            ts.isPropertyDeclaration(candidate) &&
            ts.isIdentifier(candidate.name) &&
            candidate.name.text === 'cacheable' &&
            hasModifier(candidate, ts.SyntaxKind.StaticKeyword)
    );
    if (!member?.initializer || !ts.isObjectLiteralExpression(member.initializer)) return undefined;
    const flags = new Map();
    for (const property of member.initializer.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
        flags.set(property.name.text, property.initializer.kind === ts.SyntaxKind.TrueKeyword);
    }
    return flags;
}

/**
 * [{ className, methodName, file, line, cacheable }] for the public instance methods of exported *Controller
 * classes; cacheable is undefined when the class has no static cacheable map.
 */
export function typeScriptMethods(root) {
    const methods = [];
    for (const abs of filesIn(join(root, TS_CONTROLLERS_FOLDER), '.ts')) {
        if (abs.endsWith('.d.ts') || abs.endsWith('.test.ts')) continue;
        const source = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true);
        for (const statement of source.statements) {
            if (!ts.isClassDeclaration(statement) || !statement.name || !hasModifier(statement, ts.SyntaxKind.ExportKeyword)) continue;
            const className = statement.name.text;
            if (!className.endsWith('Controller')) continue;
            const cacheable = cacheableMap(statement);
            for (const member of statement.members) {
                if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
                const hidden = [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.StaticKeyword];
                if (hidden.some((kind) => hasModifier(member, kind))) continue;
                const { line } = source.getLineAndCharacterOfPosition(member.name.getStart(source));
                methods.push({
                    className,
                    methodName: member.name.text,
                    file: toRelative(root, abs),
                    line: line + 1,
                    cacheable: cacheable?.get(member.name.text)
                });
            }
        }
    }
    return methods;
}

/** [{ className, methodName, file, line, cacheable }] for the @AuraEnabled methods of top-level Apex classes. */
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
                    line: apex.lineAt(member.offset),
                    cacheable: /^@auraenabled\s*\([^)]*\bcacheable\s*=\s*true\b/i.test(apex.code.slice(member.offset))
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
    const apexByKey = new Map(apex.map((method) => [keyOf(method), method]));
    for (const method of typescript) {
        const twin = apexByKey.get(keyOf(method));
        if (!twin || method.cacheable === undefined || method.cacheable === twin.cacheable) continue;
        const name = `${method.className}.${method.methodName}`;
        findings.push({
            file: twin.file,
            line: twin.line,
            message: method.cacheable
                ? `${name} is cacheable in ${method.file} but not @AuraEnabled(cacheable=true) in Apex; make both say the same`
                : `${name} is @AuraEnabled(cacheable=true) in Apex but not cacheable in ${method.file}; make both say the same`
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
    const twins = apex.filter((method) => typescriptKeys.has(keyOf(method))).map((method) => `${method.className}.${method.methodName}`);
    const everyMethod = [...typescript, ...apex].map((method) => `${method.className}.${method.methodName}`);
    findings.push(...(await checkRequestShapes(root, twins, everyMethod)));
    return findings;
}

await runIfMain(import.meta.url, check);
