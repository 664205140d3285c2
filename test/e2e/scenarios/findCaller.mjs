// Find Caller scenarios (procedure 003_941653cd0240bd22.txt: "In the global search at the top of any page, type the
// name of the customer on the phone", line 9; "If no results appear on the page, you can either create an account
// record for the customer", line 11; Entitlements "verify, before opening a case for a customer, that the customer
// is entitled to receive support", line 23). Each `run` starts from a fresh reset, opens Find Caller from the console's
// utility bar as an agent does, and asserts what the agent sees, the records written and the Apex calls made.
//
// Counting rule for `procedure.manualSteps`: the same as scenarios/newCase.mjs (one click per button, link, tab or
// checkbox; a picklist or a lookup is 2; clicking into a field to type counts 1).
import assert from 'node:assert/strict';

const COMPONENT = 'findCaller';
const PROCEDURE = '003_941653cd0240bd22.txt';

async function records(workbench, sobject) {
    const { status, body } = await workbench.api('GET', `/api/records?sobject=${sobject}`);
    assert.equal(status, 200);
    return body;
}

async function fresh(workbench) {
    const { status } = await workbench.api('POST', '/api/reset');
    assert.equal(status, 200);
}

async function searchCalls(workbench) {
    const { body } = await workbench.api('GET', '/api/stats');
    return body.calls.filter((call) => call.kind === 'apex' && call.name === 'FindCallerController.search').length;
}

/** New Case's LightningModal: the platform shows it over the whole page, outside the utility panel. */
export function newCaseModal(page, name) {
    return page.getByRole('dialog', { name: `New Case for ${name}` });
}

/** Opens the utility item and types the caller's name or number. */
export async function findCaller({ page, agent }, term) {
    await page.goto('/lightning/o/Case/list?filterName=Team_Loyalty');
    await agent.click(page.getByRole('button', { name: 'Find Caller', exact: true }));
    const panel = page.locator('[data-utility-panel="Find Caller"]');
    const search = panel.getByRole('searchbox', { name: 'Name or phone number of the caller' });
    await search.waitFor();
    await agent.click(search);
    await agent.type(search, term);
    return panel;
}

const entitledCallerGetsACase = {
    id: 'findCaller.entitledCallerGetsACase',
    component: COMPONENT,
    title: 'A caller found by name is entitled by their active entitlement and gets a case with it, from a modal',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: 'Click into the global search, type the name and search', lines: '9', clicks: 2 },
            { step: 'Click the contact in the results', lines: '13', clicks: 1 },
            { step: "Open the account's Entitlements related list to check the entitlement", lines: '23', clicks: 2 },
            { step: 'New Case from the contact', lines: '13', clicks: 1 },
            { step: 'Entitlement (lookup)', lines: '23', clicks: 2 },
            { step: 'Contract (lookup)', lines: '23', clicks: 2 },
            { step: 'Click into Subject to type it', lines: '13', clicks: 1 },
            { step: 'Save', lines: '13', clicks: 1 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const maria = (await records(workbench, 'Contact')).find((contact) => contact.LastName === 'Rivera');
        const entitlement = (await records(workbench, 'Entitlement')).find((row) => row.AccountId === maria.AccountId);
        assert.ok(entitlement, 'the sample data gives the Riveras an entitlement');
        const casesBefore = await records(workbench, 'Case');

        const panel = await findCaller({ page, agent }, 'Rivera');
        const row = panel.locator('li[data-record-id]', { hasText: 'Maria Rivera · Contact' });
        await row.waitFor();
        assert.match(await row.locator('[data-id="qualification"]').innerText(), /^Entitled: Rivera Phone Support \(Phone Support\) until 2028-12-31/);
        assert.equal(await searchCalls(workbench), 1, 'one search call for the pause after typing');
        await capture?.('findCaller-results');

        await agent.click(row.getByRole('button', { name: 'New Case' }));
        const modal = newCaseModal(page, 'Maria Rivera');
        await modal.getByRole('heading', { name: 'New Case for Maria Rivera' }).waitFor();
        await agent.writeFreeText(modal.getByRole('textbox', { name: 'Subject' }), 'Inverter offline since the storm');
        await capture?.('findCaller-newCase');
        await agent.click(modal.getByRole('button', { name: 'Create Case', exact: true }));
        await panel.locator('[data-id="created"]', { hasText: 'created' }).waitFor();
        await modal.waitFor({ state: 'detached' });

        const created = (await records(workbench, 'Case')).filter((record) => !casesBefore.some((old) => old.Id === record.Id));
        assert.equal(created.length, 1, 'one case');
        assert.equal(created[0].ContactId, maria.Id, 'for the caller');
        assert.equal(created[0].EntitlementId, entitlement.Id, "with the caller's entitlement");
        assert.ok(created[0].Contract__c, 'under the active contract (procedure 001)');
        await panel.locator('[data-id="cases"]', { hasText: 'open case' }).first().waitFor();
    }
};

