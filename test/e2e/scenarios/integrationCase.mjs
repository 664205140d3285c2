// Integration case scenarios (procedure 004_2950473912b781c7.txt, "Integration SalesForce Case
// Tracking and Managing"; the file is one line, so every step cites line 1). Each `run` starts from a
// fresh reset (POST /api/reset) and drives the workbench as the people of the procedure do: the agent
// who creates the case and follows it, and the Integrations member who works it. Only the page is used:
// the list view, the New Case stand-in, the running-user switch, the notification bell, the clock control
// and the case page's integration case component. Records are checked through GET /api/records.
//
// Counting rule for `procedure.manualSteps` (the standard Salesforce UI, same outcome; the same rule as
// scenarios/callWizard.mjs): one click per button, link, tab, checkbox or inline-edit pencil; a
// picklist is 2; a lookup is 2; typing free text adds no clicks, but clicking into the field counts 1.
import assert from 'node:assert/strict';
import { waitForRecordPage } from '../harness.mjs';

const COMPONENT = 'integrationCase';
const PROCEDURE = '004_2950473912b781c7.txt';
const SUBJECT = 'Service appointments not syncing to the DMS';

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

export const component = (page) => page.locator('c-integration-case');

/** Switches the running user with the workbench's user switch; the page reloads as that user. */
export async function switchUserTo(page, name) {
    const combobox = page.locator('lightning-combobox.user-switch');
    await combobox.locator('button[role="combobox"], input[role="combobox"]').first().click();
    await Promise.all([page.waitForEvent('load'), combobox.locator('lightning-base-combobox-item', { hasText: name }).click()]);
}

/** Waits for the component to show the case's next action; returns its text. */
export async function nextAction(page) {
    const next = component(page).locator('[data-id="next-action-text"]');
    await next.waitFor();
    return (await next.innerText()).trim();
}

/** Opens one of the component's action forms by its button, fills the comment and saves; waits for the toast. */
export async function saveForm({ page, agent }, buttonLabel, { comment, choose = [], tick = [], toast }) {
    const host = component(page);
    await agent.click(host.getByRole('button', { name: buttonLabel, exact: true }));
    const form = host.locator('[data-id="form"]');
    await form.waitFor();
    for (const label of choose) await agent.click(form.getByText(label, { exact: true }));
    for (const label of tick) await agent.click(form.getByText(label, { exact: true }));
    if (comment !== undefined) await agent.writeFreeText(form.getByRole('textbox'), comment);
    await agent.click(form.locator('[data-id="save"] button'));
    await page.locator('lightning-toast', { hasText: toast }).waitFor();
    await form.waitFor({ state: 'detached' });
}

/** The action buttons the component offers now. */
export async function offeredActions(page) {
    const buttons = component(page).locator('[data-id="actions"] lightning-button');
    return buttons.evaluateAll((elements) => elements.map((element) => element.label));
}

/** Moves the org's clock forward with the workbench's clock control; the page reloads. */
export async function advanceClock(page, agent, label) {
    await Promise.all([page.waitForEvent('load'), agent.click(page.getByRole('button', { name: label, exact: true }))]);
    await waitForRecordPage(page);
}

async function theCase(workbench) {
    const found = (await records(workbench, 'Case')).find((record) => record.Subject === SUBJECT);
    assert.ok(found, 'the case was saved');
    return found;
}

// ---- scenarios ------------------------------------------------------------------------------------

