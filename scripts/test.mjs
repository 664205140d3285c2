// The project's offline verification, cheapest stage first. Every stage reports passes and
// failures; the run ends with one line "N passed, N failed" totalled over every runner.
//   node scripts/test.mjs [--only a,b] [--skip a,b]
// PLAYBOOKS_REQUIRE_BROWSER=1 turns a missing Chromium into a failure of the e2e stage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFinding } from './checks/lib/cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = join(root, 'reports');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args, options = {}) {
    const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
    if (result.error) console.error(`${command}: ${result.error.message}`);
    return result.status ?? 1;
}

/** One pass or one failure for a command that either succeeds or prints what is wrong. */
function commandStage(command, args) {
    return () => (run(command, args) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
}

/**
 * Compiles the components in place, then fails when the compiled JavaScript differs from what is committed:
 * a clean checkout must deploy with the standard tools, without a build step.
 */
function buildStage() {
    if (run(process.execPath, ['scripts/build/compile-components.mjs']) !== 0) return { passed: 0, failed: 1 };
    return run(process.execPath, ['scripts/build/committed-output.mjs']) === 0
        ? { passed: 1, failed: 0 }
        : { passed: 0, failed: 1 };
}

function jestStage() {
    const output = join(reports, 'jest.json');
    rmSync(output, { force: true });
    run(bin('sfdx-lwc-jest'), ['--', '--json', `--outputFile=${output}`, '--silent']);
    if (!existsSync(output)) return { passed: 0, failed: 1 };
    const summary = JSON.parse(readFileSync(output, 'utf8'));
    const suiteErrors = summary.numRuntimeErrorTestSuites ?? 0;
    return { passed: summary.numPassedTests, failed: summary.numFailedTests + suiteErrors };
}

async function checksStage() {
    const { checks } = await import('./checks/index.mjs');
    let passed = 0;
    let failed = 0;
    for (const { name, check } of checks) {
        const started = Date.now();
        let findings;
        try {
            findings = await check({ root });
        } catch (error) {
            findings = [{ file: 'scripts/checks', line: 0, message: `${name} crashed: ${error.stack ?? error}` }];
        }
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(`  ${findings.length ? 'FAIL' : 'ok  '} ${name} (${seconds}s)`);
        for (const finding of findings) console.log(`       ${formatFinding(finding)}`);
        if (findings.length) failed += 1;
        else passed += 1;
    }
    return { passed, failed };
}

function nodeTestStage(directories) {
    return () => {
        const present = directories.filter((dir) => existsSync(join(root, dir)));
        if (!present.length) return { passed: 0, failed: 0 };
        const tap = join(reports, `node-tests-${present.join('-').replace(/\W+/g, '_')}.tap`);
        run(process.execPath, [
            '--test',
            '--test-reporter=spec',
            '--test-reporter-destination=stdout',
            '--test-reporter=tap',
            `--test-reporter-destination=${tap}`,
            ...present.map((dir) => `${dir}/`)
        ]);
        if (!existsSync(tap)) return { passed: 0, failed: 1 };
        const text = readFileSync(tap, 'utf8');
        const count = (label) => Number(text.match(new RegExp(`^# ${label} (\\d+)`, 'm'))?.[1] ?? 0);
        const failed = count('fail') + count('cancelled');
        return { passed: count('pass'), failed: failed || (count('pass') === 0 ? 1 : 0) };
    };
}

/** The Apex tests on the offline runtime; methods on apex-runtime/expected-failures.txt are reported apart. */
function apexStage() {
    const output = join(reports, 'apex-summary.json');
    rmSync(output, { force: true });
    run(process.execPath, ['apex-runtime/runner/apex-test.mjs', '--summary-json', output]);
    if (!existsSync(output)) return { passed: 0, failed: 1 };
    const summary = JSON.parse(readFileSync(output, 'utf8'));
    console.log(`  apex: ${summary.expectedToFail} expected to fail (apex-runtime/expected-failures.txt), not counted`);
    return { passed: summary.passed, failed: summary.failed };
}

const stages = [
    { name: 'build', run: buildStage },
    { name: 'typecheck', run: commandStage(bin('tsc'), ['-p', 'tsconfig.json', '--pretty', 'false']) },
    { name: 'lint', run: commandStage(bin('eslint'), ['.', '--max-warnings', '0']) },
    { name: 'jest', run: jestStage },
    { name: 'checks', run: checksStage },
    { name: 'node-tests', run: nodeTestStage(['test/checks', 'test/vectors', 'test/org', 'test/scripts']) },
    { name: 'apex', run: apexStage },
    { name: 'e2e', run: nodeTestStage(['test/e2e']) }
];

function selectedStages(argv) {
    const list = (flag) => {
        const index = argv.indexOf(flag);
        return index >= 0 ? argv[index + 1].split(',') : null;
    };
    const only = list('--only');
    const skip = list('--skip') ?? [];
    return stages.filter((stage) => (!only || only.includes(stage.name)) && !skip.includes(stage.name));
}

async function main() {
    mkdirSync(reports, { recursive: true });
    const totals = { passed: 0, failed: 0 };
    const timings = [];
    for (const stage of selectedStages(process.argv.slice(2))) {
        console.log(`\n=== ${stage.name}`);
        const started = Date.now();
        const { passed, failed } = await stage.run();
        const seconds = (Date.now() - started) / 1000;
        timings.push({ stage: stage.name, passed, failed, seconds });
        totals.passed += passed;
        totals.failed += failed;
    }
    console.log('\nstage         passed  failed  seconds');
    for (const t of timings) {
        console.log(`${t.stage.padEnd(12)}  ${String(t.passed).padStart(6)}  ${String(t.failed).padStart(6)}  ${t.seconds.toFixed(1).padStart(7)}`);
    }
    console.log(`${totals.passed} passed, ${totals.failed} failed`);
    process.exitCode = totals.failed ? 1 : 0;
}

await main();
