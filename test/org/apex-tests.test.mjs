// org:test against the fake org: the Tooling API test run, its reports, the coverage gate, timeouts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOOD_TOKEN, startFakeOrg } from './fake-org.mjs';
import { cleanEnv, cliRunner, tempProject } from './helpers.mjs';
import { EXIT } from '../../scripts/org/exit-codes.mjs';

const pass = (className, methodName) => ({ ApexClass: { Name: className }, MethodName: methodName, Outcome: 'Pass' });
const ALL_PASS = [
    pass('PlaybookCallServiceTest', 'countsTheFirstAttempt'),
    pass('PlaybookFollowUpSchedulerTest', 'runsWithoutError'),
    pass('VectorReplayTest', 'replaysEveryVector')
];
const FULL_COVERAGE = {
    PlaybookCallService: { covered: 3, uncovered: 0 },
    PlaybookFollowUpScheduler: { covered: 3, uncovered: 0 },
    CaseTrigger: { covered: 2, uncovered: 0 },
    // not ours: must not count
    SomeoneElsesClass: { covered: 0, uncovered: 400 }
};

async function setup(t, scenario) {
    const fake = await startFakeOrg({
        coverage: FULL_COVERAGE,
        ...scenario,
        testRun: { results: ALL_PASS, ...scenario?.testRun }
    });
    t.after(() => fake.close());
    const project = tempProject(t);
    const env = cleanEnv(project.home, { SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: GOOD_TOKEN });
    return { fake, project, run: cliRunner({ root: project.root, env }) };
}

const readReports = (project, dir = 'reports') => ({
    junit: readFileSync(join(project.root, dir, 'apex-junit.xml'), 'utf8'),
    coverage: JSON.parse(readFileSync(join(project.root, dir, 'apex-coverage.json'), 'utf8'))
});

