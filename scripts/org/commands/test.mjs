// org:test: run the package's Apex tests in the org, write reports, gate the package's coverage.
import { join } from 'node:path';
import { EXIT } from '../exit-codes.mjs';
import { OrgScriptError, usageError } from '../org-error.mjs';
import { listOption, numberOption } from '../options.mjs';
import { apexSources, gatedApex, selectTestClasses } from '../project.mjs';
import { abortTestRun, submitTestRun, testRunResults, waitForTestRun } from '../apex-test-run.mjs';
import { countOutcomes, failureLines } from '../test-outcomes.mjs';
import { coverageLines, evaluateCoverage, fetchAggregateCoverage } from '../coverage.mjs';
import { writeReports } from '../test-reports.mjs';

const TEST_RUN_ID = /^707[0-9A-Za-z]{12}([0-9A-Za-z]{3})?$/;

export async function runTests(ctx) {
    const { options, out, project, interrupt } = ctx;
    const minCoverage = numberOption(options, 'min-coverage', 85, { min: 0, max: 100 });
    const reportsDir = join(project.root, options['reports-dir'] ?? 'reports');
    if (options.resume && !TEST_RUN_ID.test(options.resume)) {
        throw usageError(`--resume needs a test run id (707...); got "${options.resume}".`);
    }
    const testClasses = options.resume ? [] : selectTestClasses(project, listOption(options, 'tests'));
    if (!options.resume && testClasses.length === 0) {
        throw usageError('The package directories hold no class with @IsTest: no Apex tests to run.');
    }

    const { conn } = await ctx.openOrg();
    let runId = options.resume;
    if (runId) {
        out.info(`Resuming test run ${runId}.`);
    } else {
        if (interrupt.requested) {
            out.error('Interrupted before the test run was started: nothing was run.');
            return EXIT.INTERRUPTED;
        }
        out.info(`Running ${testClasses.length} test classes: ${testClasses.join(', ')}`);
        runId = await submitTestRun(conn, testClasses);
        out.info(`Test run ${runId} started. If this script stops, resume with: --resume ${runId}`);
    }

    const waited = await waitForTestRun(conn, runId, {
        intervalMs: ctx.intervalMs,
        timeoutMs: ctx.timeoutMs,
        interrupt,
        retry: ctx.retryFor(`Checking test run ${runId}`),
        out
    });
    if (waited.state === 'interrupted') {
        await abortTestRun(conn, runId, { retry: ctx.retryFor(`Finding the queued tests of ${runId}`), out });
        return EXIT.INTERRUPTED;
    }
    if (waited.state === 'timeout') {
        throw new OrgScriptError(
            `Timed out after ${(ctx.timeoutMs / 60000).toFixed(2)} min: test run ${runId} is still ${waited.value?.Status ?? 'running'} in the org; it was not aborted. ` +
                `Wait for it again with: npm run org:test -- --resume ${runId}`,
            EXIT.TIMEOUT
        );
    }

    const run = waited.value;
    const results = await testRunResults(conn, runId, { retry: ctx.retryFor(`Reading the results of ${runId}`) });
    const counts = countOutcomes(results);
    const coverage = evaluateCoverage({
        gated: gatedApex(project),
        coverage: await fetchAggregateCoverage(conn, gatedApex(project), {
            retry: ctx.retryFor('Reading code coverage')
        }),
        minCoverage,
        source: 'ApexCodeCoverageAggregate'
    });
    const written = writeReports(reportsDir, { results, coverage, suiteName: `Apex tests ${runId}`, runId });

    const seconds = (Number(run.TestTime) || results.reduce((sum, result) => sum + result.runTimeMs, 0)) / 1000;
    out.info(
        `Apex tests (run ${runId}, ${run.Status}): ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${seconds.toFixed(1)} s.`
    );
    for (const line of failureLines(results, apexSources(project))) out.info(line);
    for (const line of coverageLines(coverage)) out.info(line);
    out.info(`Reports: ${project.relative(written.junitPath)}, ${project.relative(written.coveragePath)}`);

    if (counts.failed > 0) {
        out.error(`${counts.failed} Apex test${counts.failed === 1 ? '' : 's'} failed.`);
        return EXIT.TESTS_FAILED;
    }
    if (run.Status !== 'Completed') {
        out.error(
            `Test run ${runId} ended ${run.Status} without completing every test class (Setup > Apex Test Execution shows why).`
        );
        return EXIT.TESTS_FAILED;
    }
    if (counts.total === 0) {
        out.error(`Test run ${runId} completed without running any test method.`);
        return EXIT.TESTS_FAILED;
    }
    if (!coverage.passed) {
        out.error(
            coverage.missing.length
                ? `Coverage gate failed: no coverage recorded for ${coverage.missing.join(', ')}.`
                : `Coverage gate failed: ${coverage.percent.toFixed(2)}% is below ${minCoverage}%.`
        );
        return EXIT.COVERAGE_BELOW_GATE;
    }
    return EXIT.OK;
}
