// org:deploy and org:validate: build, convert, check for blocking jobs, deploy, wait, report.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { EXIT } from '../exit-codes.mjs';
import { OrgScriptError, usageError } from '../org-error.mjs';
import { listOption, numberOption } from '../options.mjs';
import { SCRATCH_ONLY_DIR, apexSources, deployableDirs, gatedApex, selectTestClasses } from '../project.mjs';
import { orgKind } from '../org-info.mjs';
import { buildComponents } from '../build-components.mjs';
import { buildDeployZip, componentSetFor, sourcePathMapper } from '../deploy-package.mjs';
import { blockingJobsMessage, findBlockingJobs } from '../active-jobs.mjs';
import { cancelDeploy, isTrue, submitDeploy, waitForDeploy } from '../deploy-run.mjs';
import {
    componentErrorLines,
    componentWarningLines,
    coverageOfDeploy,
    coverageWarningLines,
    runTestResultOf,
    testOutcomesOfDeploy
} from '../deploy-report.mjs';
import { countOutcomes, failureLines } from '../test-outcomes.mjs';
import { coverageLines, evaluateCoverage } from '../coverage.mjs';
import { writeReports } from '../test-reports.mjs';
import { assignPermissionSet } from '../permission-set.mjs';
import { loadDataPlan, readPlan } from '../data-plan.mjs';
import { releasePurgeJobForDeploy, schedulePurgeJob } from '../purge-job.mjs';

const TEST_LEVELS = ['NoTestRun', 'RunSpecifiedTests', 'RunLocalTests', 'RunAllTestsInOrg'];
const DEPLOY_ID = /^0Af[0-9A-Za-z]{12}([0-9A-Za-z]{3})?$/;

function deployPlanFor(ctx, { checkOnly }) {
    const { options, project } = ctx;
    const testLevel = checkOnly ? 'RunSpecifiedTests' : options['test-level'];
    if (testLevel && !TEST_LEVELS.includes(testLevel)) {
        throw usageError(`--test-level must be one of ${TEST_LEVELS.join(', ')}; got "${testLevel}".`);
    }
    const requested = listOption(options, 'tests');
    if (requested.length && testLevel !== 'RunSpecifiedTests') {
        throw usageError('--tests goes with org:validate, or with --test-level RunSpecifiedTests.');
    }
    const runTests = testLevel === 'RunSpecifiedTests' ? selectTestClasses(project, requested) : [];
    if (testLevel === 'RunSpecifiedTests' && runTests.length === 0) {
        throw usageError(
            'RunSpecifiedTests needs test classes, and the package directories hold no class with @IsTest.'
        );
    }
    if (options.resume && !DEPLOY_ID.test(options.resume)) {
        throw usageError(`--resume needs a deploy id (0Af...); got "${options.resume}".`);
    }
    return {
        checkOnly,
        testLevel,
        runTests,
        minCoverage: numberOption(options, 'min-coverage', 85, { min: 0, max: 100 }),
        reportsDir: join(project.root, options['reports-dir'] ?? 'reports')
    };
}

function deployOptions(plan) {
    return {
        checkOnly: plan.checkOnly,
        rollbackOnError: true,
        singlePackage: true,
        ignoreWarnings: false,
        ...(plan.testLevel ? { testLevel: plan.testLevel } : {}),
        ...(plan.runTests.length ? { runTests: plan.runTests } : {})
    };
}

