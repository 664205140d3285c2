// Log a Call scenarios (procedure 000_3a53a53d799f670f.txt, "There are two ways in which you can log
// a call", and 002_ff0d0ca1b1d1f4fe.txt, relating an interaction to every customer involved). Each
// `run` starts from a fresh reset (POST /api/reset), drives the workbench as an agent does, from the
// record page through the "Log a Call" quick action to the saved call, and asserts what the agent
// sees, the records written (GET /api/records) and the Apex calls made (GET /api/stats): exactly one
// per save, at most one when the action opens. test/e2e/logACall.test.mjs runs them all.
//
// Preconditions that are not the agent's work (the phone system creating its open call task) are set
// up through the server, never through the page, so they add neither clicks nor page Apex calls.
// `run` may get `capture(name)`, called at the states worth a screenshot.
//
// Counting rule for `procedure.manualSteps` (the standard Salesforce UI, same outcome; the same rule as
// scenarios/callWizard.mjs): one click per button, link, tab, checkbox or inline-edit pencil; a
// picklist is 2 (open it, pick the value); a lookup is 2 (click into it, pick the match; the typed
// name is free text); a date or a time is 2 (open the picker, pick); typing free text adds no clicks,
// but clicking into the field to type counts 1. Items that only mean reading ("verify") count 0 and
// are not listed. `lines` are the procedure file's line numbers (nl -ba).
import assert from 'node:assert/strict';
import { waitForRecordPage } from '../harness.mjs';

const COMPONENT = 'logACall';
const CLA_CALLS = '000_3a53a53d799f670f.txt';
const INTERACTIONS = '002_ff0d0ca1b1d1f4fe.txt';
const TIME_ZONE = 'America/New_York';
const SEARCH_DELAY_MS = 300;

// ---- manual steps shared by several scenarios ---------------------------------------------------

/** "To Log a Call Under Activity History", lines 41-56. */
const LOG_A_CALL = [
    { step: 'Hit "Log a Call" on the record', lines: '43', clicks: 1 },
    { step: 'Subject "Customer Satisfaction Call" (picklist)', lines: '45', clicks: 2 },
    { step: 'Add the contact name (Name lookup)', lines: '51-53', clicks: 2 },
    { step: 'Click into Comments to write "called to collect CSS" and the notes', lines: '54-56', clicks: 1 }
];
/** The softphone's task window (procedure 002): NAME and RELATES TO, then "Open the task, Assign to me, Finish". */
const SOFTPHONE_TASK = [
    { step: 'Click the small triangle icon on the task in the softphone', lines: '190', clicks: 1 },
    { step: 'NAME: the person contacting you (lookup)', lines: '196-198', clicks: 2 },
    { step: 'RELATES TO: the account or case they call about (lookup)', lines: '200-202', clicks: 2 },
    { step: 'Open the task', lines: '218-220', clicks: 1 },
    { step: 'Click "Assign to me"', lines: '222', clicks: 1 },
    { step: 'Click "Finish"', lines: '224', clicks: 1 }
];
/** The customer's task under "Current Interaction" (procedure 002): open it, "Assign to me", "Finish". */
const CURRENT_INTERACTION_TASK = [
    { step: 'Click on the Customer Card to open the customer and find the task under "Current Interaction"', lines: '35-37', clicks: 1 },
    { step: 'Open the task', lines: '79', clicks: 1 },
    { step: 'Click "Assign to me"', lines: '81', clicks: 1 },
    { step: 'Click "Finish"', lines: '83', clicks: 1 }
];
/** Adding the case's installer to the task's Name field (procedure 002). */
const ADD_THE_INSTALLER = [
    { step: 'Open the task record and click the pencil to edit the Name field', lines: '247', clicks: 2 },
    { step: 'Search the installer associated with the case and add them (lookup)', lines: '255', clicks: 2 },
    { step: 'Click Save once both contacts are added', lines: '263', clicks: 1 }
];

// ---- helpers -------------------------------------------------------------------------------------

export async function records(workbench, sobject) {
    const { status, body } = await workbench.api('GET', `/api/records?sobject=${sobject}`);
    assert.equal(status, 200, `GET /api/records?sobject=${sobject}`);
    return body;
}

async function fresh(workbench) {
    const { status } = await workbench.api('POST', '/api/reset');
    assert.equal(status, 200);
}

/** A fresh reset, then the homeowner Maria Rivera and her household account. */
async function freshWithMaria(workbench) {
    await fresh(workbench);
    return { maria: await contactNamed(workbench, 'Maria Rivera'), household: await accountNamed(workbench, 'Maria Rivera') };
}

