// The data plan loader: sf import-tree plans with @refs, $recordType:/$queue: lookups, and contracts
// inserted as Draft then set to their final Status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { GOOD_TOKEN, startFakeOrg } from './fake-org.mjs';
import { FIXTURE_PROJECT, cleanEnv, cliRunner, tempProject } from './helpers.mjs';
import { loadDataPlan, readPlan } from '../../scripts/org/data-plan.mjs';
import { readProject } from '../../scripts/org/project.mjs';
import { EXIT } from '../../scripts/org/exit-codes.mjs';

const require = createRequire(import.meta.url);
const { Connection } = require('@jsforce/jsforce-node');
const quiet = { info() {}, error() {} };
const fastRetry = { retries: 1, baseDelayMs: 1 };
const fixture = readProject(FIXTURE_PROJECT);
const fixturePlan = () => readPlan(join(FIXTURE_PROJECT, 'data/sample-plan.json'), fixture.relative);

async function connectedFake(t, scenario) {
    const fake = await startFakeOrg(scenario);
    t.after(() => fake.close());
    return { fake, conn: new Connection({ instanceUrl: fake.url, accessToken: GOOD_TOKEN, version: '63.0' }) };
}

test('the sample plan loads in order: references resolved, record type and queue looked up, contract activated after insert', async (t) => {
    const { fake, conn } = await connectedFake(t);
    const loaded = await loadDataPlan(conn, fixturePlan(), { retry: fastRetry, out: quiet });
    assert.deepEqual(
        [...loaded],
        [
            ['Account', 2],
            ['Contact', 1],
            ['Contract', 2],
            ['Case', 1]
        ]
    );
    const [recordTypeQuery] = fake.queries('RecordType');
    assert.match(recordTypeQuery.soql, /SobjectType = 'Case' AND DeveloperName = 'Customer_Loyalty_Assessment'/);
    assert.match(fake.queries('Group')[0].soql, /Type = 'Queue' AND DeveloperName = 'CLA_Queue'/);
    const writes = fake.requests.filter((call) => call.path.endsWith('/composite/sobjects'));
    assert.deepEqual(
        writes.map((call) => `${call.method} ${call.json.records[0].attributes.type}`),
        ['POST Account', 'POST Contact', 'POST Contract', 'PATCH Contract', 'POST Case']
    );
    assert.deepEqual(
        writes[2].json.records.map((record) => record.Status),
        ['Draft', 'Draft']
    );
    assert.deepEqual(
        writes[3].json.records.map((record) => record.Status),
        ['Activated']
    );
    assert.ok(writes.every((call) => call.json.allOrNone === true));
    assert.ok(writes.every((call) => call.json.records.every((record) => !('referenceId' in record.attributes))));
});

test('a rejected record is reported with its file, reference and error, and what was loaded before it', async (t) => {
    const { conn } = await connectedFake(t, {
        dataFailures: {
            Case: {
                statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                message: 'A CLA case needs a contact',
                fields: ['ContactId']
            }
        }
    });
    await assert.rejects(loadDataPlan(conn, fixturePlan(), { retry: fastRetry, out: quiet }), (error) => {
        assert.equal(error.exitCode, EXIT.DEPLOY_FAILED);
        assert.match(
            error.message,
            /Loading data\/Case\.json failed; nothing of that batch was saved \(already loaded: 2 Account, 1 Contact, 2 Contract\)/
        );
        assert.match(
            error.message,
            /data\/Case\.json ClaCaseRef: FIELD_CUSTOM_VALIDATION_EXCEPTION: A CLA case needs a contact \[ContactId\]/
        );
        return true;
    });
});

test('a record type or queue missing from the org stops the load with what to do', async (t) => {
    const { conn } = await connectedFake(t, { queues: [] });
    await assert.rejects(
        loadDataPlan(conn, fixturePlan(), { retry: fastRetry, out: quiet }),
        /Queue CLA_Queue does not exist in the org\. Deploy the package \(npm run org:deploy\) before loading data\./
    );
});

function writePlan(dir, plan, files) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    for (const [name, records] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify({ records }));
    return join(dir, 'plan.json');
}

test('a reference to a record no earlier file saved is an error naming the field and the reference', async (t) => {
    const { conn } = await connectedFake(t);
    const { dir } = tempProject(t);
    const plan = writePlan(
        join(dir, 'plan'),
        [
            { sobject: 'Contact', files: ['Contact.json'] },
            { sobject: 'Account', files: ['Account.json'] }
        ],
        {
            'Contact.json': [{ attributes: { type: 'Contact', referenceId: 'C1' }, LastName: 'X', AccountId: '@A1' }],
            'Account.json': [{ attributes: { type: 'Account', referenceId: 'A1' }, Name: 'Late' }]
        }
    );
    await assert.rejects(
        loadDataPlan(
            conn,
            readPlan(plan, (path) => path.slice(dir.length + 1)),
            { retry: fastRetry, out: quiet }
        ),
        /plan\/Contact\.json C1: AccountId refers to @A1, which no earlier file of the plan saved/
    );
});

