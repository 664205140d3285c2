import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import LogReview from 'c/logReview';
import getReviewContext from '@salesforce/apex/LogReviewController.getReviewContext';
import saveReview from '@salesforce/apex/LogReviewController.saveReview';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { flushPromises, resetDom } from 'test/jest/testUtils';
import contextData from './data/reviewContext.json';

jest.mock('@salesforce/apex/LogReviewController.getReviewContext', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LogReviewController.saveReview', () => ({ default: jest.fn() }), { virtual: true });
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
const FILLED = 'Current Status: waiting for the installer\nPending Action Items: call Monday\nPending Action Owner: Ada';
const SAVED = { caseId: CASE_ID, reviewedById: '005000000000001AAA', reviewedByName: 'Ada Agent', reviewedOn: '2026-11-20T15:00:00.000Z', replayed: false };

type Element = HTMLElement & { recordId: string };

async function mount(context: object = contextData): Promise<Element> {
    mocked(getReviewContext).mockResolvedValue(context);
    const element = createElement('c-log-review', { is: LogReview }) as unknown as Element;
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

async function type(element: HTMLElement, value: string): Promise<void> {
    const textarea = $(element, 'lightning-textarea');
    textarea.value = value;
    textarea.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

async function clickSave(element: HTMLElement): Promise<void> {
    $(element, 'lightning-button[data-id="save"]').click();
    await flushPromises();
}

describe('c-log-review', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('opens with one call: the template in the comments box, the limit on the input and the counter, the last reviews and the Chatter hint', async () => {
        const element = await mount();
        expect(getReviewContext).toHaveBeenCalledTimes(1);
        expect(getReviewContext).toHaveBeenCalledWith({ request: { caseId: CASE_ID } });
        const textarea = $(element, 'lightning-textarea');
        expect(textarea.value).toBe(contextData.template);
        expect(textarea.maxLength).toBe(1000);
        expect(textarea.required).toBe(true);
        expect($(element, '[data-id="counter"]').textContent).toBe(`${contextData.template.length} / 1000`);
        expect($(element, '[data-id="recent-reviews"]').textContent).toContain('Case Review by Ben Before');
        expect($(element, '[data-id="chatter-hint"]').textContent).toBe('c.LogReview_Chatter_Hint');
        await expect(element).toBeAccessible();
    });

    it('updates the counter as the agent types', async () => {
        const element = await mount();
        await type(element, 'abc');
        expect($(element, '[data-id="counter"]').textContent).toBe('3 / 1000');
    });

    it('saves the review with one call, refreshes the case, confirms with a toast and closes the action', async () => {
        mocked(saveReview).mockResolvedValue(SAVED);
        const element = await mount();
        const toasts: ShowToastEvent[] = [];
        const closes: Event[] = [];
        element.addEventListener('lightning__showtoast', (event) => toasts.push(event as ShowToastEvent));
        element.addEventListener('close', (event) => closes.push(event));
        await type(element, FILLED);
        await clickSave(element);

        expect(saveReview).toHaveBeenCalledTimes(1);
        const { request } = mocked(saveReview).mock.calls[0][0];
        expect(request).toMatchObject({ caseId: CASE_ID, comments: FILLED });
        expect(request.requestKey).toMatch(/^[0-9a-f]{32}$/);
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
        expect(toasts).toHaveLength(1);
        expect(toasts[0].detail).toMatchObject({ variant: 'success', message: 'Review logged on case 00001027.' });
        expect(closes).toHaveLength(1);
    });

    it('does not send the template unchanged, and says what to fill in', async () => {
        const element = await mount();
        await clickSave(element);
        expect(saveReview).not.toHaveBeenCalled();
        expect($(element, '[data-id="problem"]').textContent).toContain('Fill in the template');
    });

    it('keeps the typed review and brings the button back when the save fails, showing the reference', async () => {
        mocked(saveReview).mockRejectedValue({
            status: 500,
            body: { message: JSON.stringify({ code: 'SAVE_FAILED', message: 'Nothing was saved: locked row.', reference: 'AB12CD34' }) }
        });
        const element = await mount();
        await type(element, FILLED);
        await clickSave(element);

        expect($(element, '[data-id="save-error"]').textContent).toContain('Nothing was saved: locked row. (Reference: AB12CD34)');
        expect($(element, 'lightning-textarea').value).toBe(FILLED);
        expect($(element, 'lightning-button[data-id="save"]').disabled).toBe(false);
        await expect(element).toBeAccessible();

        mocked(saveReview).mockResolvedValue(SAVED);
        await clickSave(element);
        const keys = mocked(saveReview).mock.calls.map(([params]) => params.request.requestKey);
        expect(keys[1]).toBe(keys[0]);
    });

    it('makes one call for a double click and disables the button while saving', async () => {
        let finish: (value: unknown) => void = () => undefined;
        mocked(saveReview).mockReturnValue(new Promise((resolve) => (finish = resolve)));
        const element = await mount();
        await type(element, FILLED);
        const button = $(element, 'lightning-button[data-id="save"]');
        button.click();
        button.click();
        await flushPromises();
        expect(saveReview).toHaveBeenCalledTimes(1);
        expect(button.disabled).toBe(true);
        expect(element.shadowRoot!.querySelectorAll('lightning-spinner')).toHaveLength(1);
        finish(SAVED);
        await flushPromises();
    });

    it('saves with Ctrl+Enter from the comments box and keeps a plain Enter as a new line', async () => {
        mocked(saveReview).mockResolvedValue(SAVED);
        const element = await mount();
        await type(element, FILLED);
        const textarea = $(element, 'lightning-textarea');
        textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await flushPromises();
        expect(saveReview).not.toHaveBeenCalled();
        textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
        await flushPromises();
        expect(saveReview).toHaveBeenCalledTimes(1);
    });

    it('says how much of a paste the box cut at the limit, and clears the note on the next edit', async () => {
        const element = await mount();
        const pasted = `Current Status: ${'waiting for the installer report. '.repeat(40)}`;
        const wrapper = $(element, 'lightning-textarea').parentElement!;
        const paste = new CustomEvent('paste', { bubbles: true, composed: true });
        Object.defineProperty(paste, 'clipboardData', { value: { getData: (format: string) => (format === 'text' ? pasted : '') } });
        wrapper.dispatchEvent(paste);
        // What the browser does on select-all and paste: the paste replaces the template, cut at maxlength.
        await type(element, pasted.slice(0, 1000));
        const note = $(element, '[data-id="paste-cut"]');
        expect(note.textContent).toBe(`The pasted text did not fit: its last ${pasted.length - 1000} characters were cut at the 1000-character limit.`);
        expect(note.getAttribute('role')).toBe('status');
        await expect(element).toBeAccessible();

        await type(element, pasted.slice(0, 990));
        expect(element.shadowRoot!.querySelector('[data-id="paste-cut"]')).toBeNull();
    });

    it('says nothing when the whole paste fits', async () => {
        const element = await mount();
        const paste = new CustomEvent('paste', { bubbles: true, composed: true });
        Object.defineProperty(paste, 'clipboardData', { value: { getData: () => 'Current Status: done\r\nPending Action Items: none' } });
        $(element, 'lightning-textarea').parentElement!.dispatchEvent(paste);
        await type(element, 'Current Status: done\nPending Action Items: none');
        expect(element.shadowRoot!.querySelector('[data-id="paste-cut"]')).toBeNull();
    });

    it('focuses the comments box on open', async () => {
        const focus = jest.fn();
        const original = HTMLElement.prototype.focus;
        HTMLElement.prototype.focus = focus;
        try {
            await mount();
            expect(focus).toHaveBeenCalled();
        } finally {
            HTMLElement.prototype.focus = original;
        }
    });

    it('after REQUEST_KEY_REUSED reloads what is saved, keeps the review and saves it again under a new key', async () => {
        const element = await mount();
        await type(element, FILLED);
        mocked(saveReview).mockRejectedValueOnce({
            status: 500,
            body: { message: JSON.stringify({ code: 'REQUEST_KEY_REUSED', message: 'This save carried the key of an earlier save that was different.', reference: 'AB12CD34' }) }
        });
        await clickSave(element);
        expect(getReviewContext).toHaveBeenCalledTimes(2);
        expect($(element, '[data-id="save-error"]').textContent).toContain('This save carried the key of an earlier save that was different.');
        expect($(element, 'lightning-textarea').value).toBe(FILLED);

        mocked(saveReview).mockResolvedValueOnce(SAVED);
        await clickSave(element);
        const [first, second] = mocked(saveReview).mock.calls.map((call) => (call[0] as { request: { requestKey: string } }).request.requestKey);
        expect(second).toMatch(/^[0-9a-f]{32}$/);
        expect(second).not.toBe(first);
    });

    it('shows why the review cannot open, with the reference', async () => {
        mocked(getReviewContext).mockRejectedValue({
            status: 500,
            body: { message: JSON.stringify({ code: 'NO_ACCESS', message: 'You cannot log case reviews.', reference: 'FF00AA11' }) }
        });
        const element = createElement('c-log-review', { is: LogReview }) as unknown as Element;
        element.recordId = CASE_ID;
        document.body.appendChild(element);
        await flushPromises();
        expect($(element, '[data-id="load-error"]').textContent).toBe('You cannot log case reviews. (Reference: FF00AA11)');
        expect(element.shadowRoot!.querySelector('lightning-textarea')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
