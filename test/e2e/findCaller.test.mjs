// Find Caller in the workbench's utility bar: every scenario of test/e2e/scenarios/findCaller.mjs (an entitled
// caller given a case with their entitlement from a modal, an organisation without an entitlement warned about, and a
// caller not in Salesforce created and found), each in its own browser context.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSuite, runScenario, startSession } from './harness.mjs';
import { findCaller, newCaseModal, scenarios } from './scenarios/findCaller.mjs';

describe('Find Caller', { ...browserSuite, timeout: 120_000 }, () => {
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

    test("New Case's modal closes with Escape and with its close button, creating nothing", async () => {
        const { page, agent, context } = await session.newPage('about:blank');
        page.setDefaultTimeout(15_000);
        try {
            const casesBefore = (await session.api('GET', '/api/records?sobject=Case')).body.length;
            const panel = await findCaller({ page, agent }, 'Rivera');
            const row = panel.locator('li[data-record-id]', { hasText: 'Maria Rivera · Contact' });
            const modal = newCaseModal(page, 'Maria Rivera');
            const subject = modal.getByRole('textbox', { name: 'Subject' });

            await agent.click(row.getByRole('button', { name: 'New Case' }));
            await subject.waitFor();
            await page.keyboard.press('Escape');
            await modal.waitFor({ state: 'detached' });

            await agent.click(row.getByRole('button', { name: 'New Case' }));
            await subject.waitFor();
            await agent.click(modal.getByRole('button', { name: 'Cancel and close' }));
            await modal.waitFor({ state: 'detached' });

            assert.equal((await session.api('GET', '/api/records?sobject=Case')).body.length, casesBefore, 'no case');
            assert.equal(await panel.locator('[data-id="created"]').count(), 0, 'nothing reported');
            assert.deepEqual(page.errors, [], 'no script errors on the page');
        } finally {
            await context.close();
        }
    });
});