test('runs every @IsTest class of the package directories, writes JUnit and coverage, passes the gate', async (t) => {
    const { fake, project, run } = await setup(t, { queryPageSize: 2 });
    const result = await run(['test']);
    assert.equal(result.code, EXIT.OK, result.output);
    assert.ok(!result.output.includes(GOOD_TOKEN));
    const [submission] = fake.requests.filter((call) => call.path.endsWith('/tooling/runTestsAsynchronous'));
    assert.deepEqual(submission.json, {
        tests: [
            { className: 'PlaybookCallServiceTest' },
            { className: 'PlaybookFollowUpSchedulerTest' },
            { className: 'VectorReplayTest' }
        ],
        testLevel: 'RunSpecifiedTests',
        skipCodeCoverage: false
    });
    assert.match(result.stdout, /Apex tests \(run 707\w+, Completed\): 3 passed, 0 failed, 0 skipped/);
    assert.match(result.stdout, /Coverage of the package's Apex: 100\.00% \(8\/8 lines\), gate 85%\n/);
    assert.doesNotMatch(result.stdout, /SomeoneElsesClass|PlaybookStep/);
    const { junit, coverage } = readReports(project);
    assert.match(junit, /tests="3" failures="0"/);
    assert.equal((junit.match(/<testcase /g) ?? []).length, 3, 'paged results (2 per page) were not all read');
    assert.deepEqual(coverage.classes.map((row) => row.name).sort(), [
        'CaseTrigger',
        'PlaybookCallService',
        'PlaybookFollowUpScheduler'
    ]);
    assert.equal(coverage.source, 'ApexCodeCoverageAggregate');
    assert.equal(coverage.passed, true);
    const [aggregate] = fake.queries('ApexCodeCoverageAggregate');
    assert.equal(aggregate.tooling, true);
});

test('--tests runs the named classes only; a name that is not a test class is bad usage before any call', async (t) => {
    const { fake, run } = await setup(t);
    const subset = await run(['test', '--tests', 'VectorReplayTest']);
    assert.equal(subset.code, EXIT.OK, subset.output);
    const [submission] = fake.requests.filter((call) => call.path.endsWith('/runTestsAsynchronous'));
    assert.deepEqual(submission.json.tests, [{ className: 'VectorReplayTest' }]);

    const before = fake.requests.length;
    const wrong = await run(['test', '--tests', 'PlaybookCallService,NoSuchTest']);
    assert.equal(wrong.code, EXIT.USAGE, wrong.output);
    assert.match(wrong.stderr, /PlaybookCallService, NoSuchTest, which are not test classes/);
    assert.equal(fake.requests.length, before);
});

test('a failing test exits 5, listed at its source line, and in the JUnit report', async (t) => {
    const { project, run } = await setup(t, {
        testRun: {
            results: [
                pass('PlaybookCallServiceTest', 'countsTheFirstAttempt'),
                {
                    ApexClass: { Name: 'PlaybookFollowUpSchedulerTest' },
                    MethodName: 'runsWithoutError',
                    Outcome: 'Fail',
                    Message: 'System.NullPointerException: Attempt to de-reference a null object',
                    StackTrace:
                        'Class.PlaybookFollowUpScheduler.execute: line 3, column 1\nClass.PlaybookFollowUpSchedulerTest.runsWithoutError: line 5, column 1'
                }
            ],
            failedClasses: [
                { name: 'VectorReplayTest', extendedStatus: 'Compile error: Variable does not exist: vectors' }
            ]
        }
    });
    const result = await run(['test']);
    assert.equal(result.code, EXIT.TESTS_FAILED, result.output);
    assert.match(
        result.stdout,
        /force-app\/main\/default\/classes\/PlaybookFollowUpScheduler\.cls:3 PlaybookFollowUpSchedulerTest\.runsWithoutError: System\.NullPointerException/
    );
    assert.match(
        result.stdout,
        /force-app\/test\/default\/classes\/VectorReplayTest\.cls:0 VectorReplayTest: Compile error: Variable does not exist: vectors/
    );
    assert.match(result.stdout, /1 passed, 2 failed/);
    assert.match(result.stderr, /2 Apex tests failed\./);
    const { junit } = readReports(project);
    assert.match(junit, /<testsuite name="PlaybookFollowUpSchedulerTest" tests="1" failures="1"/);
    assert.match(
        junit,
        /<failure type="Fail" message="System.NullPointerException: Attempt to de-reference a null object">/
    );
});

test("coverage of the package's classes below 85% exits 6 even though every test passed", async (t) => {
    const { project, run } = await setup(t, {
        coverage: {
            PlaybookCallService: { covered: 3, uncovered: 0 },
            PlaybookFollowUpScheduler: { covered: 1, uncovered: 3 },
            CaseTrigger: { covered: 2, uncovered: 0 }
        }
    });
    const result = await run(['test']);
    assert.equal(result.code, EXIT.COVERAGE_BELOW_GATE, result.output);
    assert.match(result.stdout, /66\.67% \(6\/9 lines\), gate 85% - BELOW THE GATE/);
    assert.match(result.stdout, /25\.00%  PlaybookFollowUpScheduler \(1\/4\)  </);
    assert.match(result.stderr, /Coverage gate failed: 66\.67% is below 85%/);
    assert.equal(readReports(project).coverage.passed, false);
    const lowered = await run(['test', '--min-coverage', '60']);
    assert.equal(lowered.code, EXIT.OK, lowered.output);
});

test('a package class with no coverage record fails the gate by name', async (t) => {
    const { run } = await setup(t, {
        coverage: { PlaybookCallService: { covered: 3, uncovered: 0 }, CaseTrigger: { covered: 2, uncovered: 0 } }
    });
    const result = await run(['test', '--min-coverage', '0']);
    assert.equal(result.code, EXIT.COVERAGE_BELOW_GATE, result.output);
    assert.match(result.stderr, /no coverage recorded for PlaybookFollowUpScheduler/);
});

test('a dropped connection while polling the run is retried; the submission is sent once', async (t) => {
    const { fake, run } = await setup(t, { testRun: { dropOnPolls: [1] } });
    const result = await run(['test']);
    assert.equal(result.code, EXIT.OK, result.output);
    assert.equal(fake.requests.filter((call) => call.path.endsWith('/runTestsAsynchronous')).length, 1);
    assert.deepEqual(
        fake.queries('ApexTestRunResult').map((call) => Boolean(call.dropped)),
        [true, false]
    );
    assert.match(result.stderr, /Checking test run 707\w+: ECONNRESET: .*\?q=\.\.\. .*retrying/);
});

test('a run still going at --wait is a timeout (exit 7) with the run id, not aborted; --resume reports it', async (t) => {
    const { fake, project, run } = await setup(t, { testRun: { neverFinishes: true } });
    const timedOut = await run(['test', '--wait', '0.003']);
    assert.equal(timedOut.code, EXIT.TIMEOUT, timedOut.output);
    const [runId] = fake.testRuns.keys();
    assert.match(timedOut.stderr, new RegExp(`test run ${runId} is still Processing in the org; it was not aborted`));
    assert.match(timedOut.stderr, new RegExp(`npm run org:test -- --resume ${runId}`));
    assert.equal(fake.requests.filter((call) => call.method === 'PATCH').length, 0);

    fake.scenario.testRun.neverFinishes = false;
    const resumed = await run(['test', '--resume', runId, '--reports-dir', 'resumed']);
    assert.equal(resumed.code, EXIT.OK, resumed.output);
    assert.equal(fake.requests.filter((call) => call.path.endsWith('/runTestsAsynchronous')).length, 1);
    assert.match(readReports(project, 'resumed').junit, /tests="3"/);
});

test('Ctrl-C aborts the queued test classes of the run this script started, then exits 130', async (t) => {
    const { fake, run } = await setup(t, { testRun: { neverFinishes: true } });
    const result = await run(['test', '--wait', '1'], {
        onStart: (child) => {
            fake.waitFor((call) => call.from === 'ApexTestRunResult').then(() => child.kill('SIGINT'));
        }
    });
    assert.equal(result.code, EXIT.INTERRUPTED, result.output);
    const [runId] = fake.testRuns.keys();
    const [abort] = fake.requests.filter(
        (call) => call.method === 'PATCH' && call.path.endsWith('/composite/sobjects')
    );
    assert.equal(abort.json.records.length, 3);
    assert.ok(
        abort.json.records.every(
            (record) => record.attributes.type === 'ApexTestQueueItem' && record.Status === 'Aborted'
        )
    );
    assert.match(result.stderr, new RegExp(`Aborted 3 of 3 queued test classes of run ${runId}`));
});

test('a run the org ended as Aborted is a test failure, not a success', async (t) => {
    const { run } = await setup(t, { testRun: { status: 'Aborted', results: [] } });
    const result = await run(['test']);
    assert.equal(result.code, EXIT.TESTS_FAILED, result.output);
    assert.match(result.stderr, /ended Aborted without completing every test class/);
});
