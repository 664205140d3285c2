// Call Wizard scenarios (procedure 000_3a53a53d799f670f.txt): each drives the workbench from a
// fresh reset (POST /api/reset) to the saved result, as an agent would, and asserts what the agent
// sees, the records written (GET /api/records) and the Apex calls made (GET /api/stats): exactly one
// per save, at most one when the wizard opens. test/e2e/callWizard.test.mjs runs them all;
// `npm run bench` runs them again to count effort.
//
// Preconditions that are not the agent's work in the scenario (the case already claimed by the
// agent, the manager's username in the settings, another department closing a support case) are
// set up through the server, never through the page, so they add neither clicks nor Apex calls of
// the page. `run` may get `capture(name)`, called at the states worth a screenshot.
//
// Counting rule for `procedure.manualSteps` (the standard Salesforce UI, same outcome): one click per
// button, link, tab, checkbox or inline-edit pencil; a picklist is 2 (open it, pick the value); a
// lookup is 2 (click into it, pick the match; the typed name is free text); a date or date-time is 2
// per part (open the picker, pick the day; and again for the time); typing free text (notes,
// subject, names) adds no clicks, but clicking into the field to type counts 1 when the field is
// not focused already. "Log a call" per Step 1 (lines 43-56) is: Log a Call 1, Subject picklist 2,
// Name lookup 2 (optional, lines 51-53, the wizard always relates the contact), click into Comments 1
// = 6. Updating the CLA case is one inline edit (1) plus its fields plus Save (1). Checklist items
// that only mean reading what is on the page ("verify", "compare") count 0 and are not listed.
import assert from 'node:assert/strict';
import { waitForQueue, waitForRecordPage } from '../harness.mjs';

const PROCEDURE = '000_3a53a53d799f670f.txt';
const COMPONENT = 'callWizard';
const CLA_SUBJECT = 'Customer Loyalty Assessment: ';

// ---- manual steps shared by several scenarios ---------------------------------------------------

const LOG_A_CALL = [
    { step: 'Hit "Log a Call" on the CLA case', lines: '43', clicks: 1 },
    { step: 'Subject "Customer Satisfaction Call" (picklist)', lines: '45', clicks: 2 },
    { step: 'Add the contact name (Name lookup)', lines: '51-53', clicks: 2 },
    { step: 'Click into Comments to write "called to collect CSS" and the notes', lines: '54-56', clicks: 1 }
];
const completeCallTask = (lines, saveLines) => [
    { step: 'Change the task "Status" to Completed (picklist)', lines, clicks: 2 },
    { step: 'Hit "Save"', lines: saveLines, clicks: 1 }
];
const followUpTask = (newTaskLines, stepsLines, reminderLines) => [
    { step: 'Create a follow-up task: hit "New Task"', lines: newTaskLines, clicks: 1 },
    {
        step: 'Follow the Log a Call steps for it: Subject (picklist), contact name (lookup)',
        lines: stepsLines,
        clicks: 4
    },
    { step: 'Set a reminder: tick Reminder, pick the date, pick the time', lines: reminderLines, clicks: 5 },
    { step: 'Save the follow-up task', lines: stepsLines, clicks: 1 }
];
/** Inline edit of the CLA case: pencil, CSS score picklist, date picker, Activity Status picklist, Save. */
const scoreOnCase = (lines, what = 'Mark in the CSS Score, the date of score, and "Complete" in "Activity Status"') => [
    { step: `${what} (edit, score picklist, date, Activity Status picklist, save)`, lines, clicks: 8 }
];

// ---- helpers -------------------------------------------------------------------------------------

async function records(workbench, sobject) {
    const { status, body } = await workbench.api('GET', `/api/records?sobject=${sobject}`);
    assert.equal(status, 200);
    return body;
}

async function byId(workbench, sobject, id) {
    return (await records(workbench, sobject)).find((record) => record.Id === id);
}

async function claCase(workbench, contactName) {
    const found = (await records(workbench, 'Case')).find(
        (record) => record.Subject === `${CLA_SUBJECT}${contactName}`
    );
    assert.ok(found, `the sample data has the CLA case of ${contactName}`);
    return found;
}

async function contactNamed(workbench, name) {
    const found = (await records(workbench, 'Contact')).find(
        (record) => `${record.FirstName} ${record.LastName}` === name
    );
    assert.ok(found, `the sample data has the contact ${name}`);
    return found;
}

async function tasksOf(workbench, whatId) {
    return (await records(workbench, 'Task')).filter((task) => task.WhatId === whatId);
}

const inMemoryOrg = (workbench) => workbench.workbench.org.org;

/**
 * The case claimed before this call, by the agent unless `as` says otherwise: a server-side precondition. Sample cases
 * the admin owns count as claimed by a current employee, so the claim confirms the take-over.
 */
async function claimedByAgent(workbench, record, as = 'agent') {
    const response = await workbench.api(
        'POST',
        '/api/apex/CallWizardController.claimCase',
        { params: { request: { caseId: record.Id, expectedOwnerId: record.OwnerId, confirmTakeOver: true } } },
        { asUser: workbench.userId(as) }
    );
    assert.equal(response.status, 200, JSON.stringify(response.body));
}

/** A change no agent makes on the page (another department, an admin, an earlier season): server-side. */
function asAdmin(workbench, body) {
    const org = inMemoryOrg(workbench);
    return org.runAs(org.adminUserId, () => org.transaction(body));
}

/** The admin's setting of who the team manager is (Manager_Username__c); reset restores the default (none). */
async function teamManagerIs(workbench, key) {
    const manager = (await records(workbench, 'User')).find((user) => user.Id === workbench.userId(key));
    inMemoryOrg(workbench).overrideSettings({ Manager_Username__c: manager.Username });
    return manager;
}

async function fresh(workbench) {
    const { status } = await workbench.api('POST', '/api/reset');
    assert.equal(status, 200);
}

/** The record page of the case, then the "Call Wizard" quick action, until the wizard shows its call or claim. */
async function openWizard({ page, agent }, caseId) {
    await page.goto(`/lightning/r/Case/${caseId}/view`);
    await waitForRecordPage(page);
    return clickCallWizard({ page, agent });
}

async function clickCallWizard({ page, agent }) {
    await agent.click(page.getByRole('button', { name: 'Call Wizard', exact: true }));
    const wizard = page.locator('wb-quick-action-modal c-call-wizard');
    await wizard
        .locator('[data-id="call"], [data-id="claim"], [data-id="complete"], [data-id="load-error"]')
        .first()
        .waitFor();
    return wizard;
}

/** One option of a button-style radio group, found by the group's label. */
async function pick(agent, scope, groupLabel, option) {
    const group = scope.locator('lightning-radio-group').filter({ hasText: groupLabel });
    await agent.click(group.getByText(option, { exact: true }));
}

const textbox = (scope, name) => scope.getByRole('textbox', { name, exact: true });

async function writeNotes(agent, wizard, text, label = 'Call notes') {
    await agent.writeFreeText(textbox(wizard, label), `Called to collect CSS - ${text}`);
}

async function save(agent, wizard) {
    await agent.click(wizard.locator('[data-id="save"] button'));
}

/** Waits for the saved message and returns it; fails with what the wizard says when it refused the save. */
async function savedMessage(wizard) {
    const saved = wizard.locator('[data-id="saved"] [role="status"]');
    const refused = wizard.locator('[data-id="save-error"], [data-id="problems"]');
    await saved.or(refused).first().waitFor();
    if (await refused.count()) assert.fail(`the save was refused: ${await refused.first().innerText()}`);
    return saved.innerText();
}

