// org:deploy and org:validate against the fake org: what is sent, what is printed, which exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOOD_TOKEN, startFakeOrg } from './fake-org.mjs';
import { cleanEnv, cliRunner, tempProject } from './helpers.mjs';
import { EXIT } from '../../scripts/org/exit-codes.mjs';

async function setup(t, scenario) {
    const fake = await startFakeOrg(scenario);
    t.after(() => fake.close());
    const project = tempProject(t);
    const env = cleanEnv(project.home, { SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: GOOD_TOKEN });
    const run = cliRunner({ root: project.root, env });
    return { fake, project, env, run };
}

const assertNoToken = (result) => assert.ok(!result.output.includes(GOOD_TOKEN), 'the access token was printed');

const PRODUCTION = {
    organization: { IsSandbox: false, TrialExpirationDate: null, OrganizationType: 'Enterprise Edition' }
};

const failure = (fullName, line, problem, extra = {}) => ({
    componentType: 'ApexClass',
    fullName,
    fileName: `classes/${fullName}.cls`,
    lineNumber: line,
    problem,
    ...extra
});

test('deploy to a scratch org: builds first, sends the scratch-only folder, assigns the permission set, loads the data', async (t) => {
    const { fake, project, run } = await setup(t);
    const result = await run(['deploy']);
    assert.equal(result.code, EXIT.OK, result.output);
    assertNoToken(result);

    const [deploy] = fake.deploys.values();
    assert.ok(
        deploy.entries.includes('lwc/callWizard/callWizard.js'),
        'the TypeScript build did not run before the zip was made'
    );
    assert.ok(existsSync(join(project.root, 'force-app/main/default/lwc/callWizard/callWizard.js')));
    assert.ok(
        !deploy.entries.some((name) => name.endsWith('.ts') || name.includes('__tests__')),
        '.forceignore was not honoured'
    );
    assert.ok(deploy.entries.includes('standardValueSets/CaseOrigin.standardValueSet'));
    assert.ok(deploy.entries.includes('classes/VectorReplayTest.cls'));
    assert.equal(deploy.options.checkOnly, 'false');
    assert.equal(deploy.options.rollbackOnError, 'true');

    assert.match(
        result.stdout,
        /Target: scratch org\. Package directories: force-app\/main, force-app\/test, force-app\/scratch\./
    );
    assert.match(result.stdout, new RegExp(`Deploy ${deploy.id} succeeded`));
    assert.deepEqual(
        fake.assignments.map(({ AssigneeId, PermissionSetId }) => ({ AssigneeId, PermissionSetId })),
        [{ AssigneeId: '005FAKE000000001AAA', PermissionSetId: '0PSFAKE000000001AAA' }]
    );

    const byType = (type) => fake.records.filter((record) => record.attributes.type === type);
    assert.equal(byType('Account').length, 2);
    const [ada] = byType('Contact');
    assert.equal(ada.AccountId, byType('Account')[0].Id);
    assert.deepEqual(
        byType('Contract').map((contract) => contract.Status),
        ['Activated', 'Draft']
    );
    const [claCase] = byType('Case');
    assert.equal(claCase.RecordTypeId, '012FAKE000000001AAA');
    assert.equal(claCase.OwnerId, '00GFAKE000000001AAA');
    assert.equal(claCase.Contract__c, byType('Contract')[0].Id);
    assert.equal(claCase.ContactId, ada.Id);
    const inserts = fake.requests.filter((call) => call.path.endsWith('/composite/sobjects') && call.method === 'POST');
    assert.ok(
        inserts.every((call) =>
            call.json.records.every((record) => record.attributes.type !== 'Contract' || record.Status === 'Draft')
        )
    );
});

test('deploy to a production org leaves out force-app/scratch and the sample data; a second deploy skips the assigned permission set', async (t) => {
    const { fake, run } = await setup(t, { ...PRODUCTION, permissionSet: { assigned: true } });
    const result = await run(['deploy', '--skip-build']);
    assert.equal(result.code, EXIT.OK, result.output);
    const [deploy] = fake.deploys.values();
    assert.ok(!deploy.entries.some((name) => name.startsWith('standardValueSets/')));
    assert.match(result.stdout, /force-app\/scratch is for scratch orgs only/);
    assert.match(result.stdout, /Permission set Playbooks_Agent is already assigned/);
    assert.match(result.stdout, /Sample data not loaded: this is a production org/);
    assert.equal(fake.assignments.length, 0);
    assert.equal(fake.records.length, 0);
});

