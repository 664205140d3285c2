import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import CallWizard from 'c/callWizard';
import getCallContext from '@salesforce/apex/CallWizardController.getCallContext';
import getDealershipContacts from '@salesforce/apex/CallWizardController.getDealershipContacts';
import claimCase from '@salesforce/apex/CallWizardController.claimCase';
import saveCallOutcome from '@salesforce/apex/CallWizardController.saveCallOutcome';
import flagDuplicate from '@salesforce/apex/CallWizardController.flagDuplicate';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { flushPromises, resetDom } from 'test/jest/testUtils';
import { defaultReminder } from 'c/callWizardModel';
import contextData from './data/callContext.json';
import page2 from './data/dealershipContactsPage2.json';
import savedScored from './data/savedScored.json';

jest.mock('@salesforce/apex/CallWizardController.getCallContext', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CallWizardController.getDealershipContacts', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CallWizardController.claimCase', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CallWizardController.saveCallOutcome', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CallWizardController.flagDuplicate', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const navigateCalls: unknown[] = [];
    const NavigationMixin = (Base: new () => object) =>
        class extends Base {
            [Navigate](pageReference: unknown) {
                navigateCalls.push(pageReference);
            }
        };
    NavigationMixin.Navigate = Navigate;
    NavigationMixin.GenerateUrl = Symbol('GenerateUrl');
    return { NavigationMixin, navigateCalls };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { navigateCalls } = require('lightning/navigation') as { navigateCalls: unknown[] };

const mocked = (fn: unknown) => fn as jest.Mock;
const CASE_ID = '500000000000001AAA';

function apexError(code: string, message: string, reference: string) {
    return { status: 500, body: { message: JSON.stringify({ code, message, reference }) } };
}

async function mount(context: object = contextData): Promise<HTMLElement & { recordId: string }> {
    mocked(getCallContext).mockResolvedValue(context);
    const element = createElement('c-call-wizard', { is: CallWizard }) as unknown as HTMLElement & { recordId: string };
    element.recordId = CASE_ID;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function $(element: HTMLElement, selector: string): HTMLElement & Record<string, unknown> {
    const found = element.shadowRoot!.querySelector(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found as HTMLElement & Record<string, unknown>;
}

async function choose(element: HTMLElement, field: string, value: string): Promise<void> {
    $(element, `[data-field="${field}"]`).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

async function childChange(element: HTMLElement, scope: string, field: string, value: unknown): Promise<void> {
    await childChanges(element, scope, { [field]: value });
}

/** Several edits in one child, in order; the child stays rendered between them. */
async function childChanges(element: HTMLElement, scope: string, changes: Record<string, unknown>): Promise<void> {
    const child = $(element, `[data-scope="${scope}"]`);
    Object.entries(changes).forEach(([field, value]) => child.dispatchEvent(new CustomEvent('fieldchange', { detail: { field, value } })));
    await flushPromises();
}

async function clickSave(element: HTMLElement): Promise<void> {
    $(element, 'lightning-button[data-id="save"]').click();
    await flushPromises();
}

async function fillScored(element: HTMLElement): Promise<void> {
    await choose(element, 'notes', 'Called to collect CSS - loves the new DMS');
    await choose(element, 'reached', 'YES');
    await choose(element, 'stillThere', 'YES');
    await childChange(element, 'scoring', 'result', 'SCORE');
    await childChange(element, 'scoring', 'score', 9);
    await childChange(element, 'scoring', 'referral', 'YES');
}

const SCORED_REQUEST = {
    caseId: CASE_ID,
    expectedOwnerId: '005000000000001AAA',
    outcome: 'SCORED',
    notes: 'Called to collect CSS - loves the new DMS',
    score: 9,
    referral: true,
    reason: null,
    followUp: null,
    supportCase: null,
    replacement: null,
    satisfactionNotes: null,
    leftMessage: false,
    noScoreApprovedById: null,
    positionCheck: null,
    offers: []
};

describe('c-call-wizard', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
        navigateCalls.length = 0;
    });

    it('opens with one getCallContext call and shows the attempt, the context and the notes prefix', async () => {
        const element = await mount();
        expect(getCallContext).toHaveBeenCalledTimes(1);
        expect(getCallContext).toHaveBeenCalledWith({ request: { caseId: CASE_ID } });
        expect($(element, '[data-id="attempt"]').textContent).toBe('Attempt 3 of 6');
        expect($(element, 'c-call-wizard-context').context).toEqual(contextData);
        expect($(element, '[data-field="notes"]').value).toBe('Called to collect CSS - ');
        expect(element.shadowRoot!.querySelector('[data-id="claim"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('focuses the notes when the call form opens', async () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const element = await mount();
        expect(focus.mock.contexts).toContain($(element, '[data-field="notes"]'));
        focus.mockRestore();
    });

    it('shows the load error with its reference and tries again', async () => {
        mocked(getCallContext).mockRejectedValueOnce(apexError('NOT_A_CLA', 'This case is not a CLA case.', 'PB-1'));
        const element = createElement('c-call-wizard', { is: CallWizard }) as unknown as HTMLElement & { recordId: string };
        element.recordId = CASE_ID;
        document.body.appendChild(element);
        await flushPromises();
        expect($(element, '[data-id="load-error"]').textContent).toContain('This case is not a CLA case. (Reference: PB-1)');
        await expect(element).toBeAccessible();
        mocked(getCallContext).mockResolvedValueOnce(contextData);
        $(element, '[data-id="load-error"] lightning-button').click();
        await flushPromises();
        expect(getCallContext).toHaveBeenCalledTimes(2);
        expect(element.shadowRoot!.querySelector('[data-id="load-error"]')).toBeNull();
        expect($(element, '[data-id="attempt"]').textContent).toBe('Attempt 3 of 6');
    });

    describe('claim', () => {
        const notMine = { ...contextData, isMine: false, ownerId: '00G000000000001AAA', ownerName: 'Team Loyalty' };

        it('starts with "Claim this case", showing the owner, and claims with one call; the result is said in the wizard, not a toast', async () => {
            const element = await mount(notMine);
            expect($(element, '[data-id="claim"]').textContent).toContain('Owned by Team Loyalty');
            expect(element.shadowRoot!.querySelector('[data-id="call"]')).toBeNull();
            mocked(claimCase).mockResolvedValue({ caseId: CASE_ID, ownerId: '005000000000001AAA', ownerName: 'Alex Agent', closedTaskCount: 1, movedTaskCount: 1 });
            const toasts: CustomEvent[] = [];
            element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));
            $(element, '[data-id="claim"] lightning-button').click();
            $(element, '[data-id="claim"] lightning-button').click();
            await flushPromises();
            expect(claimCase).toHaveBeenCalledTimes(1);
            expect(claimCase).toHaveBeenCalledWith({ request: { caseId: CASE_ID, expectedOwnerId: '00G000000000001AAA', confirmTakeOver: false } });
            expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
            expect(toasts).toEqual([]);
            expect($(element, '[data-id="claimed"]').textContent).toBe(
                'Case 00001042 is yours now. 1 previous open activities closed. The callback about the closed support case is yours now too.'
            );
            expect(element.shadowRoot!.querySelector('[data-id="claim"]')).toBeNull();
            expect($(element, '[data-id="attempt"]')).toBeTruthy();
        });

        it('asks before taking the case from an active colleague, naming them ("hasn\'t been claimed by a current employee")', async () => {
            const colleagues = { ...contextData, isMine: false, ownedByColleague: true, ownerId: '005000000000007AAA', ownerName: 'Ben Before' };
            const element = await mount(colleagues);
            expect($(element, '[data-id="owner"]').textContent).toContain('Claimed by Ben Before, a current employee.');
            expect($(element, '[data-id="claim-button"]').label).toBe('Take over from Ben Before');
            $(element, '[data-id="claim-button"]').click();
            await flushPromises();
            expect(claimCase).not.toHaveBeenCalled();
            expect($(element, '[data-id="take-over-question"]').textContent).toBe('Ben Before is working on this case. Take it over from them?');
            await expect(element).toBeAccessible();
            $(element, '[data-id="cancel-take-over"]').click();
            await flushPromises();
            expect(element.shadowRoot!.querySelector('[data-id="take-over-question"]')).toBeNull();
            $(element, '[data-id="claim-button"]').click();
            await flushPromises();
            mocked(claimCase).mockResolvedValue({ caseId: CASE_ID, ownerId: '005000000000001AAA', ownerName: 'Alex Agent', closedTaskCount: 0, movedTaskCount: 0 });
            $(element, '[data-id="confirm-take-over"]').click();
            await flushPromises();
            expect(claimCase).toHaveBeenCalledWith({ request: { caseId: CASE_ID, expectedOwnerId: '005000000000007AAA', confirmTakeOver: true } });
            expect($(element, '[data-id="claimed"]').textContent).toBe('Case 00001042 is yours now.');
        });

        it('turns OWNED_BY_COLLEAGUE from the server into the question', async () => {
            const element = await mount(notMine);
            mocked(claimCase).mockRejectedValueOnce(apexError('OWNED_BY_COLLEAGUE', 'Case 00001042 is claimed by Ben Before, a current employee.', 'PB-C1'));
            $(element, '[data-id="claim-button"]').click();
            await flushPromises();
            expect($(element, '[data-id="claim-error"]').textContent).toContain('claimed by Ben Before');
            expect($(element, '[data-id="confirm-take-over"]')).toBeTruthy();
        });

        it('on OWNER_CHANGED says who has it now and reloads, so no stale "claim it" banner stays', async () => {
            const element = await mount(notMine);
            mocked(claimCase).mockRejectedValue(apexError('OWNER_CHANGED', 'Case 00001042 now belongs to Dana Reyes.', 'PB-7F3K2'));
            mocked(getCallContext).mockResolvedValue({ ...contextData, isMine: false, ownedByColleague: true, ownerId: '005000000000003AAA', ownerName: 'Dana Reyes' });
            $(element, '[data-id="claim"] lightning-button').click();
            await flushPromises();
            expect(getCallContext).toHaveBeenCalledTimes(2);
            expect($(element, '[data-id="claim-error"]').textContent).toBe('Case 00001042 now belongs to Dana Reyes. (Reference: PB-7F3K2)');
            expect($(element, '[data-id="owner"]').textContent).toContain('Claimed by Dana Reyes, a current employee.');
            expect($(element, '[data-id="claim-button"]').label).toBe('Take over from Dana Reyes');
            expect(element.shadowRoot!.querySelector('[data-id="call"]')).toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('pre-call context', () => {
        it('"Show more" appends the next page of dealership contacts', async () => {
            const element = await mount();
            mocked(getDealershipContacts).mockResolvedValue(page2);
            $(element, 'c-call-wizard-context').dispatchEvent(new CustomEvent('showmore'));
            await flushPromises();
            expect(getDealershipContacts).toHaveBeenCalledWith({ request: { caseId: CASE_ID, page: 'page-2' } });
            const contextView = $(element, 'c-call-wizard-context');
            expect((contextView.contacts as Array<{ name: string }>).map((c) => c.name)).toEqual(['Lee Park', 'Sam Ortiz', 'Pat Gray', 'Robin Fox']);
            expect(contextView.hasMore).toBe(false);
        });

        it('"Flag for merge" sends one flagDuplicate for the pair and marks it flagged', async () => {
            const element = await mount();
            mocked(flagDuplicate).mockResolvedValue({ taskId: '00T000000000009AAA', replayed: false });
            $(element, 'c-call-wizard-context').dispatchEvent(new CustomEvent('flagduplicate', { detail: { contactId: '003000000000005AAA' } }));
            await flushPromises();
            expect(flagDuplicate).toHaveBeenCalledWith({
                request: { requestKey: expect.stringMatching(/^[0-9a-f]{32}$/), contactId: '003000000000001AAA', duplicateContactId: '003000000000005AAA', note: null }
            });
            expect($(element, 'c-call-wizard-context').flaggedIds).toEqual(['003000000000005AAA']);
        });
    });

    describe('saving the call', () => {
        it('SCORED: one saveCallOutcome with the exact request, then notify, toast and the next step', async () => {
            const element = await mount();
            mocked(saveCallOutcome).mockResolvedValue(savedScored);
            const toasts: CustomEvent[] = [];
            element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));
            await fillScored(element);
            await clickSave(element);
            expect(saveCallOutcome).toHaveBeenCalledTimes(1);
            expect(saveCallOutcome).toHaveBeenCalledWith({ request: { ...SCORED_REQUEST, requestKey: expect.stringMatching(/^[0-9a-f]{32}$/) } });
            expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
            expect(toasts.map((t) => t.detail.message)).toEqual(['Score 9 recorded and the CLA case completed.']);
            expect($(element, '[data-id="saved"]').textContent).toContain('Score 9 recorded');
            $(element, '[data-step="NEXT_CASE"]').click();
            expect(navigateCalls).toEqual([
                { type: 'standard__objectPage', attributes: { objectApiName: 'Case', actionName: 'list' }, state: { filterName: 'Team_Loyalty_Claimable' } }
            ]);
            await expect(element).toBeAccessible();
        });

        it('NOT_REACHED: the follow-up reminder defaults to the next business day 10:00 and is sent', async () => {
            const element = await mount();
            mocked(saveCallOutcome).mockResolvedValue({ ...savedScored, caseStatus: 'Working', activityStatus: 'In Progress', score: null, followUpTaskId: '00T000000000002AAA' });
            await choose(element, 'reached', 'NO');
            await choose(element, 'notReachedReason', 'Only in on Tuesdays');
            expect($(element, '[data-id="follow-up"]').textContent).toContain('Customer Satisfaction Call: Dana Reyes');
            const voicemail = $(element, '[data-field="leftMessage"]');
            voicemail.type = 'checkbox';
            voicemail.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
            await flushPromises();
            await clickSave(element);
            expect(saveCallOutcome).toHaveBeenCalledWith({
                request: {
                    ...SCORED_REQUEST,
                    requestKey: expect.any(String),
                    outcome: 'NOT_REACHED',
                    notes: 'Called to collect CSS -',
                    score: null,
                    referral: null,
                    reason: 'Only in on Tuesdays',
                    leftMessage: true,
                    followUp: { reminderAt: defaultReminder(new Date()) }
                }
            });
            $(element, '[data-step="LOG_ANOTHER_CALL"]').click();
            await flushPromises();
            expect($(element, '[data-id="attempt"]').textContent).toBe('Attempt 4 of 6');
            expect($(element, '[data-field="notes"]').value).toBe('Called to collect CSS - ');
        });

        it('SUPPORT_CASE: opens the support case form prefilled and sends it; "Open the support case" navigates to it', async () => {
            const element = await mount();
            mocked(saveCallOutcome).mockResolvedValue({ ...savedScored, caseStatus: 'Working', activityStatus: 'Awaiting Support Case', score: null, supportCaseId: '500000000000007AAA' });
            await choose(element, 'reached', 'YES');
            await choose(element, 'stillThere', 'YES');
            await childChange(element, 'scoring', 'result', 'NO_SCORE');
            await childChange(element, 'scoring', 'reason', 'Printing is broken');
            await childChange(element, 'scoring', 'next', 'SUPPORT_CASE');
            const form = $(element, 'c-call-wizard-support-case');
            expect(form.values).toMatchObject({ phone: '(555) 010-2000', email: 'dana.reyes@northside-motors.example' });
            await childChanges(element, 'supportCase', { subject: 'DMS: repair orders do not print', productType: 'DMS', reason: 'Performance', type: 'Electronic' });
            await clickSave(element);
            expect(mocked(saveCallOutcome).mock.calls[0][0].request).toMatchObject({
                outcome: 'SUPPORT_CASE',
                reason: 'Printing is broken',
                supportCase: { subject: 'DMS: repair orders do not print', description: 'Called to collect CSS -', productType: 'DMS' }
            });
            expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: CASE_ID }, { recordId: '500000000000007AAA' }]);
            $(element, '[data-step="OPEN_SUPPORT_CASE"]').click();
            expect(navigateCalls).toEqual([{ type: 'standard__recordPage', attributes: { recordId: '500000000000007AAA', objectApiName: 'Case', actionName: 'view' } }]);
        });

        it('ASK_MANAGER: sends the notes for the manager', async () => {
            const element = await mount();
            mocked(saveCallOutcome).mockResolvedValue({ ...savedScored, caseStatus: 'Working', activityStatus: 'In Progress', score: null, managerTaskId: '00T000000000003AAA' });
            $(element, '[data-id="ask-manager"]').click();
            await flushPromises();
            expect(element.shadowRoot!.querySelector('[data-field="reached"]')).toBeNull();
            await choose(element, 'notes', 'Called to collect CSS - the owner wants to cancel');
            await clickSave(element);
            expect(mocked(saveCallOutcome).mock.calls[0][0].request).toMatchObject({ outcome: 'ASK_MANAGER', notes: 'Called to collect CSS - the owner wants to cancel', followUp: null });
        });

        it('shows what is missing and makes no call while the call is incomplete', async () => {
            const element = await mount();
            await choose(element, 'reached', 'YES');
            await clickSave(element);
            expect(saveCallOutcome).not.toHaveBeenCalled();
            expect($(element, '[data-id="problems"]').textContent).toBe('Say whether the contact still works at the dealership.');
            await choose(element, 'stillThere', 'YES');
            expect($(element, '[data-id="problems"]').textContent).toBe('Say whether you got a score.');
        });

        it('on a server error keeps every typed value, shows the reference, re-enables the button and retries with the same key', async () => {
            const element = await mount();
            mocked(saveCallOutcome).mockRejectedValueOnce(apexError('SAVE_FAILED', 'The call could not be saved; nothing was written.', 'PB-9Q'));
            await fillScored(element);
            await clickSave(element);
            expect($(element, '[data-id="save-error"]').textContent).toContain('The call could not be saved; nothing was written. (Reference: PB-9Q)');
            expect($(element, '[data-field="notes"]').value).toBe('Called to collect CSS - loves the new DMS');
            expect($(element, '[data-field="reached"]').value).toBe('YES');
            expect($(element, 'c-call-wizard-scoring').scoring).toMatchObject({ result: 'SCORE', score: 9, referral: 'YES' });
            expect($(element, 'lightning-button[data-id="save"]').disabled).toBe(false);
            await expect(element).toBeAccessible();

            mocked(saveCallOutcome).mockResolvedValueOnce(savedScored);
            await clickSave(element);
            const [first, second] = mocked(saveCallOutcome).mock.calls.map((call) => call[0].request.requestKey);
            expect(second).toBe(first);
        });

        it('an edited retry after a server error goes under a new key: the server binds a key to its request', async () => {
            const element = await mount();
            mocked(saveCallOutcome).mockRejectedValueOnce(apexError('SAVE_FAILED', 'The call could not be saved; nothing was written.', 'PB-9Q'));
            await fillScored(element);
            await clickSave(element);
            await childChange(element, 'scoring', 'score', 8);
            mocked(saveCallOutcome).mockResolvedValueOnce(savedScored);
            await clickSave(element);
            const [first, second] = mocked(saveCallOutcome).mock.calls.map((call) => call[0].request);
            expect(second.score).toBe(8);
            expect(second.requestKey).toMatch(/^[0-9a-f]{32}$/);
            expect(second.requestKey).not.toBe(first.requestKey);
        });

        it('after REQUEST_KEY_REUSED reloads the case, keeps every typed value and saves again under a new key', async () => {
            const element = await mount();
            mocked(saveCallOutcome).mockRejectedValueOnce(apexError('REQUEST_KEY_REUSED', 'Nothing was saved; the page now shows what is saved.', 'PB-7K'));
            await fillScored(element);
            await clickSave(element);
            expect(getCallContext).toHaveBeenCalledTimes(2);
            expect($(element, '[data-id="save-error"]').textContent).toContain('Nothing was saved; the page now shows what is saved. (Reference: PB-7K)');
            expect($(element, '[data-field="notes"]').value).toBe('Called to collect CSS - loves the new DMS');
            expect($(element, 'c-call-wizard-scoring').scoring).toMatchObject({ result: 'SCORE', score: 9, referral: 'YES' });

            mocked(saveCallOutcome).mockResolvedValueOnce(savedScored);
            await clickSave(element);
            const [first, second] = mocked(saveCallOutcome).mock.calls.map((call) => call[0].request);
            expect(second).toMatchObject({ outcome: 'SCORED', score: 9 });
            expect(second.requestKey).not.toBe(first.requestKey);
        });

        it('a double click makes one call, with the button disabled and a spinner while saving', async () => {
            const element = await mount();
            let resolveSave: (value: unknown) => void = () => undefined;
            mocked(saveCallOutcome).mockReturnValue(new Promise((resolve) => (resolveSave = resolve)));
            await fillScored(element);
            $(element, 'lightning-button[data-id="save"]').click();
            $(element, 'lightning-button[data-id="save"]').click();
            await flushPromises();
            expect(saveCallOutcome).toHaveBeenCalledTimes(1);
            expect($(element, 'lightning-button[data-id="save"]').disabled).toBe(true);
            expect(element.shadowRoot!.querySelector('[data-id="call"] lightning-spinner')).not.toBeNull();
            resolveSave(savedScored);
            await flushPromises();
            expect(saveCallOutcome).toHaveBeenCalledTimes(1);
        });

        it('Enter in a one-line input saves', async () => {
            const element = await mount();
            mocked(saveCallOutcome).mockResolvedValue({ ...savedScored, activityStatus: 'In Progress', score: null });
            await choose(element, 'reached', 'NO');
            $(element, '[data-field="reminderAt"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
            await flushPromises();
            expect(saveCallOutcome).toHaveBeenCalledTimes(1);
        });

        it('CONTACT_LEFT: on DUPLICATE_CONTACT offers "this is not a duplicate" and sends the confirmation', async () => {
            const element = await mount();
            mocked(saveCallOutcome).mockRejectedValueOnce(apexError('DUPLICATE_CONTACT', 'A contact like Jo Vance already exists.', 'PB-D1'));
            await choose(element, 'reached', 'YES');
            await choose(element, 'stillThere', 'NO');
            await childChanges(element, 'replacement', {
                choice: 'NEW',
                'create.firstName': 'Jo',
                'create.lastName': 'Vance',
                'create.title': 'Fixed Ops Director',
                'create.phone': '(555) 010-4000',
                reached: 'YES',
                'scoring.result': 'SCORE',
                'scoring.score': 8
            });
            expect($(element, 'c-call-wizard-replacement').duplicateRejected).toBe(false);
            await clickSave(element);
            expect($(element, 'c-call-wizard-replacement').duplicateRejected).toBe(true);
            await childChange(element, 'replacement', 'confirmedNotDuplicate', true);
            mocked(saveCallOutcome).mockResolvedValueOnce({ ...savedScored, score: null, replacementContactId: '003000000000008AAA', replacementCaseId: '500000000000008AAA' });
            await clickSave(element);
            expect(mocked(saveCallOutcome).mock.calls[1][0].request.replacement).toEqual({
                contactId: null,
                create: { firstName: 'Jo', lastName: 'Vance', title: 'Fixed Ops Director', phone: '(555) 010-4000', email: null },
                confirmedNotDuplicate: true,
                reached: true,
                score: 8,
                referral: null,
                followUp: null,
                supportCase: null
            });
            expect($(element, '[data-step="OPEN_NEW_CONTACT_CASE"]')).toBeTruthy();
        });

        it('records the verified position and primary location, and the offers made before the support case', async () => {
            const element = await mount();
            mocked(saveCallOutcome).mockResolvedValue({ ...savedScored, activityStatus: 'Awaiting Support Case', score: null, supportCaseId: '500000000000007AAA' });
            await choose(element, 'reached', 'YES');
            await choose(element, 'stillThere', 'YES');
            expect($(element, '[data-field="positionCheck"]').label).toBe('Verify their position and primary location (on file: Service Manager at Northside Motors)');
            await choose(element, 'positionCheck', 'CHANGED');
            await choose(element, 'positionChanges', 'Now Fixed Operations Director');
            await childChanges(element, 'scoring', { result: 'NO_SCORE', reason: 'Printing is broken', next: 'SUPPORT_CASE' });
            await childChanges(element, 'supportCase', { offers: ['REMOTE_TRAINING', 'SOLVE_NOW'], subject: 'DMS: repair orders do not print', productType: 'DMS', reason: 'Performance', type: 'Electronic' });
            expect($(element, 'c-call-wizard-support-case').offers).toEqual(['REMOTE_TRAINING', 'SOLVE_NOW']);
            await clickSave(element);
            expect(mocked(saveCallOutcome).mock.calls[0][0].request).toMatchObject({
                outcome: 'SUPPORT_CASE',
                positionCheck: { asOnFile: false, changes: 'Now Fixed Operations Director' },
                offers: ['REMOTE_TRAINING', 'SOLVE_NOW']
            });
        });

        it('while the support case is open says so and offers no No Score completion, even on the last attempt', async () => {
            const openSupport = { id: '500000000000007AAA', caseNumber: '00001100', subject: 'DMS printing', status: 'New', isClosed: false, closedDate: null, ownerName: 'Kim Support' };
            const element = await mount({ ...contextData, callAttempts: 5, supportCase: openSupport });
            expect($(element, '[data-id="support-open"]').textContent).toContain('Support case 00001100 (DMS printing) is open with its team');
            await choose(element, 'reached', 'NO');
            expect(element.shadowRoot!.querySelector('[data-field="finalAttempt"]')).toBeNull();
            expect($(element, '[data-id="final-choice-note"]').textContent).toContain('support case 00001100 is still open');
            expect($(element, '[data-id="follow-up"]')).toBeTruthy();
            await choose(element, 'reached', 'YES');
            await choose(element, 'stillThere', 'YES');
            expect($(element, 'c-call-wizard-scoring').allowComplete).toBe(false);
            expect($(element, 'c-call-wizard-scoring').completeNote).toContain('waits until support case 00001100 is closed');
            await choose(element, 'stillThere', 'NO');
            expect($(element, '[data-id="contact-left-support"]').textContent).toContain('Support case 00001100 stays open with its team. This CLA case completes as Unable to Contact');
            await expect(element).toBeAccessible();
        });

        it('completing with No Score early sends the manager who agreed', async () => {
            const element = await mount();
            mocked(saveCallOutcome).mockResolvedValue({ ...savedScored, score: 'No Score' });
            await choose(element, 'reached', 'YES');
            await choose(element, 'stillThere', 'YES');
            const scoring = $(element, 'c-call-wizard-scoring');
            expect(scoring.approvalNeeded).toBe(true);
            expect(scoring.approverOptions).toEqual([{ label: 'Eric Manager (team manager)', value: '005000000000009AAA' }]);
            await childChanges(element, 'scoring', { result: 'NO_SCORE', reason: 'Declines surveys', next: 'COMPLETE', approverId: '005000000000009AAA' });
            await clickSave(element);
            expect(mocked(saveCallOutcome).mock.calls[0][0].request).toMatchObject({ outcome: 'NO_SCORE_COMPLETE', noScoreApprovedById: '005000000000009AAA' });
        });

        it('warns, never blocks, when the contact gave a score recently (survey fatigue)', async () => {
            const element = await mount({ ...contextData, recentScore: { caseId: '500000000000009AAA', caseNumber: '00000990', score: '8', scoreDate: '2026-10-01' } });
            const warning = $(element, '[data-id="survey-fatigue"]');
            expect(warning.textContent).toContain('Dana Reyes already gave a score of 8 on case 00000990, on');
            expect(warning.textContent).toContain('within the last 90 days');
            expect($(element, '[data-id="survey-fatigue"] lightning-formatted-date-time').value).toBe('2026-10-01');
            expect($(element, 'lightning-button[data-id="save"]').disabled).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('offers completing with No Score on the last allowed attempt', async () => {
            const element = await mount({ ...contextData, callAttempts: 5 });
            await choose(element, 'reached', 'NO');
            expect($(element, '[data-field="finalAttempt"]').type).not.toBe('button');
            await choose(element, 'finalAttempt', 'COMPLETE');
            expect(element.shadowRoot!.querySelector('[data-id="follow-up"]')).toBeNull();
            mocked(saveCallOutcome).mockResolvedValue({ ...savedScored, score: 'No Score', callAttempts: 6 });
            await clickSave(element);
            expect(mocked(saveCallOutcome).mock.calls[0][0].request).toMatchObject({ outcome: 'MAX_ATTEMPTS_COMPLETE', followUp: null });
        });
    });

    it('a completed CLA shows that no more calls are needed', async () => {
        const element = await mount({ ...contextData, isClosed: true, activityStatus: 'Complete', score: '8' });
        expect($(element, '[data-id="complete"]').textContent).toContain('score: 8');
        expect(element.shadowRoot!.querySelector('[data-id="call"]')).toBeNull();
    });

    it('shows the callback about the closed support case', async () => {
        const element = await mount({
            ...contextData,
            callbackDue: true,
            supportCase: { id: '500000000000007AAA', caseNumber: '00001100', subject: 'DMS printing', status: 'Closed', isClosed: true, closedDate: '2026-11-16T10:00:00.000Z', ownerName: 'Kim Support' }
        });
        const banner = $(element, '[data-id="callback"]');
        expect(banner.textContent).toContain('Callback about support case 00001100 (DMS printing), closed');
        expect(banner.textContent).toContain(', handled by Kim Support. Ask how it worked out and collect the score.');
        expect(banner.textContent).not.toContain('2026-11-16');
        expect($(element, '[data-id="callback"] lightning-formatted-date-time').value).toBe('2026-11-16T10:00:00.000Z');
    });
});