/** The page's Apex calls (calls the tests make through the API have no page load). */
async function pageApex(workbench) {
    const { body } = await workbench.api('GET', '/api/stats');
    return {
        calls: body.calls.filter((call) => call.kind === 'apex' && call.pageLoad),
        actions: body.actions
    };
}

/**
 * Opening the wizard costs at most one Apex call; every "Save call" exactly one (saveCallOutcome);
 * `saves` is how many times the agent clicked it.
 */
async function assertApexBudget(workbench, { saves = 1, claims = 0 } = {}) {
    const { calls, actions } = await pageApex(workbench);
    const opening = actions.filter((action) => action.label === 'Call Wizard');
    assert.ok(opening.length >= 1, 'the wizard was opened');
    for (const action of opening)
        assert.ok(action.apexCalls <= 1, `opening made ${action.apexCalls} Apex calls: ${action.methods}`);
    const saveActions = actions.filter((action) => action.label === 'Save call');
    assert.equal(saveActions.length, saves, 'Save call clicks');
    for (const action of saveActions) {
        assert.equal(action.apexCalls, 1, `a save made ${action.apexCalls} Apex calls: ${action.methods}`);
        assert.ok(action.methods.includes('CallWizardController.saveCallOutcome'), String(action.methods));
    }
    const byMethod = (name) => calls.filter((call) => call.name === name).length;
    assert.equal(byMethod('CallWizardController.saveCallOutcome'), saves);
    assert.equal(byMethod('CallWizardController.claimCase'), claims);
    assert.ok(byMethod('CallWizardController.getCallContext') <= opening.length);
}

function today(workbench) {
    return inMemoryOrg(workbench).today();
}

/** The date `days` before today, YYYY-MM-DD. */
function daysAgo(workbench, days) {
    return new Date(Date.parse(`${today(workbench)}T12:00:00Z`) - days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

function assertCallTask(task, expected) {
    assert.ok(task, 'a call task was logged');
    assert.equal(task.Subject, 'Customer Satisfaction Call');
    assert.equal(task.TaskSubtype, 'Call');
    assert.equal(task.Status, 'Completed');
    assert.match(task.Description, /^Called to collect CSS/);
    for (const [field, value] of Object.entries(expected)) assert.equal(task[field], value, `Task.${field}`);
}

/** "Create a follow up task ... Follow steps found in Step 1": the Step 1 subject with the name, and comments starting "Called to collect CSS". */
function assertFollowUp(task, { subject, whoId, ownerId }) {
    assert.ok(task, 'a follow-up task was created');
    assert.equal(task.Subject, subject);
    assert.match(task.Description, /^Called to collect CSS/);
    assert.notEqual(task.TaskSubtype, 'Call', 'a to-do, not a call: not an attempt');
    assert.equal(task.Status, 'Not Started');
    assert.equal(task.WhoId, whoId);
    assert.equal(task.OwnerId, ownerId);
    assert.equal(task.IsReminderSet, true);
    const reminder = Date.parse(task.ReminderDateTime);
    assert.ok(reminder > Date.now(), 'the reminder is in the future');
    assert.ok(reminder < Date.now() + 5 * 24 * 3600 * 1000, 'the reminder defaults to the next business day');
}

const newTasks = (before, after) => after.filter((task) => !before.some((old) => old.Id === task.Id));

// ---- scenarios ------------------------------------------------------------------------------------

const claim = {
    id: 'callWizard.claim',
    component: COMPONENT,
    title: 'Claim an unclaimed case from the Team Loyalty queue',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: 'Go into Team Loyalty (list view) and open the case', lines: '13', clicks: 2 },
            { step: 'Change Case Owner to your name (Change Owner, pick yourself, Save)', lines: '15', clicks: 3 },
            {
                step: 'In a new tab, open the contact and its Cases to see the most recent cases',
                lines: '21-23',
                clicks: 2
            },
            {
                step: "Open the dealership's page and its Cases list to see which contacts have CLAs and their state",
                lines: '25-27',
                clicks: 2
            }
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Samuel Okafor');
        const queueId = target.OwnerId;
        await page.goto('/');
        await waitForQueue(page);
        await agent.click(page.locator('tr.queue-row .case-link', { hasText: target.CaseNumber }));
        await waitForRecordPage(page);
        const wizard = await clickCallWizard({ page, agent });
        // The pre-call context (Step 1): contact, phones, dealership contacts with their CLA state, duplicates.
        await wizard.getByText('Owned by Team Loyalty. Claim it before you call.').waitFor();
        await wizard.locator('[data-id="phone-mismatch"]').waitFor();
        const contacts = wizard.locator('section[aria-label="Dealership contacts"]');
        await contacts.getByText('Linda Park', { exact: true }).waitFor();
        await wizard
            .locator('section[aria-label="Possible duplicate contacts"]')
            .getByText(/Sam Okafor/)
            .waitFor();

        await agent.click(wizard.getByRole('button', { name: 'Claim this case' }));
        // Said in the wizard, not in a toast that would cover it.
        await wizard.locator('[data-id="claimed"]', { hasText: `Case ${target.CaseNumber} is yours now.` }).waitFor();
        assert.equal(await page.locator('lightning-toast').count(), 0, 'no toast over the wizard');
        await textbox(wizard, 'Call notes').waitFor();
        assert.equal(await wizard.locator('[data-id="attempt"]').innerText(), 'Attempt 1 of 6');

        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.OwnerId, workbench.userId('agent'));
        assert.notEqual(queueId, after.OwnerId);
        const { calls, actions } = await pageApex(workbench);
        assert.deepEqual(
            calls.filter((call) => call.name.startsWith('CallWizardController.')).map((call) => call.name),
            ['CallWizardController.getCallContext', 'CallWizardController.claimCase']
        );
        assert.equal(actions.find((action) => action.label === 'Claim this case').apexCalls, 1);
        assert.ok(actions.find((action) => action.label === 'Call Wizard').apexCalls <= 1);
    }
};

const scored = {
    id: 'callWizard.scored',
    component: COMPONENT,
    title: 'Current contact reached: score 9 and referral',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            ...LOG_A_CALL,
            ...completeCallTask('227', '229'),
            ...scoreOnCase('229-231'),
            { step: 'Referral: tick the referral box while editing the case', lines: '72-74', clicks: 1 },
            {
                step: 'Verify their position and primary location (asked, noted in the comments already open)',
                lines: '90',
                clicks: 0
            }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Marcus Bell');
        await claimedByAgent(workbench, target);
        const wizard = await openWizard({ page, agent }, target.Id);
        assert.equal(await wizard.locator('[data-id="attempt"]').innerText(), 'Attempt 1 of 6');
        await writeNotes(
            agent,
            wizard,
            'Marcus is happy with the service scheduler; loaner booking is much faster now.'
        );
        await pick(agent, wizard, 'Did you reach the contact?', 'Reached');
        await pick(agent, wizard, 'Do they still work at the dealership?', 'Still works there');
        // One click more than before the prompt existed: "Verify their position and primary location" (line 90).
        await pick(agent, wizard, 'Verify their position and primary location', 'As on file');
        await pick(agent, wizard, 'Did you get a CSS score?', 'Got a score');
        await pick(agent, wizard, 'CSS score (1 to 10)', '9');
        await pick(agent, wizard, 'Would they like to be a referral?', 'Yes');
        await capture?.('callWizard-data');
        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'Score 9 recorded and the CLA case completed.');
        await capture?.('callWizard-saved');

        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.CL_Satisfaction_Score__c, '9');
        assert.equal(after.CL_Score_Value__c, 9);
        assert.equal(after.CL_Score_Date__c, today(workbench));
        assert.equal(after.CL_Referral__c, true);
        assert.equal(after.CL_Activity_Status__c, 'Complete');
        assert.equal(after.Status, 'Closed');
        assert.equal(after.CL_Call_Attempts__c, 1);
        assert.ok(after.CL_Last_Attempt__c);
        const tasks = await tasksOf(workbench, target.Id);
        assert.equal(tasks.length, 1);
        assertCallTask(tasks[0], {
            WhoId: target.ContactId,
            OwnerId: workbench.userId('agent'),
            Call_Outcome__c: 'Reached',
            Call_Attempt_Number__c: 1,
            ActivityDate: today(workbench)
        });
        assert.match(tasks[0].Description, /loaner booking is much faster/);
        assert.match(
            tasks[0].Description,
            /\nPosition and primary location verified: as on file \(Service Advisor at Lakeside Auto Group\)\.$/
        );
        await assertApexBudget(workbench);
    }
};

