// `npm run apex:proofs [-- --only F1,R4] [--write-doc]`: checks that every Apex fix of the first org run
// (docs/org-readiness.md) is pinned: the tests named in apex-runtime/proofs/proofs.json pass on the project
// and fail with the fix undone (the reverse patch applied to a temporary copy). Prints one line per test;
// --write-doc replaces the results table in docs/org-readiness.md. Exit 0 only when every proof holds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProofs, ProofError, resultsTable } from './proofs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DOC = join(root, 'docs', 'org-readiness.md');
const START = '<!-- apex-proofs:start (npm run apex:proofs -- --write-doc) -->';
const END = '<!-- apex-proofs:end -->';

function option(name) {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? null : process.argv[index + 1];
}

function writeDoc(table) {
    const text = readFileSync(DOC, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    if (start === -1 || end < start) throw new ProofError(`${DOC} has no ${START} ... ${END} section to write the table into`);
    writeFileSync(DOC, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`);
}

const started = Date.now();
try {
    const only = option('only')?.split(',') ?? null;
    const verdicts = await checkProofs({ root, manifestFile: join(root, 'apex-runtime', 'proofs', 'proofs.json'), only, log: (line) => console.error(line) });
    for (const { proof, patched, problems } of verdicts) {
        for (const test of proof.tests) {
            const result = patched.get(test.toLowerCase());
            if (result && result.outcome === 'fail') console.log(`ok   ${proof.id} ${test} fails with the fix undone: ${result.message}`);
        }
        for (const problem of problems) console.log(`FAIL ${proof.id} ${problem}`);
    }
    const failed = verdicts.filter((verdict) => verdict.problems.length).length;
    if (process.argv.includes('--write-doc')) {
        if (only) throw new ProofError('--write-doc needs every proof (no --only)');
        writeDoc(resultsTable(verdicts));
    }
    console.log(`\n${verdicts.length - failed} proofs hold, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    process.exitCode = failed ? 1 : 0;
} catch (error) {
    if (!(error instanceof ProofError)) throw error;
    console.error(`apex:proofs: ${error.message}`);
    process.exitCode = 2;
}