test('--scratch sends the scratch-only folder without asking the org what it is', async (t) => {
    const { fake, run } = await setup(t, PRODUCTION);
    const result = await run(['deploy', '--skip-build', '--scratch', '--skip-data']);
    assert.equal(result.code, EXIT.OK, result.output);
    assert.equal(fake.queries('Organization').length, 0);
    assert.ok([...fake.deploys.values()][0].entries.includes('standardValueSets/CaseOrigin.standardValueSet'));
    assert.match(result.stdout, /Sample data not loaded \(--skip-data\)/);
});

test('one component failure (a single SOAP element) is listed as path:line message, exit 4', async (t) => {
    const { fake, run } = await setup(t, {
        deploy: {
            status: 'Failed',
            componentFailures: [
                failure('PlaybookCallService', 4, 'Variable does not exist: attempt', { columnNumber: 16 })
            ]
        }
    });
    const result = await run(['deploy', '--skip-build']);
    assert.equal(result.code, EXIT.DEPLOY_FAILED, result.output);
    assert.ok(fake.soapCalls('checkDeployStatus').length >= 1);
    assert.match(
        result.stderr,
        /failed with 1 component error:\nforce-app\/main\/default\/classes\/PlaybookCallService\.cls:4 Variable does not exist: attempt \(column 16\)/
    );
    assert.equal(fake.assignments.length, 0, 'nothing may happen after a failed deploy');
    assert.equal(fake.records.length, 0);
});

test('several component failures (a SOAP list) are all listed, each mapped to its source file', async (t) => {
    const { run } = await setup(t, {
        deploy: {
            status: 'Failed',
            componentFailures: [
                failure('PlaybookCallService', 4, 'Variable does not exist: attempt'),
                failure('PlaybookFollowUpScheduler', 2, 'Invalid type: SchedulableContxt'),
                {
                    componentType: 'CustomField',
                    fullName: 'Case.CL_Score_Date__c',
                    fileName: 'objects/Case.object',
                    problem: 'Invalid field type'
                },
                {
                    componentType: 'LightningComponentBundle',
                    fullName: 'callWizard',
                    fileName: 'lwc/callWizard/callWizard.html',
                    lineNumber: 2,
                    problem: 'Unknown tag c-foo'
                }
            ]
        }
    });
    const result = await run(['deploy', '--skip-build']);
    assert.equal(result.code, EXIT.DEPLOY_FAILED, result.output);
    const listed = result.stderr.split('\n').filter((line) => /^force-app\/\S+:\d+ /.test(line));
    assert.deepEqual(listed, [
        'force-app/main/default/classes/PlaybookCallService.cls:4 Variable does not exist: attempt',
        'force-app/main/default/classes/PlaybookFollowUpScheduler.cls:2 Invalid type: SchedulableContxt',
        'force-app/main/default/objects/Case/fields/CL_Score_Date__c.field-meta.xml:0 Invalid field type',
        'force-app/main/default/lwc/callWizard/callWizard.html:2 Unknown tag c-foo'
    ]);
    assert.match(result.stderr, /failed with 4 component errors/);
});

test('a deploy-level error without component failures is still a failure, with its message', async (t) => {
    const { run } = await setup(t, {
        deploy: { status: 'Failed', errorMessage: 'UNKNOWN_EXCEPTION: An unexpected error occurred' }
    });
    const result = await run(['deploy', '--skip-build']);
    assert.equal(result.code, EXIT.DEPLOY_FAILED, result.output);
    assert.match(result.stderr, /failed: UNKNOWN_EXCEPTION: An unexpected error occurred/);
});

test('a connection dropped while polling is retried and the deploy still succeeds', async (t) => {
    const { fake, run } = await setup(t, { deploy: { dropOnPolls: [1, 2] } });
    const result = await run(['deploy', '--skip-build', '--skip-data']);
    assert.equal(result.code, EXIT.OK, result.output);
    const polls = fake.soapCalls('checkDeployStatus');
    assert.deepEqual(
        polls.map((call) => Boolean(call.dropped)),
        [true, true, false]
    );
    assert.equal(fake.soapCalls('deploy').length, 1, 'the deploy itself must never be sent twice');
    assert.match(result.stderr, /Checking deploy 0Af\w+: ECONNRESET: .*retrying in .* \(retry 1 of 5\)/);
    assert.match(result.stderr, /\(retry 2 of 5\)/);
});

