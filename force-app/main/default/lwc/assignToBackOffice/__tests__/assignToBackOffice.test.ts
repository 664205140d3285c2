import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import AssignToBackOffice from 'c/assignToBackOffice';
import assignToBackOffice from '@salesforce/apex/ContractWarningController.assignToBackOffice';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { flushPromises, resetDom } from 'test/jest/testUtils';

jest.mock('@salesforce/apex/ContractWarningController.assignToBackOffice', () => ({ default: jest.fn() }), { virtual: true });
jest.mock(
    'lightning/actions',
    () => ({
        CloseActionScreenEvent: class CloseActionScreenEvent extends CustomEvent<null> {
            constructor() {
                super('close');
            }
        }
    }),
    { virtual: true }
);

const mocked = (fn: unknown) => fn as jest.Mock;
const CASE_ID = '500000000000001AAA';
const ASSIGNED = { caseId: CASE_ID, queueId: '00G000000000001AAA', queueName: 'Back Office', replayed: false };

type Element = HTMLElement & { recordId: string };

async function mount(): Promise<Element> {
    const element = createElement('c-assign-to-back-office', { is: AssignToBackOffice }) as unknown as Element;
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

describe('c-assign-to-back-office', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('opens without a server call, asking the question that names the queue', async () => {
        const element = await mount();
        expect(assignToBackOffice).not.toHaveBeenCalled();
        expect($(element, '[data-id="question"]').textContent).toBe('c.AssignToBackOffice_Question');
        expect($(element, 'lightning-button[data-id="assign"]').label).toBe('c.ContractWarning_Assign_Back_Office');
        await expect(element).toBeAccessible();
    });

    it('assigns with one call, refreshes the case, toasts the queue and closes', async () => {
        mocked(assignToBackOffice).mockResolvedValue(ASSIGNED);
        const element = await mount();
        const toasts: ShowToastEvent[] = [];
        const closes: Event[] = [];
        element.addEventListener('lightning__showtoast', (event) => toasts.push(event as ShowToastEvent));
        element.addEventListener('close', (event) => closes.push(event));
        $(element, 'lightning-button[data-id="assign"]').click();
        await flushPromises();

        expect(assignToBackOffice).toHaveBeenCalledTimes(1);
        const { request } = mocked(assignToBackOffice).mock.calls[0][0];
        expect(request.caseId).toBe(CASE_ID);
        expect(request.requestKey).toMatch(/^[0-9a-f]{32}$/);
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
        expect(toasts[0].detail).toMatchObject({ variant: 'success', message: 'The case is now in the Back Office queue.' });
        expect(closes).toHaveLength(1);
    });

    it('stays open with the reference and the button back when the assignment fails, and retries with the same key', async () => {
        mocked(assignToBackOffice).mockRejectedValue({
            status: 500,
            body: { message: JSON.stringify({ code: 'BACK_OFFICE_QUEUE_NOT_FOUND', message: 'There is no queue "Back_Office".', reference: 'AB12CD34' }) }
        });
        const element = await mount();
        const closes: Event[] = [];
        element.addEventListener('close', (event) => closes.push(event));
        const button = $(element, 'lightning-button[data-id="assign"]');
        button.click();
        await flushPromises();
        expect($(element, '[data-id="save-error"]').textContent).toContain('There is no queue "Back_Office". (Reference: AB12CD34)');
        expect(button.disabled).toBe(false);
        expect(closes).toHaveLength(0);
        await expect(element).toBeAccessible();

        mocked(assignToBackOffice).mockResolvedValue(ASSIGNED);
        button.click();
        await flushPromises();
        const keys = mocked(assignToBackOffice).mock.calls.map(([params]) => params.request.requestKey);
        expect(keys[1]).toBe(keys[0]);
        expect(closes).toHaveLength(1);
    });

    it('after REQUEST_KEY_REUSED refreshes the case page and assigns again under a new key', async () => {
        const element = await mount();
        mocked(assignToBackOffice).mockRejectedValueOnce({
            status: 500,
            body: { message: JSON.stringify({ code: 'REQUEST_KEY_REUSED', message: 'Nothing was saved.', reference: 'AB12CD34' }) }
        });
        $(element, 'lightning-button[data-id="assign"]').click();
        await flushPromises();
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
        expect($(element, '[data-id="save-error"]').textContent).toContain('Nothing was saved. (Reference: AB12CD34)');

        mocked(assignToBackOffice).mockResolvedValueOnce(ASSIGNED);
        $(element, 'lightning-button[data-id="assign"]').click();
        await flushPromises();
        const [first, second] = mocked(assignToBackOffice).mock.calls.map((call) => (call[0] as { request: { requestKey: string } }).request.requestKey);
        expect(second).toMatch(/^[0-9a-f]{32}$/);
        expect(second).not.toBe(first);
    });

    it('makes one call for a double click, with a spinner and the button disabled while saving', async () => {
        let finish: (value: unknown) => void = () => undefined;
        mocked(assignToBackOffice).mockReturnValue(new Promise((resolve) => (finish = resolve)));
        const element = await mount();
        const button = $(element, 'lightning-button[data-id="assign"]');
        button.click();
        button.click();
        await flushPromises();
        expect(assignToBackOffice).toHaveBeenCalledTimes(1);
        expect(button.disabled).toBe(true);
        expect(element.shadowRoot!.querySelectorAll('lightning-spinner')).toHaveLength(1);
        finish(ASSIGNED);
        await flushPromises();
    });

    it('puts the focus on the assign button, so Enter or Space assigns from the keyboard', async () => {
        const focus = jest.fn();
        const original = HTMLElement.prototype.focus;
        HTMLElement.prototype.focus = focus;
        try {
            const element = await mount();
            expect(focus).toHaveBeenCalled();
            expect(focus.mock.contexts[0]).toBe($(element, 'lightning-button[data-id="assign"]'));
        } finally {
            HTMLElement.prototype.focus = original;
        }
    });
});
