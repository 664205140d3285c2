// Integration case follow-up in the workbench (procedure 004): every scenario of
// test/e2e/scenarios/integrationCase.mjs, each from a fresh reset in its own browser context, driven by
// the page alone (list view, New Case, user switch, notification bell, clock control, case component).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, startSession, runScenario, assertCitesProcedure } from './harness.mjs';
import { scenarios } from './scenarios/integrationCase.mjs';

describe('Integration case', { ...browserSuite, timeout: 180_000 }, () => {
    let session;

    before(async () => {
        session = await startSession();
    });

    after(async () => {
        await session?.close();
    });

    for (const scenario of scenarios) {
        test(`${scenario.title} (${scenario.id})`, { timeout: 150_000 }, () => runScenario(session, scenario));
    }

    test('every scenario cites the procedure lines of its manual steps', () => {
        assert.ok(scenarios.length >= 1);
        for (const scenario of scenarios) {
            assertCitesProcedure(scenario, { component: 'integrationCase', file: /^004_2950473912b781c7\.txt$/ });
        }
    });
});