test('a connection that keeps dropping ends the deploy command after the retries, never in success', async (t) => {
    const { run } = await setup(t, { deploy: { dropOnPolls: [1, 2, 3] } });
    const result = await run(['deploy', '--skip-build', '--retries', '2']);
    assert.equal(result.code, EXIT.UNEXPECTED, result.output);
    assert.match(result.stderr, /Could not reach the org \(ECONNRESET/);
    assert.doesNotMatch(result.output, /succeeded/);
});

test('a deploy still running at --wait is a timeout (exit 7) with the id; --resume picks it up', async (t) => {
    const { fake, run } = await setup(t, { deploy: { neverFinishes: true } });
    const timedOut = await run(['deploy', '--skip-build', '--wait', '0.003']);
    assert.equal(timedOut.code, EXIT.TIMEOUT, timedOut.output);
    const [deploy] = fake.deploys.values();
    assert.match(
        timedOut.stderr,
        new RegExp(`Timed out .*deploy ${deploy.id} is still InProgress.*it was not cancelled`)
    );
    assert.match(timedOut.stderr, new RegExp(`npm run org:deploy -- --resume ${deploy.id}`));
    assert.equal(fake.soapCalls('cancelDeploy').length, 0);
    assert.doesNotMatch(timedOut.output, /succeeded/);

    fake.scenario.deploy.neverFinishes = false;
    const resumed = await run(['deploy', '--skip-data', '--resume', deploy.id]);
    assert.equal(resumed.code, EXIT.OK, resumed.output);
    assert.equal(fake.soapCalls('deploy').length, 1, '--resume must not deploy again');
    assert.match(resumed.stdout, new RegExp(`Resuming deploy ${deploy.id}`));
    assert.match(resumed.stdout, /succeeded/);
});

test('--resume with something that is not a deploy id is bad usage', async (t) => {
    const { fake, run } = await setup(t);
    const result = await run(['deploy', '--resume', '707000000000001']);
    assert.equal(result.code, EXIT.USAGE, result.output);
    assert.match(result.stderr, /--resume needs a deploy id/);
    assert.equal(fake.requests.length, 0);
});

test('an active scheduled job and a running batch of the package block the deploy before anything is built or sent (exit 8)', async (t) => {
    const { fake, project, run } = await setup(t, {
        asyncJobs: [
            {
                Id: '707FAKE0000000SCH',
                JobType: 'ScheduledApex',
                Status: 'Queued',
                ApexClass: { Name: 'PlaybookFollowUpScheduler' },
                CronTriggerId: '08eFAKE000000001AAA'
            },
            {
                Id: '707FAKE0000000BAT',
                JobType: 'BatchApex',
                Status: 'Processing',
                ApexClass: { Name: 'PlaybookCallService' },
                CronTriggerId: null
            },
            {
                Id: '707FAKE0000000OLD',
                JobType: 'ScheduledApex',
                Status: 'Completed',
                ApexClass: { Name: 'PlaybookCallService' },
                CronTriggerId: '08eFAKE000000002AAA'
            }
        ],
        cronTriggers: [
            {
                Id: '08eFAKE000000001AAA',
                State: 'WAITING',
                NextFireTime: '2030-01-01T02:00:00.000+0000',
                CronJobDetail: { Name: 'CLA follow-ups nightly' }
            },
            { Id: '08eFAKE000000002AAA', State: 'DELETED', NextFireTime: null, CronJobDetail: { Name: 'old' } }
        ]
    });
    const result = await run(['deploy']);
    assert.equal(result.code, EXIT.BLOCKED_BY_JOBS, result.output);
    assert.match(result.stderr, /2 active jobs/);
    assert.match(
        result.stderr,
        /scheduled job "CLA follow-ups nightly" \(PlaybookFollowUpScheduler\), state WAITING, next run 2030-01-01T02:00/
    );
    assert.match(result.stderr, /BatchApex job of PlaybookCallService, status Processing/);
    assert.match(result.stderr, /Setup > Scheduled Jobs/);
    assert.match(
        result.stderr,
        /Allow deployments of components when corresponding Apex jobs are pending or in\s+progress/
    );
    assert.doesNotMatch(result.stderr, /"old"/);
    assert.equal(fake.soapCalls('deploy').length, 0);
    assert.ok(
        !existsSync(join(project.root, 'force-app/main/default/lwc/callWizard/callWizard.js')),
        'the build ran although the deploy was blocked'
    );
    const [jobQuery] = fake.queries('AsyncApexJob');
    assert.match(
        jobQuery.soql,
        /ApexClass\.Name IN \('PlaybookCallService', 'PlaybookCallServiceTest', 'PlaybookFollowUpScheduler'/
    );
    assert.match(jobQuery.soql, /Status IN \('Queued', 'Processing', 'Preparing', 'Holding'\)/);
    assert.match(fake.queries('CronTrigger')[0].soql, /State IN \('WAITING', 'ACQUIRED', 'EXECUTING'\)/);

    const allowed = await run(['deploy', '--skip-build', '--skip-data', '--allow-pending-jobs']);
    assert.equal(allowed.code, EXIT.OK, allowed.output);
});

test('a failing TypeScript build stops the deploy before anything is sent (exit 4)', async (t) => {
    const { fake, env, run } = await setup(t);
    // the build inherits the CLI's environment, which is how the fixture build is told to fail
    const result = await run(['deploy'], { env: { ...env, FIXTURE_BUILD_FAILS: '1' } });
    assert.equal(result.code, EXIT.DEPLOY_FAILED, result.output);
    assert.match(result.stderr, /error TS2304/);
    assert.match(result.stderr, /The TypeScript build failed \(exit 2\); nothing was deployed/);
    assert.equal(fake.soapCalls('deploy').length, 0);
});

test('Ctrl-C while waiting cancels the deploy this script started, then exits 130', async (t) => {
    const { fake, run } = await setup(t, { deploy: { neverFinishes: true } });
    const finished = run(['deploy', '--skip-build', '--wait', '1'], {
        onStart: (child) => {
            fake.waitFor((call) => call.soapMethod === 'checkDeployStatus').then(() => child.kill('SIGINT'));
        }
    });
    const result = await finished;
    assert.equal(result.code, EXIT.INTERRUPTED, result.output);
    const [deploy] = fake.deploys.values();
    assert.deepEqual(
        fake.soapCalls('cancelDeploy').map((call) => call.body.includes(`<id>${deploy.id}</id>`)),
        [true]
    );
    assert.equal(deploy.canceled, true);
    assert.match(result.stderr, /Ctrl-C received/);
    assert.match(result.stderr, new RegExp(`Cancel requested for deploy ${deploy.id}`));
});

test('validate: a check-only deploy running the package tests writes reports and passes the gate', async (t) => {
    const { fake, project, run } = await setup(t, {
        deploy: {
            runTestResult: {
                numTestsRun: 3,
                numFailures: 0,
                totalTime: 50,
                successes: [
                    { id: '01p1', name: 'PlaybookCallServiceTest', methodName: 'countsTheFirstAttempt', time: 10 },
                    { id: '01p2', name: 'PlaybookFollowUpSchedulerTest', methodName: 'runsWithoutError', time: 20 },
                    { id: '01p3', name: 'VectorReplayTest', methodName: 'replaysEveryVector', time: 20 }
                ],
                codeCoverage: [
                    {
                        id: '01pA',
                        name: 'PlaybookCallService',
                        type: 'Class',
                        numLocations: 3,
                        numLocationsNotCovered: 0
                    },
                    {
                        id: '01pB',
                        name: 'PlaybookFollowUpScheduler',
                        type: 'Class',
                        numLocations: 2,
                        numLocationsNotCovered: 0
                    },
                    { id: '01qC', name: 'CaseTrigger', type: 'Trigger', numLocations: 2, numLocationsNotCovered: 0 }
                ]
            }
        }
    });
    const result = await run(['validate', '--skip-build', '--reports-dir', 'out/ci']);
    assert.equal(result.code, EXIT.OK, result.output);
    const [deploy] = fake.deploys.values();
    assert.equal(deploy.options.checkOnly, 'true');
    assert.equal(deploy.options.testLevel, 'RunSpecifiedTests');
    assert.deepEqual(deploy.options.runTests, [
        'PlaybookCallServiceTest',
        'PlaybookFollowUpSchedulerTest',
        'VectorReplayTest'
    ]);
    assert.match(result.stdout, /Validation 0Af\w+ succeeded/);
    assert.match(result.stdout, /Coverage of the package's Apex: 100\.00% \(7\/7 lines\), gate 85%/);
    const junit = readFileSync(join(project.root, 'out/ci/apex-junit.xml'), 'utf8');
    assert.match(junit, /tests="3" failures="0"/);
    const coverage = JSON.parse(readFileSync(join(project.root, 'out/ci/apex-coverage.json'), 'utf8'));
    assert.equal(coverage.passed, true);
    assert.equal(coverage.source, 'deploy runTestResult');
    assert.equal(fake.assignments.length + fake.records.length, 0, 'a validation changes nothing');
});

test('validate with a failing test (a single SOAP failure element) exits 5 and points at the test line', async (t) => {
    const { run } = await setup(t, {
        deploy: {
            status: 'Failed',
            runTestResult: {
                numTestsRun: 1,
                numFailures: 1,
                totalTime: 5,
                failures: [
                    {
                        id: '01p1',
                        name: 'PlaybookCallServiceTest',
                        methodName: 'countsTheFirstAttempt',
                        message: 'System.AssertException: Assertion Failed: Expected: 1, Actual: 2',
                        stackTrace: 'Class.PlaybookCallServiceTest.countsTheFirstAttempt: line 5, column 1',
                        type: 'Class',
                        packageName: 'PlaybookCallServiceTest',
                        time: 5
                    }
                ],
                codeCoverage: [
                    {
                        id: '01pA',
                        name: 'PlaybookCallService',
                        type: 'Class',
                        numLocations: 3,
                        numLocationsNotCovered: 0
                    }
                ]
            }
        }
    });
    const result = await run(['validate', '--skip-build', '--tests', 'PlaybookCallServiceTest']);
    assert.equal(result.code, EXIT.TESTS_FAILED, result.output);
    assert.match(
        result.stdout,
        /force-app\/main\/default\/classes\/PlaybookCallServiceTest\.cls:5 PlaybookCallServiceTest\.countsTheFirstAttempt: System\.AssertException: Assertion Failed: Expected: 1, Actual: 2/
    );
    assert.match(result.stderr, /Apex tests failed; nothing was changed in the org/);
});

test('validate that passes in the org but is under our coverage gate exits 6; --min-coverage moves the gate', async (t) => {
    const { run } = await setup(t, {
        deploy: {
            runTestResult: {
                numTestsRun: 1,
                numFailures: 0,
                successes: {
                    id: '01p1',
                    name: 'PlaybookCallServiceTest',
                    methodName: 'countsTheFirstAttempt',
                    time: 5
                },
                codeCoverage: [
                    {
                        id: '01pA',
                        name: 'PlaybookCallService',
                        type: 'Class',
                        numLocations: 10,
                        numLocationsNotCovered: 2
                    },
                    {
                        id: '01pB',
                        name: 'PlaybookFollowUpScheduler',
                        type: 'Class',
                        numLocations: 10,
                        numLocationsNotCovered: 2
                    },
                    { id: '01qC', name: 'CaseTrigger', type: 'Trigger', numLocations: 10, numLocationsNotCovered: 2 }
                ]
            }
        }
    });
    const low = await run(['validate', '--skip-build']);
    assert.equal(low.code, EXIT.COVERAGE_BELOW_GATE, low.output);
    assert.match(low.stdout, /80\.00% \(24\/30 lines\), gate 85% - BELOW THE GATE/);
    const lowered = await run(['validate', '--skip-build', '--min-coverage', '80']);
    assert.equal(lowered.code, EXIT.OK, lowered.output);
});

test('validate rejected by the org for coverage alone (codeCoverageWarnings) exits 6', async (t) => {
    const { run } = await setup(t, {
        deploy: {
            status: 'Failed',
            runTestResult: {
                numTestsRun: 1,
                numFailures: 0,
                successes: {
                    id: '01p1',
                    name: 'PlaybookCallServiceTest',
                    methodName: 'countsTheFirstAttempt',
                    time: 5
                },
                codeCoverage: {
                    id: '01pA',
                    name: 'PlaybookCallService',
                    type: 'Class',
                    numLocations: 3,
                    numLocationsNotCovered: 0
                },
                codeCoverageWarnings: {
                    id: '01pB',
                    name: 'PlaybookFollowUpScheduler',
                    message: 'Test coverage of selected Apex Class is 0%, at least 75% test coverage is required'
                }
            }
        }
    });
    const result = await run(['validate', '--skip-build', '--min-coverage', '0']);
    assert.equal(result.code, EXIT.COVERAGE_BELOW_GATE, result.output);
    assert.match(
        result.stdout,
        /coverage warning: PlaybookFollowUpScheduler: Test coverage of selected Apex Class is 0%/
    );
});
