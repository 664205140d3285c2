// Log Review in the workbench, as an agent uses it: every scenario of test/e2e/scenarios/logReview.mjs,
// each from a fresh reset in its own browser context; a paste over the limit (cut, and the agent told how
// much); over the limit (the input stops at the maximum,
// the server refuses more and writes nothing); the untouched template refused without a server call;
// a server failure that keeps the typed review and a retry that writes once; opened again after a
// save, the new review is listed (the context is not served from the client cache).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, screenshot, startSession, runScenario, assertCitesProcedure } from './harness.mjs';
import {
    MAX_LENGTH,
    TEMPLATE,
    assertApexBudget,
    assertReviewWritten,
    commentsBox,
    counter,
    openLogReview,
    records,
    reviewOfLength,
    reviewTasks,
    saveAndClose,
    saveButton,
    scenarios,
    supportCase
} from './scenarios/logReview.mjs';

/* global navigator */

describe('Log Review', { ...browserSuite, timeout: 120_000 }, () => {
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
        assert.equal(scenarios.length, 2);
        for (const scenario of scenarios) {
            assertCitesProcedure(scenario, { component: 'logReview', file: /^001_04b084dfadd2e92b\.txt$/ });
        }
    });

    /** Opens Log Review on the support case after a reset; closes the context afterwards. */
    async function withLogReview(body) {
        await session.api('POST', '/api/reset');
        const target = await supportCase(session);
        const { page, agent, context } = await session.newPage('about:blank');
        try {
            const modal = await openLogReview({ page, agent }, target.Id);
            await body({ page, agent, modal, target });
            assert.deepEqual(page.errors, []);
        } finally {
            await context.close();
        }
    }

    async function nothingWritten(target) {
        const record = (await records(session, 'Case')).find((candidate) => candidate.Id === target.Id);
        assert.equal(record.Last_Review_Comments__c, null);
        assert.equal(record.Last_Reviewed_By__c, null);
        assert.deepEqual(await reviewTasks(session, target.Id), []);
    }

    test('a paste over the limit is cut at the maximum, and the agent is told how much was cut', async () => {
        await withLogReview(async ({ page, modal, target }) => {
            const text = reviewOfLength(MAX_LENGTH + 250).replace(/\n/g, '\r\n');
            await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
            await page.evaluate((value) => navigator.clipboard.writeText(value), text);
            const box = commentsBox(modal);
            await box.click();
            await page.keyboard.press('Control+A');
            await page.keyboard.press('Control+V');
            const stored = text.replace(/\r\n/g, '\n');
            assert.equal(await box.inputValue(), stored.slice(0, MAX_LENGTH), 'the box keeps the first 1000 characters');
            const note = modal.locator('[data-id="paste-cut"]');
            await note.waitFor();
            assert.equal(
                await note.innerText(),
                `The pasted text did not fit: its last ${stored.length - MAX_LENGTH} characters were cut at the ${MAX_LENGTH}-character limit.`
            );
            await screenshot(page, 'logReview-paste-cut');
            await box.press('Backspace');
            await note.waitFor({ state: 'detached' });
            await nothingWritten(target);
        });
    });

    test('over the limit: the input stops at the maximum and the server refuses a longer review, writing nothing', async () => {
        await withLogReview(async ({ modal, target }) => {
            const tooLong = reviewOfLength(MAX_LENGTH + 1);
            await commentsBox(modal).fill(tooLong);
            assert.equal(
                await commentsBox(modal).inputValue(),
                tooLong.slice(0, MAX_LENGTH),
                'the input keeps the first 1000 characters'
            );
            assert.equal(await counter(modal).innerText(), `${MAX_LENGTH} / ${MAX_LENGTH}`);

            const refused = await session.api(
                'POST',
                '/api/apex/LogReviewController.saveReview',
                { params: { request: { requestKey: `too-long-${Date.now()}`, caseId: target.Id, comments: tooLong } } },
                { asUser: session.userId('agent') }
            );
            assert.equal(refused.status, 500);
            const answer = JSON.parse(refused.body.message);
            assert.equal(answer.code, 'INVALID_INPUT');
            assert.equal(
                answer.message,
                `The review has ${MAX_LENGTH + 1} characters. Shorten it to ${MAX_LENGTH} characters or fewer.`
            );
            await nothingWritten(target);
        });
    });

    test('the untouched template is refused in the form, without a server call', async () => {
        await withLogReview(async ({ agent, modal, target }) => {
            await session.api('POST', '/api/stats/reset');
            assert.equal(await commentsBox(modal).inputValue(), TEMPLATE);
            await agent.click(saveButton(modal));
            const problem = modal.locator('[data-id="problem"]');
            await problem.waitFor();
            assert.equal(
                await problem.innerText(),
                'Fill in the template: add the current status, the pending action items and who owns them.'
            );
            const { body } = await session.api('GET', '/api/stats');
            assert.equal(body.totals.apexCalls, 0);
            await nothingWritten(target);
        });
    });

    test('a server failure keeps the typed review, and the retry writes it once', async () => {
        await withLogReview(async ({ page, agent, modal, target }) => {
            const text =
                'Current Status: gateway firmware updated remotely.\nPending Action Items: watch for a week.\nPending Action Owner: Alex Rivera';
            await agent.writeFreeText(commentsBox(modal), text);
            await session.api('POST', '/api/fail-next');
            await agent.click(saveButton(modal));
            const error = modal.locator('[data-id="save-error"]');
            await error.waitFor();
            assert.match(await error.innerText(), /\(Reference: [0-9A-F]{8}\)/);
            await screenshot(page, 'logReview-error');
            assert.equal(await commentsBox(modal).inputValue(), text, 'the review survives');
            assert.equal(await saveButton(modal).isEnabled(), true, 'the button comes back');
            await nothingWritten(target);

            await saveAndClose({ page, agent }, modal);
            const saved = (await records(session, 'Case')).find((record) => record.Id === target.Id);
            const tasks = await reviewTasks(session, target.Id);
            assert.equal(tasks.length, 1, 'written once');
            assertReviewWritten(saved, tasks[0], text, session);
            await assertApexBudget(session, { saves: 2 });
        });
    });

    test('opened again after a save, Log Review lists the review just saved: its context is not served from the cache', async () => {
        await withLogReview(async ({ page, agent, modal, target }) => {
            assert.equal(await modal.locator('[data-id="recent-reviews"] li').count(), 0, 'no review yet');
            const text =
                'Current Status: inverter swapped under warranty.\nPending Action Items: none.\nPending Action Owner: n/a';
            await agent.writeFreeText(commentsBox(modal), text);
            await saveAndClose({ page, agent }, modal);

            // The same page, no reload: only the component is opened again.
            await agent.click(page.getByRole('button', { name: 'Log Review', exact: true }));
            const reopened = page.locator('wb-quick-action-modal');
            const recent = reopened.locator('[data-id="recent-reviews"] li');
            await recent.first().waitFor();
            assert.equal(await recent.count(), 1);
            assert.match(await recent.first().innerText(), /inverter swapped under warranty/);
            assert.equal((await reviewTasks(session, target.Id)).length, 1);
        });
    });
});
