// New Case and Assign to Back Office in the workbench: every scenario of
// test/e2e/scenarios/newCase.mjs (a homeowner case created under the household's active contract, a
// case handed to the back-office queue, an installer case under the contact with its interaction, a
// sales rep created inside New Case, and a homeowner not in Salesforce), each from a fresh reset in
// its own browser context.
import { after, before, describe, test } from 'node:test';
import { browserSuite, runScenario, startSession } from './harness.mjs';
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
        test(`${scenario.title} (${scenario.id})`, () => runScenario(session, scenario));
    }
});