const notEntitledIsAWarning = {
    id: 'findCaller.notEntitledIsAWarning',
    component: COMPONENT,
    title: 'An organisation without an entitlement is found with a warning, and New Case is still offered',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: 'Click into the global search, type the name and search', lines: '9', clicks: 2 },
            { step: 'Click the account in the results', lines: '13', clicks: 1 },
            { step: "Open the account's Entitlements related list and see none", lines: '23', clicks: 2 }
        ]
    },
    async run({ page, agent }) {
        const panel = await findCaller({ page, agent }, 'Brightpath');
        const row = panel.locator('li[data-record-id]', { hasText: 'Brightpath Solar Installers · Account' });
        await row.waitFor();
        assert.equal(
            await row.locator('[data-id="qualification"]').innerText(),
            "Brightpath Solar Installers has no active entitlement. Check the customer's support agreement before opening a case."
        );
        assert.equal(await row.getByRole('button', { name: 'New Case' }).isEnabled(), true, 'a warning, never a block');
    }
};

const callerNotInSalesforce = {
    id: 'findCaller.callerNotInSalesforce',
    component: COMPONENT,
    title: 'A caller not in Salesforce is created from Find Caller and then found',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: 'Click into the global search, type the name and search: no results', lines: '9-11', clicks: 2 },
            { step: 'New Account from the Accounts tab', lines: '11', clicks: 2 },
            { step: 'Click into Account Name to type it, Save', lines: '11', clicks: 2 },
            { step: 'New Contact from the account', lines: '11', clicks: 1 },
            { step: 'Click into First Name and Last Name to type them, Save', lines: '11', clicks: 3 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const panel = await findCaller({ page, agent }, 'Zeller');
        await panel.locator('[data-id="nothing-found"]', { hasText: 'No customer matches “Zeller”' }).waitFor();
        await agent.click(panel.getByRole('button', { name: 'Create the customer' }));
        const form = panel.locator('c-create-customer');
        await agent.click(form.locator('lightning-radio-group label').filter({ hasText: 'Homeowner' }));
        await agent.writeFreeText(form.getByRole('textbox', { name: 'First name' }), 'Ida');
        await agent.writeFreeText(form.getByRole('textbox', { name: 'Last name' }), 'Zeller');
        await capture?.('findCaller-createCustomer');
        await agent.click(form.getByRole('button', { name: 'Create customer' }));
        await panel.locator('[data-id="created"]', { hasText: 'Ida Zeller created under' }).waitFor();
        const row = panel.locator('li[data-record-id]', { hasText: 'Ida Zeller · Contact' });
        await row.waitFor();
        assert.match(await row.locator('[data-id="qualification"]').innerText(), /has no active entitlement/);
        const zeller = (await records(workbench, 'Contact')).filter((contact) => contact.LastName === 'Zeller');
        assert.equal(zeller.length, 1, 'one contact created');
    }
};

export const scenarios = [entitledCallerGetsACase, notEntitledIsAWarning, callerNotInSalesforce];
