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
const inMemoryOrg = (workbench) => workbench.workbench.org.org;

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


const byName = (list, name) => list.find((record) => `${record.FirstName ?? ''} ${record.LastName}`.trim() === name || record.Name === name);

/** The page's Apex calls by method name (calls the test makes through the API have no page load). */
async function pageCalls(workbench, method) {
    const { body } = await workbench.api('GET', '/api/stats');
    return body.calls.filter((call) => call.kind === 'apex' && call.pageLoad && call.name === method).length;
}

const installerCaseUnderContact = {
    id: 'newCase.installerCaseUnderContact',
    component: COMPONENT,
    title: "An installer case created under the installer's contact record, with the phone system's interaction related to it",
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: "Open the installer's contact record and click New Case (under the contact)", lines: '39', clicks: 2 },
            { step: 'Click into Subject to type it', lines: '39', clicks: 1 },
            { step: 'Save', lines: '54', clicks: 1 },
            { step: '002: open the interaction task, "Assign to me", "Finish"', lines: '9', clicks: 3 },
            { step: '002: edit the task (pencil), Relates to: the new case (lookup), Save', lines: '9', clicks: 4 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const devon = byName(await records(workbench, 'Contact'), 'Devon Brooks');
        const brightpath = byName(await records(workbench, 'Account'), 'Brightpath Solar Installers');
        // The phone system's integration user logs Devon's incoming call as an open call task (a precondition).
        const org = inMemoryOrg(workbench);
        const phoneId = org.createUser({ FirstName: 'CXone', LastName: 'Integration', Username: 'cxone.newcase@playbooks.example' });
        org.overrideSettings({ Phone_System_Username__c: 'cxone.newcase@playbooks.example' });
        const [taskId] = org.runAs(phoneId, () =>
            org.transaction(() =>
                org.db.insert(
                    { attributes: { type: 'Task' }, WhoId: devon.Id, WhatId: brightpath.Id, Subject: 'Inbound call (555) 010-6012', TaskSubtype: 'Call', Status: 'Not Started' },
                    'SYSTEM_MODE'
                )
            )
        );
        const casesBefore = await records(workbench, 'Case');

        const modal = await openAction({ page, agent }, 'Contact', devon.Id, 'New Case');
        await modal.locator('[data-id="under-contact"]').waitFor();
        assert.equal(await modal.locator('[data-id="under-contact"]').innerText(), 'Installer case under Devon Brooks');
        const relate = modal.getByRole('checkbox', { name: /^Relate the call "Inbound call \(555\) 010-6012" with Devon Brooks to the new case/ });
        assert.equal(await relate.isChecked(), true, 'the interaction is related unless the agent says no');
        await agent.writeFreeText(modal.getByRole('textbox', { name: 'Subject' }), 'Gateway offline after the inverter swap');
        await capture?.('newCase-under-contact');
        await agent.click(modal.getByRole('button', { name: 'Create Case', exact: true }));
        await page.locator('lightning-toast', { hasText: 'Case created' }).waitFor();
        await modal.waitFor({ state: 'detached' });

        const [created] = (await records(workbench, 'Case')).filter((record) => !casesBefore.some((old) => old.Id === record.Id));
        assert.ok(created, 'one case created');
        assert.equal(created.ContactId, devon.Id, 'under the contact');
        assert.equal(created.Installer_Contact__c, devon.Id);
        assert.equal(created.AccountId, brightpath.Id);
        const task = (await records(workbench, 'Task')).find((record) => record.Id === taskId);
        assert.equal(task.WhatId, created.Id, 'the interaction is related to the case generated from it');
        assert.equal(task.OwnerId, workbench.userId('agent'), 'assigned to the agent');
        await assertOneCallPerClick(workbench, 'Create Case', 'NewCaseController.createInstallerCase');
    }
};

