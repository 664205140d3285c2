// Proofs that the Apex fixes of the first org run stay pinned (issue 11, item 7): each proof in
// proofs.json names a reverse patch (the fix undone) and the Apex test methods that pin the fix.
// For each proof the named methods must pass on the project as it is, and FAIL on a temporary copy
// of the project with the patch applied. A patch that no longer applies (the fixed code moved on)
// fails the proof: regenerate it from the current source.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { bundleRuntime } from '../runner/apex-test.mjs';

const STACK_MB = 32;
/** What the runtime reads of a project: its Apex and metadata, the package directories, the sample data plan. */
const PROJECT_PATHS = ['force-app', 'sfdx-project.json', 'data'];

export class ProofError extends Error {}

/** The proofs of a manifest, checked: every patch exists and every test is `Class.method`. */
export function readManifest(manifestFile) {
    const proofs = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (!Array.isArray(proofs) || !proofs.length) throw new ProofError(`${manifestFile}: expected a list of proofs`);
    for (const proof of proofs) {
        const where = `${manifestFile}: proof ${proof.id ?? '(no id)'}`;
        if (!proof.id || !proof.patch || !proof.finding) throw new ProofError(`${where} needs id, finding and patch`);
        if (!Array.isArray(proof.tests) || !proof.tests.length || proof.tests.some((test) => !/^\w+\.\w+$/.test(test))) {
            throw new ProofError(`${where}: tests must be a non-empty list of Class.method names`);
        }
        if (!existsSync(join(dirname(manifestFile), proof.patch))) throw new ProofError(`${where}: no patch file ${proof.patch} next to the manifest`);
    }
    return proofs;
}

/** Runs the named test methods of the project at `root` through the runtime, in a worker thread (the deep Apex stack). */
async function runTests(bundle, root, cacheRoot, tests, now) {
    const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { bundle, root, cacheRoot, tests, now: now ?? null },
        resourceLimits: { stackSizeMb: STACK_MB }
    });
    return new Promise((resolvePromise, reject) => {
        worker.once('message', (message) => (message.error ? reject(new ProofError(message.error)) : resolvePromise(message.results)));
        worker.once('error', reject);
        worker.once('exit', (code) => {
            if (code !== 0) reject(new ProofError(`the Apex run stopped with exit code ${code}`));
        });
    });
}

function runInWorker() {
    process.setSourceMapsEnabled(true);
    const cli = createRequire(import.meta.url)(workerData.bundle);
    const argv = ['--tests', workerData.tests.join(','), ...(workerData.now ? ['--now', workerData.now] : [])];
    const results = [];
    try {
        const options = cli.parseArguments(argv);
        // The parsed trees are cached by content hash: the copy shares the project's cache.
        mkdirSync(join(workerData.root, '.build'), { recursive: true });
        if (workerData.root !== workerData.cacheRoot && !existsSync(join(workerData.root, '.build', 'apex-ast'))) {
            symlinkSync(join(workerData.cacheRoot, '.build', 'apex-ast'), join(workerData.root, '.build', 'apex-ast'), 'dir');
        }
        cli.runShard(options, workerData.root, { index: 0, count: 1, timings: {} }, (done) => {
            for (const result of done.results) results.push({ test: `${result.className}.${result.methodName}`, outcome: result.outcome, message: result.message ?? null });
        });
        parentPort.postMessage({ results });
    } catch (error) {
        parentPort.postMessage({ error: String(error?.message ?? error) });
    }
}

/** A copy of the project's Apex and metadata with the patch applied; null and the reason when it does not apply. */
function patchedCopy(root, patchFile) {
    const copy = mkdtempSync(join(tmpdir(), 'apex-proof-'));
    for (const path of PROJECT_PATHS) {
        if (existsSync(join(root, path))) cpSync(join(root, path), join(copy, path), { recursive: true });
    }
    const applied = spawnSync('git', ['apply', '--whitespace=nowarn', patchFile], { cwd: copy, encoding: 'utf8' });
    if (applied.status !== 0) {
        rmSync(copy, { recursive: true, force: true });
        return { copy: null, reason: (applied.stderr || applied.stdout).trim() };
    }
    return { copy, reason: null };
}