const noScoreFollowUp = {
    id: 'callWizard.noScoreFollowUp',
    component: COMPONENT,
    title: 'Reached but no score: follow-up call scheduled',
    procedure: {
        file: PROCEDURE,
        manualSteps: [...LOG_A_CALL, ...completeCallTask('249', '251'), ...followUpTask('253', '255-257', '259-263')]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Sam Okafor');
        await claimedByAgent(workbench, target);
        const wizard = await openWizard({ page, agent }, target.Id);
        await writeNotes(agent, wizard, 'Sam picked up between two customers.');
        await pick(agent, wizard, 'Did you reach the contact?', 'Reached');
        await pick(agent, wizard, 'Do they still work at the dealership?', 'Still works there');
        await pick(agent, wizard, 'Did you get a CSS score?', 'No score');
        await agent.writeFreeText(
            textbox(wizard, 'Why no score?'),
            'Busy with a customer; asked to be called on Thursday.'
        );
        await pick(agent, wizard, 'What happens next?', 'Schedule a follow-up call');
        await wizard.getByText('Reminder task: "Customer Satisfaction Call: Sam Okafor"').waitFor();
        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'Call logged and a follow-up call scheduled.');

        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.CL_Activity_Status__c, 'In Progress');
        assert.equal(after.IsClosed, false);
        assert.equal(after.CL_Satisfaction_Score__c ?? null, null);
        assert.equal(after.CL_Call_Attempts__c, 1);
        const tasks = await tasksOf(workbench, target.Id);
        assert.equal(tasks.length, 2);
        const call = tasks.find((task) => task.Subject === 'Customer Satisfaction Call');
        assertCallTask(call, { WhoId: target.ContactId, Call_Outcome__c: 'Reached', Call_Attempt_Number__c: 1 });
        assert.match(call.Description, /Reason: Busy with a customer/);
        assertFollowUp(
            tasks.find((task) => task.Status !== 'Completed'),
            {
                subject: 'Customer Satisfaction Call: Sam Okafor',
                whoId: target.ContactId,
                ownerId: workbench.userId('agent')
            }
        );
        await assertApexBudget(workbench);
    }
};

const notReached = {
    id: 'callWizard.notReached',
    component: COMPONENT,
    title: 'Not reached: attempt counted, follow-up with reminder',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            ...LOG_A_CALL,
            ...completeCallTask('249', '251'),
            ...followUpTask('253', '255-257', '259-263'),
            { step: 'Add the CL Satisfaction Notes on the CLA case (edit, save)', lines: '265-267', clicks: 2 },
            { step: 'Note that a voice message was left (in the comments already open)', lines: '96', clicks: 0 }
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Priya Desai');
        await claimedByAgent(workbench, target);
        const before = await tasksOf(workbench, target.Id);
        const wizard = await openWizard({ page, agent }, target.Id);
        assert.equal(await wizard.locator('[data-id="attempt"]').innerText(), 'Attempt 3 of 6');
        await writeNotes(agent, wizard, 'Direct line rang out; front desk says she is in on Thursday.');
        await pick(agent, wizard, 'Did you reach the contact?', 'Not reached');
        await agent.writeFreeText(
            textbox(wizard, 'Reason, if given (vacation, only in certain days, in after 10 am...)'),
            'Only in on Tuesdays and Thursdays after 10 am'
        );
        // One click more than before: the voicemail is recorded ("If it's a voice message", line 96).
        await agent.click(wizard.getByText('Left a voicemail', { exact: true }));
        await agent.writeFreeText(
            textbox(wizard, 'CL Satisfaction Notes (shown on the Team Loyalty screen; optional)'),
            'Three attempts. Try Thursday after 10 am.'
        );
        assert.equal(
            await wizard.locator('lightning-radio-group').filter({ hasText: 'you may complete the CLA' }).count(),
            0
        );
        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'Attempt 3 logged and a follow-up reminder set.');

        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.CL_Call_Attempts__c, 3);
        assert.ok(Date.parse(after.CL_Last_Attempt__c) > Date.parse(target.CL_Last_Attempt__c));
        assert.equal(after.CL_Activity_Status__c, 'In Progress');
        assert.equal(after.IsClosed, false);
        assert.equal(after.CL_Satisfaction_Notes__c, 'Three attempts. Try Thursday after 10 am.');
        const created = newTasks(before, await tasksOf(workbench, target.Id));
        assert.equal(created.length, 2);
        const call = created.find((task) => task.Subject === 'Customer Satisfaction Call');
        assertCallTask(call, { WhoId: target.ContactId, Call_Outcome__c: 'Left Message', Call_Attempt_Number__c: 3 });
        assert.match(call.Description, /Reason: Only in on Tuesdays and Thursdays/);
        assertFollowUp(
            created.find((task) => task.Status === 'Not Started'),
            {
                subject: 'Customer Satisfaction Call: Priya Desai',
                whoId: target.ContactId,
                ownerId: workbench.userId('agent')
            }
        );
        await assertApexBudget(workbench);
    }
};

const maxAttempts = {
    id: 'callWizard.maxAttemptsNoScore',
    component: COMPONENT,
    title: 'Sixth attempt not reached: complete with "No Score" after confirmation',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            ...LOG_A_CALL,
            ...completeCallTask('249', '251'),
            ...scoreOnCase(
                '269-273',
                'Mark "No Score" in "CL Satisfaction Score", the date of last call attempted, and Complete'
            )
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Tom Whitaker');
        await claimedByAgent(workbench, target);
        const before = await tasksOf(workbench, target.Id);
        const wizard = await openWizard({ page, agent }, target.Id);
        assert.equal(await wizard.locator('[data-id="attempt"]').innerText(), 'Attempt 6 of 6');
        await writeNotes(agent, wizard, 'Sixth call, voicemail full.');
        await pick(agent, wizard, 'Did you reach the contact?', 'Not reached');
        await wizard.getByText('This is attempt 6: you may complete the CLA with No Score.').waitFor();
        await agent.click(wizard.getByText(/^Complete with No Score \(last attempt/));
        assert.equal(await wizard.locator('[data-id="follow-up"]').count(), 0, 'no follow-up is asked for');
        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'Call logged and the CLA case completed with No Score.');

        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.CL_Satisfaction_Score__c, 'No Score');
        assert.equal(after.CL_Score_Value__c ?? null, null);
        assert.equal(after.CL_Score_Date__c, today(workbench));
        assert.equal(after.CL_Activity_Status__c, 'Complete');
        assert.equal(after.Status, 'Closed');
        assert.equal(after.CL_Call_Attempts__c, 6);
        const created = newTasks(before, await tasksOf(workbench, target.Id));
        assert.equal(created.length, 1, 'only the call, no follow-up');
        assertCallTask(created[0], { Call_Outcome__c: 'No Answer', Call_Attempt_Number__c: 6 });
        await assertApexBudget(workbench);
    }
};

