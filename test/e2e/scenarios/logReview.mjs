// Log Review scenarios (procedure 001_04b084dfadd2e92b.txt, "Using the Log Review Feature", lines
// 73-99). Each `run` starts from a fresh reset (POST /api/reset), drives the workbench as an agent
// does, from the case page through the "Log Review" quick action to the saved review, and asserts what
// the agent sees, the records written (GET /api/records) and the Apex calls made (GET /api/stats):
// exactly one per save, at most one when the action opens. test/e2e/logReview.test.mjs runs them all.
//
// Preconditions that are not the agent's work (a colleague's earlier review) are set up through the
// server as that colleague, never through the page. `run` may get `capture(name)`.
//
// Counting rule for `procedure.manualSteps` (the standard Salesforce UI, same outcome; the same rule as
// scenarios/callWizard.mjs): one click per button, link, tab, checkbox or inline-edit pencil; a
// picklist is 2; a lookup is 2; a date is 2; typing free text adds no clicks, but clicking into the
// field to type counts 1. `lines` are the procedure file's line numbers (nl -ba).
import assert from 'node:assert/strict';
import { waitForRecordPage } from '../harness.mjs';

const COMPONENT = 'logReview';
const PROCEDURE = '001_04b084dfadd2e92b.txt';
export const TEMPLATE = 'Current Status: \nPending Action Items: \nPending Action Owner: ';
export const MAX_LENGTH = 1000;

const LOG_REVIEW = [
    { step: 'Access the "Log Review" button on the case', lines: '76', clicks: 1 },
    { step: 'Click into the Comments field to fill in the template', lines: '77-81', clicks: 1 },
    { step: 'Save the review', lines: '86-88', clicks: 1 }
];

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

export async function supportCase(workbench) {
    const found = (await records(workbench, 'Case')).find(
        (record) => record.Subject === 'Monitoring gateway offline after inverter replacement'
    );
    assert.ok(found, "the sample data has Brightpath's gateway case");
    return found;
}

export const reviewTasks = async (workbench, caseId) =>
    (await records(workbench, 'Task')).filter((task) => task.WhatId === caseId && task.Subject === 'Case Review');

/** The case page, then the "Log Review" quick action, until the comments box shows. */
export async function openLogReview({ page, agent }, caseId) {
    await page.goto(`/lightning/r/Case/${caseId}/view`);
    await waitForRecordPage(page);
    await agent.click(page.getByRole('button', { name: 'Log Review', exact: true }));
    const modal = page.locator('wb-quick-action-modal');
    await modal.getByRole('textbox', { name: 'Comments' }).waitFor();
    return modal;
}

export const commentsBox = (modal) => modal.getByRole('textbox', { name: 'Comments' });
export const counter = (modal) => modal.locator('[data-id="counter"]');
export const saveButton = (modal) => modal.getByRole('button', { name: 'Save', exact: true });

/** A filled-in template padded with detail to exactly `length` characters. */
export function reviewOfLength(length, status = 'Gateway replaced; monitoring back since Tuesday.') {
    const start = `Current Status: ${status}\nPending Action Items: confirm a week of clean data with Devon.\nPending Action Owner: Alex Rivera\nDetail: `;
    const filler = 'Readings compared with the inverter log, no gaps found. ';
    let text = start;
    while (text.length < length) text += filler;
    return text.slice(0, length);
}

/** Clicks Save and waits for the toast and the quick action to close; returns the toast text. */
export async function saveAndClose({ page, agent }, modal) {
    await agent.click(saveButton(modal));
    const toast = page.locator('lightning-toast', { hasText: 'Review logged on case' });
    await toast.waitFor();
    await modal.waitFor({ state: 'detached' });
    return (await toast.innerText()).replace(/\s+/g, ' ');
}

/** Opening costs at most one Apex call (getReviewContext); each Save click exactly one (saveReview). */
export async function assertApexBudget(workbench, { saves = 1 } = {}) {
    const { body } = await workbench.api('GET', '/api/stats');
    const calls = body.calls.filter((call) => call.kind === 'apex' && call.pageLoad);
    const opening = body.actions.filter((action) => action.label === 'Log Review');
    assert.ok(opening.length >= 1, 'Log Review was opened');
    for (const action of opening) assert.ok(action.apexCalls <= 1, `opening made ${action.apexCalls} Apex calls: ${action.methods}`);
    const saveActions = body.actions.filter((action) => action.label === 'Save');
    assert.equal(saveActions.length, saves, 'Save clicks');
    for (const action of saveActions) {
        assert.equal(action.apexCalls, 1, `a save made ${action.apexCalls} Apex calls: ${action.methods}`);
        assert.ok(action.methods.includes('LogReviewController.saveReview'), String(action.methods));
    }
    assert.equal(calls.filter((call) => call.name === 'LogReviewController.saveReview').length, saves);
}

