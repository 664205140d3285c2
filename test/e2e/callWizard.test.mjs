// The Call Wizard in the workbench, as an agent uses it: every scenario of
// test/e2e/scenarios/callWizard.mjs (claim, every call outcome, the server failure and retry), each
// from a fresh reset in its own browser context, plus what the scenarios do not cover: a manager
// question without a manager configured, and a completed case.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
    browserSuite,
    recordsById,
    screenshot,
    startSession,
    waitForRecordPage,
    runScenario,
    assertCitesProcedure
} from './harness.mjs';
import { scenarios } from './scenarios/callWizard.mjs';

// The suite's budget covers 18 scenarios and 4 checks, each from a fresh reset in its own browser context:
// about ten seconds apiece when the machine is shared.
describe('Call Wizard', { ...browserSuite, timeout: 420_000 }, () => {
    let session;

    before(async () => {
        session = await startSession();
    });

    after(async () => {
        await session?.close();
    });

    for (const scenario of scenarios) {
        test(`${scenario.title} (${scenario.id})`, () => runScenario(session, scenario));
    }

    test('every scenario cites the procedure lines of its manual steps', () => {
        assert.ok(scenarios.length >= 11);
        assert.equal(new Set(scenarios.map((scenario) => scenario.id)).size, scenarios.length);
        for (const scenario of scenarios) {
            assertCitesProcedure(scenario, {
                component: 'callWizard',
                file: /^000_3a53a53d799f670f\.txt$/,
                minClicks: 0
            });
        }
    });

    async function openOn(contactSubject) {
        await session.api('POST', '/api/reset');
        const target = [...(await recordsById(session.api, 'Case')).values()].find(
            (record) => record.Subject === `Customer Loyalty Assessment: ${contactSubject}`
        );
        const opened = await session.newPage(`/lightning/r/Case/${target.Id}/view`);
        await waitForRecordPage(opened.page);
        await opened.page.getByRole('button', { name: 'Call Wizard', exact: true }).click();
        const wizard = opened.page.locator('wb-quick-action-modal c-call-wizard');
        return { ...opened, wizard, target };
    }

    test('asking the manager when no manager is configured says what the admin must set, and writes nothing', async () => {
        const { page, wizard, target, context } = await openOn('Sam Okafor');
        try {
            await wizard.getByRole('button', { name: 'Claim this case' }).click();
            await wizard.getByRole('button', { name: 'Ask the manager' }).click();
            await wizard
                .getByRole('textbox', { name: 'Notes for the manager: what happened on the call' })
                .fill('Called to collect CSS - the dealership is being sold.');
            await wizard.locator('[data-id="save"] button').click();
            const error = wizard.locator('[data-id="save-error"]');
            await error.waitFor();
            assert.match(await error.innerText(), /Manager Username \(Manager_Username__c\)/);
            const tasks = [...(await recordsById(session.api, 'Task')).values()].filter(
                (task) => task.WhatId === target.Id
            );
            assert.deepEqual(tasks, []);
            const after = (await recordsById(session.api, 'Case')).get(target.Id);
            assert.equal(after.CL_Call_Attempts__c, 0);
            assert.equal(await wizard.locator('[data-id="save"] button').isEnabled(), true);
            assert.deepEqual(page.errors, []);
        } finally {
            await context.close();
        }
    });

    test('a claim lost to a colleague says who has the case now and asks before taking it over, instead of a stale "claim it" banner', async () => {
        const { page, wizard, target, context } = await openOn('Samuel Okafor');
        try {
            await wizard.getByRole('button', { name: 'Claim this case' }).waitFor();
            const taken = await session.api(
                'POST',
                '/api/apex/CallWizardController.claimCase',
                { params: { request: { caseId: target.Id, expectedOwnerId: target.OwnerId } } },
                { asUser: session.userId('otherAgent') }
            );
            assert.equal(taken.status, 200, JSON.stringify(taken.body));
            await wizard.getByRole('button', { name: 'Claim this case' }).click();
            await wizard.locator('[data-id="claim-error"]', { hasText: 'now belongs to Jordan Lee' }).waitFor();
            await wizard.getByText('Claimed by Jordan Lee, a current employee.', { exact: false }).waitFor();
            assert.equal(
                await wizard.getByRole('button', { name: 'Claim this case' }).count(),
                0,
                'no stale claim button'
            );
            const takeOver = wizard.getByRole('button', { name: 'Take over from Jordan Lee' });
            assert.equal(await takeOver.isEnabled(), true);
            assert.equal((await recordsById(session.api, 'Case')).get(target.Id).OwnerId, session.userId('otherAgent'));
            await screenshot(page, 'callWizard-claimLost');
            assert.deepEqual(page.errors, []);
        } finally {
            await context.close();
        }
    });

    test('a completed CLA case offers no call, only the result', async () => {
        const { page, wizard, context } = await openOn('Jenna Alvarez');
        try {
            const complete = wizard.locator('[data-id="complete"]');
            await complete.waitFor();
            assert.equal(await complete.innerText(), 'This CLA case is complete (score: 9). No more calls are needed.');
            assert.equal(await wizard.locator('[data-id="call"]').count(), 0);
            assert.equal(await wizard.getByRole('button', { name: 'Claim this case' }).count(), 0);
            await screenshot(page, 'callWizard-complete');
        } finally {
            await context.close();
        }
    });
});
