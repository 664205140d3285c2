// Contract Warning in the workbench, as an agent meets it in the header of a case page: every scenario
// of test/e2e/scenarios/contractWarning.mjs, each from a fresh reset in its own browser context, then a
// server failure that keeps the warning and its answers, and a retry that writes once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, screenshot, startSession, runScenario, assertCitesProcedure } from './harness.mjs';
import {
    assertApexBudget,
    caseById,
    caseOnCancelledContract,
    confirmButton,
    moveButton,
    openCase,
    records,
    scenarios,
    warningPanel
} from './scenarios/contractWarning.mjs';

describe('Contract Warning', { ...browserSuite, timeout: 120_000 }, () => {
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
            assertCitesProcedure(scenario, { component: 'contractWarning', file: /^001_04b084dfadd2e92b\.txt$/ });
        }
    });

    test('a server failure keeps the warning and its answers, and the retry moves the case once', async () => {
        await session.api('POST', '/api/reset');
        const { target, cancelled, active } = await caseOnCancelledContract(session);
        const { page, agent, context } = await session.newPage('about:blank');
        try {
            const header = await openCase(page, target.Id);
            const warning = warningPanel(header);
            await warning.waitFor();
            await session.api('POST', '/api/fail-next');
            await agent.click(moveButton(header, active.ContractNumber));
            const error = header.locator('[data-id="save-error"]');
            await error.waitFor();
            assert.match(await error.innerText(), /\(Reference: [0-9A-F]{8}\)/);
            await screenshot(page, 'contractWarning-error');
            assert.equal(await warning.count(), 1, 'the warning stays');
            assert.equal(await moveButton(header, active.ContractNumber).isEnabled(), true, 'the buttons come back');
            assert.equal(await confirmButton(header).isEnabled(), true);
            const unchanged = await caseById(session, target.Id);
            assert.equal(unchanged.Contract__c, cancelled.Id, 'nothing written');
            const requestsBefore = (await records(session, 'Playbook_Request__c')).length;

            await agent.click(moveButton(header, active.ContractNumber));
            await warning.waitFor({ state: 'detached' });
            assert.equal((await caseById(session, target.Id)).Contract__c, active.Id);
            assert.equal((await records(session, 'Playbook_Request__c')).length, requestsBefore + 1, 'written once');
            await assertApexBudget(
                session,
                `Move to active contract ${active.ContractNumber}`,
                'ContractWarningController.moveToContract',
                2
            );
            assert.deepEqual(page.errors, []);
        } finally {
            await context.close();
        }
    });
});