/** The old contact's part of "They Do Not Work There" (lines 98-113). */
const CONTACT_LEFT_OLD = [
    ...LOG_A_CALL,
    ...completeCallTask('103', '103'),
    { step: 'Go back to the main CLA case of the initial contact', lines: '105', clicks: 1 },
    { step: 'Tick "Contact Inactive" (edit, tick, save)', lines: '107-113', clicks: 3 },
    { step: 'See if the new contact exists under the dealership page (Contacts)', lines: '141-143', clicks: 2 }
];

const replacementExisting = {
    id: 'callWizard.contactLeftExistingReplacement',
    component: COMPONENT,
    title: 'Contact no longer there: replacement is an existing dealership contact with an open CLA',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            ...CONTACT_LEFT_OLD,
            {
                step: 'Check whether they already have a CLA case (open the contact, its Cases)',
                lines: '147',
                clicks: 2
            },
            { step: 'Open their existing CLA case to add the call', lines: '149', clicks: 1 },
            ...LOG_A_CALL.map((item) => ({ ...item, lines: `${item.lines}; 149-153` })),
            ...completeCallTask('172', '174'),
            ...scoreOnCase('149-153; 174-176', 'Update the score and contact date, and Complete')
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Marcus Bell');
        const priyaCase = await claCase(workbench, 'Priya Desai');
        await claimedByAgent(workbench, target);
        const wizard = await openWizard({ page, agent }, target.Id);
        await writeNotes(agent, wizard, 'Front desk: Marcus moved to another group in October; Priya Desai took over.');
        await pick(agent, wizard, 'Did you reach the contact?', 'Reached');
        await pick(agent, wizard, 'Do they still work at the dealership?', 'No longer works there');
        await pick(
            agent,
            wizard,
            "Who is the new contact? Check the dealership's contacts first.",
            'Priya Desai, General Manager (CLA in progress)'
        );
        await pick(agent, wizard, 'Did you reach the new contact?', 'Reached');
        await pick(agent, wizard, 'Did you get a CSS score?', 'Got a score');
        await pick(agent, wizard, 'CSS score (1 to 10)', '8');
        await save(agent, wizard);
        assert.equal(
            await savedMessage(wizard),
            'Contact marked as a former employee and the call with the new contact logged.'
        );
        await wizard.getByRole('button', { name: "Open the new contact's CLA case" }).waitFor();

        const old = await byId(workbench, 'Case', target.Id);
        assert.equal(old.Contact_Inactive__c, true);
        assert.equal(old.CL_Satisfaction_Score__c, 'Unable to Contact');
        assert.equal(old.CL_Activity_Status__c, 'Complete');
        assert.equal(old.IsClosed, true);
        assert.equal((await byId(workbench, 'Contact', target.ContactId)).Employment_Status__c, 'Former Employee');
        const replacement = await byId(workbench, 'Case', priyaCase.Id);
        assert.equal(replacement.CL_Satisfaction_Score__c, '8');
        assert.equal(replacement.CL_Activity_Status__c, 'Complete');
        assert.equal(replacement.CL_Call_Attempts__c, 3);
        const oldCalls = (await tasksOf(workbench, target.Id)).filter(
            (task) => task.Subject === 'Customer Satisfaction Call'
        );
        assert.equal(oldCalls.length, 1);
        assertCallTask(oldCalls[0], { WhoId: target.ContactId, Call_Outcome__c: 'No Longer There' });
        assert.match(oldCalls[0].Description, /New contact: Priya Desai/);
        const newCall = (await tasksOf(workbench, priyaCase.Id)).find((task) => task.Call_Attempt_Number__c === 3);
        assertCallTask(newCall, {
            WhoId: priyaCase.ContactId,
            Call_Outcome__c: 'Reached',
            Originally_Called__c: 'Marcus Bell'
        });
        assert.equal((await records(workbench, 'Contact')).length, 11, 'no contact created');
        await assertApexBudget(workbench);
    }
};

const replacementNew = {
    id: 'callWizard.contactLeftNewReplacement',
    component: COMPONENT,
    title: 'Contact no longer there: a new contact added, not reached, follow-up on the new CLA case',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            ...CONTACT_LEFT_OLD,
            {
                step: 'Create the new contact under the dealership (New, Save; name and title typed)',
                lines: '155-159',
                clicks: 2
            },
            { step: 'Create their CLA case (New Case, record type, contact lookup, Save)', lines: '168', clicks: 6 },
            ...LOG_A_CALL.map((item) => ({ ...item, lines: `${item.lines}; 188-190` })),
            ...completeCallTask('192', '194'),
            ...followUpTask('196', '198-200', '202-206')
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Samuel Okafor');
        await claimedByAgent(workbench, target);
        const wizard = await openWizard({ page, agent }, target.Id);
        await writeNotes(
            agent,
            wizard,
            'Linda at the front desk: Samuel retired; Dana Whitfield runs the service department now.'
        );
        await pick(agent, wizard, 'Did you reach the contact?', 'Reached');
        await pick(agent, wizard, 'Do they still work at the dealership?', 'No longer works there');
        await pick(
            agent,
            wizard,
            "Who is the new contact? Check the dealership's contacts first.",
            'Someone new: add a contact'
        );
        // The section's heading stands on its own line, above its first field.
        const heading = await wizard.getByText('The new contact', { exact: true }).boundingBox();
        const firstField = await wizard
            .getByText("Who is the new contact? Check the dealership's contacts first.")
            .boundingBox();
        assert.ok(
            heading.y + heading.height <= firstField.y + 1,
            'the heading "The new contact" sits above its first field'
        );
        await agent.writeFreeText(textbox(wizard, 'First name'), 'Dana');
        await agent.writeFreeText(textbox(wizard, 'Last name'), 'Whitfield');
        await agent.writeFreeText(textbox(wizard, 'Official title'), 'Service Director');
        // "try to obtain their official title and the correct spelling of their name": no phone or email asked.
        await wizard.locator('[data-id="no-callback-number"]', { hasText: 'no number to call back on' }).waitFor();
        await pick(agent, wizard, 'Did you reach the new contact?', 'Not reached');
        await wizard.getByText('Reminder task: "Customer Satisfaction Call: Dana Whitfield"').waitFor();
        await save(agent, wizard);
        assert.equal(
            await savedMessage(wizard),
            'Contact marked as a former employee and the call with the new contact logged.'
        );

        const dana = await contactNamed(workbench, 'Dana Whitfield');
        assert.equal(dana.AccountId, target.AccountId);
        assert.equal(dana.Title, 'Service Director');
        assert.equal(dana.Phone ?? null, null, 'saved without a phone');
        const old = await byId(workbench, 'Case', target.Id);
        assert.equal(old.Contact_Inactive__c, true);
        assert.equal(old.CL_Satisfaction_Score__c, 'Unable to Contact');
        assert.equal(old.IsClosed, true);
        assert.equal((await byId(workbench, 'Contact', target.ContactId)).Employment_Status__c, 'Former Employee');
        const danaCases = (await records(workbench, 'Case')).filter((record) => record.ContactId === dana.Id);
        assert.equal(danaCases.length, 1, 'one CLA case for the new contact');
        const [danaCase] = danaCases;
        assert.equal(danaCase.RecordTypeId, target.RecordTypeId);
        assert.equal(danaCase.AccountId, target.AccountId);
        assert.equal(danaCase.OwnerId, workbench.userId('agent'));
        assert.equal(danaCase.IsClosed, false);
        assert.equal(danaCase.CL_Call_Attempts__c, 1);
        const danaTasks = await tasksOf(workbench, danaCase.Id);
        assert.equal(danaTasks.length, 2);
        assertCallTask(
            danaTasks.find((task) => task.Status === 'Completed'),
            { WhoId: dana.Id, Call_Outcome__c: 'No Answer', Originally_Called__c: 'Samuel Okafor' }
        );
        assertFollowUp(
            danaTasks.find((task) => task.Status === 'Not Started'),
            {
                subject: 'Customer Satisfaction Call: Dana Whitfield',
                whoId: dana.Id,
                ownerId: workbench.userId('agent')
            }
        );
        const oldCalls = await tasksOf(workbench, target.Id);
        assert.equal(oldCalls.length, 1);
        assertCallTask(oldCalls[0], { Call_Outcome__c: 'No Longer There' });
        await assertApexBudget(workbench);
    }
};

