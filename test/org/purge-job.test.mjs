// org:deploy schedules the Playbook_Request__c purge job in scratch orgs only, once, by anonymous Apex.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOOD_TOKEN, startFakeOrg } from './fake-org.mjs';
import { cleanEnv, cliRunner, tempProject } from './helpers.mjs';
import { EXIT } from '../../scripts/org/exit-codes.mjs';
import { SCHEDULE_CALL } from '../../scripts/org/purge-job.mjs';

const DOCTOR_FIXTURE = fileURLToPath(new URL('./fixtures/doctor', import.meta.url));
const JOB = 'Service Playbooks: purge request keys';

async function deploy(t, scenario, args = [], { prepare } = {}) {
    const fake = await startFakeOrg(scenario);
    t.after(() => fake.close());
    const project = tempProject(t);
    cpSync(DOCTOR_FIXTURE, project.root, { recursive: true });
    prepare?.(project.root);
    const env = cleanEnv(project.home, { SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: GOOD_TOKEN });
    const result = await cliRunner({ root: project.root, env })(['deploy', '--skip-data', ...args]);
    const anonymous = fake.requests.filter((call) => call.anonymousBody !== undefined);
    return { fake, result, anonymous };
}

test('a scratch org without the purge job: org:deploy schedules it with PlaybookRequestPurge.scheduleDaily()', async (t) => {
    const { fake, result, anonymous } = await deploy(t, { anonymousApex: { schedules: JOB } });
    assert.equal(result.code, EXIT.OK, result.output);
    assert.deepEqual(
        anonymous.map((call) => [call.method, call.tooling, call.anonymousBody]),
        [['GET', true, 'PlaybookRequestPurge.scheduleDaily();']]
    );
    assert.match(
        result.stdout,
        /Scheduled the purge job "Service Playbooks: purge request keys" \(WAITING, next run 2031-01-02T02:00:00\.000\+0000\) with PlaybookRequestPurge\.scheduleDaily\(\);/
    );
    const lookups = fake.queries('CronTrigger').map((call) => call.soql);
    assert.ok(
        lookups.every((soql) => /WHERE CronJobDetail\.Name = 'Service Playbooks: purge request keys'/.test(soql))
    );
    assert.ok(lookups.length >= 2, 'the job is looked up before scheduling and confirmed after');
});

test('a scratch org where the purge job is scheduled already: nothing is sent', async (t) => {
    const { result, anonymous } = await deploy(t, {
        anonymousApex: { schedules: JOB },
        cronTriggers: [
            {
                Id: '08eJOB',
                State: 'WAITING',
                NextFireTime: '2031-01-02T02:00:00.000+0000',
                CronJobDetail: { Name: JOB }
            }
        ]
    });
    assert.equal(result.code, EXIT.OK, result.output);
    assert.equal(anonymous.length, 0);
    assert.match(
        result.stdout,
        /Purge job "Service Playbooks: purge request keys" is already scheduled \(WAITING, next run 2031-01-02T02:00:00\.000\+0000\); nothing to do\./
    );
});

test('a sandbox or production org: not scheduled, and the output says how to schedule it', async (t) => {
    for (const organization of [
        { IsSandbox: true, TrialExpirationDate: null, OrganizationType: 'Enterprise Edition' },
        { IsSandbox: false, TrialExpirationDate: null, OrganizationType: 'Enterprise Edition' }
    ]) {
        const { fake, result, anonymous } = await deploy(t, { organization, anonymousApex: { schedules: JOB } });
        assert.equal(result.code, EXIT.OK, result.output);
        assert.equal(anonymous.length, 0);
        assert.equal(fake.queries('CronTrigger').filter((call) => /CronJobDetail\.Name =/.test(call.soql)).length, 0);
        assert.match(
            result.stdout,
            /Purge job "Service Playbooks: purge request keys" not scheduled: this is a (sandbox|production) org, where an admin schedules it\. To schedule it as a user with the Playbooks_Admin permission set: Setup > Apex Classes > Schedule Apex \(class PlaybookRequestPurge\), or run the anonymous Apex PlaybookRequestPurge\.scheduleDaily\(\);/
        );
    }
});