/** Test results and the coverage gate of a deploy that ran tests; returns the exit code they call for. */
function reportDeployTests(ctx, result, plan, id) {
    const { out, project } = ctx;
    const run = runTestResultOf(result);
    if (!run || !(Number(run.numTestsRun) > 0)) return EXIT.OK;
    const outcomes = testOutcomesOfDeploy(result);
    const counts = countOutcomes(outcomes);
    out.info(`Apex tests of deploy ${id}: ${counts.passed} passed, ${counts.failed} failed (${counts.total} run).`);
    for (const line of failureLines(outcomes, apexSources(project))) out.info(line);
    const coverage = evaluateCoverage({
        gated: gatedApex(project),
        coverage: coverageOfDeploy(result),
        minCoverage: plan.minCoverage,
        source: 'deploy runTestResult'
    });
    for (const line of coverageLines(coverage)) out.info(line);
    for (const line of coverageWarningLines(result)) out.info(`coverage warning: ${line}`);
    const written = writeReports(plan.reportsDir, {
        results: outcomes,
        coverage,
        suiteName: `Apex tests of deploy ${id}`,
        runId: id
    });
    out.info(`Reports: ${project.relative(written.junitPath)}, ${project.relative(written.coveragePath)}`);
    if (counts.failed > 0) return EXIT.TESTS_FAILED;
    if (plan.checkOnly && !coverage.passed) return EXIT.COVERAGE_BELOW_GATE;
    return EXIT.OK;
}

async function afterDeploy(ctx, { conn, me, kind }) {
    const { options, out, project } = ctx;
    await assignPermissionSet(conn, {
        name: options['permission-set'] ?? 'Playbooks_Agent',
        userId: me.userId,
        username: me.username,
        retry: ctx.retryFor('Checking the permission set assignment'),
        out
    });
    await schedulePurgeJob(conn, { project, kind, retry: ctx.retryFor('Looking for the purge job'), out });
    const planPath = join(project.root, options.plan ?? 'data/sample-plan.json');
    if (options['skip-data']) return out.info('Sample data not loaded (--skip-data).');
    if (kind !== 'scratch') {
        return out.info(`Sample data not loaded: this is a ${kind} org. Load it on purpose with npm run org:data.`);
    }
    if (!existsSync(planPath)) return out.info(`No data plan at ${project.relative(planPath)}; no sample data loaded.`);
    return loadDataPlan(conn, readPlan(planPath, project.relative), {
        retry: ctx.retryFor('Resolving a data reference'),
        out,
        interrupt: ctx.interrupt
    });
}

function interruptedBeforeSending(out) {
    out.error('Interrupted before the deploy was sent: nothing was deployed.');
    return EXIT.INTERRUPTED;
}

