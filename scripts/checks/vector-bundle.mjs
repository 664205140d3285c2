// Fails when the conformance vectors and their Apex replay are out of step:
//  - a vector file is invalid (JSON, schema, folder not matching its controller);
//  - the PlaybookVectors static resource or the generated PlaybookVectorReplayTest is missing or stale
//    (run `node scripts/vectors/bundle.mjs`);
//  - a vector names a controller method that PlaybookVectorDispatcher cannot dispatch (a DML call needs no
//    branch: PlaybookVectorRunner makes the statement itself).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readApex } from './lib/apex-source.mjs';
import { runIfMain } from './lib/cli.mjs';
import { buildBundle, isDmlCall } from '../vectors/bundle.mjs';

export const DISPATCHER_FILE = 'force-app/test/default/classes/PlaybookVectorDispatcher.cls';

/** The 'Class.method' literals of the dispatcher's `when` branches. */
export function dispatchableMethods(root) {
    const abs = join(root, DISPATCHER_FILE);
    if (!existsSync(abs)) return new Set();
    const apex = readApex(abs);
    const methods = new Set();
    const pattern = /\bwhen\s+(?!else\b)/gi;
    let match;
    while ((match = pattern.exec(apex.code))) {
        const end = apex.code.indexOf('{', match.index);
        for (const literal of apex.strings) {
            if (literal.start >= match.index && literal.start < end) methods.add(literal.value);
        }
    }
    return methods;
}

function lineOf(root, file, needle) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const index = lines.findIndex((line) => line.includes(needle));
    return index < 0 ? 0 : index + 1;
}

export async function check({ root }) {
    const findings = [];
    let bundle;
    try {
        bundle = buildBundle(root);
    } catch (error) {
        return [{ file: 'spec/vectors', line: 0, message: `cannot read the vectors: ${error.message}` }];
    }
    findings.push(...bundle.problems);
    if (!bundle.problems.length) {
        for (const [file, text] of Object.entries(bundle.files)) {
            const abs = join(root, file);
            if (!existsSync(abs)) findings.push({ file, line: 0, message: 'missing: run node scripts/vectors/bundle.mjs' });
            else if (readFileSync(abs, 'utf8') !== text) {
                findings.push({ file, line: 0, message: 'stale: the vectors changed since it was generated; run node scripts/vectors/bundle.mjs' });
            }
        }
    }
    const dispatchable = dispatchableMethods(root);
    const controllerVectors = bundle.vectors.filter(({ vector }) => !isDmlCall(vector.call));
    if (!existsSync(join(root, DISPATCHER_FILE)) && controllerVectors.length) {
        findings.push({ file: DISPATCHER_FILE, line: 0, message: 'missing: the Apex replay cannot call any controller' });
    }
    for (const { file, vector } of controllerVectors) {
        const method = `${vector.call.controller}.${vector.call.method}`;
        if (!dispatchable.has(method)) {
            findings.push({
                file,
                line: lineOf(root, file, '"method"'),
                message: `${method} has no branch in PlaybookVectorDispatcher, so the Apex replay cannot run this vector`
            });
        }
    }
    return findings;
}

await runIfMain(import.meta.url, check);
