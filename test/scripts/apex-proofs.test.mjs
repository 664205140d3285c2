// The proofs checker (apex-runtime/proofs, `npm run apex:proofs`) on planted defects: a reverse patch that
// undoes nothing, one that no longer applies, and a test that does not exist are each reported; a patch
// that undoes the fix holds. The package's own proofs run with `npm run apex:proofs` (over a minute).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProofs, readManifest, ProofError, resultsTable } from '../../apex-runtime/proofs/proofs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test', 'scripts', 'fixtures', 'apex-proofs');

test('every package proof names an existing patch and Class.method tests', () => {
    const proofs = readManifest(join(root, 'apex-runtime', 'proofs', 'proofs.json'));
    assert.ok(proofs.length >= 12);
    assert.ok(proofs.some((proof) => proof.id === 'F1'));
});

test('a manifest entry without tests, or with a missing patch, is refused', () => {
    const folder = mkdtempSync(join(tmpdir(), 'apex-proofs-manifest-'));
    try {
        const file = join(folder, 'proofs.json');
        writeFileSync(join(folder, 'x.patch'), '');
        writeFileSync(file, JSON.stringify([{ id: 'x', finding: 'x', patch: 'x.patch', tests: [] }]));
        assert.throws(() => readManifest(file), (error) => error instanceof ProofError && /Class\.method/.test(error.message));
        writeFileSync(file, JSON.stringify([{ id: 'x', finding: 'x', patch: 'missing.patch', tests: ['A.b'] }]));
        assert.throws(() => readManifest(file), (error) => error instanceof ProofError && /no patch file missing\.patch/.test(error.message));
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
});

test('a test method that does not exist stops the check with its name', { timeout: 300000 }, async () => {
    await assert.rejects(checkProofs({ root, manifestFile: join(fixtures, 'unknown-test.json') }), (error) => error instanceof ProofError && /PlaybookErrorsTest\.noSuchMethodHere/.test(error.message));
});

test('planted defects are reported and a real reverse patch holds', { timeout: 300000 }, async () => {
    const verdicts = await checkProofs({ root, manifestFile: join(fixtures, 'proofs.json') });
    const problems = Object.fromEntries(verdicts.map((verdict) => [verdict.proof.id, verdict.problems.join('\n')]));
    assert.equal(problems.holds, '');
    assert.match(problems['planted-comment-only'], /still passes with the fix undone/);
    assert.match(problems['planted-stale'], /no longer applies/);
    assert.match(resultsTable(verdicts.filter((verdict) => verdict.proof.id === 'holds')), /\| pass \| FAIL: System.AssertException: Assertion Failed: Expected: NO_ACCESS, Actual: UNEXPECTED \|/);
});