const SUPPORT_SUBJECT = 'Service scheduler: loaner bookings vanish after a DMS sync';

const supportCase = {
    id: 'callWizard.supportCase',
    component: COMPONENT,
    title: 'Reached, no score, support case opened: the CLA waits "Awaiting Support Case"',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            ...LOG_A_CALL,
            ...completeCallTask('227', '229'),
            { step: 'Go to the Contacts page', lines: '304', clicks: 1 },
            { step: 'Go to Cases, and select "New Case"', lines: '306', clicks: 2 },
            { step: 'Product Type, Case Reason and Type (three picklists)', lines: '322-324', clicks: 6 },
            { step: 'Case Origin "Customer Loyalty" (picklist)', lines: '326', clicks: 2 },
            { step: 'Hit save', lines: '328', clicks: 1 },
            {
                step: 'Offer free remote training, solving it now, a transfer to support (noted in the comments)',
                lines: '286-290',
                clicks: 0
            }
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Marcus Bell');
        await claimedByAgent(workbench, target);
        const casesBefore = await records(workbench, 'Case');
        const wizard = await openWizard({ page, agent }, target.Id);
        await writeNotes(
            agent,
            wizard,
            'Loaner bookings disappear from the scheduler after the nightly DMS sync, two or three a week.'
        );
        await pick(agent, wizard, 'Did you reach the contact?', 'Reached');
        await pick(agent, wizard, 'Do they still work at the dealership?', 'Still works there');
        await pick(agent, wizard, 'Did you get a CSS score?', 'No score');
        await agent.writeFreeText(textbox(wizard, 'Why no score?'), 'Wants the loaner sync fixed first.');
        await pick(agent, wizard, 'What happens next?', 'Open a support case');
        const form = wizard.locator('c-call-wizard-support-case');
        await form.getByText('Support case for Marcus Bell').waitFor();
        // Three clicks more than before: what was offered is recorded ("We should always offer ...", lines 286-290).
        for (const offer of ['Free remote training', 'Solving it right now', 'A transfer to support']) {
            await agent.click(form.getByText(offer, { exact: true }));
        }
        await agent.writeFreeText(textbox(form, 'Subject'), SUPPORT_SUBJECT);
        assert.equal(await textbox(form, 'Best phone (confirmed)').inputValue(), '(555) 010-3000');
        assert.equal(
            await textbox(form, 'Best email (confirmed)').inputValue(),
            'marcus.bell@lakeside-auto.example.com'
        );
        await agent.choose(form.locator('lightning-combobox').filter({ hasText: 'Product Type' }), 'DMS');
        await agent.choose(form.locator('lightning-combobox').filter({ hasText: 'Case Reason' }), 'Performance');
        await agent.choose(form.locator('lightning-combobox').filter({ hasText: 'Type' }).last(), 'Electronic');
        await save(agent, wizard);
        assert.equal(
            await savedMessage(wizard),
            'Call logged and a support case opened; the CLA waits for it to close.'
        );
        await wizard.getByRole('button', { name: 'Open the support case' }).waitFor();

        const created = (await records(workbench, 'Case')).filter(
            (record) => !casesBefore.some((old) => old.Id === record.Id)
        );
        assert.equal(created.length, 1, 'one support case');
        const [support] = created;
        assert.equal(support.Subject, SUPPORT_SUBJECT);
        assert.equal(support.Origin, 'Customer Loyalty');
        assert.equal(support.ContactId, target.ContactId);
        assert.equal(support.AccountId, target.AccountId);
        assert.equal(support.Product_Type__c, 'DMS');
        assert.equal(support.Reason, 'Performance');
        assert.equal(support.Type, 'Electronic');
        assert.match(support.Description, /Loaner bookings disappear/);
        assert.match(
            support.Description,
            /Offered: free remote training, solving the issue right then, a transfer to someone in support\./
        );
        assert.notEqual(support.RecordTypeId, target.RecordTypeId);
        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.CL_Activity_Status__c, 'Awaiting Support Case');
        assert.equal(after.Related_Support_Case__c, support.Id);
        assert.equal(after.IsClosed, false);
        assert.equal(after.CL_Call_Attempts__c, 1);
        const tasks = await tasksOf(workbench, target.Id);
        assert.equal(tasks.length, 1, 'the call; no follow-up while the support case is open');
        assertCallTask(tasks[0], { Call_Outcome__c: 'Reached' });
        await assertApexBudget(workbench);
    }
};

const callback = {
    id: 'callWizard.callbackAfterSupportCase',
    component: COMPONENT,
    title: 'Callback after the support case closed: score collected, CLA complete',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            ...LOG_A_CALL.map((item) => ({ ...item, lines: `${item.lines}; 339-341` })),
            ...completeCallTask('339-341', '339-341'),
            ...scoreOnCase('345-347', 'Collect the CSS score and close out the case by marking complete')
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Linda Park');
        await claimedByAgent(workbench, target);
        // Another department closes the support case; the package's trigger gives the CLA owner a callback task.
        const org = inMemoryOrg(workbench);
        org.runAs(org.adminUserId, () =>
            org.transaction(() =>
                org.db.update({ Id: target.Related_Support_Case__c, Status: 'Closed' }, 'SYSTEM_MODE')
            )
        );
        const callbackTask = (await tasksOf(workbench, target.Id)).find((task) =>
            task.Subject?.startsWith('Callback: ')
        );
        assert.ok(callbackTask, 'closing the support case gave the agent a callback task');
        assert.equal(callbackTask.OwnerId, workbench.userId('agent'));

        const wizard = await openWizard({ page, agent }, target.Id);
        const banner = wizard.locator('[data-id="callback"]');
        await banner.waitFor();
        const bannerText = await banner.innerText();
        assert.match(
            bannerText,
            /Callback about support case \d+ \(DMS drops repair orders when service appointments sync\), closed on /
        );
        assert.doesNotMatch(bannerText, /\d{4}-\d{2}-\d{2}/, "the close date in the locale's format, not ISO");
        await writeNotes(agent, wizard, 'Sync fixed two weeks ago; no missing repair orders since.');
        await pick(agent, wizard, 'Did you reach the contact?', 'Reached');
        await pick(agent, wizard, 'Do they still work at the dealership?', 'Still works there');
        await pick(agent, wizard, 'Did you get a CSS score?', 'Got a score');
        await pick(agent, wizard, 'CSS score (1 to 10)', '7');
        // "Use your discretion": the referral question is there at any score, suggested only from 9 on.
        await wizard.getByText('Would they like to be a referral?').waitFor();
        await wizard.getByText('Your discretion: ask if they sound enthusiastic.').waitFor();
        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'Score 7 recorded and the CLA case completed.');

        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.CL_Satisfaction_Score__c, '7');
        assert.equal(after.CL_Activity_Status__c, 'Complete');
        assert.equal(after.IsClosed, true);
        assert.equal(after.CL_Call_Attempts__c, 2);
        assert.equal(after.CL_Referral__c ?? false, false);
        const calls = (await tasksOf(workbench, target.Id)).filter((task) => task.Call_Attempt_Number__c === 2);
        assert.equal(calls.length, 1);
        assertCallTask(calls[0], { Call_Outcome__c: 'Reached', WhoId: target.ContactId });
        await assertApexBudget(workbench);
    }
};

