// The workbench shell in headless Chromium: the Team Loyalty queue, record pages, the running
// user switch, reset, the data inspector and fail-next.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, recordsById, screenshot, startSession, waitForQueue, waitForRecordPage } from './harness.mjs';

describe('workbench shell', browserSuite, () => {
    let session;
    let queueId;
    let claRecordTypeId;

    before(async () => {
        session = await startSession();
        const groups = (await session.api('GET', '/api/records?sobject=Group')).body;
        queueId = groups.find((group) => group.DeveloperName === 'Team_Loyalty').Id;
        const recordTypes = (await session.api('GET', '/api/records?sobject=RecordType')).body;
        claRecordTypeId = recordTypes.find(
            (recordType) => recordType.DeveloperName === 'Customer_Loyalty_Assessment'
        ).Id;
    });

    after(async () => {
        await session?.close();
    });

    /** Claims one unclaimed case of a dealership that has more, so the queue mixes claimed and unclaimed. */
    async function claimOneOfADealershipsCases() {
        const cases = [...(await recordsById(session.api, 'Case')).values()].filter(
            (record) => record.RecordTypeId === claRecordTypeId && !record.IsClosed && record.OwnerId === queueId
        );
        const byAccount = new Map();
        for (const record of cases)
            byAccount.set(record.AccountId, [...(byAccount.get(record.AccountId) ?? []), record]);
        const group = [...byAccount.values()].find((records) => records.length > 1);
        assert.ok(group, 'the sample data has a dealership with several unclaimed CLA cases');
        const target = group.at(-1);
        const response = await session.api(
            'POST',
            '/api/apex/CallWizardController.claimCase',
            { params: { request: { caseId: target.Id, expectedOwnerId: queueId } } },
            { asUser: session.userId('otherAgent') }
        );
        assert.equal(response.status, 200, JSON.stringify(response.body));
        return target;
    }

    test('"Claimable only" keeps the cases no current employee has claimed, with the CL Satisfaction Notes', async () => {
        await session.api('POST', '/api/reset');
        const claimed = await claimOneOfADealershipsCases();
        const org = session.workbench.org.org;
        const leaverId = org.createUser({ FirstName: 'Lee', LastName: 'Leaver', permissionSets: ['Playbooks_Agent'] });
        const cases = [...(await recordsById(session.api, 'Case')).values()];
        const open = cases.filter((record) => record.RecordTypeId === claRecordTypeId && !record.IsClosed);
        const leaversCase = open.find((record) => record.OwnerId === queueId && record.Id !== claimed.Id);
        org.runAs(org.adminUserId, () =>
            org.transaction(() =>
                org.db.update(
                    {
                        Id: leaversCase.Id,
                        OwnerId: leaverId,
                        CL_Satisfaction_Notes__c: 'Try the parts desk after 10 am'
                    },
                    'SYSTEM_MODE'
                )
            )
        );
        org.runAs(org.adminUserId, () =>
            org.transaction(() => org.db.update({ Id: leaverId, IsActive: false }, 'SYSTEM_MODE'))
        );

        const { page } = await session.newPage('/');
        await waitForQueue(page);
        const all = await page.locator('tr.queue-row .case-link').allTextContents();
        assert.ok(all.includes(claimed.CaseNumber), 'the Team Loyalty view lists every open CLA case');
        await page.getByRole('button', { name: 'Claimable only' }).click();
        await page.waitForURL(/filterName=Team_Loyalty_Claimable/);
        await page.getByRole('heading', { name: 'Team Loyalty: Claimable' }).waitFor();
        await page.locator('tr.queue-row').first().waitFor();
        const shown = await page.locator('tr.queue-row .case-link').allTextContents();
        assert.ok(!shown.includes(claimed.CaseNumber), "a current employee's case is not claimable");
        assert.ok(shown.includes(leaversCase.CaseNumber), 'the case of someone who left is');
        // The queue's cases but the one a current employee claimed; the leaver's case was one of them.
        const expected = open.filter((record) => record.OwnerId === queueId && record.Id !== claimed.Id).length;
        assert.equal(shown.length, expected, "unclaimed cases and the leaver's");
        const leaversRow = page.locator(`tr.queue-row[data-case-id="${leaversCase.Id}"]`);
        assert.match(await leaversRow.locator('td.owner').innerText(), /Lee Leaver\s*Inactive/);
        assert.equal(await leaversRow.locator('td.notes').innerText(), 'Try the parts desk after 10 am');
        await screenshot(page, 'workbench-queue-claimable');
        assert.deepEqual(page.errors, []);
    });

    test('the queue lists the open CLA cases sorted by dealership, unclaimed first', async () => {
        await session.api('POST', '/api/reset');
        const claimed = await claimOneOfADealershipsCases();
        const { page } = await session.newPage('/');
        await waitForQueue(page);
        await screenshot(page, 'workbench-queue');

        const cases = [...(await recordsById(session.api, 'Case')).values()];
        const accounts = await recordsById(session.api, 'Account');
        const expected = cases
            .filter((record) => record.RecordTypeId === claRecordTypeId && !record.IsClosed)
            .map((record) => ({
                caseNumber: record.CaseNumber,
                dealership: accounts.get(record.AccountId)?.Name ?? '',
                claimed: record.OwnerId !== queueId
            }))
            .sort(
                (a, b) =>
                    a.dealership.localeCompare(b.dealership) ||
                    Number(a.claimed) - Number(b.claimed) ||
                    a.caseNumber.localeCompare(b.caseNumber)
            )
            .map((row) => row.caseNumber);
        const shown = await page.locator('tr.queue-row .case-link').allTextContents();
        assert.deepEqual(shown, expected);
        assert.ok(expected.length > 2);
        const claimedRow = page.locator(`tr.queue-row[data-case-id="${claimed.Id}"]`);
        assert.equal(await claimedRow.getAttribute('data-claimed'), 'true');
        assert.match(await claimedRow.locator('td.owner').innerText(), /Jordan Lee/);
        const closedCla = cases.find((record) => record.RecordTypeId === claRecordTypeId && record.IsClosed);
        if (closedCla) assert.ok(!shown.includes(closedCla.CaseNumber), 'closed CLA cases are not in the queue');
        assert.deepEqual(page.errors, []);
    });

    test('a case link opens the case record page with its details', async () => {
        const { page } = await session.newPage('/');
        await waitForQueue(page);
        const link = page.locator('tr.queue-row .case-link').first();
        const caseNumber = await link.innerText();
        const caseId = await link.getAttribute('data-id');
        await link.click();
        await waitForRecordPage(page);
        assert.equal(new URL(page.url()).pathname, `/lightning/r/Case/${caseId}/view`);
        assert.equal(await page.locator('.record-title').innerText(), caseNumber);
        const record = (await recordsById(session.api, 'Case')).get(caseId);
        await page.locator('.record-highlights', { hasText: record.Subject }).waitFor();
        await screenshot(page, 'workbench-case-page');
        await page.goBack();
        await waitForQueue(page);
        assert.deepEqual(page.errors, []);
    });

    test('switching the running user reloads the page as that user', async () => {
        const { page } = await session.newPage('/');
        await waitForQueue(page);
        const combobox = page.locator('lightning-combobox.user-switch');
        await combobox.locator('button[role="combobox"], input[role="combobox"]').first().click();
        await Promise.all([
            page.waitForEvent('load'),
            combobox.locator('lightning-base-combobox-item', { hasText: 'Casey Nguyen' }).click()
        ]);
        await waitForQueue(page);
        assert.equal(await combobox.evaluate((element) => element.value), session.userId('noPermissionSet'));
        const cookies = await page.context().cookies();
        assert.equal(
            cookies.find((cookie) => cookie.name === 'workbench_user')?.value,
            session.userId('noPermissionSet')
        );
    });

    test('"Reset data" restores the sample data', async () => {
        await session.api('POST', '/api/reset');
        const claimed = await claimOneOfADealershipsCases();
        const { page } = await session.newPage('/');
        await waitForQueue(page);
        await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reset data' }).click()]);
        await waitForQueue(page);
        const restored = [...(await recordsById(session.api, 'Case')).values()].find(
            (record) => record.CaseNumber === claimed.CaseNumber
        );
        assert.equal(restored.OwnerId, queueId);
        const row = page.locator('tr.queue-row', { hasText: claimed.CaseNumber });
        assert.equal(await row.getAttribute('data-claimed'), 'false');
    });

    test('the data inspector shows the records the API serves', async () => {
        const { page } = await session.newPage('/');
        await waitForQueue(page);
        await page.getByRole('button', { name: 'Data inspector' }).click();
        const inspector = page.locator('wb-data-inspector');
        const cases = (await session.api('GET', '/api/records?sobject=Case')).body;
        await inspector.locator('.record-count', { hasText: `${cases.length} Case records` }).waitFor();
        const shown = JSON.parse(await inspector.locator('pre.records-json').innerText());
        assert.deepEqual(shown, cases);
        await screenshot(page, 'workbench-data-inspector');
        await inspector.getByRole('button', { name: 'Close', exact: true }).click();
        await inspector.waitFor({ state: 'detached' });
    });

    test('"Fail next call" makes the next Apex call fail with the error shape components expect', async () => {
        const { page } = await session.newPage('/');
        await waitForQueue(page);
        await page.getByRole('button', { name: 'Fail next call' }).click();
        await page.locator('lightning-toast', { hasText: 'The next server call will fail' }).waitFor();
        const failed = await page.evaluate(async () => {
            const response = await fetch('/api/apex/CallWizardController.claimCase', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ params: { request: { caseId: null, expectedOwnerId: null } } })
            });
            return { status: response.status, body: await response.json() };
        });
        assert.equal(failed.status, 500);
        assert.equal(JSON.parse(failed.body.message).code, 'UNEXPECTED');
        const next = await session.api('POST', '/api/apex/CallWizardController.claimCase', { params: { request: {} } });
        assert.notEqual(JSON.parse(next.body.message).code, 'UNEXPECTED', 'only one call fails');
    });
});