async function one(workbench, sobject, predicate, what) {
    const found = (await records(workbench, sobject)).find(predicate);
    assert.ok(found, `the sample data has ${what}`);
    return found;
}

export const claCase = (workbench, contactName) =>
    one(workbench, 'Case', (record) => record.Subject === `Customer Loyalty Assessment: ${contactName}`, `the CLA case of ${contactName}`);
export const riveraBatteryCase = (workbench) =>
    one(workbench, 'Case', (record) => record.Subject === 'Battery storage not reporting its charge level', "the Riveras' battery case");
export const contactNamed = (workbench, name) =>
    one(workbench, 'Contact', (record) => `${record.FirstName} ${record.LastName}` === name, `the contact ${name}`);
export const accountNamed = (workbench, name) => one(workbench, 'Account', (record) => record.Name === name, `the account ${name}`);

/** Whether the org has Shared Activities (the TaskRelation object), which decides how several contacts are related. */
export async function hasSharedActivities(workbench) {
    const { body } = await workbench.api('GET', '/api/sobjects');
    return body.includes('TaskRelation');
}

/** Today in the workbench users' time zone, as 'YYYY-MM-DD'. */
export function todayInUserZone(offsetDays = 0) {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
    const date = new Date(`${day}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + offsetDays);
    return date.toISOString().slice(0, 10);
}

/** '2026-11-30' as the date input of an en-US user shows it: 'Nov 30, 2026'. */
function asTypedDate(isoDay) {
    return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${isoDay}T12:00:00Z`)
    );
}

/** The instant of a wall-clock time in the users' time zone, as an ISO string. */
function wallTimeInstant(isoDay, hours, minutes) {
    const guess = Date.UTC(...isoDay.split('-').map((part, index) => Number(part) - (index === 1 ? 1 : 0)), hours, minutes);
    const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
            .formatToParts(new Date(guess))
            .map((part) => [part.type, Number(part.value)])
    );
    const shown = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
    return new Date(guess + (guess - shown)).toISOString();
}

/** The record page, then the "Log a Call" quick action, until the form shows. */
export async function openLogACall({ page, agent }, objectApiName, recordId) {
    await page.goto(`/lightning/r/${objectApiName}/${recordId}/view`);
    await waitForRecordPage(page);
    await agent.click(page.getByRole('button', { name: 'Log a Call', exact: true }));
    const form = page.locator('wb-quick-action-modal');
    await form.locator('[data-id="form"], [data-id="load-error"]').first().waitFor();
    return form;
}

export const subjectBox = (form) => form.getByRole('textbox', { name: 'Subject' });
export const commentsBox = (form) => form.getByRole('textbox', { name: 'Comments', exact: true });
export const searchBox = (form) => form.getByRole('searchbox', { name: 'Find a contact by name, phone or account' });
export const appearsOn = (form) => form.locator('[data-id="appears-on"]');
export const saveButton = (form) => form.getByRole('button', { name: 'Save', exact: true });
const combobox = (form, label) => form.locator('lightning-combobox').filter({ hasText: label });

export async function chooseOutcome(agent, form, outcome) {
    await agent.choose(combobox(form, 'Call outcome'), outcome);
}

/** The people chosen for the call, as the form lists them. */
export async function chosenPeople(form) {
    return (await form.locator('[data-id="chosen"] li span').allInnerTexts()).map((text) => text.trim());
}

/** Clicks Save and waits until the quick action has closed after the saved toast. */
export async function saveAndClose({ page, agent }, form, toastTitle) {
    await agent.click(saveButton(form));
    await page.locator('lightning-toast', { hasText: toastTitle }).waitFor();
    await page.locator('wb-quick-action-modal').waitFor({ state: 'detached' });
    return (await page.locator('lightning-toast', { hasText: toastTitle }).innerText()).replace(/\s+/g, ' ');
}

/** The page's Apex calls (calls made through the API by tests and preconditions have no page load). */
export async function pageApex(workbench) {
    const { body } = await workbench.api('GET', '/api/stats');
    return { calls: body.calls.filter((call) => call.kind === 'apex' && call.pageLoad), actions: body.actions };
}

