// Log a Call in the workbench, as an agent uses it: every scenario of test/e2e/scenarios/logACall.mjs,
// each from a fresh reset in its own browser context, then a server failure that keeps the typed
// input and a retry that writes once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, screenshot, startSession, runScenario, assertCitesProcedure } from './harness.mjs';
import {
    assertApexBudget,
    chooseOutcome,
    claCase,
    commentsBox,
    openLogACall,
    records,
    saveAndClose,
    saveButton,
    scenarios
} from './scenarios/logACall.mjs';

describe('Log a Call', { ...browserSuite, timeout: 150_000 }, () => {
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
        assert.equal(scenarios.length, 9);
        assert.equal(new Set(scenarios.map((scenario) => scenario.id)).size, scenarios.length);
        for (const scenario of scenarios) {
            assertCitesProcedure(scenario, { component: 'logACall', file: /^00[02]_[0-9a-f]{16}\.txt$/ });
        }
    });

    test('a server failure keeps what the agent typed, and the retry writes the call once', async () => {
        await session.api('POST', '/api/reset');
        const target = await claCase(session, 'Priya Desai');
        const tasksBefore = await records(session, 'Task');
        const { page, agent, context } = await session.newPage('about:blank');
        try {
            const form = await openLogACall({ page, agent }, 'Case', target.Id);
            const notes = 'Called to collect CSS. Priya is at the NADA show until Friday.';
            await agent.writeFreeText(commentsBox(form), notes);
            await chooseOutcome(agent, form, 'Left Message');
            await session.api('POST', '/api/fail-next');
            await agent.click(saveButton(form));

            const error = form.locator('[data-id="save-error"]');
            await error.waitFor();
            assert.match(await error.innerText(), /\(Reference: [0-9A-F]{8}\)/);
            await screenshot(page, 'logACall-error');
            assert.equal(await commentsBox(form).inputValue(), notes, 'the comments survive');
            assert.match(
                await form.locator('lightning-combobox').filter({ hasText: 'Call outcome' }).innerText(),
                /Left Message/
            );
            assert.equal(await saveButton(form).isEnabled(), true, 'the button comes back');
            assert.equal((await records(session, 'Task')).length, tasksBefore.length, 'nothing written');

            await saveAndClose({ page, agent }, form, 'Call logged');
            const written = (await records(session, 'Task')).filter(
                (task) => !tasksBefore.some((old) => old.Id === task.Id)
            );
            assert.equal(written.length, 1, 'the retry writes one task');
            assert.equal(written[0].Description, notes);
            assert.equal(written[0].Call_Outcome__c, 'Left Message');
            await assertApexBudget(session, { saves: 2 });
            assert.deepEqual(page.errors, []);
        } finally {
            await context.close();
        }
    });
});