test('anonymous Apex that fails is a deploy failure that says how to finish by hand (exit 4)', async (t) => {
    const { result, anonymous } = await deploy(t, {
        anonymousApex: {
            compiled: true,
            success: false,
            exceptionMessage: 'System.AsyncException: The Apex job named "x" is already scheduled for execution.'
        }
    });
    assert.equal(result.code, EXIT.DEPLOY_FAILED, result.output);
    assert.equal(anonymous.length, 1, 'a write is sent once, never retried');
    assert.match(
        result.stderr,
        /Scheduling the purge job failed: PlaybookRequestPurge\.scheduleDaily\(\); threw: System\.AsyncException: .* The deploy succeeded; to finish, schedule it as a user with the Playbooks_Admin permission set/
    );

    const notCompiled = await deploy(t, {
        anonymousApex: {
            compiled: false,
            success: false,
            compileProblem: 'Method does not exist or incorrect signature'
        }
    });
    assert.equal(notCompiled.result.code, EXIT.DEPLOY_FAILED);
    assert.match(notCompiled.result.stderr, /did not compile: Method does not exist or incorrect signature/);
});

test('a job scheduled under another name than JOB_NAME is reported, not taken for success (exit 4)', async (t) => {
    const { result } = await deploy(t, { anonymousApex: { schedules: 'Some other name' } });
    assert.equal(result.code, EXIT.DEPLOY_FAILED, result.output);
    assert.match(result.stderr, /ran, but no scheduled job is named "Service Playbooks: purge request keys"/);
});

test('scripts/apex/schedule-purge.apex, the file the docs give admins, makes the same call org:deploy makes', () => {
    const apex = readFileSync(new URL('../../scripts/apex/schedule-purge.apex', import.meta.url), 'utf8');
    const statements = apex.split('\n').filter((line) => line.trim() && !line.trim().startsWith('//'));
    assert.deepEqual(statements, [SCHEDULE_CALL]);
});

/** The purge job org:deploy scheduled last time, as the org lists it: a CronTrigger and its ScheduledApex job. */
const scheduledPurgeJob = () => ({
    asyncJobs: [
        {
            Id: '707FAKE0000PURGE',
            JobType: 'ScheduledApex',
            Status: 'Queued',
            ApexClass: { Name: 'PlaybookRequestPurge' },
            CronTriggerId: '08eFAKE0000PURGE'
        }
    ],
    cronTriggers: [
        {
            Id: '08eFAKE0000PURGE',
            State: 'WAITING',
            NextFireTime: '2031-01-02T02:00:00.000+0000',
            CronJobDetail: { Name: JOB }
        }
    ]
});

test('deploying again to a scratch org: the purge job is unscheduled so the deploy can replace its class, then scheduled again', async (t) => {
    const { fake, result, anonymous } = await deploy(t, { ...scheduledPurgeJob(), anonymousApex: { schedules: JOB } });
    assert.equal(result.code, EXIT.OK, result.output);
    assert.deepEqual(
        anonymous.map((call) => call.anonymousBody),
        ["System.abortJob('08eFAKE0000PURGE');", 'PlaybookRequestPurge.scheduleDaily();']
    );
    const abortedAt = fake.requests.findIndex((call) => call.anonymousBody?.startsWith('System.abortJob'));
    const deployedAt = fake.requests.findIndex((call) => call.soapMethod === 'deploy');
    assert.ok(abortedAt >= 0 && abortedAt < deployedAt, 'the job must be unscheduled before the deploy is sent');
    assert.match(
        result.stdout,
        /Unscheduled the purge job "Service Playbooks: purge request keys" \(08eFAKE0000PURGE\) so that the deploy can replace PlaybookRequestPurge/
    );
    assert.match(result.stdout, /Scheduled the purge job "Service Playbooks: purge request keys"/);
});

