import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import LogACall from 'c/logACall';
import getCallContext from '@salesforce/apex/LogACallController.getCallContext';
import searchContacts from '@salesforce/apex/LogACallController.searchContacts';
import saveCall from '@salesforce/apex/LogACallController.saveCall';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { flushPromises, resetDom } from 'test/jest/testUtils';
import supportCase from './data/supportCaseContext.json';
import claCase from './data/claCaseContext.json';
import installerSearch from './data/installerSearch.json';
import saved from './data/savedWithInstaller.json';
import accountPage from './data/accountPageContext.json';
import createCustomer from '@salesforce/apex/CustomerController.createCustomer';

jest.mock('@salesforce/apex/LogACallController.getCallContext', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LogACallController.searchContacts', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LogACallController.saveCall', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CustomerController.createCustomer', () => ({ default: jest.fn() }), { virtual: true });
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
type Element = HTMLElement & { recordId: string };
type Found = HTMLElement & Record<string, unknown>;

async function mount(context: object = supportCase): Promise<Element> {
    mocked(getCallContext).mockResolvedValue(context);
    const element = createElement('c-log-a-call', { is: LogACall }) as unknown as Element;
    element.recordId = (context as { recordId: string }).recordId;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function query(element: HTMLElement, selector: string): Found | null {
    return element.shadowRoot!.querySelector(selector) as Found | null;
}

function $(element: HTMLElement, selector: string): Found {
    const found = query(element, selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
}

async function type(element: HTMLElement, selector: string, value: unknown): Promise<void> {
    $(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

const failure = {
    status: 500,
    body: { message: JSON.stringify({ code: 'SAVE_FAILED', message: 'Nothing was saved: row locked.', reference: 'AB12CD34' }) }
};

function lastRequest(): Record<string, unknown> {
    const calls = mocked(saveCall).mock.calls;
    return (calls[calls.length - 1]![0] as { request: Record<string, unknown> }).request;
}

describe('c-log-a-call', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('opens with one cacheable call, the defaults and where the call will appear, and focuses the subject', async () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const element = await mount(claCase);
        expect(getCallContext).toHaveBeenCalledTimes(1);
        expect(getCallContext).toHaveBeenCalledWith({ request: { recordId: claCase.recordId } });
        expect($(element, '[data-id="subject"]').value).toBe('Customer Satisfaction Call');
        expect($(element, '[data-id="subject"]').required).toBe(true);
        expect($(element, '[data-id="subject"]').maxLength).toBe(255);
        expect($(element, '[data-id="comments"]').value).toBe('Called to collect CSS. ');
        expect($(element, '[data-id="appears-on"]').textContent).toBe(
            'c.LogACall_Appears_On Case 00001002; account Northgate Motors; contact Samuel Okafor'
        );
        expect(focus.mock.contexts).toContain($(element, '[data-id="subject"]'));
        expect(query(element, '[data-id="complete-open-task"]')).toBeNull();
        focus.mockRestore();
        await expect(element).toBeAccessible();
    });

    it('shows a load error with its reference', async () => {
        mocked(getCallContext).mockRejectedValue(failure);
        const element = createElement('c-log-a-call', { is: LogACall }) as unknown as Element;
        element.recordId = supportCase.recordId;
        document.body.appendChild(element);
        await flushPromises();
        expect($(element, '[data-id="load-error"]').textContent).toContain('(Reference: AB12CD34)');
    });

    it('saves once, completing the phone system task, then refreshes the records, toasts and closes', async () => {
        mocked(saveCall).mockResolvedValue({ ...saved, taskId: supportCase.openCallTask.taskId, completedExistingTask: true });
        const element = await mount();
        const toasts: CustomEvent[] = [];
        let closed = 0;
        element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));
        element.addEventListener('close', () => closed++);
        expect($(element, '[data-id="complete-open-task"]').checked).toBe(true);
        await type(element, '[data-id="comments"]', 'Inverter back online.');
        await type(element, '[data-id="outcome"]', 'Reached');
        $(element, '[data-id="save"]').click();
        await flushPromises();

        expect(saveCall).toHaveBeenCalledTimes(1);
        expect(lastRequest()).toMatchObject({
            recordId: supportCase.recordId,
            mode: 'LOG_COMPLETED',
            existingTaskId: supportCase.openCallTask.taskId,
            comments: 'Inverter back online.',
            outcome: 'Reached',
            contactIds: ['003000000000001AAA'],
            accountIds: ['001000000000001AAA'],
            caseId: supportCase.caseId
        });
        expect(typeof lastRequest().requestKey).toBe('string');
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith(saved.appearsOn.map((ref) => ({ recordId: ref.recordId })));
        expect(toasts).toHaveLength(1);
        expect(toasts[0]!.detail).toMatchObject({ title: 'Call completed', variant: 'success' });
        expect(closed).toBe(1);
        expect(query(element, '[data-id="complete-open-task"]')).toBeNull();
    });

    it('writes once on a double click: the button is disabled while saving', async () => {
        let finish: (value: unknown) => void = () => undefined;
        mocked(saveCall).mockReturnValue(new Promise((resolve) => (finish = resolve)));
        const element = await mount();
        $(element, '[data-id="save"]').click();
        $(element, '[data-id="save"]').click();
        await flushPromises();
        expect(saveCall).toHaveBeenCalledTimes(1);
        expect($(element, '[data-id="save"]').disabled).toBe(true);
        expect($(element, '[data-id="save"]').label).toBe('c.Playbooks_Saving');
        expect(query(element, 'lightning-spinner')).not.toBeNull();
        finish(saved);
        await flushPromises();
        expect($(element, '[data-id="save"]').disabled).toBe(false);
    });

    it('keeps every typed value and the request key after an error, shows the reference and gives the button back', async () => {
        mocked(saveCall).mockRejectedValueOnce(failure).mockResolvedValueOnce(saved);
        const element = await mount();
        await type(element, '[data-id="subject"]', 'Inverter offline again');
        await type(element, '[data-id="comments"]', 'Customer will reset it tonight.');
        $(element, '[data-id="save"]').click();
        await flushPromises();

        expect($(element, '[data-id="save-error"]').textContent).toContain('Nothing was saved: row locked. (Reference: AB12CD34)');
        expect($(element, '[data-id="save-error"]').getAttribute('role')).toBe('alert');
        expect($(element, '[data-id="subject"]').value).toBe('Inverter offline again');
        expect($(element, '[data-id="comments"]').value).toBe('Customer will reset it tonight.');
        expect($(element, '[data-id="save"]').disabled).toBe(false);
        await expect(element).toBeAccessible();

        const firstKey = lastRequest().requestKey;
        $(element, '[data-id="save"]').click();
        await flushPromises();
        expect(saveCall).toHaveBeenCalledTimes(2);
        expect(lastRequest().requestKey).toBe(firstKey);
        expect(query(element, '[data-id="save-error"]')).toBeNull();
    });

    it('sends an edited retry after an error under a new key: the server binds a key to its request', async () => {
        mocked(saveCall).mockRejectedValueOnce(failure).mockResolvedValueOnce(saved);
        const element = await mount();
        await type(element, '[data-id="subject"]', 'Inverter offline again');
        $(element, '[data-id="save"]').click();
        await flushPromises();
        const firstKey = lastRequest().requestKey;

        await type(element, '[data-id="comments"]', 'Customer will reset it tonight.');
        $(element, '[data-id="save"]').click();
        await flushPromises();
        expect(saveCall).toHaveBeenCalledTimes(2);
        expect(lastRequest().comments).toBe('Customer will reset it tonight.');
        expect(lastRequest().requestKey).toMatch(/^[0-9a-f]{32}$/);
        expect(lastRequest().requestKey).not.toBe(firstKey);
    });

    it('after REQUEST_KEY_REUSED reloads what is saved, keeps every typed value and saves again under a new key', async () => {
        const reused = { status: 500, body: { message: JSON.stringify({ code: 'REQUEST_KEY_REUSED', message: 'Nothing was saved.', reference: 'AB12CD34' }) } };
        mocked(saveCall).mockRejectedValueOnce(reused).mockResolvedValueOnce(saved);
        const element = await mount();
        await type(element, '[data-id="subject"]', 'Inverter offline again');
        $(element, '[data-id="save"]').click();
        await flushPromises();
        expect(getCallContext).toHaveBeenCalledTimes(2);
        expect($(element, '[data-id="save-error"]').textContent).toContain('Nothing was saved. (Reference: AB12CD34)');
        expect($(element, '[data-id="subject"]').value).toBe('Inverter offline again');
        const firstKey = lastRequest().requestKey;

        $(element, '[data-id="save"]').click();
        await flushPromises();
        expect(lastRequest().subject).toBe('Inverter offline again');
        expect(lastRequest().requestKey).not.toBe(firstKey);
    });

    it('does not call the server without a subject and says why', async () => {
        const element = await mount();
        await type(element, '[data-id="subject"]', '   ');
        $(element, '[data-id="save"]').click();
        await flushPromises();
        expect(saveCall).not.toHaveBeenCalled();
        expect($(element, '[data-id="subject-error"]').textContent).toBe('Enter a subject.');
    });

    it('saves on Enter in a field, but Enter in the comments, the search or on a button keeps its own meaning', async () => {
        mocked(saveCall).mockResolvedValue(saved);
        const element = await mount();
        for (const selector of ['[data-id="comments"]', '[data-id="cancel"]', '[data-id="search"]']) {
            $(element, selector).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        }
        await flushPromises();
        expect(saveCall).not.toHaveBeenCalled();
        $(element, '[data-id="subject"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        await flushPromises();
        expect(saveCall).toHaveBeenCalledTimes(1);
    });

    it('offers an open task with a due date and a reminder instead of completing the phone system task', async () => {
        mocked(saveCall).mockResolvedValue({ ...saved, status: 'Not Started' });
        const element = await mount();
        await type(element, '[data-id="mode"]', 'OPEN_TASK');
        expect(query(element, '[data-id="complete-open-task"]')).toBeNull();
        await type(element, '[data-id="due-date"]', '2099-01-02');
        await type(element, '[data-id="reminder"]', '2099-01-02T14:00:00.000Z');
        $(element, '[data-id="save"]').click();
        await flushPromises();
        expect(lastRequest()).toMatchObject({
            mode: 'OPEN_TASK',
            existingTaskId: null,
            dueDate: '2099-01-02',
            reminderAt: '2099-01-02T14:00:00.000Z'
        });
    });

    it('searches once per pause in typing and relates the installer and the installer account', async () => {
        jest.useFakeTimers();
        mocked(searchContacts).mockResolvedValue(installerSearch);
        mocked(saveCall).mockResolvedValue(saved);
        mocked(getCallContext).mockResolvedValue(supportCase);
        const element = createElement('c-log-a-call', { is: LogACall }) as unknown as Element;
        element.recordId = supportCase.recordId;
        document.body.appendChild(element);
        await Promise.resolve();
        await jest.runOnlyPendingTimersAsync();

        for (const typed of ['p', 'pa', 'pat', 'pate']) {
            $(element, '[data-id="search"]').dispatchEvent(new CustomEvent('change', { detail: { value: typed } }));
            jest.advanceTimersByTime(100);
        }
        expect(searchContacts).not.toHaveBeenCalled();
        await jest.advanceTimersByTimeAsync(300);
        expect(searchContacts).toHaveBeenCalledTimes(1);
        expect(searchContacts).toHaveBeenCalledWith({ request: { term: 'pate' } });

        $(element, '[data-id="search"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'p' } }));
        await jest.advanceTimersByTimeAsync(1000);
        expect(searchContacts).toHaveBeenCalledTimes(1);

        $(element, '[data-id="search"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'dev' } }));
        await jest.advanceTimersByTimeAsync(300);
        expect(searchContacts).toHaveBeenCalledTimes(2);

        const add = element.shadowRoot!.querySelector('[data-id="results"] lightning-button') as Found;
        expect(add.label).toBe('Add Dev Patel, Brightline Solar Installers, 555-0177');
        add.click();
        await jest.runOnlyPendingTimersAsync();
        expect($(element, '[data-id="appears-on"]').textContent).toBe(
            'c.LogACall_Appears_On Case 00001001; accounts Rivera Household, Brightline Solar Installers; contacts Maria Rivera, Dev Patel'
        );
        $(element, '[data-id="save"]').click();
        await jest.runOnlyPendingTimersAsync();
        expect(lastRequest()).toMatchObject({
            contactIds: ['003000000000001AAA', '003000000000002AAA'],
            accountIds: ['001000000000001AAA', '001000000000002AAA']
        });
    });

    it('creates a new installer contact under the installer account in the same save', async () => {
        jest.useFakeTimers();
        mocked(searchContacts).mockResolvedValue(installerSearch);
        mocked(saveCall).mockResolvedValue(saved);
        mocked(getCallContext).mockResolvedValue(supportCase);
        const element = createElement('c-log-a-call', { is: LogACall }) as unknown as Element;
        element.recordId = supportCase.recordId;
        document.body.appendChild(element);
        await jest.runOnlyPendingTimersAsync();
        $(element, '[data-id="search"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'Brightline' } }));
        await jest.advanceTimersByTimeAsync(300);

        $(element, '[data-id="new-installer"]').click();
        await jest.runOnlyPendingTimersAsync();
        expect($(element, '[data-id="installer-account"]').value).toBe('001000000000002AAA');
        expect($(element, '[data-id="installer-last-name"]').maxLength).toBe(80);
        $(element, '[data-id="installer-first-name"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'Lena' } }));
        $(element, '[data-id="installer-last-name"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'Ortiz' } }));
        $(element, '[data-id="installer-email"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'lena.ortiz@brightline.example' } }));
        await jest.runOnlyPendingTimersAsync();
        expect($(element, '[data-id="appears-on"]').textContent).toContain('Brightline Solar Installers; contacts Maria Rivera, Lena Ortiz (new)');
        jest.useRealTimers();
        await expect(element).toBeAccessible();

        $(element, '[data-id="save"]').click();
        await flushPromises();
        expect(saveCall).toHaveBeenCalledTimes(1);
        expect(lastRequest()).toMatchObject({
            newInstallerContact: { firstName: 'Lena', lastName: 'Ortiz', phone: null, email: 'lena.ortiz@brightline.example', accountId: '001000000000002AAA' },
            accountIds: ['001000000000001AAA', '001000000000002AAA']
        });
    });

    it('on a possible duplicate installer shows the matching names and "This is not a duplicate", keeps the input and resends under a new key', async () => {
        jest.useFakeTimers();
        mocked(searchContacts).mockResolvedValue(installerSearch);
        const duplicate = {
            status: 400,
            body: {
                message: JSON.stringify({
                    code: 'DUPLICATE_CONTACT',
                    message: 'Devin Patel may already exist at this installer: Dev Patel. Choose the existing contact, or confirm that this is a different person.',
                    reference: 'DD11EE22'
                })
            }
        };
        mocked(saveCall).mockRejectedValueOnce(duplicate).mockResolvedValueOnce(saved);
        mocked(getCallContext).mockResolvedValue(supportCase);
        const element = createElement('c-log-a-call', { is: LogACall }) as unknown as Element;
        element.recordId = supportCase.recordId;
        document.body.appendChild(element);
        await jest.runOnlyPendingTimersAsync();
        $(element, '[data-id="search"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'Brightline' } }));
        await jest.advanceTimersByTimeAsync(300);
        $(element, '[data-id="new-installer"]').click();
        await jest.runOnlyPendingTimersAsync();
        $(element, '[data-id="installer-first-name"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'Devin' } }));
        $(element, '[data-id="installer-last-name"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'Patel' } }));
        await jest.runOnlyPendingTimersAsync();
        jest.useRealTimers();
        expect(query(element, '[data-id="installer-not-duplicate"]')).toBeNull();

        $(element, '[data-id="save"]').click();
        await flushPromises();
        expect(lastRequest().newInstallerContact).not.toHaveProperty('confirmedNotDuplicate');
        const firstKey = lastRequest().requestKey;
        expect($(element, '[data-id="installer-duplicates"]').textContent).toContain('Dev Patel');
        const checkbox = $(element, '[data-id="installer-not-duplicate"]');
        expect(checkbox.label).toBe('This is not a duplicate');
        expect(checkbox.checked).toBe(false);
        expect($(element, '[data-id="installer-first-name"]').value).toBe('Devin');
        expect($(element, '[data-id="installer-last-name"]').value).toBe('Patel');
        expect($(element, '[data-id="save"]').disabled).toBe(false);
        await expect(element).toBeAccessible();

        checkbox.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await flushPromises();
        $(element, '[data-id="save"]').click();
        await flushPromises();
        expect(saveCall).toHaveBeenCalledTimes(2);
        // The confirmation changes the request, and the server binds a key to its request: a new key.
        expect(lastRequest().requestKey).toMatch(/^[0-9a-f]{32}$/);
        expect(lastRequest().requestKey).not.toBe(firstKey);
        expect(lastRequest().newInstallerContact).toMatchObject({ firstName: 'Devin', lastName: 'Patel', confirmedNotDuplicate: true });
        expect(query(element, '[data-id="installer-not-duplicate"]')).toBeNull();
    });

    it('on an account page: assigns the phone system\'s task to the agent, relates the call to a chosen case and writes the dispositions', async () => {
        mocked(saveCall).mockResolvedValue({ ...saved, completedExistingTask: true, assignedToMe: true });
        const element = await mount(accountPage);
        const offered = $(element, '[data-id="complete-open-task"]');
        expect(offered.label).toBe('Assign to me and finish the phone system\'s call task "Inbound call 555-0142" instead of creating a new one');
        expect(offered.checked).toBe(true);
        const relatesTo = $(element, '[data-id="relates-to"]');
        expect((relatesTo.options as { value: string }[]).map((option) => option.value)).toEqual(['', '500000000000001AAA', '500000000000002AAA']);
        await type(element, '[data-id="relates-to"]', '500000000000002AAA');
        expect($(element, '[data-id="appears-on"]').textContent).toContain('Case 00001002');
        expect($(element, '[data-id="dispositions"]').label).toBe('Additional Dispositions');
        await type(element, '[data-id="dispositions"]', ['Warranty']);
        await expect(element).toBeAccessible();
        $(element, '[data-id="save"]').click();
        await flushPromises();
        expect(saveCall).toHaveBeenCalledTimes(1);
        expect(lastRequest()).toMatchObject({ existingTaskId: '00T000000000009AAA', caseId: '500000000000002AAA', additionalDispositions: ['Warranty'] });
    });

    it("offers the case's installer contact with one click", async () => {
        const element = await mount(supportCase);
        const suggestion = $(element, '[data-id="add-installer-contact"]');
        expect(suggestion.label).toBe('Add Dev Patel, the installer on Case 00001001');
        suggestion.click();
        await flushPromises();
        expect(query(element, '[data-id="add-installer-contact"]')).toBeNull();
        expect($(element, '[data-id="chosen"]').textContent).toContain('Dev Patel (Brightline Solar Installers)');
    });

    it('a caller not in Salesforce: the new customer is created and joins the call', async () => {
        mocked(createCustomer).mockResolvedValue({
            accountId: '001000000000005AAA',
            accountName: 'Grace Okoye',
            customerRole: 'Homeowner',
            createdAccount: true,
            contactId: '003000000000005AAA',
            contactName: 'Grace Okoye',
            installerRecordType: false,
            replayed: false
        });
        const element = await mount(accountPage);
        $(element, '[data-id="new-customer"]').click();
        await flushPromises();
        const form = $(element, 'c-create-customer');
        form.dispatchEvent(new CustomEvent('created', { detail: await mocked(createCustomer)() }));
        await flushPromises();
        expect(query(element, 'c-create-customer')).toBeNull();
        expect($(element, '[data-id="chosen"]').textContent).toContain('Grace Okoye (Grace Okoye), primary');
        expect($(element, '[data-id="appears-on"]').textContent).toBe(
            'c.LogACall_Appears_On accounts Rivera Household, Grace Okoye; contact Grace Okoye'
        );
    });
});