const askManager = {
    id: 'callWizard.askManager',
    component: COMPONENT,
    title: 'A situation the procedure does not cover: the manager gets a task with the notes',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            ...LOG_A_CALL,
            ...completeCallTask('227', '229'),
            { step: 'Speak with Eric (outside Salesforce): 0 clicks', lines: '123-127', clicks: 0 }
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        // The admin's setting: who receives questions (Manager_Username__c). Reset restores the default (none).
        const manager = (await records(workbench, 'User')).find((user) => user.Id === workbench.userId('otherAgent'));
        inMemoryOrg(workbench).overrideSettings({ Manager_Username__c: manager.Username });
        const target = await claCase(workbench, 'Sam Okafor');
        await claimedByAgent(workbench, target);
        const wizard = await openWizard({ page, agent }, target.Id);
        await agent.click(wizard.getByRole('button', { name: 'Ask the manager' }));
        await writeNotes(
            agent,
            wizard,
            'Sam says the dealership is being sold next month and asks whether the new owner keeps the contract.',
            'Notes for the manager: what happened on the call'
        );
        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'The manager has a task with your notes.');

        const tasks = await tasksOf(workbench, target.Id);
        const question = tasks.find((task) => task.Subject === `Manager question: ${target.CaseNumber}`);
        assert.ok(question, 'the manager has a task');
        assert.equal(question.OwnerId, manager.Id);
        assert.equal(question.Status, 'Not Started');
        assert.match(question.Description, /dealership is being sold/);
        assertCallTask(
            tasks.find((task) => task.Subject === 'Customer Satisfaction Call'),
            { Call_Outcome__c: 'Reached' }
        );
        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.IsClosed, false);
        assert.equal(after.CL_Call_Attempts__c, 1);
        await assertApexBudget(workbench);
    }
};

const serverFailure = {
    id: 'callWizard.serverFailureRetry',
    component: COMPONENT,
    title: 'The save fails on the server: every entry kept, the button back, the retry writes once',
    procedure: {
        file: PROCEDURE,
        manualSteps: scored.procedure.manualSteps
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Marcus Bell');
        await claimedByAgent(workbench, target);
        const wizard = await openWizard({ page, agent }, target.Id);
        const notes = 'Called to collect CSS - Marcus likes the new loaner flow.';
        await agent.writeFreeText(textbox(wizard, 'Call notes'), notes);
        await pick(agent, wizard, 'Did you reach the contact?', 'Reached');
        await pick(agent, wizard, 'Do they still work at the dealership?', 'Still works there');
        await pick(agent, wizard, 'Did you get a CSS score?', 'Got a score');
        await pick(agent, wizard, 'CSS score (1 to 10)', '10');
        await pick(agent, wizard, 'Would they like to be a referral?', 'No');
        await agent.writeFreeText(
            textbox(wizard, 'CL Satisfaction Notes (shown on the Team Loyalty screen; optional)'),
            'Very happy; no referral.'
        );

        assert.equal((await workbench.api('POST', '/api/fail-next')).status, 200);
        await save(agent, wizard);
        const error = wizard.locator('[data-id="save-error"]');
        await error.waitFor();
        assert.match(await error.innerText(), /couldn't save your changes[\s\S]*nothing was saved[\s\S]*[0-9A-F]{8}/i);
        await capture?.('callWizard-error');
        // Nothing written, everything typed and chosen still there, the button usable.
        const unchanged = await byId(workbench, 'Case', target.Id);
        assert.equal(unchanged.CL_Call_Attempts__c, 0);
        assert.equal((await tasksOf(workbench, target.Id)).length, 0);
        assert.equal(await textbox(wizard, 'Call notes').inputValue(), notes);
        assert.equal(
            await textbox(wizard, 'CL Satisfaction Notes (shown on the Team Loyalty screen; optional)').inputValue(),
            'Very happy; no referral.'
        );
        const checked = await wizard
            .locator('input[type="radio"]:checked')
            .evaluateAll((inputs) => inputs.map((input) => input.value));
        assert.deepEqual(checked, ['YES', 'YES', 'SCORE', '10', 'NO']);
        const button = wizard.locator('[data-id="save"] button');
        assert.equal(await button.isEnabled(), true, 'the save button comes back');
        assert.equal(await button.innerText(), 'Save call');

        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'Score 10 recorded and the CLA case completed.');
        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.CL_Satisfaction_Score__c, '10');
        assert.equal(after.CL_Referral__c, false);
        assert.equal(after.CL_Satisfaction_Notes__c, 'Very happy; no referral.');
        assert.equal(after.CL_Call_Attempts__c, 1, 'one attempt, not two');
        const tasks = await tasksOf(workbench, target.Id);
        assert.equal(tasks.length, 1, 'one call task: the retry wrote once');
        assertCallTask(tasks[0], { Call_Outcome__c: 'Reached', Call_Attempt_Number__c: 1 });
        assert.equal(tasks[0].Description, notes);
        await assertApexBudget(workbench, { saves: 2 });
        const { calls } = await pageApex(workbench);
        assert.deepEqual(
            calls.filter((call) => call.name === 'CallWizardController.saveCallOutcome').map((call) => call.status),
            [500, 200]
        );
    }
};

// ---- procedure 000 followed to the letter (contradictions C1-C7 and the missing steps) -----------

