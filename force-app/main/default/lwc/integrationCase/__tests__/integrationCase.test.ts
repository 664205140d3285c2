import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import IntegrationCase from 'c/integrationCase';
import getIntegrationCase from '@salesforce/apex/IntegrationCaseController.getIntegrationCase';
import logEcpContact from '@salesforce/apex/IntegrationCaseController.logEcpContact';
import askWorker from '@salesforce/apex/IntegrationCaseController.askWorker';
import postUpdate from '@salesforce/apex/IntegrationCaseController.postUpdate';
import setNoResponse from '@salesforce/apex/IntegrationCaseController.setNoResponse';
import closeCase from '@salesforce/apex/IntegrationCaseController.closeCase';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import type { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { flushPromises, resetDom } from 'test/jest/testUtils';
import creatorView from './data/creatorView.json';
import workerView from './data/workerView.json';

jest.mock('@salesforce/apex/IntegrationCaseController.getIntegrationCase', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/IntegrationCaseController.logEcpContact', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/IntegrationCaseController.askWorker', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/IntegrationCaseController.postUpdate', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/IntegrationCaseController.setNoResponse', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/IntegrationCaseController.closeCase', () => ({ default: jest.fn() }), { virtual: true });

const mocked = (fn: unknown) => fn as jest.Mock;
const CASE_ID = creatorView.caseId;
const AFTER_CONTACT = {
    ...creatorView,
    clock: { ...creatorView.clock, nextAction: 'AWAIT_ECP_REPLY', owedBy: 'NOBODY', dueAt: null, overdue: false, overdueMinutes: 0, dues: [], allowedFrom: '2026-11-19T15:05:00.000Z' },
    actions: ['LOG_CONTACT', 'ASK', 'REQUEST_UPDATE'],
    comments: [
        { id: '00a000000000003AAA', body: 'l/m with ECP on v/m', createdByName: 'Cora Creator', createdOn: '2026-11-17T15:05:00.000Z', byCreator: true },
        ...creatorView.comments
    ]
};
const SAVED = { caseId: CASE_ID, commentId: '00a000000000003AAA', ownerId: creatorView.ownerId, status: 'Working', replayed: false, view: AFTER_CONTACT };

type Element = HTMLElement & { recordId: string };

async function mount(view: object = creatorView): Promise<Element> {
    mocked(getIntegrationCase).mockResolvedValue(view);
    const element = createElement('c-integration-case', { is: IntegrationCase }) as unknown as Element;
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

function text(element: HTMLElement, selector: string): string {
    return $(element, selector).textContent ?? '';
}

async function openForm(element: HTMLElement, form: string): Promise<void> {
    $(element, `lightning-button[data-form="${form}"]`).click();
    await flushPromises();
}

async function type(element: HTMLElement, value: string): Promise<void> {
    const textarea = $(element, 'lightning-textarea[data-id="comment"]');
    textarea.value = value;
    textarea.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

async function clickSave(element: HTMLElement): Promise<void> {
    $(element, 'lightning-button[data-id="save"]').click();
    await flushPromises();
}

describe('c-integration-case', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('opens with one call and shows the next action, who owes it, how overdue it is, the clocks, the comments and the activity', async () => {
        const element = await mount();
        expect(getIntegrationCase).toHaveBeenCalledTimes(1);
        expect(getIntegrationCase).toHaveBeenCalledWith({ request: { caseId: CASE_ID } });
        expect(text(element, '[data-id="next-action-text"]')).toBe('Integrations opens and comments on the case.');
        expect(text(element, '[data-id="owed-by"]')).toBe('Owed by: Ivan Integrations');
        expect(text(element, '[data-id="due"]')).toContain('Overdue by 2 h 5 min');
        expect(element.shadowRoot!.querySelectorAll('[data-id="clocks"] li')).toHaveLength(2);
        expect(text(element, '[data-id="comments"]')).toContain('Cora Creator (creator)');
        expect(text(element, '[data-id="activities"]')).toContain('Call Dana Patel');
        expect(text(element, '[data-id="update-note"]')).toContain('Allow 7 business days');
        const labels = Array.from(element.shadowRoot!.querySelectorAll('[data-id="actions"] lightning-button')).map((button) => (button as unknown as { label: string }).label);
        expect(labels).toEqual(['Log contact with the ECP', 'Ask or inform', 'Request an update', 'Close the case']);
        await expect(element).toBeAccessible();
    });

    it('offers Integrations its own actions and shows what the business calendar could not read', async () => {
        const element = await mount(workerView);
        const labels = Array.from(element.shadowRoot!.querySelectorAll('[data-id="actions"] lightning-button')).map((button) => (button as unknown as { label: string }).label);
        expect(labels).toEqual(['Log contact with the ECP', 'Post an update', 'Set No Response']);
        expect(text(element, '[data-id="calendar-problems"]')).toContain('Monday to Friday count as business days');
        expect(text(element, '[data-id="owed-by"]')).toBe('Owed by: You (Ivan Integrations)');
        await expect(element).toBeAccessible();
    });

    it('logs a message left with the ECP with the suggested "l/m with ECP on v/m", in one call, and redraws from the answer', async () => {
        mocked(logEcpContact).mockResolvedValue(SAVED);
        const element = await mount();
        const toasts: ShowToastEvent[] = [];
        element.addEventListener('lightning__showtoast', (event) => toasts.push(event as ShowToastEvent));
        await openForm(element, 'CONTACT');
        expect($(element, 'lightning-textarea[data-id="comment"]').value).toBe('l/m with ECP on v/m');
        await clickSave(element);

        expect(logEcpContact).toHaveBeenCalledTimes(1);
        const { request } = mocked(logEcpContact).mock.calls[0][0];
        expect(request).toMatchObject({ caseId: CASE_ID, outcome: 'LEFT_MESSAGE', comment: 'l/m with ECP on v/m' });
        expect(request.requestKey).toMatch(/^[0-9a-f]{32}$/);
        expect(getIntegrationCase).toHaveBeenCalledTimes(1);
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
        expect(toasts[0].detail).toMatchObject({ variant: 'success', message: 'Contact with the ECP logged on case 00001042.' });
        expect(text(element, '[data-id="next-action-text"]')).toBe('A detailed message was left with the ECP: wait for their reply.');
        expect(element.shadowRoot!.querySelector('[data-id="form"]')).toBeNull();
    });

    it('asks for an update only once the 7 business days passed or the ECP asks, noting it', async () => {
        mocked(askWorker).mockResolvedValue({ ...SAVED, view: creatorView });
        const element = await mount();
        await openForm(element, 'REQUEST_UPDATE');
        await type(element, 'Dana asks when the sync will be fixed.');
        await clickSave(element);
        expect(askWorker).not.toHaveBeenCalled();
        expect(text(element, '[data-id="problem"]')).toContain('unless the ECP is asking for one');

        const ecp = $(element, 'lightning-input[data-id="ecp-requested"]');
        ecp.checked = true;
        ecp.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await flushPromises();
        await clickSave(element);
        expect(askWorker).toHaveBeenCalledTimes(1);
        expect(mocked(askWorker).mock.calls[0][0].request).toMatchObject({ kind: 'UPDATE', ecpRequested: true, comment: 'Dana asks when the sync will be fixed.' });
    });

    it('posts Integrations\' update as Waiting and back to the creator', async () => {
        mocked(postUpdate).mockResolvedValue({ ...SAVED, view: workerView });
        const element = await mount({ ...workerView, clock: { ...workerView.clock, waiting: false } });
        await openForm(element, 'POST_UPDATE');
        await type(element, 'Waiting for the vendor keys.');
        const status = $(element, 'lightning-radio-group[data-id="status"]');
        status.dispatchEvent(new CustomEvent('change', { detail: { value: 'WAITING' } }));
        const back = $(element, 'lightning-input[data-id="return-to-creator"]');
        back.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await flushPromises();
        await clickSave(element);
        expect(mocked(postUpdate).mock.calls[0][0].request).toMatchObject({ waiting: true, returnToCreator: true, comment: 'Waiting for the vendor keys.' });
    });

    it('sets No Response and closes with one call each', async () => {
        mocked(setNoResponse).mockResolvedValue({ ...SAVED, view: workerView });
        const worker = await mount(workerView);
        await openForm(worker, 'NO_RESPONSE');
        await type(worker, 'Three messages, no answer.');
        await clickSave(worker);
        expect(setNoResponse).toHaveBeenCalledTimes(1);
        resetDom();

        mocked(closeCase).mockResolvedValue({ ...SAVED, view: { ...creatorView, isClosed: true, actions: [] } });
        const creator = await mount();
        await openForm(creator, 'CLOSE');
        await type(creator, 'ECP confirmed; closing.');
        await clickSave(creator);
        expect(closeCase).toHaveBeenCalledTimes(1);
        expect(creator.shadowRoot!.querySelector('[data-id="actions"]')).toBeNull();
    });

    it('keeps the typed comment and the request key when the save fails, and shows the reference', async () => {
        mocked(logEcpContact).mockRejectedValue({
            status: 500,
            body: { message: JSON.stringify({ code: 'SAVE_FAILED', message: 'Nothing was saved: locked row.', reference: 'AB12CD34' }) }
        });
        const element = await mount();
        await openForm(element, 'CONTACT');
        await type(element, 'Left a detailed message with the office manager.');
        await clickSave(element);
        expect(text(element, '[data-id="save-error"]')).toContain('Nothing was saved: locked row. (Reference: AB12CD34)');
        expect($(element, 'lightning-textarea[data-id="comment"]').value).toBe('Left a detailed message with the office manager.');
        expect($(element, 'lightning-button[data-id="save"]').disabled).toBe(false);
        await expect(element).toBeAccessible();

        mocked(logEcpContact).mockResolvedValue(SAVED);
        await clickSave(element);
        const keys = mocked(logEcpContact).mock.calls.map(([params]) => params.request.requestKey);
        expect(keys[1]).toBe(keys[0]);
    });

    it('after REQUEST_KEY_REUSED reloads the case, keeps the typed comment and saves under a new key', async () => {
        mocked(logEcpContact).mockRejectedValueOnce({
            status: 500,
            body: { message: JSON.stringify({ code: 'REQUEST_KEY_REUSED', message: 'Nothing was saved.', reference: 'AB12CD34' }) }
        });
        const element = await mount();
        await openForm(element, 'CONTACT');
        await type(element, 'Left a detailed message with the office manager.');
        await clickSave(element);
        expect(getIntegrationCase).toHaveBeenCalledTimes(2);
        expect(text(element, '[data-id="save-error"]')).toContain('Nothing was saved. (Reference: AB12CD34)');
        expect($(element, 'lightning-textarea[data-id="comment"]').value).toBe('Left a detailed message with the office manager.');

        mocked(logEcpContact).mockResolvedValueOnce(SAVED);
        await clickSave(element);
        const [first, second] = mocked(logEcpContact).mock.calls.map(([params]) => params.request);
        expect(second.comment).toBe('Left a detailed message with the office manager.');
        expect(second.requestKey).toMatch(/^[0-9a-f]{32}$/);
        expect(second.requestKey).not.toBe(first.requestKey);
    });

    it("answers the platform's refusals with the package's messages", async () => {
        mocked(askWorker).mockRejectedValueOnce({ status: 500, body: { message: "You do not have access to the Apex class named 'IntegrationCaseController'." } });
        const element = await mount();
        await openForm(element, 'ASK');
        await type(element, 'Is the mapping fixed?');
        await clickSave(element);
        expect(text(element, '[data-id="save-error"]')).toContain('Ask your Salesforce admin to assign you the Playbooks Agent permission set.');

        mocked(askWorker).mockRejectedValueOnce({
            status: 500,
            body: { message: "Value provided is invalid for action parameter 'request' of type 'IntegrationCaseController.AskWorkerRequest'" }
        });
        await clickSave(element);
        expect(text(element, '[data-id="save-error"]')).toContain('The page sent the server something it could not read, so nothing was saved.');
    });

    it('makes one call for a double click and disables the buttons while saving', async () => {
        let finish: (value: unknown) => void = () => undefined;
        mocked(logEcpContact).mockReturnValue(new Promise((resolve) => (finish = resolve)));
        const element = await mount();
        await openForm(element, 'CONTACT');
        const save = $(element, 'lightning-button[data-id="save"]');
        save.click();
        save.click();
        await flushPromises();
        expect(logEcpContact).toHaveBeenCalledTimes(1);
        expect(save.disabled).toBe(true);
        finish(SAVED);
        await flushPromises();
    });

    it('shows the load error with its reference, accessibly', async () => {
        mocked(getIntegrationCase).mockRejectedValue({
            status: 500,
            body: { message: JSON.stringify({ code: 'NOT_AN_INTEGRATION_CASE', message: 'Case 00001001 is not an integration case.', reference: 'FF00AA11' }) }
        });
        const element = createElement('c-integration-case', { is: IntegrationCase }) as unknown as Element;
        element.recordId = CASE_ID;
        document.body.appendChild(element);
        await flushPromises();
        expect(text(element, '[data-id="load-error"]')).toBe('Case 00001001 is not an integration case. (Reference: FF00AA11)');
        await expect(element).toBeAccessible();
    });
});
