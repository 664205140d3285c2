// Apex semantics without an org: apex-ls (io.github.apexdevtools.apexls.CheckForIssues, from the jars in
// @salesforce/code-analyzer-pmd-engine) loads sfdx-project.json, every class and trigger and the objects/
// metadata, and reports unknown types, methods, variables and fields and type mismatches. One JVM run
// per check. apex-ls stops checking fields of a standard object once objects/ extends it, so field
// access on those objects is resolved here as well (lib/apex-field-access.mjs).
import { spawn } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import { javaProblem, pmdEngineJavaLib } from './lib/java.mjs';
import { loadProjectFiles, isApexFile, toRelative } from './lib/project.mjs';
import { readApex } from './lib/apex-source.mjs';
import { loadObjectModel } from './lib/object-model.mjs';
import { createSchema } from './lib/schema.mjs';
import { fieldAccessProblems, extendedStandardObjects } from './lib/apex-field-access.mjs';
import { sortFindings } from './lib/findings.mjs';
import { runIfMain } from './lib/cli.mjs';

const MAIN_CLASS = 'io.github.apexdevtools.apexls.CheckForIssues';

function runApexLs(javaLib, root) {
    return new Promise((resolve) => {
        const child = spawn(
            'java',
            ['-cp', `${javaLib}/*`, MAIN_CLASS, '--workspace', root, '--format', 'json', '--nocache'],
            { cwd: root }
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', (error) => resolve({ error }));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
}

function relativePath(root, path) {
    if (!isAbsolute(path)) return path;
    const rel = toRelative(root, path);
    return rel === '' ? 'sfdx-project.json' : rel;
}

async function apexLsFindings(projectRoot) {
    const root = resolve(projectRoot);
    const problem = javaProblem();
    if (problem) return [{ file: 'sfdx-project.json', line: 0, message: `apex-ls cannot run: ${problem}` }];
    const javaLib = pmdEngineJavaLib();
    if (!javaLib)
        return [
            {
                file: 'package.json',
                line: 0,
                message:
                    'apex-ls cannot run: @salesforce/code-analyzer-pmd-engine (which ships its jar) is not installed; install the devDependencies'
            }
        ];
    const { error, status, stdout, stderr } = await runApexLs(javaLib, root);
    if (error) return [{ file: 'sfdx-project.json', line: 0, message: `apex-ls did not start: ${error.message}` }];
    let report;
    try {
        report = JSON.parse(stdout);
    } catch {
        const detail = (stderr || stdout).trim().split('\n').slice(0, 3).join(' ');
        return [
            {
                file: 'sfdx-project.json',
                line: 0,
                message: `apex-ls failed (exit ${status}) without a report: ${detail}`
            }
        ];
    }
    const findings = [];
    for (const file of report.files ?? []) {
        for (const message of file.messages ?? []) {
            findings.push({
                file: relativePath(root, file.path),
                line: message.start?.line ?? 0,
                message: `${message.category}: ${String(message.message).split(`${root}/`).join('')} (column ${(message.start?.offset ?? 0) + 1})`
            });
        }
    }
    if (status !== 0 && findings.length === 0) {
        findings.push({
            file: 'sfdx-project.json',
            line: 0,
            message: `apex-ls exited with ${status} but reported nothing: ${stderr.trim().split('\n')[0] ?? ''}`
        });
    }
    return findings;
}

function fieldAccessFindings(files) {
    const deployable = files.filter((file) => !file.ignored);
    const model = loadObjectModel(deployable);
    const schema = createSchema(model);
    const blind = extendedStandardObjects(model);
    const findings = [];
    if (blind.size === 0) return findings;
    for (const file of deployable.filter(isApexFile)) {
        const apex = readApex(file.abs);
        for (const problem of fieldAccessProblems(apex.code, schema, blind)) {
            findings.push({
                file: file.rel,
                line: apex.lineAt(problem.offset),
                message: `Missing: ${problem.message}`
            });
        }
    }
    return findings;
}

export async function check({ root }) {
    const { files, findings } = loadProjectFiles(root);
    if (findings.length) return findings;
    findings.push(...fieldAccessFindings(files), ...(await apexLsFindings(root)));
    return sortFindings(findings);
}

await runIfMain(import.meta.url, check);