const takeOverFromColleague = {
    id: 'callWizard.takeOverFromColleague',
    component: COMPONENT,
    title: 'A case a current colleague claimed: the wizard asks before taking it over, naming them',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: "See in the case's Owner field who has it (a current employee)", lines: '3', clicks: 0 },
            { step: 'Change Case Owner to your name (Change Owner, pick yourself, Save)', lines: '15', clicks: 3 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Samuel Okafor');
        await claimedByAgent(workbench, target, 'otherAgent');
        const wizard = await openWizard({ page, agent }, target.Id);
        // "Begin by finding a contact who hasn't been claimed by a current employee."
        await wizard.getByText('Claimed by Jordan Lee, a current employee.', { exact: false }).waitFor();
        await agent.click(wizard.getByRole('button', { name: 'Take over from Jordan Lee' }));
        await wizard.getByText('Jordan Lee is working on this case. Take it over from them?').waitFor();
        await capture?.('callWizard-takeOver');
        assert.equal((await byId(workbench, 'Case', target.Id)).OwnerId, workbench.userId('otherAgent'), 'nothing yet');
        await agent.click(wizard.getByRole('button', { name: 'Yes, take it over' }));
        await wizard.locator('[data-id="claimed"]', { hasText: `Case ${target.CaseNumber} is yours now.` }).waitFor();
        await textbox(wizard, 'Call notes').waitFor();
        assert.equal((await byId(workbench, 'Case', target.Id)).OwnerId, workbench.userId('agent'));
        const { calls } = await pageApex(workbench);
        assert.equal(calls.filter((call) => call.name === 'CallWizardController.claimCase').length, 1, 'one claim');
    }
};

const claimKeepsCallback = {
    id: 'callWizard.claimKeepsCallback',
    component: COMPONENT,
    title: "Claiming a queue case whose support case closed: the manager's callback moves to the agent and the wizard stays in callback mode",
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: 'Change Case Owner to your name (Change Owner, pick yourself, Save)', lines: '15', clicks: 3 },
            {
                step: 'Reassign the callback task the manager sent back (edit, Assigned To lookup, save)',
                lines: '333',
                clicks: 4
            },
            ...LOG_A_CALL.map((item) => ({ ...item, lines: `${item.lines}; 339-341` })),
            ...completeCallTask('339-341', '339-341'),
            ...scoreOnCase('345-347', 'Collect the CSS score and close out the case by marking complete')
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const manager = await teamManagerIs(workbench, 'otherAgent');
        const target = await claCase(workbench, 'Linda Park');
        const queueId = (await claCase(workbench, 'Samuel Okafor')).OwnerId;
        // The CLA sits in the queue when its support case closes: the callback goes to the manager ("Eric").
        asAdmin(workbench, () => inMemoryOrg(workbench).db.update({ Id: target.Id, OwnerId: queueId }, 'SYSTEM_MODE'));
        asAdmin(workbench, () =>
            inMemoryOrg(workbench).db.update({ Id: target.Related_Support_Case__c, Status: 'Closed' }, 'SYSTEM_MODE')
        );
        const callbackBefore = (await tasksOf(workbench, target.Id)).find((task) =>
            task.Subject?.startsWith('Callback: ')
        );
        assert.equal(callbackBefore.OwnerId, manager.Id, 'the manager has the callback');

        const wizard = await openWizard({ page, agent }, target.Id);
        await agent.click(wizard.getByRole('button', { name: 'Claim this case' }));
        await wizard
            .locator('[data-id="claimed"]', { hasText: 'The callback about the closed support case is yours now too.' })
            .waitFor();
        await wizard.locator('[data-id="callback"]').waitFor();
        const moved = await byId(workbench, 'Task', callbackBefore.Id);
        assert.equal(moved.OwnerId, workbench.userId('agent'), 'the callback moved to the agent');
        assert.equal(moved.IsClosed, false, 'and is still to be made');

        await writeNotes(agent, wizard, 'Sync fixed; Linda is happy with how support handled it.');
        await pick(agent, wizard, 'Did you reach the contact?', 'Reached');
        await pick(agent, wizard, 'Do they still work at the dealership?', 'Still works there');
        await pick(agent, wizard, 'Did you get a CSS score?', 'Got a score');
        await pick(agent, wizard, 'CSS score (1 to 10)', '8');
        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'Score 8 recorded and the CLA case completed.');
        assert.equal((await byId(workbench, 'Task', callbackBefore.Id)).Status, 'Completed', 'the callback is done');
        await assertApexBudget(workbench, { claims: 1 });
    }
};

const supportCaseStillOpen = {
    id: 'callWizard.supportCaseStillOpen',
    component: COMPONENT,
    title: 'Sixth call while the support case is open: no "No Score" completion, another call is scheduled',
    procedure: {
        file: PROCEDURE,
        manualSteps: [...LOG_A_CALL, ...completeCallTask('249', '251'), ...followUpTask('253', '255-257', '259-263')]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Linda Park');
        asAdmin(workbench, () =>
            inMemoryOrg(workbench).db.update({ Id: target.Id, CL_Call_Attempts__c: 5 }, 'SYSTEM_MODE')
        );
        await claimedByAgent(workbench, target);
        const wizard = await openWizard({ page, agent }, target.Id);
        assert.equal(await wizard.locator('[data-id="attempt"]').innerText(), 'Attempt 6 of 6');
        // "the case should not be marked complete until the new support case is closed, sent back to you, and you've reached out again"
        assert.match(
            await wizard.locator('[data-id="support-open"]').innerText(),
            /is open with its team: this CLA case waits for it/
        );
        await writeNotes(agent, wizard, 'Rang out again.');
        await pick(agent, wizard, 'Did you reach the contact?', 'Not reached');
        await wizard
            .locator('[data-id="final-choice-note"]', { hasText: 'is still open: schedule another call' })
            .waitFor();
        assert.equal(await wizard.getByText(/^Complete with No Score/).count(), 0, 'no completion offered');
        await wizard.locator('[data-id="follow-up"]').waitFor();
        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'Attempt 6 logged and a follow-up reminder set.');
        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.CL_Activity_Status__c, 'Awaiting Support Case', 'the CLA still waits');
        assert.equal(after.IsClosed, false);
        assert.equal(after.CL_Call_Attempts__c, 6);
        await assertApexBudget(workbench);
    }
};

const replacementCompleteCla = {
    id: 'callWizard.contactLeftReplacementCompleteCla',
    component: COMPONENT,
    title: "Contact no longer there: the replacement's CLA case is complete, and the call and the new score go on it",
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            ...CONTACT_LEFT_OLD,
            {
                step: 'Check whether they already have a CLA case (open the contact, its Cases)',
                lines: '147',
                clicks: 2
            },
            { step: 'Open their existing CLA case to add the call', lines: '149', clicks: 1 },
            ...LOG_A_CALL.map((item) => ({ ...item, lines: `${item.lines}; 149-153` })),
            ...completeCallTask('172', '174'),
            ...scoreOnCase('149-153', 'Update the score and contact date')
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Marcus Bell');
        const jennaCase = await claCase(workbench, 'Jenna Alvarez');
        const casesBefore = (await records(workbench, 'Case')).length;
        const jennaTasksBefore = await tasksOf(workbench, jennaCase.Id);
        await claimedByAgent(workbench, target);
        const wizard = await openWizard({ page, agent }, target.Id);
        await writeNotes(agent, wizard, 'Marcus moved on; Jenna runs parts and service now.');
        await pick(agent, wizard, 'Did you reach the contact?', 'Reached');
        await pick(agent, wizard, 'Do they still work at the dealership?', 'No longer works there');
        await pick(
            agent,
            wizard,
            "Who is the new contact? Check the dealership's contacts first.",
            'Jenna Alvarez, Parts Manager (CLA completed)'
        );
        // "If they do, add your call to the already existing case": said before saving.
        await wizard
            .locator('[data-id="completed-cla"]', { hasText: "Jenna Alvarez's CLA case is already complete" })
            .waitFor();
        await pick(agent, wizard, 'Did you reach the new contact?', 'Reached');
        await pick(agent, wizard, 'Did you get a CSS score?', 'Got a score');
        await pick(agent, wizard, 'CSS score (1 to 10)', '10');
        await save(agent, wizard);
        assert.equal(
            await savedMessage(wizard),
            'Contact marked as a former employee and the call with the new contact logged.'
        );
        assert.equal((await records(workbench, 'Case')).length, casesBefore, 'no second CLA case for Jenna');
        const jenna = await byId(workbench, 'Case', jennaCase.Id);
        assert.equal(jenna.CL_Satisfaction_Score__c, '10', 'the score is updated');
        assert.equal(jenna.CL_Score_Date__c, today(workbench), 'and its date');
        assert.equal(jenna.IsClosed, true, 'it stays complete');
        assert.equal(jenna.CL_Call_Attempts__c, 2, 'the call counts there');
        const [call] = newTasks(jennaTasksBefore, await tasksOf(workbench, jennaCase.Id));
        assertCallTask(call, {
            Call_Outcome__c: 'Reached',
            Originally_Called__c: 'Marcus Bell',
            Call_Attempt_Number__c: 2
        });
        await assertApexBudget(workbench);
    }
};