/** Opening costs at most one Apex call (getCallContext); each Save click exactly one (saveCall). */
export async function assertApexBudget(workbench, { saves = 1, searches = 0 } = {}) {
    const { calls, actions } = await pageApex(workbench);
    const opening = actions.filter((action) => action.label === 'Log a Call');
    assert.ok(opening.length >= 1, 'Log a Call was opened');
    for (const action of opening) {
        // Typing is not a gesture: a search made while typing is counted under the click before it.
        const openingCalls = action.methods.filter((name) => name.startsWith('LogACallController.') && name !== 'LogACallController.searchContacts');
        assert.ok(openingCalls.length <= 1, `opening made ${openingCalls.length} Apex calls: ${action.methods}`);
    }
    const saveActions = actions.filter((action) => action.label === 'Save');
    assert.equal(saveActions.length, saves, 'Save clicks');
    for (const action of saveActions) {
        assert.equal(action.apexCalls, 1, `a save made ${action.apexCalls} Apex calls: ${action.methods}`);
        assert.ok(action.methods.includes('LogACallController.saveCall'), String(action.methods));
    }
    const byMethod = (name) => calls.filter((call) => call.name === name).length;
    assert.equal(byMethod('LogACallController.saveCall'), saves);
    assert.equal(byMethod('LogACallController.searchContacts'), searches, 'contact searches');
    assert.ok(byMethod('LogACallController.getCallContext') <= opening.length);
}

const newRecords = (before, after) => after.filter((record) => !before.some((old) => old.Id === record.Id));

// ---- scenarios ------------------------------------------------------------------------------------

const completedClaCall = {
    id: 'logACall.completedClaCall',
    component: COMPONENT,
    title: "A completed call on a CLA case with the team's defaults",
    procedure: {
        file: CLA_CALLS,
        manualSteps: [...LOG_A_CALL, { step: 'Hit "Save"', lines: '229', clicks: 1 }]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Samuel Okafor');
        const samuel = await contactNamed(workbench, 'Samuel Okafor');
        const tasksBefore = await records(workbench, 'Task');

        const form = await openLogACall({ page, agent }, 'Case', target.Id);
        // The procedure's defaults, already filled in: subject, "called to collect CSS", the case's contact.
        assert.equal(await subjectBox(form).inputValue(), 'Customer Satisfaction Call');
        assert.equal(await commentsBox(form).inputValue(), 'Called to collect CSS. ');
        assert.match(await combobox(form, 'Call type').innerText(), /Outbound/);
        assert.deepEqual(await chosenPeople(form), ['Samuel Okafor (Northgate Motors), primary']);
        assert.equal(
            await appearsOn(form).innerText(),
            `This call will appear on: Case ${target.CaseNumber}; account Northgate Motors; contact Samuel Okafor`
        );
        await agent.writeFreeText(commentsBox(form), 'Called to collect CSS. Samuel still runs the service department; CSS 9, happy with the DMS.');
        await chooseOutcome(agent, form, 'Reached');
        await capture?.('logACall-data');
        const toast = await saveAndClose({ page, agent }, form, 'Call logged');
        assert.match(toast, new RegExp(`It appears on Case ${target.CaseNumber}; account Northgate Motors; contact Samuel Okafor\\.`));

        const written = newRecords(tasksBefore, await records(workbench, 'Task'));
        assert.equal(written.length, 1, 'one task written');
        const [task] = written;
        assert.equal(task.Subject, 'Customer Satisfaction Call');
        assert.equal(task.TaskSubtype, 'Call');
        assert.equal(task.Status, 'Completed');
        assert.equal(task.WhatId, target.Id);
        assert.equal(task.WhoId, samuel.Id);
        assert.equal(task.OwnerId, workbench.userId('agent'), 'assigned to the agent');
        assert.equal(task.CallType, 'Outbound');
        assert.equal(task.Call_Outcome__c, 'Reached');
        assert.equal(task.ActivityDate, todayInUserZone());
        assert.equal(task.Description, 'Called to collect CSS. Samuel still runs the service department; CSS 9, happy with the DMS.');
        // The record page's Activity History shows the call without a reload.
        await page.locator('wb-related-lists', { hasText: 'Samuel still runs the service department' }).waitFor();
        await assertApexBudget(workbench);
    }
};

