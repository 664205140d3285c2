// Shared by the check tests: where the fixture trees are, and an assertion that names the finding it
// looked for and lists what was found instead.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../fixtures/checks/', import.meta.url));

/** Absolute path of test/fixtures/checks/<check>/<variant>. */
export function fixtureRoot(check, variant) {
    return `${FIXTURES}${check}/${variant}`;
}

function describe(findings) {
    return findings.map((f) => `  ${f.file}:${f.line} ${f.message}`).join('\n') || '  (none)';
}

/** Asserts one finding has this file and line and a message matching `pattern`; returns it. */
export function assertFinding(findings, file, line, pattern) {
    const found = findings.find((f) => f.file === file && f.line === line && pattern.test(f.message));
    assert.ok(found, `expected ${file}:${line} matching ${pattern}; found:\n${describe(findings)}`);
    return found;
}

/** Asserts there are no findings. */
export function assertNoFindings(findings) {
    assert.equal(findings.length, 0, `expected no findings; found:\n${describe(findings)}`);
}

/** Asserts the number of findings, listing them when it differs. */
export function assertCount(findings, count) {
    assert.equal(findings.length, count, `expected ${count} findings; found:\n${describe(findings)}`);
}

/**
 * Runs a check as a command with a PATH that holds node but no java: { status, stdout }.
 * Proves a JVM-based check fails, rather than passes, when Java is missing.
 */
export async function runWithoutJava(checkName, root) {
    const { mkdtempSync, symlinkSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { spawnSync } = await import('node:child_process');
    const bin = mkdtempSync(join(tmpdir(), 'checks-without-java-'));
    try {
        symlinkSync(process.execPath, join(bin, 'node'));
        const script = fileURLToPath(new URL(`../../../scripts/checks/${checkName}.mjs`, import.meta.url));
        const result = spawnSync(process.execPath, [script, '--root', root], {
            env: { ...process.env, PATH: bin },
            encoding: 'utf8'
        });
        return { status: result.status, stdout: result.stdout };
    } finally {
        rmSync(bin, { recursive: true, force: true });
    }
}
