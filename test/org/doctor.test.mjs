// org:doctor against the fake org: one test per check with its ok, warn and fail paths, the no-org path,
// and proof that it only reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { GOOD_TOKEN, startFakeOrg } from './fake-org.mjs';
import { cleanEnv, cliRunner, tempProject } from './helpers.mjs';
import { EXIT } from '../../scripts/org/exit-codes.mjs';
import { CHECKS } from '../../scripts/org/doctor/registry.mjs';
import {
    caseBusinessProcesses,
    integrationMonitorJobName,
    purgeJobName,
    shippedNotificationTypes,
    scratchValueSet,
    shippedQueues,
    shippedSettings
} from '../../scripts/org/doctor/project-facts.mjs';

const DOCTOR_FIXTURE = fileURLToPath(new URL('./fixtures/doctor', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const JOB = 'Service Playbooks: purge request keys';

/** The fixture project with what org:doctor reads from a project, run against a fake org with `scenario`. */
async function doctor(t, scenario = {}, { prepare } = {}) {
    const fake = await startFakeOrg(scenario);
    t.after(() => fake.close());
    const project = tempProject(t);
    cpSync(DOCTOR_FIXTURE, project.root, { recursive: true });
    prepare?.(project.root);
    const env = cleanEnv(project.home, { SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: GOOD_TOKEN });
    const result = await cliRunner({ root: project.root, env })(['doctor', '--retries', '1']);
    const lines = result.stdout
        .split('\n')
        .map((line) => /^(ok|warn|fail) ([\w-]+): (.*)$/.exec(line))
        .filter(Boolean)
        .map(([, status, check, text]) => ({ status, check, text }));
    const of = (check) => lines.filter((line) => line.check === check);
    return { fake, result, lines, of };
}

/** The one line a check printed, asserting its status and that it reads as `what — fix` when it is not ok. */
function lineOf(run, check, status) {
    const found = run.of(check);
    assert.equal(found.length, 1, `${check}: expected one line, got ${JSON.stringify(found)}\n${run.result.output}`);
    assert.equal(found[0].status, status, `${check}: ${found[0].text}`);
    if (status !== 'ok') assert.match(found[0].text, / — \S/, `${check} says what is wrong but not how to fix it`);
    return found[0].text;
}

test('a healthy org: every check is ok, exit 0, and only GET requests reach the org', async (t) => {
    const run = await doctor(t, {
        cronTriggers: [
            {
                Id: '08eJOB',
                State: 'WAITING',
                NextFireTime: '2031-01-02T02:00:00.000+0000',
                CronJobDetail: { Name: JOB }
            }
        ]
    });
    assert.equal(run.result.code, EXIT.OK, run.result.output);
    assert.deepEqual(
        [...new Set(run.lines.map((line) => line.check))],
        CHECKS.map((check) => check.name),
        'every registered check reports, in the registry order'
    );
    assert.deepEqual(
        run.lines.filter((line) => line.status !== 'ok'),
        []
    );
    assert.match(run.result.stdout, /org:doctor: 21 ok, 0 warn, 0 fail\. Nothing was changed in the org\./);
    const writes = run.fake.requests.filter((call) => call.method !== 'GET');
    assert.deepEqual(writes, [], 'org:doctor sent a request that is not a read');
    assert.equal(run.fake.soapCalls('deploy').length, 0);
});

test('without an org, org:doctor fails at once with the ways to authorise (exit 2)', async (t) => {
    const project = tempProject(t);
    const result = await cliRunner({ root: project.root, env: cleanEnv(project.home) })(['doctor']);
    assert.equal(result.code, EXIT.USAGE, result.output);
    assert.match(result.stderr, /No org is configured/);
    assert.match(result.stderr, /npx sf org login web --alias playbooks/);
    assert.match(result.stderr, /SF_INSTANCE_URL=.*SF_ACCESS_TOKEN/);
    assert.match(result.stderr, /SFDX_AUTH_URL=force:\/\/\.\.\. or pass --auth-url-file/);
    assert.doesNotMatch(result.stdout, /^(ok|warn|fail) /m);
});

test('settings: read from the org; before the install the shipped record stands in; a missing Default record warns', async (t) => {
    const installed = await doctor(t);
    assert.match(lineOf(installed, 'settings', 'ok'), /Playbook_Setting__mdt\.Default read from the org/);

    const before = await doctor(t, { settingsRecord: 'not-installed' });
    assert.match(
        lineOf(before, 'settings', 'warn'),
        /not in the org \(the package is not installed yet\).*force-app\/main\/default\/customMetadata\/Playbook_Setting\.Default\.md-meta\.xml/
    );
    // the shipped record names the Origin value and leaves the usernames blank
    assert.match(lineOf(before, 'case-origin', 'ok'), /"Customer Loyalty"/);
    assert.equal(
        before.of('users').every((line) => line.status === 'warn'),
        true
    );

    const noRecord = await doctor(t, { settingsRecord: null });
    assert.match(
        lineOf(noRecord, 'settings', 'warn'),
        /has no Default record, so the package runs on its built-in values — restore/
    );
});

test('case-origin: the value the settings name must exist and be active (fail otherwise, exit 9)', async (t) => {
    const missing = await doctor(t, {
        picklists: {
            Case: {
                Origin: ['Phone', 'Web'],
                Status: ['New', 'Working', 'Escalated', 'Closed'],
                Type: ['Other'],
                Reason: ['Other']
            }
        }
    });
    assert.equal(missing.result.code, EXIT.PRECONDITIONS_FAILED, missing.result.output);
    assert.match(
        lineOf(missing, 'case-origin', 'fail'),
        /Case Origin has no value "Customer Loyalty" .* — add it: Setup > Object Manager > Case > Fields & Relationships > Case Origin/
    );
    assert.match(missing.result.stdout, /org:doctor: \d+ ok, \d+ warn, 1 fail\./);

    const inactive = await doctor(t, {
        inactivePicklistValues: { Case: { Origin: ['Customer Loyalty'] } },
        picklists: {
            Case: {
                Origin: ['Phone'],
                Status: ['New', 'Working', 'Escalated', 'Closed'],
                Type: ['Other'],
                Reason: ['Other']
            }
        }
    });
    assert.match(lineOf(inactive, 'case-origin', 'fail'), /"Customer Loyalty" is inactive.* — activate it/);

    const renamed = await doctor(t, {
        settingsRecord: {
            DeveloperName: 'Default',
            Support_Case_Origin__c: 'Loyalty Calls',
            Team_Loyalty_Queue__c: 'Team_Loyalty',
            Back_Office_Queue__c: 'Back_Office',
            Manager_Username__c: 'manager@playbooks.test',
            Data_Steward_Username__c: 'steward@playbooks.test'
        }
    });
    assert.match(lineOf(renamed, 'case-origin', 'fail'), /no value "Loyalty Calls"/);
});

test('case-status: every value of the business process must be active, and Closed a closed status', async (t) => {
    const healthy = await doctor(t);
    assert.match(
        lineOf(healthy, 'case-status', 'ok'),
        /"New", "Working", "Escalated" and "Closed", the values of Customer_Loyalty_Assessment_Process \("Closed" closed\)/
    );

    const trimmed = await doctor(t, {
        picklists: {
            Case: {
                Origin: ['Customer Loyalty'],
                Status: ['New', 'Closed', 'On Hold'],
                Type: ['Other'],
                Reason: ['Other']
            }
        }
    });
    assert.equal(trimmed.result.code, EXIT.PRECONDITIONS_FAILED);
    assert.match(
        lineOf(trimmed, 'case-status', 'fail'),
        /lacks "Working" and "Escalated", which the business process Customer_Loyalty_Assessment_Process lists, so the package does not install — add or activate them before installing/
    );

    const openClosed = await doctor(t, {
        caseStatuses: [
            { ApiName: 'New', IsClosed: false },
            { ApiName: 'Working', IsClosed: false },
            { ApiName: 'Escalated', IsClosed: false },
            { ApiName: 'Closed', IsClosed: false }
        ]
    });
    assert.match(lineOf(openClosed, 'case-status', 'fail'), /"Closed" is not a closed status.* — tick "Closed"/);
});

test('case-type-reason: no active value fails; values the replay vectors send but the org lacks warn', async (t) => {
    const healthy = await doctor(t);
    assert.equal(healthy.of('case-type-reason').length, 2);
    assert.ok(healthy.of('case-type-reason').every((line) => line.status === 'ok'));

    const run = await doctor(t, {
        picklists: {
            Case: {
                Origin: ['Customer Loyalty'],
                Status: ['New', 'Working', 'Escalated', 'Closed'],
                Type: [],
                Reason: ['Installation']
            }
        }
    });
    const [type, reason] = run.of('case-type-reason');
    assert.equal(type.status, 'fail');
    assert.match(type.text, /Case Type has no active value, so a support case cannot be opened from a CLA call — add/);
    assert.equal(reason.status, 'warn');
    assert.match(
        reason.text,
        /Case Reason has 1 active values but not "Other", which the Apex replay vectors send: those tests fail in this org — add it/
    );
});

test('shared-activities: on when TaskRelation exists, otherwise a warning that says it is a Setup-only switch', async (t) => {
    assert.match(lineOf(await doctor(t), 'shared-activities', 'ok'), /on \(TaskRelation exists\)/);
    const off = lineOf(await doctor(t, { sharedActivities: false }), 'shared-activities', 'warn');
    assert.match(off, /off \(no TaskRelation\)/);
    assert.match(off, /Setup > Activity Settings > "Allow Users to Relate Multiple Contacts to Tasks and Events"/);
    assert.match(off, /no deploy can turn it on/);
});

test('entitlement-management: on when Entitlement exists, otherwise a warning that the contract decides and the entitlement tests fail', async (t) => {
    assert.match(lineOf(await doctor(t), 'entitlement-management', 'ok'), /on \(Entitlement exists\)/);
    const off = lineOf(await doctor(t, { entitlements: false }), 'entitlement-management', 'warn');
    assert.match(off, /off \(no Entitlement\): Find Caller qualifies callers by procedure 001's active contract/);
    assert.match(off, /Setup > Entitlement Settings > "Enable Entitlement Management"/);
});

test('activity-sharing: Private and Controlled by Parent are ok; another model or an unreadable one warns', async (t) => {
    assert.match(
        lineOf(await doctor(t), 'activity-sharing', 'ok'),
        /Activity org-wide default is Private \(the default\)/
    );
    assert.match(
        lineOf(await doctor(t, { activitySharingModel: 'ControlledByParent' }), 'activity-sharing', 'ok'),
        /Controlled by Parent/
    );
    assert.match(
        lineOf(await doctor(t, { activitySharingModel: 'ReadWrite' }), 'activity-sharing', 'warn'),
        /is ReadWrite, which the package was not built for — set it/
    );
    const unreadable = await doctor(t, { activitySharingModel: null });
    assert.match(
        lineOf(unreadable, 'activity-sharing', 'warn'),
        /could not be read .* — check it in Setup > Sharing Settings/
    );
    const tooling = unreadable.fake.queries('EntityDefinition');
    assert.equal(tooling.length, 1);
    assert.equal(tooling[0].tooling, true, 'EntityDefinition is read through the Tooling API');
});

test('queues: each must exist and hold cases (fail); a queue without members warns', async (t) => {
    const healthy = await doctor(t);
    assert.deepEqual(
        healthy.of('queues').map((line) => line.text),
        ['queue Back_Office holds cases and has 2 members', 'queue Team_Loyalty holds cases and has 1 member']
    );
    const run = await doctor(t, {
        queues: [
            { Id: '00GFAKE00000000BOQ', DeveloperName: 'Back_Office', sobjects: ['Lead'], members: ['005X'] },
            { Id: '00GFAKE000000TLQ2', DeveloperName: 'Team_Loyalty', sobjects: ['Case'], members: [] }
        ]
    });
    const [backOffice, teamLoyalty] = run.of('queues');
    assert.equal(backOffice.status, 'fail');
    assert.match(backOffice.text, /queue Back_Office does not hold cases — add Case to its Supported Objects/);
    assert.equal(teamLoyalty.status, 'warn');
    assert.match(
        teamLoyalty.text,
        /queue Team_Loyalty has no members: .* — add the team to it: Setup > Queues > Team_Loyalty/
    );

    const gone = await doctor(t, { queues: [] });
    assert.ok(
        gone
            .of('queues')
            .every(
                (line) => line.status === 'fail' && /does not exist, so cases cannot be routed to it/.test(line.text)
            )
    );
    const beforeInstall = await doctor(t, { queues: [], settingsRecord: 'not-installed' });
    assert.ok(
        beforeInstall.of('queues').every((line) => line.status === 'warn' && /the package installs it/.test(line.text))
    );
});

test('users: the settings usernames must be active users; blank ones warn', async (t) => {
    const healthy = await doctor(t, {
        users: [
            { Username: 'MANAGER@playbooks.test', Name: 'Mona Manager', IsActive: true },
            { Username: 'steward@playbooks.test', Name: 'Sam Steward', IsActive: true }
        ]
    });
    assert.deepEqual(
        healthy.of('users').map((line) => line.text),
        [
            'Manager Username "manager@playbooks.test" is the active user Mona Manager',
            'Data Steward Username "steward@playbooks.test" is the active user Sam Steward'
        ]
    );
    const run = await doctor(t, {
        settingsRecord: {
            DeveloperName: 'Default',
            Support_Case_Origin__c: 'Customer Loyalty',
            Team_Loyalty_Queue__c: 'Team_Loyalty',
            Back_Office_Queue__c: 'Back_Office',
            Manager_Username__c: 'gone@playbooks.test',
            Data_Steward_Username__c: 'steward@playbooks.test'
        },
        users: [{ Username: 'steward@playbooks.test', Name: 'Sam Steward', IsActive: false }]
    });
    assert.equal(run.result.code, EXIT.PRECONDITIONS_FAILED);
    const [manager, steward] = run.of('users');
    assert.match(manager.text, /Manager Username "gone@playbooks\.test" is not a user of this org — correct it/);
    assert.equal(manager.status, 'fail');
    assert.match(steward.text, /"steward@playbooks\.test" \(Sam Steward\) is inactive — name an active user/);
    assert.equal(steward.status, 'fail');

    const blank = await doctor(t, {
        settingsRecord: {
            DeveloperName: 'Default',
            Support_Case_Origin__c: 'Customer Loyalty',
            Team_Loyalty_Queue__c: 'Team_Loyalty',
            Back_Office_Queue__c: 'Back_Office',
            Manager_Username__c: null,
            Data_Steward_Username__c: ' ',
            Phone_System_Username__c: null
        }
    });
    assert.ok(blank.of('users').every((line) => line.status === 'warn' && /is blank — fill it in/.test(line.text)));
    assert.equal(blank.fake.queries('User').length, 0, 'no user query is needed when no username is set');
});

test('duplicate-rules: an active contact rule warns and is named; inactive rules and other objects do not count', async (t) => {
    assert.match(lineOf(await doctor(t), 'duplicate-rules', 'ok'), /no active contact duplicate rule/);
    const run = await doctor(t, {
        duplicateRules: [
            {
                DeveloperName: 'Standard_Contact_Duplicate_Rule',
                MasterLabel: 'Standard Contact Duplicate Rule',
                SobjectType: 'Contact',
                IsActive: true
            },
            { DeveloperName: 'Old_Rule', MasterLabel: 'Old Rule', SobjectType: 'Contact', IsActive: false },
            { DeveloperName: 'Lead_Rule', MasterLabel: 'Lead Rule', SobjectType: 'Lead', IsActive: true }
        ]
    });
    const text = lineOf(run, 'duplicate-rules', 'warn');
    assert.match(
        text,
        /Standard Contact Duplicate Rule \(Standard_Contact_Duplicate_Rule\)\. A new contact it matches is refused as a duplicate/
    );
    assert.doesNotMatch(text, /Old Rule|Lead Rule/);
});

test('person-accounts: off is ok; on warns', async (t) => {
    assert.match(lineOf(await doctor(t), 'person-accounts', 'ok'), /^off/);
    assert.match(
        lineOf(await doctor(t, { personAccounts: true }), 'person-accounts', 'warn'),
        /^on: .* — before agents use it/
    );
});

test('scheduled-jobs: the purge job by its name in PlaybookRequestPurge.JOB_NAME; missing or stopped warns with how to schedule it', async (t) => {
    const missing = await doctor(t);
    const text = lineOf(missing, 'scheduled-jobs', 'warn');
    assert.match(text, /the purge job "Service Playbooks: purge request keys" is not scheduled/);
    assert.match(
        text,
        /Setup > Apex Classes > Schedule Apex \(class PlaybookRequestPurge\), or run the anonymous Apex PlaybookRequestPurge\.scheduleDaily\(\);/
    );
    assert.match(text, /Playbooks_Admin/);
    assert.match(
        missing.fake.queries('CronTrigger')[0].soql,
        /WHERE CronJobDetail\.Name = 'Service Playbooks: purge request keys'/
    );
    assert.equal(missing.result.code, EXIT.OK, 'a warning alone does not fail org:doctor');

    const errored = await doctor(t, {
        cronTriggers: [{ Id: '08eERR', State: 'ERROR', NextFireTime: null, CronJobDetail: { Name: JOB } }]
    });
    assert.match(
        lineOf(errored, 'scheduled-jobs', 'warn'),
        /is ERROR, so it does not run — delete it in Setup > Scheduled Jobs/
    );

    const aborted = await doctor(t, {
        cronTriggers: [{ Id: '08eDEL', State: 'DELETED', NextFireTime: null, CronJobDetail: { Name: JOB } }]
    });
    assert.match(lineOf(aborted, 'scheduled-jobs', 'warn'), /is not scheduled/);

    const noClass = await doctor(
        t,
        {},
        { prepare: (root) => rmSync(join(root, 'force-app/main/default/classes/PlaybookRequestPurge.cls')) }
    );
    assert.match(
        lineOf(noClass, 'scheduled-jobs', 'fail'),
        /^unsupported: force-app\/main\/default\/classes\/PlaybookRequestPurge\.cls is not in the project/
    );
});

/** The healthy scenario's settings record with some values changed. */
function settingsWith(values) {
    return {
        DeveloperName: 'Default',
        Support_Case_Origin__c: 'Customer Loyalty',
        Team_Loyalty_Queue__c: 'Team_Loyalty',
        Back_Office_Queue__c: 'Back_Office',
        Manager_Username__c: 'manager@playbooks.test',
        Data_Steward_Username__c: 'steward@playbooks.test',
        Phone_System_Username__c: 'cxone@playbooks.test',
        Phone_Tasks_By_Call_Object__c: false,
        Installer_Contact_Record_Type__c: 'Installer_Contact',
        Additional_Dispositions_Field__c: 'Additional_Dispositions__c',
        ...values
    };
}

test("phone-system: the integration user must be an active user; the CallObject rule alone is ok; neither warns", async (t) => {
    assert.match(lineOf(await doctor(t), 'phone-system', 'ok'), /owned by CXone Integration \("cxone@playbooks\.test"\)/);
    const unknown = await doctor(t, { settingsRecord: settingsWith({ Phone_System_Username__c: 'nobody@playbooks.test' }) });
    assert.equal(unknown.result.code, EXIT.PRECONDITIONS_FAILED);
    assert.match(lineOf(unknown, 'phone-system', 'fail'), /"nobody@playbooks\.test" is not a user of this org — correct it/);
    const inactive = await doctor(t, {
        users: [{ Username: 'cxone@playbooks.test', Name: 'CXone Integration', IsActive: false }],
        settingsRecord: settingsWith({ Manager_Username__c: null, Data_Steward_Username__c: null })
    });
    assert.match(lineOf(inactive, 'phone-system', 'fail'), /is inactive, so its tasks are not taken over/);
    const byCallObject = await doctor(t, { settingsRecord: settingsWith({ Phone_System_Username__c: null, Phone_Tasks_By_Call_Object__c: true }) });
    assert.match(lineOf(byCallObject, 'phone-system', 'ok'), /Call Object Identifier, still owned by their creator/);
    const neither = await doctor(t, { settingsRecord: settingsWith({ Phone_System_Username__c: null }) });
    assert.match(lineOf(neither, 'phone-system', 'warn'), /not offered to agents and they assign them by hand — fill in/);
});

test('installer-contact-record-type: the named Contact record type, active; absent, inactive or not named warns', async (t) => {
    assert.match(lineOf(await doctor(t), 'installer-contact-record-type', 'ok'), /get the Contact record type "Installer_Contact"/);
    const queries = (await doctor(t)).fake.queries('RecordType');
    assert.ok(queries.some((call) => /SobjectType = 'Contact' AND DeveloperName = 'Installer_Contact'/.test(call.soql)), 'read by its DeveloperName on Contact');
    const absent = await doctor(t, {
        recordTypes: [{ Id: '012FAKE000000001AAA', SobjectType: 'Case', DeveloperName: 'Customer_Loyalty_Assessment', IsActive: true }]
    });
    assert.equal(absent.result.code, EXIT.OK, 'the package works without it');
    assert.match(lineOf(absent, 'installer-contact-record-type', 'warn'), /Contact has no record type "Installer_Contact".* — create it/);
    const inactive = await doctor(t, {
        recordTypes: [{ Id: '012FAKE000000002AAA', SobjectType: 'Contact', DeveloperName: 'Installer_Contact', IsActive: false }]
    });
    assert.match(lineOf(inactive, 'installer-contact-record-type', 'warn'), /is inactive.* — activate it/);
    const blank = await doctor(t, { settingsRecord: settingsWith({ Installer_Contact_Record_Type__c: null }) });
    // a blank value in the org falls back to the shipped one, as PlaybookSettings does
    assert.match(lineOf(blank, 'installer-contact-record-type', 'ok'), /"Installer_Contact"/);
});

test('additional-dispositions: the named Task picklist; absent warns, another field type fails', async (t) => {
    assert.match(
        lineOf(await doctor(t), 'additional-dispositions', 'ok'),
        /Log a Call offers Task\.Additional_Dispositions__c \(several values, 2 active\)/
    );
    const absent = await doctor(t, { describeFields: { Task: [] } });
    assert.equal(absent.result.code, EXIT.OK, 'the package works without it');
    assert.match(lineOf(absent, 'additional-dispositions', 'warn'), /Task has no field "Additional_Dispositions__c".* — name the phone system's field/);
    const text = await doctor(t, { describeFields: { Task: [{ name: 'Additional_Dispositions__c', type: 'string' }] } });
    assert.equal(text.result.code, EXIT.PRECONDITIONS_FAILED);
    assert.match(lineOf(text, 'additional-dispositions', 'fail'), /is a string field, not a picklist.* — name the phone system's dispositions picklist/);
    const namespaced = await doctor(t, {
        settingsRecord: settingsWith({ Additional_Dispositions_Field__c: 'cxone__Dispositions__c' }),
        describeFields: { Task: [{ name: 'cxone__Dispositions__c', type: 'picklist', picklistValues: [{ value: 'Warranty', active: true }] }] }
    });
    assert.match(lineOf(namespaced, 'additional-dispositions', 'ok'), /Task\.cxone__Dispositions__c \(one value, 1 active\)/);
});

test('a check the org refuses to answer fails with the reason; the other checks still report', async (t) => {
    const run = await doctor(t, {
        queryErrors: {
            DuplicateRule: { errorCode: 'INSUFFICIENT_ACCESS', message: 'insufficient access rights on object id' }
        }
    });
    assert.equal(run.result.code, EXIT.PRECONDITIONS_FAILED);
    assert.match(
        lineOf(run, 'duplicate-rules', 'fail'),
        /could not be checked \(INSUFFICIENT_ACCESS: insufficient access rights on object id\) — run org:doctor as a user with View Setup and Configuration/
    );
    assert.equal(run.of('person-accounts').length, 1);
    assert.equal(run.of('scheduled-jobs').length, 1);
});

test("the facts org:doctor reads from this repository's own metadata", () => {
    const [process] = caseBusinessProcesses(REPO);
    assert.equal(process.name, 'Customer_Loyalty_Assessment_Process');
    assert.deepEqual(process.values, ['New', 'Working', 'Escalated', 'Closed']);
    assert.deepEqual(shippedQueues(REPO), ['Back_Office', 'Integrations', 'Team_Loyalty']);
    assert.deepEqual(shippedNotificationTypes(REPO), ['Integration_Case_Update']);
    assert.equal(integrationMonitorJobName(REPO), 'Service Playbooks: integration case clocks');
    const settings = shippedSettings(REPO);
    assert.equal(settings.Support_Case_Origin__c, 'Customer Loyalty');
    assert.equal(settings.Manager_Username__c, null);
    assert.equal(settings.Team_Loyalty_Queue__c, 'Team_Loyalty');
    assert.equal(settings.Integrations_Queue__c, 'Integrations');
    assert.equal(settings.Integration_Waiting_Status__c, 'Waiting');
    assert.equal(settings.Integration_No_Response_Status__c, 'No Response');
    assert.deepEqual(
        scratchValueSet(REPO, 'CaseStatus')
            .filter((value) => value.closed)
            .map((value) => value.name),
        ['Closed']
    );
    assert.equal(purgeJobName(DOCTOR_FIXTURE), JOB);
});

const INTEGRATION_SETTINGS = {
    Integrations_Queue__c: 'Integrations',
    Integration_Waiting_Status__c: 'Waiting',
    Integration_No_Response_Status__c: 'No Response',
    Integration_Business_Hours__c: 'Integrations',
    Integration_Holidays__c: "Christmas Day; New Year's Day"
};
const withIntegrationSettings = (scenario = {}) => {
    const base = { ...startFakeOrgDefaults(), ...scenario };
    return { ...scenario, settingsRecord: { ...base.settingsRecord, ...INTEGRATION_SETTINGS }, picklists: base.picklists };
};
function startFakeOrgDefaults() {
    return {
        settingsRecord: {
            DeveloperName: 'Default',
            Support_Case_Origin__c: 'Customer Loyalty',
            Team_Loyalty_Queue__c: 'Team_Loyalty',
            Back_Office_Queue__c: 'Back_Office',
            Manager_Username__c: 'manager@playbooks.test',
            Data_Steward_Username__c: 'steward@playbooks.test'
        },
        picklists: {
            Case: {
                Origin: ['Phone', 'Email', 'Web', 'Customer Loyalty'],
                Status: ['New', 'Working', 'Escalated', 'Closed'],
                Type: ['Problem', 'Question', 'Other'],
                Reason: ['Installation', 'Performance', 'Other']
            }
        }
    };
}
const withStatuses = (scenario, statuses) => ({
    ...scenario,
    picklists: { Case: { ...scenario.picklists.Case, Status: [...scenario.picklists.Case.Status, ...statuses] } }
});

test('integration-statuses: "Waiting" and "No Response" named in the settings must be active Case Status values (procedure 004)', async (t) => {
    assert.match(lineOf(await doctor(t), 'integration-statuses', 'ok'), /the settings name no integration case status/);
    const missing = await doctor(t, withIntegrationSettings());
    const text = lineOf(missing, 'integration-statuses', 'fail');
    assert.match(text, /Case Status lacks "Waiting" \(Integration_Waiting_Status__c: .*\) and "No Response"/);
    assert.match(text, /Setup > Object Manager > Case > Fields & Relationships > Status > Values > New/);
    const oneMissing = await doctor(t, withStatuses(withIntegrationSettings(), ['Waiting']));
    assert.match(lineOf(oneMissing, 'integration-statuses', 'fail'), /lacks "No Response" \(Integration_No_Response_Status__c/);
    const present = await doctor(t, withStatuses(withIntegrationSettings(), ['Waiting', 'No Response']));
    assert.match(lineOf(present, 'integration-statuses', 'ok'), /Case Status has "Waiting" and "No Response"/);
});

test('business-hours: the business hours and holidays the settings name must exist (warn: the clocks fall back to Monday to Friday)', async (t) => {
    assert.match(lineOf(await doctor(t), 'business-hours', 'ok'), /name no business hours/);
    const none = await doctor(t, withIntegrationSettings());
    const [hours, holidays] = none.of('business-hours');
    assert.equal(hours.status, 'warn');
    assert.match(hours.text, /business hours "Integrations" do not exist, so the 7 business days .* — create them .*Setup > Business Hours/);
    assert.equal(holidays.status, 'warn');
    assert.match(holidays.text, /holidays "Christmas Day" and "New Year's Day" named in Integration Holidays do not exist/);
    assert.match(none.fake.queries('BusinessHours')[0].soql, /WHERE Name = 'Integrations'/);

    const inactive = await doctor(t, { ...withIntegrationSettings(), businessHours: [{ Id: '01mFAKE', Name: 'Integrations', IsActive: false }] });
    assert.match(inactive.of('business-hours')[0].text, /are inactive, so .* — tick Active/);
    assert.equal(inactive.of('business-hours')[0].status, 'warn');

    const oneHoliday = await doctor(t, {
        ...withIntegrationSettings(),
        businessHours: [{ Id: '01mFAKE', Name: 'Integrations', IsActive: true }],
        holidays: [{ Name: 'Christmas Day' }]
    });
    const [okHours, oneMissing] = oneHoliday.of('business-hours');
    assert.equal(okHours.status, 'ok');
    assert.equal(oneMissing.status, 'warn');
    assert.match(oneMissing.text, /holiday "New Year's Day" named in Integration Holidays does not exist, so it counts as business days/);

    const all = await doctor(t, {
        ...withIntegrationSettings(),
        businessHours: [{ Id: '01mFAKE', Name: 'Integrations', IsActive: true }],
        holidays: [{ Name: 'Christmas Day' }, { Name: "New Year's Day" }]
    });
    assert.deepEqual(all.of('business-hours').map((line) => line.status), ['ok', 'ok']);
});

const copyFromRepo = (root, file) => cpSync(join(REPO, file), join(root, file));

test('notification-type: the shipped Integration_Case_Update type must exist once installed (fail), before the install it warns', async (t) => {
    assert.match(lineOf(await doctor(t), 'notification-type', 'ok'), /ships no custom notification type/);
    const withType = { prepare: (root) => copyFromRepo(root, 'force-app/main/default/notificationtypes/Integration_Case_Update.notiftype-meta.xml') };
    const missing = await doctor(t, {}, withType);
    assert.match(
        lineOf(missing, 'notification-type', 'fail'),
        /custom notification type "Integration_Case_Update" does not exist, so case creators are not notified — deploy the package again/
    );
    assert.match(lineOf(await doctor(t, { settingsRecord: 'not-installed' }, withType), 'notification-type', 'warn'), /the package installs it/);
    const present = await doctor(t, { notificationTypes: [{ Id: '0MLFAKE', DeveloperName: 'Integration_Case_Update' }] }, withType);
    assert.match(lineOf(present, 'notification-type', 'ok'), /"Integration_Case_Update" exists/);
});

test('scheduled-jobs: with IntegrationCaseMonitor in the project its daily job is checked too, and missing it warns with how to schedule it as a Playbooks_Admin', async (t) => {
    const withMonitor = { prepare: (root) => copyFromRepo(root, 'force-app/main/default/classes/IntegrationCaseMonitor.cls') };
    const purge = { Id: '08eJOB', State: 'WAITING', NextFireTime: '2031-01-02T02:00:00.000+0000', CronJobDetail: { Name: JOB } };
    const missing = await doctor(t, { cronTriggers: [purge] }, withMonitor);
    const [purgeLine, monitorLine] = missing.of('scheduled-jobs');
    assert.equal(purgeLine.status, 'ok');
    assert.equal(monitorLine.status, 'warn');
    assert.match(monitorLine.text, /the integration case job "Service Playbooks: integration case clocks" is not scheduled, so overdue integration cases are never notified/);
    assert.match(monitorLine.text, /Playbooks_Admin permission set \(the job runs as that user\).*IntegrationCaseMonitor\.scheduleDaily\(\);/);
    const scheduled = await doctor(
        t,
        {
            cronTriggers: [
                purge,
                { Id: '08eINT', State: 'WAITING', NextFireTime: '2031-01-02T07:00:00.000+0000', CronJobDetail: { Name: 'Service Playbooks: integration case clocks' } }
            ]
        },
        withMonitor
    );
    assert.deepEqual(scheduled.of('scheduled-jobs').map((line) => line.status), ['ok', 'ok']);
});

test('queues: the Integrations queue the settings name must exist and hold cases', async (t) => {
    const run = await doctor(t, withIntegrationSettings());
    const integrations = run.of('queues').find((line) => /Integrations/.test(line.text));
    assert.equal(integrations.status, 'fail');
    assert.match(integrations.text, /queue Integrations does not exist, so cases cannot be routed to it/);
});
