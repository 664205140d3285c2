// New Case and Assign to Back Office scenarios (procedure 001_04b084dfadd2e92b.txt: homeowner cases
// "only created under the contract", line 6; "the case owner will automatically default to the agent
// that created the case", line 32; "Assigning a case to the back-office queue", line 59). Each `run`
// starts from a fresh reset (POST /api/reset), drives the workbench as an agent does through the
// quick action to the saved case, and asserts what the agent sees, the records written (GET
// /api/records) and the Apex calls made (GET /api/stats): exactly one per save. `run` may get
// `capture(name)`.
//
// Counting rule for `procedure.manualSteps` (the standard Salesforce UI, same outcome; the same rule as
// scenarios/callWizard.mjs): one click per button, link, tab, checkbox or inline-edit pencil; a
// picklist is 2 (open it, pick the value); a lookup is 2 (click into it, pick the match); typing free
// text adds no clicks, but clicking into the field to type counts 1. `lines` are the procedure file's
// line numbers (nl -ba).
import assert from 'node:assert/strict';
import { waitForRecordPage } from '../harness.mjs';

const COMPONENT = 'newCase';
const PROCEDURE = '001_04b084dfadd2e92b.txt';

async function records(workbench, sobject) {
    const { status, body } = await workbench.api('GET', `/api/records?sobject=${sobject}`);
    assert.equal(status, 200);
    return body;
}

async function fresh(workbench) {
    const { status } = await workbench.api('POST', '/api/reset');
    assert.equal(status, 200);
}

async function openAction({ page, agent }, objectApiName, recordId, label) {
    await page.goto(`/lightning/r/${objectApiName}/${recordId}/view`);
    await waitForRecordPage(page);
    await agent.click(page.getByRole('button', { name: label, exact: true }));
    return page.locator('wb-quick-action-modal');
}

/** Each click on `label` made exactly one Apex call, to `method`. */
async function assertOneCallPerClick(workbench, label, method) {
    const { body } = await workbench.api('GET', '/api/stats');
    const actions = body.actions.filter((action) => action.label === label);
    assert.equal(actions.length, 1, `${label} clicks`);
    assert.equal(actions[0].apexCalls, 1, `${label} made ${actions[0].apexCalls} Apex calls: ${actions[0].methods}`);
    assert.ok(actions[0].methods.includes(method), String(actions[0].methods));
    assert.equal(body.calls.filter((call) => call.kind === 'apex' && call.pageLoad && call.name === method).length, 1);
}

const homeownerCaseUnderContract = {
    id: 'newCase.homeownerCaseUnderContract',
    component: COMPONENT,
    title: "A homeowner case created under the household's active contract, owned by the agent",
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: "Open the homeowner's active contract from the account's Contracts list", lines: '6-8', clicks: 2 },
            { step: 'New Case from the contract', lines: '6', clicks: 1 },
            { step: 'Contact name (lookup)', lines: '6', clicks: 2 },
            { step: 'Click into Subject, then Description, to type them', lines: '6', clicks: 2 },
            { step: 'Product Type (picklist)', lines: '6', clicks: 2 },
            { step: 'Save; the pop-up with the clickable link appears', lines: '20', clicks: 1 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const household = (await records(workbench, 'Account')).find((account) => account.Customer_Role__c === 'Homeowner');
        assert.ok(household, 'the sample data has a homeowner account');
        const active = (await records(workbench, 'Contract')).find(
            (contract) => contract.AccountId === household.Id && contract.Status === 'Activated' && contract.Cancellation_Status__c === 'None'
        );
        assert.ok(active, 'the household has an active contract');
        const casesBefore = await records(workbench, 'Case');

        const modal = await openAction({ page, agent }, 'Account', household.Id, 'New Case');
        const contract = modal.locator('lightning-combobox').filter({ hasText: 'Contract' }).first();
        await contract.waitFor();
        await agent.choose(contract, `${active.ContractNumber} (active)`);
        assert.equal(await modal.locator('[data-id="contract-warning"]').count(), 0, 'no warning on the active contract');
        await agent.writeFreeText(modal.getByRole('textbox', { name: 'Subject' }), 'Inverter shows a ground fault after the storm');
        await agent.writeFreeText(modal.getByRole('textbox', { name: 'Description' }), 'Maria reports the inverter display shows a ground fault since Sunday night.');
        await capture?.('newCase-data');
        await agent.click(modal.getByRole('button', { name: 'Create Case', exact: true }));
        const toast = page.locator('lightning-toast', { hasText: 'Case created' });
        await toast.waitFor();
        await modal.waitFor({ state: 'detached' });

        const created = (await records(workbench, 'Case')).filter((record) => !casesBefore.some((old) => old.Id === record.Id));
        assert.equal(created.length, 1, 'one case created');
        const [newCase] = created;
        assert.match((await toast.innerText()).replace(/\s+/g, ' '), new RegExp(`${newCase.CaseNumber} was created and is assigned to you`));
        assert.equal(newCase.AccountId, household.Id);
        assert.equal(newCase.Contract__c, active.Id, 'under the active contract');
        assert.equal(newCase.OwnerId, workbench.userId('agent'), 'owned by the agent who created it');
        assert.equal(newCase.Subject, 'Inverter shows a ground fault after the storm');
        await assertOneCallPerClick(workbench, 'Create Case', 'NewCaseController.createHomeownerCase');
    }
};

const assignToBackOffice = {
    id: 'newCase.assignToBackOffice',
    component: 'assignToBackOffice',
    title: 'Assigning a case to the back-office queue in one confirmation',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: 'Change Owner on the case', lines: '59', clicks: 1 },
            { step: 'Choose "Queue" as the owner type (picklist)', lines: '59', clicks: 2 },
            { step: 'Pick the back-office queue (lookup)', lines: '59', clicks: 2 },
            { step: 'Submit', lines: '59', clicks: 1 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const target = (await records(workbench, 'Case')).find((record) => record.Subject === 'Battery storage not reporting its charge level');
        assert.ok(target, "the sample data has the Riveras' battery case");
        const queue = (await records(workbench, 'Group')).find((group) => group.DeveloperName === 'Back_Office');
        assert.ok(queue, 'the org has the Back Office queue');

        const modal = await openAction({ page, agent }, 'Case', target.Id, 'Assign to Back Office');
        const assign = modal.getByRole('button', { name: 'Assign to back office', exact: true });
        await assign.waitFor();
        await capture?.('assignToBackOffice-data');
        await agent.click(assign);
        await page.locator('lightning-toast', { hasText: `The case is now in the ${queue.Name} queue.` }).waitFor();
        await modal.waitFor({ state: 'detached' });
        await page.locator('.record-highlights', { hasText: queue.Name }).waitFor();

        const saved = (await records(workbench, 'Case')).find((record) => record.Id === target.Id);
        assert.equal(saved.OwnerId, queue.Id);
        await assertOneCallPerClick(workbench, 'Assign to back office', 'ContractWarningController.assignToBackOffice');
    }
};

export const scenarios = [homeownerCaseUnderContract, assignToBackOffice];