export async function runDeploy(ctx, { checkOnly }) {
    const { options, out, project, interrupt } = ctx;
    const plan = deployPlanFor(ctx, { checkOnly });
    const { conn, me } = await ctx.openOrg();
    const kind = options.scratch ? 'scratch' : await orgKind(conn, { retry: ctx.retryFor('Reading the org type') });
    const dirs = deployableDirs(project, { scratch: kind === 'scratch' });
    const skipped =
        kind === 'scratch' || !project.packageDirs.includes(SCRATCH_ONLY_DIR)
            ? ''
            : ` (${SCRATCH_ONLY_DIR} is for scratch orgs only)`;
    out.info(`Target: ${kind} org. Package directories: ${dirs.join(', ')}${skipped}.`);

    let id = options.resume;
    let componentSet;
    if (id) {
        componentSet = componentSetFor(project, dirs);
        out.info(`Resuming ${checkOnly ? 'validation' : 'deploy'} ${id}.`);
    } else {
        if (!options['allow-pending-jobs']) {
            const classNames = apexSources(project, dirs)
                .filter((source) => source.kind === 'ApexClass')
                .map((source) => source.name);
            const jobs = await releasePurgeJobForDeploy(
                conn,
                await findBlockingJobs(conn, classNames, { retry: ctx.retryFor('Looking for active Apex jobs') }),
                { project, kind, out }
            );
            if (jobs.length) throw new OrgScriptError(blockingJobsMessage(jobs), EXIT.BLOCKED_BY_JOBS);
        }
        if (!options['skip-build']) {
            try {
                await buildComponents(project.root, { out });
            } catch (error) {
                // Ctrl-C reaches the build too; then its failure is not the story
                if (interrupt.requested) return interruptedBeforeSending(out);
                throw error;
            }
        }
        componentSet = componentSetFor(project, dirs);
        const zip = await buildDeployZip(componentSet);
        if (interrupt.requested) return interruptedBeforeSending(out);
        const testNote = plan.runTests.length
            ? `, running ${plan.runTests.join(', ')}`
            : plan.testLevel
              ? `, ${plan.testLevel}`
              : '';
        out.info(
            `${checkOnly ? 'Validating' : 'Deploying'} ${zip.componentCount} components (${zip.fileCount} files)${testNote}...`
        );
        id = await submitDeploy(conn, zip.zipBuffer, deployOptions(plan));
        out.info(
            `${checkOnly ? 'Validation' : 'Deploy'} ${id} started. If this script stops, resume with: --resume ${id}`
        );
    }

    const waited = await waitForDeploy(conn, id, {
        intervalMs: ctx.intervalMs,
        timeoutMs: ctx.timeoutMs,
        interrupt,
        retry: ctx.retryFor(`Checking deploy ${id}`),
        out
    });
    if (waited.state === 'interrupted') {
        await cancelDeploy(conn, id, { retry: ctx.retryFor(`Cancelling deploy ${id}`), out });
        return EXIT.INTERRUPTED;
    }
    if (waited.state === 'timeout') {
        throw new OrgScriptError(
            `Timed out after ${(ctx.timeoutMs / 60000).toFixed(2)} min: deploy ${id} is still ${waited.value?.status ?? 'running'} in the org; it was not cancelled. ` +
                `Wait for it again with: npm run org:${checkOnly ? 'validate' : 'deploy'} -- --resume ${id}`,
            EXIT.TIMEOUT
        );
    }

    const result = waited.value;
    const mapPath = sourcePathMapper(project, componentSet);
    for (const line of componentWarningLines(result, mapPath)) out.info(line);
    const errors = componentErrorLines(result, mapPath);
    const testsExit = reportDeployTests(ctx, result, { ...plan, checkOnly: checkOnly || isTrue(result.checkOnly) }, id);
    const succeeded = isTrue(result.success) && result.status === 'Succeeded';

    if (!succeeded) {
        if (errors.length) {
            out.error(`Deploy ${id} failed with ${errors.length} component error${errors.length === 1 ? '' : 's'}:`);
            for (const line of errors) out.error(line);
            return EXIT.DEPLOY_FAILED;
        }
        if (testsExit !== EXIT.OK) {
            out.error(
                `Deploy ${id} failed: ${testsExit === EXIT.TESTS_FAILED ? 'Apex tests failed' : 'coverage is below the gate'}; nothing was changed in the org.`
            );
            return testsExit;
        }
        if (coverageWarningLines(result).length) {
            out.error(
                `Deploy ${id} failed: the org's coverage requirement was not met (see the coverage warnings above).`
            );
            return EXIT.COVERAGE_BELOW_GATE;
        }
        const why =
            result.status === 'Canceled'
                ? `it was cancelled${result.canceledByName ? ` by ${result.canceledByName}` : ''}`
                : result.errorMessage || result.status;
        out.error(`Deploy ${id} failed: ${why}.`);
        return EXIT.DEPLOY_FAILED;
    }
    if (testsExit !== EXIT.OK) return testsExit;

    if (isTrue(result.checkOnly)) {
        out.info(
            `Validation ${id} succeeded: ${result.numberComponentsTotal} components would deploy. Nothing was changed in the org.`
        );
        return EXIT.OK;
    }
    out.info(`Deploy ${id} succeeded: ${result.numberComponentsDeployed} components deployed.`);
    const loaded = await afterDeploy(ctx, { conn, me, kind });
    return loaded?.interrupted ? EXIT.INTERRUPTED : EXIT.OK;
}