const noScoreEarlyWithManager = {
    id: 'callWizard.noScoreEarlyWithManager',
    component: COMPONENT,
    title: 'Reached, no score, completed early: the agent names the manager who agreed',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            ...LOG_A_CALL,
            ...completeCallTask('227', '229'),
            { step: 'Speak with Eric (outside Salesforce): 0 clicks', lines: '278-280', clicks: 0 },
            ...scoreOnCase('269-273', 'Mark "No Score", the date, and Complete')
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const manager = await teamManagerIs(workbench, 'otherAgent');
        const target = await claCase(workbench, 'Sam Okafor');
        await claimedByAgent(workbench, target);
        const wizard = await openWizard({ page, agent }, target.Id);
        await writeNotes(agent, wizard, 'Sam does not answer surveys on principle; Jordan agreed to close it.');
        await pick(agent, wizard, 'Did you reach the contact?', 'Reached');
        await pick(agent, wizard, 'Do they still work at the dealership?', 'Still works there');
        await pick(agent, wizard, 'Did you get a CSS score?', 'No score');
        await agent.writeFreeText(textbox(wizard, 'Why no score?'), 'Declines every survey.');
        await pick(agent, wizard, 'What happens next?', 'Complete with No Score');
        // "speak with Eric": the agent attests who agreed.
        await pick(agent, wizard, 'which manager agreed', 'Jordan Lee (team manager)');
        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'Call logged and the CLA case completed with No Score.');
        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.CL_Satisfaction_Score__c, 'No Score');
        assert.equal(after.CL_No_Score_Approved_By__c, manager.Id);
        assert.equal(after.IsClosed, true);
        await assertApexBudget(workbench);
    }
};

const surveyFatigue = {
    id: 'callWizard.surveyFatigue',
    component: COMPONENT,
    title: 'The contact scored recently on another CLA case: the wizard warns, and the call is still saved',
    procedure: {
        file: PROCEDURE,
        manualSteps: [
            { step: "Open the contact's Cases to see their last CLA score and date", lines: '21-23', clicks: 2 },
            ...LOG_A_CALL,
            ...completeCallTask('227', '229'),
            ...scoreOnCase('229-231')
        ]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Marcus Bell');
        // An earlier season's CLA case of the same contact, scored 30 days ago.
        const org = inMemoryOrg(workbench);
        asAdmin(workbench, () =>
            org.db.insert(
                {
                    attributes: { type: 'Case' },
                    RecordTypeId: target.RecordTypeId,
                    AccountId: target.AccountId,
                    ContactId: target.ContactId,
                    Subject: 'Customer Loyalty Assessment: Marcus Bell (spring)',
                    Status: 'Closed',
                    CL_Activity_Status__c: 'Complete',
                    CL_Satisfaction_Score__c: '6',
                    CL_Score_Value__c: 6,
                    CL_Score_Date__c: daysAgo(workbench, 30)
                },
                'SYSTEM_MODE'
            )
        );
        await claimedByAgent(workbench, target);
        const wizard = await openWizard({ page, agent }, target.Id);
        const warning = wizard.locator('[data-id="survey-fatigue"]');
        assert.match(
            await warning.innerText(),
            /Marcus Bell already gave a score of 6 on case \d+, on .+, within the last 90 days/
        );
        await writeNotes(agent, wizard, 'Marcus agreed to a quick score anyway.');
        await pick(agent, wizard, 'Did you reach the contact?', 'Reached');
        await pick(agent, wizard, 'Do they still work at the dealership?', 'Still works there');
        await pick(agent, wizard, 'Did you get a CSS score?', 'Got a score');
        await pick(agent, wizard, 'CSS score (1 to 10)', '8');
        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'Score 8 recorded and the CLA case completed.');
        await assertApexBudget(workbench);
    }
};

const attemptFromLogACall = {
    id: 'callWizard.attemptFromLogACall',
    component: COMPONENT,
    title: 'One attempt counter: a call logged with Log a Call counts, and the wizard continues from it',
    procedure: {
        file: PROCEDURE,
        manualSteps: [...LOG_A_CALL, ...completeCallTask('249', '251'), ...followUpTask('253', '255-257', '259-263')]
    },
    async run({ page, agent, workbench }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Priya Desai');
        await claimedByAgent(workbench, target);
        // "There are two ways in which you can log a call": the agent logged one with Log a Call (server-side here).
        const logged = await workbench.api(
            'POST',
            '/api/apex/LogACallController.saveCall',
            {
                params: {
                    request: {
                        requestKey: 'log-a-call-attempt',
                        recordId: target.Id,
                        mode: 'LOG_COMPLETED',
                        existingTaskId: null,
                        subject: 'Customer Satisfaction Call',
                        comments: 'Called to collect CSS. Rang out.',
                        callType: 'Outbound',
                        outcome: 'No Answer',
                        reminderAt: null,
                        dueDate: null,
                        contactIds: [target.ContactId],
                        newInstallerContact: null,
                        caseId: target.Id,
                        accountIds: [target.AccountId]
                    }
                }
            },
            { asUser: workbench.userId('agent') }
        );
        assert.equal(logged.status, 200, JSON.stringify(logged.body));
        assert.equal(
            (await byId(workbench, 'Case', target.Id)).CL_Call_Attempts__c,
            3,
            'Log a Call counted the attempt'
        );

        const wizard = await openWizard({ page, agent }, target.Id);
        assert.equal(await wizard.locator('[data-id="attempt"]').innerText(), 'Attempt 4 of 6');
        await writeNotes(agent, wizard, 'Second try today: voicemail.');
        await pick(agent, wizard, 'Did you reach the contact?', 'Not reached');
        await save(agent, wizard);
        assert.equal(await savedMessage(wizard), 'Attempt 4 logged and a follow-up reminder set.');
        const after = await byId(workbench, 'Case', target.Id);
        assert.equal(after.CL_Call_Attempts__c, 4, 'one counter: 2 before, Log a Call, the wizard');
        await assertApexBudget(workbench);
    }
};

export const scenarios = [
    claim,
    scored,
    noScoreFollowUp,
    notReached,
    maxAttempts,
    replacementExisting,
    replacementNew,
    supportCase,
    callback,
    askManager,
    serverFailure,
    takeOverFromColleague,
    claimKeepsCallback,
    supportCaseStillOpen,
    replacementCompleteCla,
    noScoreEarlyWithManager,
    surveyFatigue,
    attemptFromLogACall
];
