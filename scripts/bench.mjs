// npm run bench: agent effort per scenario (clicks, keystrokes, Apex calls, time to interactive)
// side by side with the manual procedure, and the cost growth of opening the Call Wizard as a
// dealership grows. Prints the report and writes it to reports/bench.md and docs/benchmark.md.
// No timed assertions: it measures and reports; a scenario that fails is reported as failed and the
// exit code is 1.
// It also times one run of the Apex tests on the offline Apex runtime (tests per second, the replay).
//   node scripts/bench.mjs [--only <id-prefix>] [--sizes 10,1000,10000] [--runs 5] [--no-browser] [--no-apex]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../workbench/build/paths.mjs';
import { startSession } from '../test/e2e/harness.mjs';
import { measureApexRun, REPLAY_CLASS } from './bench/apexRun.mjs';
import { measureGrowth } from './bench/growth.mjs';
import { withMutationSection } from './bench/mutationSection.mjs';
import { renderReport } from './bench/report.mjs';
import { loadScenarios, runScenario } from './bench/runScenarios.mjs';

function option(name, fallback) {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? fallback : process.argv[index + 1];
}

const only = option('only', '');
const sizes = option('sizes', '10,1000,10000').split(',').map(Number);
const runs = Number(option('runs', '5'));
const withBrowser = !process.argv.includes('--no-browser');
const withApex = !process.argv.includes('--no-apex');

async function main() {
    const results = [];
    if (withBrowser) {
        const scenarios = (await loadScenarios()).filter((scenario) => scenario.id.startsWith(only));
        const session = await startSession();
        try {
            for (const scenario of scenarios) {
                const result = await runScenario(session, scenario);
                results.push(result);
                console.error(
                    `${result.error ? 'FAIL' : 'ok  '} ${scenario.id}: ${result.effort.clicks} clicks, ${result.apex.total} Apex calls${result.error ? ` (${result.error})` : ''}`
                );
            }
        } finally {
            await session.close();
        }
    }
    const growth = await measureGrowth({ sizes, runs });
    const apex = withApex ? { ...measureApexRun(), replayClass: REPLAY_CLASS } : null;
    const report = renderReport({
        results,
        growth,
        apex,
        runs,
        generatedAt: new Date().toISOString().slice(0, 10),
        environment: `Node ${process.version}, ${cpus().length} CPUs`
    });
    console.log(report);
    mkdirSync(join(projectRoot, 'reports'), { recursive: true });
    writeFileSync(join(projectRoot, 'reports', 'bench.md'), report);
    const documentPath = join(projectRoot, 'docs', 'benchmark.md');
    const previous = existsSync(documentPath) ? readFileSync(documentPath, 'utf8') : '';
    writeFileSync(documentPath, withMutationSection(report, previous));
    if (results.some((result) => result.error)) process.exitCode = 1;
}

main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
});
