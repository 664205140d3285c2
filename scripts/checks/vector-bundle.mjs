// Fails when the conformance vectors and their Apex replay are out of step:
//  - a vector file is invalid (JSON, schema, folder not matching its controller);
//  - the PlaybookVectors static resource or the generated PlaybookVectorReplayTest is missing or stale
//    (run `node scripts/vectors/bundle.mjs`);
//  - a vector names a controller method that PlaybookVectorDispatcher cannot dispatch (a DML call needs no
//    branch: PlaybookVectorRunner makes the statement itself);
//  - a vector with a `failure` names a method whose dispatcher branch arms no failure seam (no
//    `<Service>.failAtWrite = failAtWrite;`), so its replay could not fail where the vector says it does.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readApex } from './lib/apex-source.mjs';
import { runIfMain } from './lib/cli.mjs';
import { buildBundle, isDmlCall } from '../vectors/bundle.mjs';

export const DISPATCHER_FILE = 'force-app/test/default/classes/PlaybookVectorDispatcher.cls';

/** A branch that arms a service's failure injection before the call: `CallOutcomeService.failAtWrite = failAtWrite;`. */
const ARMS_FAILURE = /\b\w+\.failAtWrite\s*=\s*failAtWrite\s*;/;

/**
 * The dispatcher's `when` branches: 'Class.method' literal -> whether the branch arms a failure seam (the code from its
 * `when` to the next one).
 */
export function dispatchBranches(root) {
    const abs = join(root, DISPATCHER_FILE);
    if (!existsSync(abs)) return new Map();
    const apex = readApex(abs);
    const branches = new Map();
    const starts = [...apex.code.matchAll(/\bwhen\s+/gi)].map((match) => match.index);
    starts.forEach((start, index) => {
        if (/^when\s+else\b/i.test(apex.code.slice(start))) return;
        const end = apex.code.indexOf('{', start);
        const body = apex.code.slice(end, starts[index + 1] ?? apex.code.length);
        for (const literal of apex.strings) {
            if (literal.start >= start && literal.start < end) branches.set(literal.value, ARMS_FAILURE.test(body));
        }
    });
    return branches;
}

/** The 'Class.method' literals of the dispatcher's `when` branches. */
export function dispatchableMethods(root) {
    return new Set(dispatchBranches(root).keys());
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
    const branches = dispatchBranches(root);
    const controllerVectors = bundle.vectors.filter(({ vector }) => !isDmlCall(vector.call));
    if (!existsSync(join(root, DISPATCHER_FILE)) && controllerVectors.length) {
        findings.push({ file: DISPATCHER_FILE, line: 0, message: 'missing: the Apex replay cannot call any controller' });
    }
    for (const { file, vector } of controllerVectors) {
        const method = `${vector.call.controller}.${vector.call.method}`;
        if (!branches.has(method)) {
            findings.push({
                file,
                line: lineOf(root, file, '"method"'),
                message: `${method} has no branch in PlaybookVectorDispatcher, so the Apex replay cannot run this vector`
            });
        } else if (vector.failure && !branches.get(method)) {
            findings.push({
                file,
                line: lineOf(root, file, '"failure"'),
                message: `${method}'s branch in PlaybookVectorDispatcher arms no failure seam, so the Apex replay cannot make write ${vector.failure.atWrite} fail: give its service a @TestVisible failAtWrite and set it in the branch, or drop "failure"`
            });
        }
    }
    return findings;
}

await runIfMain(import.meta.url, check);