const openTaskWithReminder = {
    id: 'logACall.openTaskWithReminder',
    component: COMPONENT,
    title: 'An open follow-up task with a due date and a reminder',
    procedure: {
        file: CLA_CALLS,
        manualSteps: [
            { step: 'Hit "New Task" on the CLA case', lines: '60; 253', clicks: 1 },
            { step: 'Follow all the same steps as before: Subject (picklist), contact name (lookup), click into Comments', lines: '62; 255-257', clicks: 5 },
            { step: 'Due date (date picker)', lines: '255-257', clicks: 2 },
            { step: 'Set a reminder for yourself: tick Reminder, pick the date, pick the time', lines: '259-263', clicks: 5 },
            { step: 'Save the task', lines: '251', clicks: 1 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const target = await claCase(workbench, 'Marcus Bell');
        const marcus = await contactNamed(workbench, 'Marcus Bell');
        const tasksBefore = await records(workbench, 'Task');
        const dueDay = todayInUserZone(7);

        const form = await openLogACall({ page, agent }, 'Case', target.Id);
        await agent.click(form.locator('lightning-radio-group label').filter({ hasText: 'New task (open activity)' }));
        const dueDate = form.getByRole('textbox', { name: 'Due date' });
        await dueDate.waitFor();
        await agent.type(dueDate, asTypedDate(dueDay));
        await agent.press('Tab');
        const reminder = form.locator('lightning-input[data-id="reminder"]');
        await agent.type(reminder.getByRole('textbox', { name: 'Date' }), asTypedDate(dueDay));
        await agent.press('Tab');
        await agent.click(reminder.getByRole('combobox', { name: 'Time' }));
        await agent.click(reminder.getByRole('option', { name: '9:00 AM', exact: true }));
        await agent.writeFreeText(commentsBox(form), 'Called to collect CSS. Marcus is only in on Mondays; call again next week.');
        await chooseOutcome(agent, form, 'No Answer');
        await capture?.('logACall-open-task');
        const toast = await saveAndClose({ page, agent }, form, 'Task created');
        assert.match(toast, new RegExp(`It appears on Case ${target.CaseNumber}; account Lakeside Auto Group; contact Marcus Bell\\.`));

        const written = newRecords(tasksBefore, await records(workbench, 'Task'));
        assert.equal(written.length, 1, 'one task written');
        const [task] = written;
        assert.equal(task.Subject, 'Customer Satisfaction Call');
        assert.equal(task.Status, 'Not Started');
        assert.equal(task.IsClosed, false);
        assert.equal(task.WhatId, target.Id);
        assert.equal(task.WhoId, marcus.Id);
        assert.equal(task.OwnerId, workbench.userId('agent'));
        assert.equal(task.ActivityDate, dueDay);
        assert.equal(task.IsReminderSet, true);
        assert.equal(new Date(task.ReminderDateTime).toISOString(), wallTimeInstant(dueDay, 9, 0), 'the reminder at 9:00 AM New York time');
        assert.equal(task.Call_Outcome__c, 'No Answer');
        // It waits under Open Activities on the case.
        await page.locator('wb-related-lists .open-activities li', { hasText: `Not Started • ${dueDay} • Alex Rivera` }).waitFor();
        await assertApexBudget(workbench);
    }
};

const homeownerAndInstaller = {
    id: 'logACall.homeownerAndInstaller',
    component: COMPONENT,
    title: 'A homeowner call that also involves the installer, related to both accounts and contacts',
    procedure: {
        file: INTERACTIONS,
        manualSteps: [
            ...SOFTPHONE_TASK,
            ...ADD_THE_INSTALLER,
            { step: 'Open the task, "Assign to me", "Finish" again', lines: '271-277', clicks: 3 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const target = await riveraBatteryCase(workbench);
        const maria = await contactNamed(workbench, 'Maria Rivera');
        const devon = await contactNamed(workbench, 'Devon Brooks');
        const installer = await accountNamed(workbench, 'Brightpath Solar Installers');
        const tasksBefore = await records(workbench, 'Task');
        const shared = await hasSharedActivities(workbench);

        const form = await openLogACall({ page, agent }, 'Case', target.Id);
        assert.equal(await subjectBox(form).inputValue(), 'Call');
        assert.match(await combobox(form, 'Call type').innerText(), /Inbound/);
        assert.deepEqual(await chosenPeople(form), ['Maria Rivera (Maria Rivera), primary']);
        await agent.writeFreeText(searchBox(form), 'Brooks');
        await agent.click(form.getByRole('button', { name: 'Add Devon Brooks, Brightpath Solar Installers, (555) 010-6012' }));
        // Before saving, the agent sees both customers and where the call will appear.
        assert.deepEqual(await chosenPeople(form), [
            'Maria Rivera (Maria Rivera), primary',
            'Devon Brooks (Brightpath Solar Installers)'
        ]);
        const where = `Case ${target.CaseNumber}; accounts Maria Rivera, Brightpath Solar Installers; contacts Maria Rivera, Devon Brooks`;
        assert.equal(await appearsOn(form).innerText(), `This call will appear on: ${where}`);
        await agent.writeFreeText(commentsBox(form), 'Maria and Devon on a three-way call: the battery reads 0% in the app; Devon will check the gateway firmware.');
        await capture?.('logACall-two-customers');
        const toast = await saveAndClose({ page, agent }, form, 'Call logged');
        assert.match(toast, new RegExp(`It appears on ${where}\\.`));

        const written = newRecords(tasksBefore, await records(workbench, 'Task'));
        const primary = written.find((task) => task.WhoId === maria.Id);
        assert.ok(primary, 'the call is logged with the homeowner');
        assert.equal(primary.WhatId, target.Id, 'on the case');
        assert.equal(primary.Status, 'Completed');
        assert.equal(primary.Subject, 'Call');
        assert.equal(primary.CallType, 'Inbound');
        if (shared) {
            // Shared Activities: one task, the installer related to it.
            assert.equal(written.length, 1);
            const relations = (await records(workbench, 'TaskRelation')).filter((relation) => relation.TaskId === primary.Id);
            assert.deepEqual(relations.map((relation) => [relation.RelationId, relation.IsWhat]), [[devon.Id, false]]);
        } else {
            // Without Shared Activities: a linked copy with the installer, on the installer's account.
            assert.equal(written.length, 2, 'the call and its linked copy');
            const copy = written.find((task) => task.WhoId === devon.Id);
            assert.ok(copy, 'a linked copy with the installer');
            assert.equal(copy.WhatId, installer.Id, "on the installer's account");
            assert.equal(copy.Status, 'Completed');
            assert.equal(copy.Subject, 'Call');
            assert.match(copy.Description, new RegExp(`^Linked copy of the interaction logged on Case ${target.CaseNumber} with Maria Rivera\\.\\n\\nMaria and Devon`));
        }
        await assertApexBudget(workbench, { searches: 1 });
    }
};

const findContactByTyping = {
    id: 'logACall.findContactByTyping',
    component: COMPONENT,
    title: 'Finding the caller by typing: one search per pause in typing',
    procedure: {
        file: INTERACTIONS,
        manualSteps: [
            { step: 'Search for the contact in the global search bar and open the match', lines: '122-124', clicks: 2 },
            ...SOFTPHONE_TASK
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const account = await accountNamed(workbench, 'Lakeside Auto Group');
        const jenna = await contactNamed(workbench, 'Jenna Alvarez');
        const tasksBefore = await records(workbench, 'Task');

        // The page's clock is controlled, so "a pause in typing" is exact, whatever the machine's load.
        await page.clock.install();
        const form = await openLogACall({ page, agent }, 'Account', account.Id);
        assert.deepEqual(await chosenPeople(form), [], 'an account page starts with nobody on the call');
        await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
        const searchesSoFar = async () =>
            (await pageApex(workbench)).calls.filter((call) => call.name === 'LogACallController.searchContacts').length;
        await agent.type(searchBox(form), 'Alvarez');
        await page.clock.runFor(SEARCH_DELAY_MS - 1);
        assert.equal(await searchesSoFar(), 0, 'no search while typing');
        await page.clock.runFor(1);
        const add = form.getByRole('button', { name: 'Add Jenna Alvarez, Lakeside Auto Group, (555) 010-3022' });
        await add.waitFor();
        assert.equal(await searchesSoFar(), 1, 'one search for the pause');
        await page.clock.resume();
        await agent.click(add);
        assert.equal(await appearsOn(form).innerText(), 'This call will appear on: account Lakeside Auto Group; contact Jenna Alvarez');
        await agent.writeFreeText(commentsBox(form), 'Jenna called about a parts invoice; sent to billing.');
        await chooseOutcome(agent, form, 'Reached');
        await capture?.('logACall-search');
        await saveAndClose({ page, agent }, form, 'Call logged');

        const written = newRecords(tasksBefore, await records(workbench, 'Task'));
        assert.equal(written.length, 1);
        assert.equal(written[0].WhatId, account.Id, 'related to the account');
        assert.equal(written[0].WhoId, jenna.Id, 'and to the caller found by typing');
        assert.equal(written[0].Call_Outcome__c, 'Reached');
        await assertApexBudget(workbench, { searches: 1 });
    }
};

const completePhoneSystemTask = {
    id: 'logACall.completePhoneSystemTask',
    component: COMPONENT,
    title: "Completing the phone system's open call task instead of creating a second one",
    procedure: {
        file: INTERACTIONS,
        manualSteps: [
            ...CURRENT_INTERACTION_TASK,
            { step: 'Edit the task (pencil): Relates to (lookup), Additional Dispositions (picklist), Save', lines: '85-89', clicks: 6 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        const { maria, household } = await freshWithMaria(workbench);
        // The phone system logs the incoming call as an open call task of the agent who took it.
        const phoneSystem = await workbench.api(
            'POST',
            '/api/apex/LogACallController.saveCall',
            {
                params: {
                    request: {
                        requestKey: `phone-system-${Date.now()}`,
                        recordId: maria.Id,
                        mode: 'OPEN_TASK',
                        existingTaskId: null,
                        subject: 'Inbound call (555) 010-5100',
                        comments: null,
                        callType: 'Inbound',
                        outcome: null,
                        reminderAt: null,
                        dueDate: todayInUserZone(),
                        contactIds: [maria.Id],
                        newInstallerContact: null,
                        caseId: null,
                        accountIds: [household.Id]
                    }
                }
            },
            { asUser: workbench.userId('agent') }
        );
        assert.equal(phoneSystem.status, 200, JSON.stringify(phoneSystem.body));
        const phoneTaskId = phoneSystem.body.taskId;
        const tasksBefore = await records(workbench, 'Task');

        const form = await openLogACall({ page, agent }, 'Contact', maria.Id);
        const completeIt = form.getByRole('checkbox', {
            name: 'Complete the phone system\'s call task "Inbound call (555) 010-5100" instead of creating a new one'
        });
        assert.equal(await completeIt.isChecked(), true, 'offered and ticked');
        await agent.writeFreeText(commentsBox(form), 'Maria asked when the technician comes; told her Thursday morning.');
        await chooseOutcome(agent, form, 'Reached');
        await capture?.('logACall-phone-task');
        const toast = await saveAndClose({ page, agent }, form, 'Call completed');
        assert.match(toast, /It appears on account Maria Rivera; contact Maria Rivera\./);

        const tasksAfter = await records(workbench, 'Task');
        assert.equal(tasksAfter.length, tasksBefore.length, 'no second task');
        const task = tasksAfter.find((record) => record.Id === phoneTaskId);
        assert.equal(task.Status, 'Completed');
        assert.equal(task.IsClosed, true);
        assert.equal(task.WhoId, maria.Id);
        assert.equal(task.WhatId, household.Id);
        assert.equal(task.Call_Outcome__c, 'Reached');
        assert.equal(task.ActivityDate, todayInUserZone());
        assert.equal(task.Description, 'Maria asked when the technician comes; told her Thursday morning.');
        await assertApexBudget(workbench);
    }
};


const inMemoryOrg = (workbench) => workbench.workbench.org.org;

/** Waits until the page has made `count` contact searches (one per pause in typing). */
async function searchesMade(workbench, count) {
    for (let attempt = 0; attempt < 200; attempt++) {
        const { calls } = await pageApex(workbench);
        if (calls.filter((call) => call.name === 'LogACallController.searchContacts').length >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.fail(`the page made fewer than ${count} searches`);
}

/**
 * The phone system's integration user, named in the settings, creates the open call task of an incoming call, as
 * the phone system does: a server-side precondition, not the agent's work.
 */
function phoneSystemTask(workbench, fields) {
    const org = inMemoryOrg(workbench);
    const phoneId = org.createUser({ FirstName: 'CXone', LastName: 'Integration', Username: 'cxone.integration@playbooks.example' });
    org.overrideSettings({ Phone_System_Username__c: 'cxone.integration@playbooks.example' });
    const [taskId] = org.runAs(phoneId, () =>
        org.transaction(() =>
            org.db.insert(
                { attributes: { type: 'Task' }, TaskSubtype: 'Call', Status: 'Not Started', CallType: 'Inbound', CallObject: 'CXone-20261120-0001', ...fields },
                'SYSTEM_MODE'
            )
        )
    );
    return { taskId, phoneId };
}

const assignPhoneSystemTask = {
    id: 'logACall.assignPhoneSystemTask',
    component: COMPONENT,
    title: "The phone system's task still owned by its integration user: Assign to me, Finish and the dispositions in one save",
    procedure: {
        file: INTERACTIONS,
        manualSteps: [
            ...CURRENT_INTERACTION_TASK,
            { step: 'Edit the task (pencil): Additional Dispositions (picklist), Save', lines: '85-89', clicks: 4 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        const { maria, household } = await freshWithMaria(workbench);
        const { taskId, phoneId } = phoneSystemTask(workbench, {
            WhatId: household.Id,
            WhoId: maria.Id,
            Subject: 'Inbound call (555) 010-5100',
            ActivityDate: todayInUserZone()
        });
        const tasksBefore = await records(workbench, 'Task');

        const form = await openLogACall({ page, agent }, 'Contact', maria.Id);
        const assignIt = form.getByRole('checkbox', {
            name: 'Assign to me and finish the phone system\'s call task "Inbound call (555) 010-5100" instead of creating a new one'
        });
        assert.equal(await assignIt.isChecked(), true, 'offered and ticked');
        await agent.writeFreeText(commentsBox(form), 'Maria asked about her invoice; the warranty covers the inverter swap.');
        await chooseOutcome(agent, form, 'Reached');
        await agent.click(form.locator('lightning-checkbox-group label').filter({ hasText: 'Warranty' }));
        await capture?.('logACall-assign-phone-task');
        const toast = await saveAndClose({ page, agent }, form, 'Call assigned to you and completed');
        assert.match(toast, /It appears on account Maria Rivera; contact Maria Rivera\./);

        const tasksAfter = await records(workbench, 'Task');
        assert.equal(tasksAfter.length, tasksBefore.length, 'no second task');
        const task = tasksAfter.find((record) => record.Id === taskId);
        assert.notEqual(task.OwnerId, phoneId, 'no longer the integration user\'s');
        assert.equal(task.OwnerId, workbench.userId('agent'), 'Assign to me');
        assert.equal(task.Status, 'Completed', 'Finish');
        assert.equal(task.CallObject, 'CXone-20261120-0001', "the phone system's record of the call stays");
        assert.equal(task.Additional_Dispositions__c, 'Warranty');
        assert.equal(task.Call_Outcome__c, 'Reached');
        await assertApexBudget(workbench);
    }
};

const relatesToCustomerCase = {
    id: 'logACall.relatesToCustomerCase',
    component: COMPONENT,
    title: "From the customer's account, the call relates to the case they are calling about",
    procedure: {
        file: INTERACTIONS,
        manualSteps: [
            ...SOFTPHONE_TASK.slice(0, 3),
            { step: 'Open the task, "Assign to me", "Finish"', lines: '218-224', clicks: 3 }
        ]
    },
    async run({ page, agent, workbench, capture }) {
        const { maria, household } = await freshWithMaria(workbench);
        const target = await riveraBatteryCase(workbench);
        const tasksBefore = await records(workbench, 'Task');

        const form = await openLogACall({ page, agent }, 'Account', household.Id);
        const relatesTo = combobox(form, 'Relates to');
        await agent.choose(relatesTo, `Case ${target.CaseNumber}`);
        await agent.writeFreeText(searchBox(form), 'Rivera');
        await agent.click(form.getByRole('button', { name: /^Add Maria Rivera, Maria Rivera/ }));
        assert.equal(await appearsOn(form).innerText(), `This call will appear on: Case ${target.CaseNumber}; account Maria Rivera; contact Maria Rivera`);
        await agent.writeFreeText(commentsBox(form), 'Maria says the battery now reads 40% in the app.');
        await capture?.('logACall-relates-to-case');
        await saveAndClose({ page, agent }, form, 'Call logged');

        const written = newRecords(tasksBefore, await records(workbench, 'Task'));
        assert.equal(written.length, 1);
        assert.equal(written[0].WhatId, target.Id, 'related to the case they called about');
        assert.equal(written[0].WhoId, maria.Id);
        await assertApexBudget(workbench, { searches: 1 });
    }
};

const installerOfTheCase = {
    id: 'logACall.installerOfTheCase',
    component: COMPONENT,
    title: "The case's installer contact is offered in Log a Call and added in one click",
    procedure: {
        file: INTERACTIONS,
        manualSteps: [
            ...SOFTPHONE_TASK,
            ...ADD_THE_INSTALLER
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const target = await riveraBatteryCase(workbench);
        const devon = await contactNamed(workbench, 'Devon Brooks');
        const tasksBefore = await records(workbench, 'Task');

        const form = await openLogACall({ page, agent }, 'Case', target.Id);
        await agent.click(form.getByRole('button', { name: `Add Devon Brooks, the installer on Case ${target.CaseNumber}` }));
        assert.deepEqual(await chosenPeople(form), ['Maria Rivera (Maria Rivera), primary', 'Devon Brooks (Brightpath Solar Installers)']);
        await agent.writeFreeText(commentsBox(form), 'Three-way call with Devon about the gateway firmware.');
        await capture?.('logACall-installer-of-case');
        await saveAndClose({ page, agent }, form, 'Call logged');

        const written = newRecords(tasksBefore, await records(workbench, 'Task'));
        const withDevon = (await hasSharedActivities(workbench))
            ? (await records(workbench, 'TaskRelation')).some((relation) => relation.RelationId === devon.Id)
            : written.some((task) => task.WhoId === devon.Id);
        assert.ok(withDevon, 'the installer is on the call');
        await assertApexBudget(workbench);
    }
};

const callerNotInSalesforce = {
    id: 'logACall.callerNotInSalesforce',
    component: COMPONENT,
    title: "A sales rep not in Salesforce: the installer contact is created under the organisation, then the call is logged",
    procedure: {
        file: INTERACTIONS,
        manualSteps: [
            { step: 'Search for the contact using the global search bar', lines: '124', clicks: 1 },
            { step: 'Navigate to the account by searching for the Org in the global search bar', lines: '146', clicks: 2 },
            { step: "Click on 'Related Contacts', then 'New Contact'", lines: '152', clicks: 2 },
            { step: "Click on 'Installer Contact'", lines: '160', clicks: 1 },
            { step: 'Enter the contact information and click Save', lines: '172-174', clicks: 4 },
            ...SOFTPHONE_TASK
        ]
    },
    async run({ page, agent, workbench, capture }) {
        await fresh(workbench);
        const brightpath = await accountNamed(workbench, 'Brightpath Solar Installers');
        const tasksBefore = await records(workbench, 'Task');

        const form = await openLogACall({ page, agent }, 'Account', brightpath.Id);
        await agent.writeFreeText(searchBox(form), 'Omar Haddad');
        await searchesMade(workbench, 1);
        assert.equal(await form.locator('[data-id="results"]').count(), 0, 'the search finds nobody');
        await agent.click(form.getByRole('button', { name: 'Caller not in Salesforce' }));
        const customer = form.locator('c-create-customer');
        await customer.waitFor();
        assert.equal(await customer.getByRole('textbox', { name: 'Last name' }).inputValue(), 'Haddad', 'the searched name is kept');
        await agent.click(customer.locator('lightning-radio-group label').filter({ hasText: 'Installer' }));
        await agent.choose(customer.locator('lightning-combobox').filter({ hasText: 'Installer organisation' }), 'Brightpath Solar Installers');
        await agent.writeFreeText(customer.getByRole('textbox', { name: 'Title' }), 'Sales Rep');
        await capture?.('logACall-new-customer');
        await agent.click(customer.getByRole('button', { name: 'Create customer' }));
        await customer.waitFor({ state: 'detached' });
        assert.deepEqual(await chosenPeople(form), ['Omar Haddad (Brightpath Solar Installers), primary']);
        await agent.writeFreeText(commentsBox(form), 'Omar joined Brightpath last week and asked for portal access.');
        await saveAndClose({ page, agent }, form, 'Call logged');

        const omar = await contactNamed(workbench, 'Omar Haddad');
        assert.equal(omar.AccountId, brightpath.Id, 'under the organisation');
        assert.equal(omar.Title, 'Sales Rep');
        const installerType = (await records(workbench, 'RecordType')).find((type) => type.SobjectType === 'Contact' && type.DeveloperName === 'Installer_Contact');
        assert.equal(omar.RecordTypeId, installerType.Id, "the team's Installer Contact record type");
        const written = newRecords(tasksBefore, await records(workbench, 'Task'));
        assert.equal(written.length, 1);
        assert.equal(written[0].WhoId, omar.Id);
        assert.equal(written[0].WhatId, brightpath.Id);
        const { actions } = await pageApex(workbench);
        const create = actions.filter((action) => action.label === 'Create customer');
        assert.equal(create.length, 1);
        assert.deepEqual(create[0].methods, ['CustomerController.createCustomer'], 'one Apex call creates the customer');
        await assertApexBudget(workbench, { searches: 1 });
    }
};

export const scenarios = [
    completedClaCall,
    openTaskWithReminder,
    homeownerAndInstaller,
    findContactByTyping,
    completePhoneSystemTask,
    assignPhoneSystemTask,
    relatesToCustomerCase,
    installerOfTheCase,
    callerNotInSalesforce
];