test('the purge job is left alone when another job blocks too, or when the org is not a scratch org (exit 8)', async (t) => {
    const both = scheduledPurgeJob();
    both.asyncJobs.push({
        Id: '707FAKE0000000BAT',
        JobType: 'BatchApex',
        Status: 'Processing',
        ApexClass: { Name: 'PlaybookCallService' },
        CronTriggerId: null
    });
    const blocked = await deploy(t, { ...both, anonymousApex: { schedules: JOB } });
    assert.equal(blocked.result.code, EXIT.BLOCKED_BY_JOBS, blocked.result.output);
    assert.equal(blocked.anonymous.length, 0);
    assert.match(blocked.result.stderr, /2 active jobs/);

    const sandbox = await deploy(t, {
        ...scheduledPurgeJob(),
        organization: { IsSandbox: true, TrialExpirationDate: null, OrganizationType: 'Enterprise Edition' }
    });
    assert.equal(sandbox.result.code, EXIT.BLOCKED_BY_JOBS, sandbox.result.output);
    assert.equal(sandbox.anonymous.length, 0);
    assert.match(
        sandbox.result.stderr,
        /scheduled job "Service Playbooks: purge request keys" \(PlaybookRequestPurge\)/
    );
});

test('a purge job that cannot be unscheduled blocks the deploy with the reason and the usual ways out (exit 8)', async (t) => {
    const { fake, result } = await deploy(t, {
        ...scheduledPurgeJob(),
        anonymousApex: { compiled: true, success: false, exceptionMessage: 'System.UnexpectedException: no' }
    });
    assert.equal(result.code, EXIT.BLOCKED_BY_JOBS, result.output);
    assert.match(
        result.stderr,
        /Could not unschedule the purge job for the deploy \(System\.abortJob\('08eFAKE0000PURGE'\); System\.UnexpectedException: no\)/
    );
    assert.match(result.stderr, /Setup > Scheduled Jobs/);
    assert.equal(fake.soapCalls('deploy').length, 0);
});

const MONITOR = 'IntegrationCaseMonitor';
const MONITOR_JOB = 'Service Playbooks: integration case clocks';
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const withMonitor = {
    prepare: (root) => {
        for (const file of [`${MONITOR}.cls`, `${MONITOR}.cls-meta.xml`]) {
            const path = `force-app/main/default/classes/${file}`;
            cpSync(join(REPO, path), join(root, path));
        }
    }
};

test('with IntegrationCaseMonitor in the project, org:deploy schedules its daily job too (procedure 004)', async (t) => {
    const { result, anonymous } = await deploy(
        t,
        { anonymousApex: { schedules: { PlaybookRequestPurge: JOB, [MONITOR]: MONITOR_JOB } } },
        [],
        withMonitor
    );
    assert.equal(result.code, EXIT.OK, result.output);
    assert.deepEqual(
        anonymous.map((call) => call.anonymousBody),
        ['PlaybookRequestPurge.scheduleDaily();', 'IntegrationCaseMonitor.scheduleDaily();']
    );
    assert.match(
        result.stdout,
        /Scheduled the integration case job "Service Playbooks: integration case clocks" \(WAITING, .*\) with IntegrationCaseMonitor\.scheduleDaily\(\);/
    );
});

test('deploying again: both package jobs are unscheduled so the deploy can replace their classes, then scheduled again', async (t) => {
    const scenario = scheduledPurgeJob();
    scenario.asyncJobs.push({
        Id: '707FAKE00000MONIT',
        JobType: 'ScheduledApex',
        Status: 'Queued',
        ApexClass: { Name: MONITOR },
        CronTriggerId: '08eFAKE00000MONIT'
    });
    scenario.cronTriggers.push({
        Id: '08eFAKE00000MONIT',
        State: 'WAITING',
        NextFireTime: '2031-01-02T07:00:00.000+0000',
        CronJobDetail: { Name: MONITOR_JOB }
    });
    const { result, anonymous } = await deploy(
        t,
        { ...scenario, anonymousApex: { schedules: { PlaybookRequestPurge: JOB, [MONITOR]: MONITOR_JOB } } },
        [],
        withMonitor
    );
    assert.equal(result.code, EXIT.OK, result.output);
    assert.deepEqual(anonymous.map((call) => call.anonymousBody).sort(), [
        'IntegrationCaseMonitor.scheduleDaily();',
        'PlaybookRequestPurge.scheduleDaily();',
        "System.abortJob('08eFAKE00000MONIT');",
        "System.abortJob('08eFAKE0000PURGE');"
    ]);
    assert.match(result.stdout, /Unscheduled the integration case job "Service Playbooks: integration case clocks" \(08eFAKE00000MONIT\) so that the deploy can replace IntegrationCaseMonitor/);
});
