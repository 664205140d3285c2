// Find Caller in the workbench's utility bar: every scenario of test/e2e/scenarios/findCaller.mjs (an entitled
// caller given a case with their entitlement from a modal, an organisation without an entitlement warned about, and a
// caller not in Salesforce created and found), each in its own browser context.
import { after, before, describe, test } from 'node:test';
import { browserSuite, runScenario, startSession } from './harness.mjs';
import { scenarios } from './scenarios/findCaller.mjs';

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
});
