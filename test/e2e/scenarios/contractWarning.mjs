// Contract Warning scenarios (procedure 001_04b084dfadd2e92b.txt, line 8: "Cases should always be
// created under the contract that pertains to the issue (most likely the active contract) If the agent
// attempts to make a case on a contract that is either cancelled or pending cancellation, a warning
// panel will show up asking if this was the intended action."). Each `run` starts from a fresh reset
// (POST /api/reset), opens the case page, where the warning sits in the header region, answers it, and
// asserts what the agent sees, the case as saved (GET /api/records) and the Apex calls made (GET
// /api/stats): one when the page opens, exactly one per answer. test/e2e/contractWarning.test.mjs runs
// them all. `run` may get `capture(name)`.
//
// Counting rule for `procedure.manualSteps` (the standard Salesforce UI, same outcome; the same rule as
// scenarios/callWizard.mjs): one click per button, link, tab, checkbox or inline-edit pencil; a
// picklist is 2; a lookup is 2 (click into it, pick the match); typing free text adds no clicks.
// `lines` are the procedure file's line numbers (nl -ba).
import assert from 'node:assert/strict';
import { waitForRecordPage } from '../harness.mjs';

const COMPONENT = 'contractWarning';
const PROCEDURE = '001_04b084dfadd2e92b.txt';

// ---- helpers -------------------------------------------------------------------------------------

export async function records(workbench, sobject) {
    const { status, body } = await workbench.api('GET', `/api/records?sobject=${sobject}`);
    assert.equal(status, 200);
    return body;
}

async function fresh(workbench) {
    const { status } = await workbench.api('POST', '/api/reset');
    assert.equal(status, 200);
}

/** The Riveras' battery case, which sits on their cancelled legacy contract; and their contracts. */
export async function caseOnCancelledContract(workbench) {
    const target = (await records(workbench, 'Case')).find((record) => record.Subject === 'Battery storage not reporting its charge level');
    assert.ok(target, "the sample data has the Riveras' battery case");
    const contracts = (await records(workbench, 'Contract')).filter((contract) => contract.AccountId === target.AccountId);
    const cancelled = contracts.find((contract) => contract.Id === target.Contract__c);
    assert.equal(cancelled?.Cancellation_Status__c, 'Cancelled', 'the case is on a cancelled contract');
    const active = contracts.find((contract) => contract.Status === 'Activated' && contract.Cancellation_Status__c === 'None');
    assert.ok(active, 'the household has an active contract');
    return { target, cancelled, active };
}

export const caseById = async (workbench, caseId) => (await records(workbench, 'Case')).find((record) => record.Id === caseId);

/** The case page until its header region shows the contract warning's answer (warning, note or nothing). */
export async function openCase(page, caseId) {
    await page.goto(`/lightning/r/Case/${caseId}/view`);
    await waitForRecordPage(page);
    return page.locator('.region-header');
}

export const warningPanel = (header) => header.getByRole('status').filter({ hasText: 'Check the contract' });
export const confirmButton = (header) => header.getByRole('button', { name: 'Yes, this is intended' });
export const moveButton = (header, contractNumber) =>
    header.getByRole('button', { name: `Move to active contract ${contractNumber}` });

export function warningText(caseNumber, contractNumber) {
    return `Case ${caseNumber} is on contract ${contractNumber}, which is Cancelled. Cases belong under the contract the issue pertains to, most likely the active one. Was this intended?`;
}

/** The page's Apex calls by method, and the action of one button. */
export async function pageApex(workbench) {
    const { body } = await workbench.api('GET', '/api/stats');
    const calls = body.calls.filter((call) => call.kind === 'apex' && call.pageLoad);
    return {
        count: (name) => calls.filter((call) => call.name === name).length,
        actions: (label) => body.actions.filter((action) => action.label === label),
        pageLoads: body.pageLoads
    };
}

/** Each click on `label` made exactly one Apex call, to `method`; each page load at most one. */
export async function assertApexBudget(workbench, label, method, clicks = 1) {
    const apex = await pageApex(workbench);
    const actions = apex.actions(label);
    assert.equal(actions.length, clicks, `${label} clicks`);
    for (const action of actions) {
        assert.equal(action.apexCalls, 1, `${label} made ${action.apexCalls} Apex calls: ${action.methods}`);
        assert.ok(action.methods.includes(method), String(action.methods));
    }
    assert.equal(apex.count(method), clicks);
    for (const load of apex.pageLoads) {
        const warningCalls = load.methods.filter((name) => name === 'ContractWarningController.getContractStatus');
        assert.ok(warningCalls.length <= 1, `a page load asked for the contract status ${warningCalls.length} times`);
    }
}