function byTest(results) {
    return new Map(results.map((result) => [result.test.toLowerCase(), result]));
}

/**
 * Checks every proof: its tests pass on the project and fail with the patch. Returns one verdict per proof:
 * { proof, baseline: results by test, patched: results by test, problems: [text] }.
 */
export async function checkProofs({ root, manifestFile, only = null, log = () => {} }) {
    const proofsFolder = dirname(resolve(manifestFile));
    const proofs = readManifest(manifestFile).filter((proof) => !only || only.includes(proof.id));
    if (only && proofs.length !== only.length) throw new ProofError(`no proof named ${only.filter((id) => !proofs.some((proof) => proof.id === id)).join(', ')}`);
    const bundle = await bundleRuntime();
    // The tests as the project is, once per clock the proofs ask for.
    const baselines = new Map();
    for (const now of new Set(proofs.map((proof) => proof.now ?? null))) {
        const tests = [...new Set(proofs.filter((proof) => (proof.now ?? null) === now).flatMap((proof) => proof.tests))];
        log(`the ${tests.length} tests on the project as it is${now ? `, at ${now}` : ''}`);
        baselines.set(now, byTest(await runTests(bundle, root, root, tests, now)));
    }
    const verdicts = [];
    for (const proof of proofs) {
        const problems = [];
        const baseline = baselines.get(proof.now ?? null);
        for (const test of proof.tests) {
            const result = baseline.get(test.toLowerCase());
            if (!result) problems.push(`${test}: no such test method ran`);
            else if (result.outcome !== 'pass') problems.push(`${test} fails on the project as it is: ${result.message}`);
        }
        const { copy, reason } = patchedCopy(root, join(proofsFolder, proof.patch));
        let patched = new Map();
        if (!copy) {
            problems.push(`${proof.patch} no longer applies (${reason}); undo the fix in the current source again and regenerate the patch with git diff`);
        } else {
            try {
                patched = byTest(await runTests(bundle, copy, root, proof.tests, proof.now));
            } finally {
                rmSync(copy, { recursive: true, force: true });
            }
            for (const test of proof.tests) {
                const result = patched.get(test.toLowerCase());
                if (!result) problems.push(`${test}: did not run with ${proof.patch} applied`);
                else if (result.outcome === 'pass') problems.push(`${test} still passes with the fix undone (${proof.patch}): it does not pin ${proof.finding}`);
            }
        }
        log(`${problems.length ? 'FAIL' : 'ok  '} ${proof.id}`);
        verdicts.push({ proof, baseline, patched, problems });
    }
    return verdicts;
}

function cell(text) {
    return String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The first line of a failure message, cut to a table cell's length. */
function firstLine(message) {
    const line = String(message ?? '').split('\n')[0];
    return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** The results table of docs/org-readiness.md. */
export function resultsTable(verdicts) {
    const lines = ['| finding | reverse patch | test | without the patch | with the patch (fix undone) |', '| --- | --- | --- | --- | --- |'];
    for (const { proof, baseline, patched } of verdicts) {
        for (const test of proof.tests) {
            const before = baseline.get(test.toLowerCase());
            const after = patched.get(test.toLowerCase());
            lines.push(
                `| ${cell(proof.finding)} | \`apex-runtime/proofs/${proof.patch}\`${proof.now ? ` (clock ${proof.now})` : ''} | \`${test}\` | ${before ? before.outcome : 'not run'} | ${after ? (after.outcome === 'pass' ? 'pass' : `FAIL: ${cell(firstLine(after.message))}`) : 'not run'} |`
            );
        }
    }
    return lines.join('\n');
}

if (!isMainThread && workerData?.tests) runInWorker();