const creationToClosure = {
    id: 'integrationCase.creationToClosure',
    component: COMPONENT,
    title: 'An integration case followed from creation to closure: Integrations comments, the creator is told, leaves the ECP a message and closes 48 hours later',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: 'Open the "My Open Created Cases" view', lines: '1', clicks: 2 },
            { step: 'New case for Integrations: record type, subject, account, owner queue, Save', lines: '1', clicks: 8 },
            { step: 'Integrations: open the case, new case comment, Save', lines: '1', clicks: 4 },
            { step: 'Integrations: change owner back to the creator with Send Notification Email ticked', lines: '1', clicks: 5 },
            { step: 'Creator: open the case from the notification email, view Activity and Case Comments', lines: '1', clicks: 2 },
            { step: 'Creator: new comment "l/m with ECP on v/m", Save', lines: '1', clicks: 3 },
            { step: 'Creator, 48 hours later: find the case in the view, comment and close it', lines: '1', clicks: 6 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        // The agent opens "My Open Created Cases" and creates the case for the Integrations queue.
        await page.goto('/');
        await agent.click(page.getByRole('link', { name: 'My Open Created Cases', exact: true }));
        const list = page.locator('wb-integration-list');
        await list.locator('tr.integration-row').first().waitFor();
        await agent.click(list.getByRole('button', { name: 'New', exact: true }));
        const form = list.locator('[data-id="new-case-form"]');
        await form.waitFor();
        await agent.writeFreeText(form.getByRole('textbox', { name: 'Subject' }), SUBJECT);
        await agent.choose(form.locator('lightning-combobox').filter({ hasText: 'Account Name' }), 'Northgate Motors');
        await agent.writeFreeText(form.getByRole('textbox', { name: 'Description' }), 'Appointments booked online since Monday are missing in the DMS.');
        await agent.click(form.getByRole('button', { name: 'Save', exact: true }));
        await waitForRecordPage(page);
        assert.equal(await nextAction(page), 'Integrations opens and comments on the case.', '"opened and commented on within 48 hours"');
        const created = await theCase(workbench);
        assert.equal(created.CreatedById, workbench.userId('agent'));
        assert.ok(created.First_Comment_Due__c, 'the 48-hour clock was stamped at creation');
        const caseUrl = new URL(page.url()).pathname;
        await capture?.('integrationCase-created');

        // Jordan (Integrations) comments within 48 hours and gives the case back to its creator.
        await switchUserTo(page, 'Jordan Lee');
        await page.goto(caseUrl);
        await waitForRecordPage(page);
        await saveForm({ page, agent }, 'Post an update', {
            comment: 'Found the failing mapping for appointment types; please confirm with the ECP that new bookings arrive.',
            tick: ['Give the case back to Alex Rivera (who is emailed)'],
            toast: 'Update posted'
        });
        const commented = await theCase(workbench);
        assert.ok(commented.First_Comment_At__c, 'the first comment stopped the 48-hour clock');
        assert.equal(commented.OwnerId, workbench.userId('agent'), 'reassigned to the creator');

        // The creator is notified, opens the case from the notification and leaves the ECP a message.
        await switchUserTo(page, 'Alex Rivera');
        await agent.click(page.locator('wb-notification-tray [data-id="bell"] button'));
        const notice = page.locator('wb-notification-tray li.notification').first();
        await notice.waitFor();
        assert.match(await notice.innerText(), new RegExp(created.CaseNumber));
        await agent.click(notice.locator('a'));
        await waitForRecordPage(page);
        await component(page).locator('[data-id="comments"]').waitFor();
        assert.match(await component(page).locator('[data-id="comments"]').innerText(), /failing mapping/);
        await saveForm({ page, agent }, 'Log contact with the ECP', { toast: 'Contact with the ECP logged' });
        const messaged = await theCase(workbench);
        assert.ok(messaged.ECP_Message_Left_At__c, 'the message left is stamped, not parsed from the comment');
        assert.ok(!(await offeredActions(page)).includes('Close the case'), '"close the case after 48 hours", not before');

        // Two days later, with no reply from the ECP, the creator closes the case.
        await advanceClock(page, agent, '+1 day');
        await advanceClock(page, agent, '+1 day');
        await nextAction(page);
        assert.ok((await offeredActions(page)).includes('Close the case'), 'offered after 48 hours');
        await capture?.('integrationCase-may-close');
        await saveForm({ page, agent }, 'Close the case', {
            comment: 'No reply 48 hours after the detailed message: assuming all is good, closing.',
            toast: 'Case closed'
        });
        const closed = await theCase(workbench);
        assert.equal(closed.IsClosed, true);
        const comments = (await records(workbench, 'CaseComment')).filter((comment) => comment.ParentId === closed.Id);
        assert.equal(comments.length, 3, 'the update, the message left and the closing comment');
        assert.ok(
            comments.every((comment) => comment.IsPublished === false),
            '"Do not put a check mark in the Make Public box on Case Comments"'
        );
        assert.ok(comments.some((comment) => comment.CommentBody === 'l/m with ECP on v/m'), 'the suggested text');
        assert.equal(await nextAction(page), 'The case is closed.');
    }
};

export const scenarios = [creationToClosure];
