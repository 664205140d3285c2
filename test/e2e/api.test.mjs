// The workbench server's API without a browser: records, reset, fail-next, the Apex endpoint's
// error shape, the UI API record endpoint, the platform's Apex class check and the call counters.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from './harness.mjs';

const claim = (api, caseId, expectedOwnerId, asUser) =>
    api(
        'POST',
        '/api/apex/CallWizardController.claimCase',
        { params: { request: { caseId, expectedOwnerId } } },
        { asUser }
    );

describe('workbench API', () => {
    let session;
    let api;
    let unclaimed;
    let queueId;

    before(async () => {
        session = await startSession({ withBrowser: false });
        api = session.api;
        const groups = (await api('GET', '/api/records?sobject=Group')).body;
        queueId = groups.find((group) => group.DeveloperName === 'Team_Loyalty').Id;
        const cases = (await api('GET', '/api/records?sobject=Case')).body;
        unclaimed = cases.find((record) => record.OwnerId === queueId && !record.IsClosed);
        assert.ok(unclaimed, 'the sample data has an unclaimed case in the Team Loyalty queue');
    });

    after(async () => {
        await session?.close();
    });

    test('GET /api/records lists one object as an array of records with fields by API name', async () => {
        const { status, body } = await api('GET', '/api/records?sobject=Case');
        assert.equal(status, 200);
        assert.ok(Array.isArray(body) && body.length > 0);
        for (const record of body) {
            assert.match(record.Id, /^500[A-Za-z0-9]{15}$/);
            assert.equal(typeof record.CaseNumber, 'string');
            assert.equal(record.attributes, undefined);
        }
        const unknown = await api('GET', '/api/records?sobject=NoSuchObject');
        assert.equal(unknown.status, 400);
    });

    test('an Apex error comes back in the shape Lightning gives components', async () => {
        const { status, body } = await claim(api, '001000000000000AAA', queueId, session.userId('agent'));
        assert.equal(status, 500);
        assert.equal(body.exceptionType, 'System.AuraHandledException');
        const fault = JSON.parse(body.message);
        assert.equal(typeof fault.code, 'string');
        assert.equal(typeof fault.message, 'string');
        assert.match(fault.reference, /^[0-9A-F]{8}$/);
    });

    test('POST /api/fail-next makes the next Apex call fail, writing nothing, and only that one', async () => {
        const agent = session.userId('agent');
        assert.equal((await api('POST', '/api/fail-next')).status, 200);
        const failed = await claim(api, unclaimed.Id, queueId, agent);
        assert.equal(failed.status, 500);
        assert.equal(JSON.parse(failed.body.message).code, 'UNEXPECTED');
        const afterFailure = (await api('GET', '/api/records?sobject=Case')).body.find(
            (record) => record.Id === unclaimed.Id
        );
        assert.equal(afterFailure.OwnerId, queueId, 'the failed call changed nothing');

        const retried = await claim(api, unclaimed.Id, queueId, agent);
        assert.equal(retried.status, 200, JSON.stringify(retried.body));
        assert.equal(retried.body.ownerId, agent);
    });

    test('POST /api/reset restores the sample data', async () => {
        const before = (await api('GET', '/api/records?sobject=Case')).body.find(
            (record) => record.Id === unclaimed.Id
        );
        assert.notEqual(before.OwnerId, queueId, 'the previous test claimed the case');
        assert.equal((await api('POST', '/api/reset')).status, 200);
        const restored = (await api('GET', '/api/records?sobject=Case')).body.find(
            (record) => record.CaseNumber === unclaimed.CaseNumber
        );
        assert.equal(restored.OwnerId, queueId);
    });

    test('the UI API record endpoint nests relationship fields and rejects unknown fields', async () => {
        const cases = (await api('GET', '/api/records?sobject=Case')).body;
        const withAccount = cases.find((record) => record.AccountId);
        const accounts = (await api('GET', '/api/records?sobject=Account')).body;
        const account = accounts.find((record) => record.Id === withAccount.AccountId);
        const ok = await api(
            'GET',
            `/api/ui-api/records/${withAccount.Id}?fields=Case.CaseNumber,Case.Account.Name&optionalFields=Case.No_Such_Field__c`
        );
        assert.equal(ok.status, 200);
        assert.equal(ok.body.apiName, 'Case');
        assert.equal(ok.body.fields.CaseNumber.value, withAccount.CaseNumber);
        assert.equal(ok.body.fields.Account.value.fields.Name.value, account.Name);
        assert.equal(ok.body.fields.No_Such_Field__c, undefined);

        const bad = await api('GET', `/api/ui-api/records/${withAccount.Id}?fields=Case.No_Such_Field__c`);
        assert.equal(bad.status, 400);
        assert.equal(bad.body[0].errorCode, 'INVALID_FIELD');
        const missing = await api('GET', '/api/ui-api/records/500000000000000AAA?fields=Case.CaseNumber');
        assert.equal(missing.status, 404);
    });

    test('GET /api/stats counts the Apex and UI API calls components make', async () => {
        await api('POST', '/api/stats/reset');
        const headers = { asUser: session.userId('agent') };
        await claim(api, '001000000000000AAA', queueId, headers.asUser);
        const { body } = await api('GET', '/api/stats');
        assert.equal(body.totals.apexCalls, 1);
        assert.deepEqual(
            body.calls.map((call) => call.name),
            ['CallWizardController.claimCase']
        );
    });
});
