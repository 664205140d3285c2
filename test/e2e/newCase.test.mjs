// New Case and Assign to Back Office in the workbench: every scenario of
// test/e2e/scenarios/newCase.mjs (a homeowner case created under the household's active contract,
// and a case handed to the back-office queue), each from a fresh reset in its own browser context.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, screenshot, startSession } from './harness.mjs';
import { scenarios } from './scenarios/newCase.mjs';

describe('New Case and Assign to Back Office', { ...browserSuite, timeout: 120_000 }, () => {
    let session;

    before(async () => {
        session = await startSession();
    });

    after(async () => {
        await session?.close();
    });

    for (const scenario of scenarios) {
        test(`${scenario.title} (${scenario.id})`, async () => {
            const { page, agent, context } = await session.newPage('about:blank');
            try {
                await scenario.run({ page, agent, workbench: session, capture: (name) => screenshot(page, name) });
                assert.deepEqual(page.errors, [], 'no script errors on the page');
                assert.ok(agent.effort().clicks > 0, 'the agent clicked');
            } finally {
                await context.close();
            }
        });
    }
});