export function assertReviewWritten(target, task, text, workbench) {
    assert.equal(target.Last_Review_Comments__c, text, 'Last Review Comments overwritten');
    assert.equal(target.Last_Reviewed_By__c, workbench.userId('agent'));
    assert.ok(Date.now() - Date.parse(target.Last_Reviewed_On__c) < 5 * 60_000, 'reviewed just now');
    assert.ok(task, 'a Case Review task was logged');
    assert.equal(task.Status, 'Completed');
    assert.equal(task.Description, text, 'its Comments match the input');
    assert.equal(task.WhoId, null, 'Name left empty');
    assert.equal(task.ActivityDate, null, 'Due Date left empty');
}

// ---- scenarios ------------------------------------------------------------------------------------

const atTheLimit = {
    id: 'logReview.atTheLimit',
    component: COMPONENT,
    title: 'A review of exactly the configured maximum length saves, from the prefilled template',
    procedure: { file: PROCEDURE, manualSteps: LOG_REVIEW },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const target = await supportCase(workbench);

        const modal = await openLogReview({ page, agent }, target.Id);
        assert.equal(await commentsBox(modal).inputValue(), TEMPLATE, 'the template is prefilled');
        assert.equal(await counter(modal).innerText(), `${TEMPLATE.length} / ${MAX_LENGTH}`);
        assert.match(await modal.innerText(), /No reviews logged on this case yet\./);
        const text = reviewOfLength(MAX_LENGTH);
        await agent.writeFreeText(commentsBox(modal), text);
        assert.equal(await counter(modal).innerText(), `${MAX_LENGTH} / ${MAX_LENGTH}`);
        await capture?.('logReview-data');
        const toast = await saveAndClose({ page, agent }, modal);
        assert.match(toast, new RegExp(`Review logged on case ${target.CaseNumber}\\.`));

        const saved = (await records(workbench, 'Case')).find((record) => record.Id === target.Id);
        const tasks = await reviewTasks(workbench, target.Id);
        assert.equal(tasks.length, 1);
        assertReviewWritten(saved, tasks[0], text, workbench);
        assert.equal(saved.Last_Review_Comments__c.length, MAX_LENGTH);
        // The case page shows the new review fields without a reload.
        await page.locator('.record-details', { hasText: 'Alex Rivera' }).waitFor();
        await assertApexBudget(workbench);
    }
};

const lastReviewsShown = {
    id: 'logReview.lastReviewsShown',
    component: COMPONENT,
    title: "A colleague's last review is shown, and the new review overwrites the case's review fields",
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: 'Open the activity tab to read the last reviews', lines: '88; 95', clicks: 1 },
            ...LOG_REVIEW
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const target = await supportCase(workbench);
        // Jordan Lee reviewed the case before.
        const earlier = 'Current Status: waiting for the replacement inverter.\nPending Action Items: ship the gateway.\nPending Action Owner: Jordan Lee';
        const colleague = await workbench.api(
            'POST',
            '/api/apex/LogReviewController.saveReview',
            { params: { request: { requestKey: `colleague-${Date.now()}`, caseId: target.Id, comments: earlier } } },
            { asUser: workbench.userId('otherAgent') }
        );
        assert.equal(colleague.status, 200, JSON.stringify(colleague.body));

        const modal = await openLogReview({ page, agent }, target.Id);
        assert.equal(await commentsBox(modal).inputValue(), TEMPLATE, 'a new review starts from the template');
        const recent = modal.locator('[data-id="recent-reviews"] li');
        assert.equal(await recent.count(), 1);
        const shown = await recent.first().innerText();
        assert.match(shown, /Case Review by Jordan Lee/);
        assert.match(shown, /waiting for the replacement inverter/);
        const text = 'Current Status: inverter replaced, gateway reporting again.\nPending Action Items: none.\nPending Action Owner: n/a';
        await agent.writeFreeText(commentsBox(modal), text);
        await capture?.('logReview-recent');
        await saveAndClose({ page, agent }, modal);

        const saved = (await records(workbench, 'Case')).find((record) => record.Id === target.Id);
        const tasks = await reviewTasks(workbench, target.Id);
        assert.equal(tasks.length, 2, "both reviews are in the case's history");
        const mine = tasks.find((task) => task.OwnerId === workbench.userId('agent'));
        assertReviewWritten(saved, mine, text, workbench);
        await assertApexBudget(workbench);
    }
};

export const scenarios = [atTheLimit, lastReviewsShown];