// ---- scenarios ------------------------------------------------------------------------------------

const moveToActive = {
    id: 'contractWarning.moveToActive',
    component: COMPONENT,
    title: 'A case on a cancelled contract shows the warning; one click moves it to the active contract',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: "Open the account and its Contracts list to find the active contract", lines: '8', clicks: 2 },
            { step: 'Back on the case, edit the Contract field (pencil)', lines: '6-8', clicks: 1 },
            { step: 'Pick the active contract (lookup)', lines: '6-8', clicks: 2 },
            { step: 'Save the case', lines: '6-8', clicks: 1 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const { target, cancelled, active } = await caseOnCancelledContract(workbench);

        const header = await openCase(page, target.Id);
        const warning = warningPanel(header);
        await warning.waitFor();
        assert.equal(await warning.locator('[data-id="message"]').innerText(), warningText(target.CaseNumber, cancelled.ContractNumber));
        await capture?.('contractWarning-data');
        await agent.click(moveButton(header, active.ContractNumber));
        await page.locator('lightning-toast', { hasText: `Case ${target.CaseNumber} is now on contract ${active.ContractNumber}.` }).waitFor();
        await warning.waitFor({ state: 'detached' });
        // The page's Details show the new contract without a reload.
        await page.locator('.record-details', { hasText: active.ContractNumber }).waitFor();

        const moved = await caseById(workbench, target.Id);
        assert.equal(moved.Contract__c, active.Id);
        assert.equal(moved.Contract_Warning_Acknowledged_On__c, null);
        assert.equal(moved.Contract_Warning_Acknowledged_By__c, null);
        await assertApexBudget(workbench, `Move to active contract ${active.ContractNumber}`, 'ContractWarningController.moveToContract');

        // Nothing to warn about once it is on the active contract.
        const status = page.waitForResponse((response) => response.url().includes('/api/apex/ContractWarningController.getContractStatus'));
        await openCase(page, target.Id);
        assert.equal((await (await status).json()).warning, false);
        await page.evaluate(() => new Promise((resolve) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve))));
        assert.equal(await warningPanel(header).count(), 0);
    }
};

const confirmIntended = {
    id: 'contractWarning.confirmIntended',
    component: COMPONENT,
    title: '"Yes, this is intended" records the acknowledgement, and the warning no longer nags after a reload',
    procedure: {
        file: PROCEDURE,
        manualSteps: [{ step: 'Answer the warning panel: this was the intended action', lines: '8', clicks: 1 }]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const { target, cancelled } = await caseOnCancelledContract(workbench);

        const header = await openCase(page, target.Id);
        await warningPanel(header).waitFor();
        await agent.click(confirmButton(header));
        await page.locator('lightning-toast', { hasText: `You confirmed that case ${target.CaseNumber} belongs on this contract.` }).waitFor();
        const note = header.locator('[data-id="confirmed"]');
        await note.waitFor();
        assert.match(await note.innerText(), new RegExp(`^contract ${cancelled.ContractNumber} is Cancelled\\. Confirmed by Alex Rivera on \\w{3} \\d{1,2}, \\d{4}$`));
        assert.equal(await warningPanel(header).count(), 0);

        const confirmed = await caseById(workbench, target.Id);
        assert.equal(confirmed.Contract__c, cancelled.Id, 'the case stays on its contract');
        assert.equal(confirmed.Contract_Warning_Acknowledged_By__c, workbench.userId('agent'));
        assert.ok(Date.now() - Date.parse(confirmed.Contract_Warning_Acknowledged_On__c) < 5 * 60_000, 'acknowledged just now');
        await assertApexBudget(workbench, 'Yes, this is intended', 'ContractWarningController.acknowledge');

        // After a reload: the small note, no warning, no buttons.
        await page.reload();
        await waitForRecordPage(page);
        await header.locator('[data-id="confirmed"]').waitFor();
        await capture?.('contractWarning-confirmed');
        assert.equal(await warningPanel(header).count(), 0);
        assert.equal(await confirmButton(header).count(), 0);
    }
};

export const scenarios = [moveToActive, confirmIntended];