test('a plan is checked before anything is written: missing files, wrong types, duplicate references', (t) => {
    const { dir } = tempProject(t);
    const relative = (path) => path.slice(dir.length + 1);
    const missing = writePlan(join(dir, 'a'), [{ sobject: 'Account', files: ['Nope.json'] }], {});
    assert.throws(
        () => readPlan(missing, relative),
        (error) => error.exitCode === EXIT.USAGE && /names Nope\.json, which does not exist/.test(error.message)
    );
    const wrongType = writePlan(join(dir, 'b'), [{ sobject: 'Account', files: ['A.json'] }], {
        'A.json': [{ attributes: { type: 'Contact' } }]
    });
    assert.throws(() => readPlan(wrongType, relative), /holds a Contact record in the Account step/);
    const duplicate = writePlan(join(dir, 'c'), [{ sobject: 'Account', files: ['A.json'] }], {
        'A.json': [
            { attributes: { type: 'Account', referenceId: 'R' } },
            { attributes: { type: 'Account', referenceId: 'R' } }
        ]
    });
    assert.throws(() => readPlan(duplicate, relative), /referenceId R is used twice/);
});

test('org:data refuses a production org unless --allow-production; a failed load exits 4', async (t) => {
    const fake = await startFakeOrg({ organization: { IsSandbox: false, TrialExpirationDate: null } });
    t.after(() => fake.close());
    const project = tempProject(t);
    const run = cliRunner({
        root: project.root,
        env: cleanEnv(project.home, { SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: GOOD_TOKEN })
    });
    const refused = await run(['data']);
    assert.equal(refused.code, EXIT.USAGE, refused.output);
    assert.match(refused.stderr, /This is a production org.*--allow-production/);
    assert.equal(fake.records.length, 0);

    const allowed = await run(['data', '--allow-production']);
    assert.equal(allowed.code, EXIT.OK, allowed.output);
    assert.match(
        allowed.stdout,
        /Sample data loaded into the production org: 2 Account, 1 Contact, 2 Contract, 1 Case\./
    );

    fake.scenario.dataFailures = {
        Account: { statusCode: 'DUPLICATES_DETECTED', message: 'Use one of these records?', fields: [] }
    };
    const failed = await run(['data', '--allow-production']);
    assert.equal(failed.code, EXIT.DEPLOY_FAILED, failed.output);
    assert.match(failed.stderr, /data\/Account\.json NorthwindRef: DUPLICATES_DETECTED: Use one of these records\?/);

    const noPlan = await run(['data', '--plan', 'data/none.json']);
    assert.equal(noPlan.code, EXIT.USAGE, noPlan.output);
    assert.match(noPlan.stderr, /No data plan at data\/none\.json/);
});

test('"$now-3h", "$now+2d" and "$today+1d" become instants and dates relative to the load, so clocks show at each stage', async (t) => {
    const project = tempProject(t);
    mkdirSync(join(project.root, 'data'), { recursive: true });
    writeFileSync(
        join(project.root, 'data', 'plan.json'),
        JSON.stringify([{ sobject: 'Case', files: ['cases.json'] }])
    );
    writeFileSync(
        join(project.root, 'data', 'cases.json'),
        JSON.stringify({
            records: [
                {
                    attributes: { type: 'Case', referenceId: 'due' },
                    Subject: 'Clock',
                    First_Comment_Due__c: '$now-3h',
                    Update_Request_Allowed_From__c: '$now+2d',
                    Holiday_Date__c: '$today+1d',
                    Note__c: 'costs $now'
                }
            ]
        })
    );
    const { fake, conn } = await connectedFake(t);
    const before = Date.now();
    await loadDataPlan(conn, readPlan(join(project.root, 'data', 'plan.json'), (path) => path), {
        retry: fastRetry,
        out: quiet
    });
    const after = Date.now();
    const [write] = fake.requests.filter((call) => call.path.endsWith('/composite/sobjects'));
    const sent = write.json.records[0];
    const within = (iso, offsetMillis) => {
        const millis = Date.parse(iso);
        return millis >= before + offsetMillis && millis <= after + offsetMillis;
    };
    assert.ok(within(sent.First_Comment_Due__c, -3 * 3_600_000), sent.First_Comment_Due__c);
    assert.ok(within(sent.Update_Request_Allowed_From__c, 2 * 86_400_000), sent.Update_Request_Allowed_From__c);
    assert.match(sent.Holiday_Date__c, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(sent.Note__c, 'costs $now', 'only a whole token is replaced');
});