const salesRepCreatedInNewCase = {
    id: 'newCase.salesRepCreatedInNewCase',
    component: COMPONENT,
    title: 'A sales rep without a contact record is created under the organisation inside New Case, then the installer case',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: "First create the sales rep's contact under the Organization: Related Contacts, New Contact", lines: '41', clicks: 3 },
            { step: 'Enter the contact (click into the name fields) and Save', lines: '41', clicks: 3 },
            { step: 'Back on the account, New Case', lines: '39', clicks: 2 },
            { step: 'Installer contact (lookup)', lines: '41', clicks: 2 },
            { step: 'Click into Subject to type it, Save', lines: '54', clicks: 2 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const brightpath = byName(await records(workbench, 'Account'), 'Brightpath Solar Installers');
        const casesBefore = await records(workbench, 'Case');

        const modal = await openAction({ page, agent }, 'Account', brightpath.Id, 'New Case');
        await agent.click(modal.getByRole('button', { name: 'New sales rep contact' }));
        const customer = modal.locator('c-create-customer');
        await customer.waitFor();
        assert.equal(await customer.locator('[data-id="under"]').innerText(), 'Under Brightpath Solar Installers');
        await agent.writeFreeText(customer.getByRole('textbox', { name: 'First name' }), 'Omar');
        await agent.writeFreeText(customer.getByRole('textbox', { name: 'Last name' }), 'Haddad');
        await agent.click(customer.getByRole('button', { name: 'Create customer' }));
        await customer.waitFor({ state: 'detached' });
        const installerContact = modal.locator('lightning-combobox').filter({ hasText: 'Installer' }).first();
        assert.match(await installerContact.innerText(), /Omar Haddad/, 'the new contact is the installer contact');
        await agent.writeFreeText(modal.getByRole('textbox', { name: 'Subject' }), 'Portal access for a new sales rep');
        await capture?.('newCase-sales-rep');
        await agent.click(modal.getByRole('button', { name: 'Create Case', exact: true }));
        await page.locator('lightning-toast', { hasText: 'Case created' }).waitFor();

        const omar = byName(await records(workbench, 'Contact'), 'Omar Haddad');
        assert.equal(omar.AccountId, brightpath.Id, 'under the organisation');
        const [created] = (await records(workbench, 'Case')).filter((record) => !casesBefore.some((old) => old.Id === record.Id));
        assert.equal(created.Installer_Contact__c, omar.Id);
        assert.equal(await pageCalls(workbench, 'CustomerController.createCustomer'), 1);
        assert.equal(await pageCalls(workbench, 'NewCaseController.createInstallerCase'), 1);
    }
};

const homeownerNotInSalesforce = {
    id: 'newCase.homeownerNotInSalesforce',
    component: COMPONENT,
    title: 'A homeowner not in Salesforce: the customer is created, New Case says there is no contract, and the interaction is logged on the account',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: 'Make sure you are accessing from the Account Record Level: New Account (household)', lines: '61-66', clicks: 3 },
            { step: 'Enter the household and Save, then New Contact under it and Save', lines: '61-66', clicks: 6 },
            { step: '002: log the interaction on the account: Log a Call, Name (lookup), Save', lines: '6', clicks: 4 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const rivera = byName(await records(workbench, 'Account'), 'Maria Rivera');
        const casesBefore = await records(workbench, 'Case');
        const tasksBefore = await records(workbench, 'Task');

        const modal = await openAction({ page, agent }, 'Account', rivera.Id, 'New Case');
        await agent.click(modal.getByRole('button', { name: 'Customer not in Salesforce' }));
        const customer = modal.locator('c-create-customer');
        await customer.waitFor();
        await agent.click(customer.locator('lightning-radio-group label').filter({ hasText: 'Homeowner' }));
        await agent.writeFreeText(customer.getByRole('textbox', { name: 'First name' }), 'Grace');
        await agent.writeFreeText(customer.getByRole('textbox', { name: 'Last name' }), 'Okoye');
        await agent.writeFreeText(customer.getByRole('textbox', { name: 'Phone' }), '(555) 010-0161');
        await agent.click(customer.getByRole('button', { name: 'Create customer' }));
        const noContract = modal.locator('[data-id="no-contract"]');
        await noContract.waitFor();
        assert.match(await noContract.innerText(), /Grace Okoye has no contract, and homeowner cases are only created under the contract/);
        assert.equal(await modal.getByRole('button', { name: 'Create Case', exact: true }).count(), 0, 'no homeowner case without a contract');
        await capture?.('newCase-no-contract');
        await agent.click(modal.getByRole('button', { name: 'Log the interaction on the account' }));
        const logACall = modal.locator('c-log-a-call');
        await logACall.locator('[data-id="form"]').waitFor();
        await agent.writeFreeText(logACall.getByRole('searchbox'), 'Okoye');
        await agent.click(logACall.getByRole('button', { name: /^Add Grace Okoye, Grace Okoye/ }));
        await agent.writeFreeText(logACall.getByRole('textbox', { name: 'Comments', exact: true }), 'New homeowner, no contract yet; sent to sales for a quote.');
        await agent.click(logACall.getByRole('button', { name: 'Save', exact: true }));
        await page.locator('lightning-toast', { hasText: 'Call logged' }).waitFor();
        await modal.waitFor({ state: 'detached' });

        const grace = byName(await records(workbench, 'Contact'), 'Grace Okoye');
        const household = byName(await records(workbench, 'Account'), 'Grace Okoye');
        assert.equal(household.Customer_Role__c, 'Homeowner');
        assert.equal(grace.AccountId, household.Id);
        assert.equal((await records(workbench, 'Case')).length, casesBefore.length, 'no contract-less homeowner case');
        const written = (await records(workbench, 'Task')).filter((task) => !tasksBefore.some((old) => old.Id === task.Id));
        assert.equal(written.length, 1);
        assert.equal(written[0].WhatId, household.Id, 'the interaction on the account');
        assert.equal(written[0].WhoId, grace.Id);
    }
};

export const scenarios = [homeownerCaseUnderContract, assignToBackOffice, installerCaseUnderContact, salesRepCreatedInNewCase, homeownerNotInSalesforce];
