// The workbench demo quick action (workbench/src/modules/demo/caseClaimAction) claims a case
// through the whole runtime: the getRecord wire, the Apex call to the spec's
// CallWizardController.claimCase, the toast, notifyRecordUpdateAvailable, RefreshEvent,
// CloseActionScreenEvent and navigation, with the round trips counted.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, recordsById, screenshot, startSession, waitForRecordPage } from './harness.mjs';

describe('demo claim quick action', browserSuite, () => {
    let session;
    let queueId;
    let target;

    before(async () => {
        session = await startSession();
    });

    beforeEach(async () => {
        await session.api('POST', '/api/reset');
        const groups = (await session.api('GET', '/api/records?sobject=Group')).body;
        queueId = groups.find((group) => group.DeveloperName === 'Team_Loyalty').Id;
        target = [...(await recordsById(session.api, 'Case')).values()].find(
            (record) => record.OwnerId === queueId && !record.IsClosed && record.AccountId
        );
        assert.ok(target, 'the sample data has an unclaimed case with a dealership');
    });

    after(async () => {
        await session?.close();
    });

    async function openClaimAction() {
        const opened = await session.newPage(`/lightning/r/Case/${target.Id}/view?demo=1`);
        await waitForRecordPage(opened.page);
        await opened.agent.click(opened.page.getByRole('button', { name: 'Claim (demo)' }));
        const modal = opened.page.locator('wb-quick-action-modal');
        await modal.locator('.owner', { hasText: 'Team Loyalty' }).waitFor();
        return { ...opened, modal };
    }

    const ownerOf = async (caseId) => (await recordsById(session.api, 'Case')).get(caseId).OwnerId;

    test('claiming takes two clicks and one Apex call, then the page shows the new owner', async () => {
        const { page, agent, modal } = await openClaimAction();
        await screenshot(page, 'workbench-demo-claim-action');
        await session.api('POST', '/api/stats/reset');

        await agent.click(modal.locator('lightning-button.claim button'));
        await page.locator('lightning-toast', { hasText: 'Case claimed' }).waitFor();
        await modal.waitFor({ state: 'detached' });
        await page.locator('.record-highlights', { hasText: 'Alex Rivera' }).waitFor();
        await screenshot(page, 'workbench-demo-claimed');

        assert.equal(await ownerOf(target.Id), session.userId('agent'));
        assert.deepEqual(agent.effort(), { clicks: 2, keystrokes: 0, operations: [{ kind: 'click' }, { kind: 'click' }] });
        const { body: stats } = await session.api('GET', '/api/stats');
        const claimAction = stats.actions.find((action) => action.label === 'Claim');
        assert.equal(claimAction.apexCalls, 1);
        assert.deepEqual(
            claimAction.methods.filter((name) => !name.startsWith('getRecord')),
            ['CallWizardController.claimCase']
        );
        assert.ok(claimAction.uiApiCalls >= 1, 'notifyRecordUpdateAvailable re-fetched the record');
        assert.deepEqual(page.errors, []);
    });

    test('a failed claim keeps the action open with the reason and a reference, and a retry succeeds', async () => {
        const { page, agent, modal } = await openClaimAction();
        await session.api('POST', '/api/fail-next');
        await agent.click(modal.locator('lightning-button.claim button'));
        const error = modal.locator('.save-error');
        await error.waitFor();
        assert.match(await error.innerText(), /nothing was saved.*\(Reference: [0-9A-F]{8}\)/is);
        await page.locator('lightning-toast', { hasText: 'The case was not claimed' }).waitFor();
        assert.equal(await ownerOf(target.Id), queueId);
        await screenshot(page, 'workbench-demo-claim-failed');

        const claimButton = modal.locator('lightning-button.claim button');
        assert.equal(await claimButton.isEnabled(), true, 'the button comes back');
        await agent.click(claimButton);
        await modal.waitFor({ state: 'detached' });
        assert.equal(await ownerOf(target.Id), session.userId('agent'));
    });

    test('a case another agent claimed meanwhile is reported, not taken over', async () => {
        const { modal, agent } = await openClaimAction();
        const other = await session.api(
            'POST',
            '/api/apex/CallWizardController.claimCase',
            { params: { request: { caseId: target.Id, expectedOwnerId: queueId } } },
            { asUser: session.userId('otherAgent') }
        );
        assert.equal(other.status, 200);
        await agent.click(modal.locator('lightning-button.claim button'));
        await modal.locator('.save-error').waitFor();
        assert.equal(await ownerOf(target.Id), session.userId('otherAgent'));
    });

    test('the dealership link navigates to the account page and Cancel closes the action', async () => {
        const { page, modal, agent } = await openClaimAction();
        await agent.click(modal.getByRole('button', { name: 'Cancel', exact: true }));
        await modal.waitFor({ state: 'detached' });

        await agent.click(page.getByRole('button', { name: 'Claim (demo)' }));
        await agent.click(modal.locator('a.dealership-link'));
        await waitForRecordPage(page);
        assert.equal(new URL(page.url()).pathname, `/lightning/r/Account/${target.AccountId}/view`);
        const account = (await recordsById(session.api, 'Account')).get(target.AccountId);
        assert.equal(await page.locator('.record-title').innerText(), account.Name);
        assert.equal(await page.locator('wb-quick-action-modal').count(), 0);
    });
});
