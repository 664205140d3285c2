import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import NewCase from 'c/newCase';
import getNewCaseContext from '@salesforce/apex/NewCaseController.getNewCaseContext';
import createHomeownerCase from '@salesforce/apex/NewCaseController.createHomeownerCase';
import createInstallerCase from '@salesforce/apex/NewCaseController.createInstallerCase';
import searchContacts from '@salesforce/apex/LogACallController.searchContacts';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { flushPromises, resetDom } from 'test/jest/testUtils';
import homeownerData from './data/homeownerContext.json';
import installerData from './data/installerContext.json';

jest.mock('@salesforce/apex/NewCaseController.getNewCaseContext', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/NewCaseController.createHomeownerCase', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/NewCaseController.createInstallerCase', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LogACallController.searchContacts', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LogACallController.getCallContext', () => ({ default: jest.fn(() => new Promise(() => undefined)) }), { virtual: true });
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
const ACCOUNT_ID = '001000000000001AAA';
const ACTIVE = '800000000000002AAA';
const CANCELLED = '800000000000001AAA';
const CREATED = {
    caseId: '500000000000001AAA',
    caseNumber: '00001027',
    accountId: ACCOUNT_ID,
    contractId: ACTIVE,
    installerContactId: null,
    ownerId: '005000000000001AAA',
    interactionTaskId: null,
    entitlementId: null,
    replayed: false
};

type Element = HTMLElement & { recordId: string };

async function mount(context: object = homeownerData, recordId = ACCOUNT_ID): Promise<Element> {
    mocked(getNewCaseContext).mockResolvedValue(context);
    const element = createElement('c-new-case', { is: NewCase }) as unknown as Element;
    element.recordId = recordId;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function $(element: HTMLElement, selector: string): HTMLElement & Record<string, unknown> {
    const found = element.shadowRoot!.querySelector(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found as HTMLElement & Record<string, unknown>;
}

async function change(element: HTMLElement, field: string, value: string): Promise<void> {
    const input = $(element, `[data-field="${field}"]`);
    input.value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

async function clickSave(element: HTMLElement): Promise<void> {
    $(element, 'lightning-button[data-id="save"]').click();
    await flushPromises();
}

function listen(element: HTMLElement): { toasts: ShowToastEvent[]; closes: Event[] } {
    const events = { toasts: [] as ShowToastEvent[], closes: [] as Event[] };
    element.addEventListener('lightning__showtoast', (event) => events.toasts.push(event as ShowToastEvent));
    element.addEventListener('close', (event) => events.closes.push(event));
    return events;
}

describe('c-new-case', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('opens with one call: the active contract pre-selected, the contacts, and the subject with its limit', async () => {
        const element = await mount();
        expect(getNewCaseContext).toHaveBeenCalledTimes(1);
        expect(getNewCaseContext).toHaveBeenCalledWith({ request: { recordId: ACCOUNT_ID } });
        const contract = $(element, '[data-field="contractId"]');
        expect(contract.value).toBe(ACTIVE);
        expect(contract.required).toBe(true);
        expect((contract.options as Array<{ label: string }>).map((option) => option.label)[1]).toContain('00000101 (Cancelled)');
        const subject = $(element, '[data-field="subject"]');
        expect(subject.maxLength).toBe(255);
        expect(subject.required).toBe(true);
        expect($(element, '[data-field="description"]').maxLength).toBe(32000);
        expect(element.shadowRoot!.querySelector('[data-id="contract-warning"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('creates the homeowner case with one call, refreshes the account and contract, toasts a link to the case and closes', async () => {
        mocked(createHomeownerCase).mockResolvedValue(CREATED);
        const element = await mount();
        const { toasts, closes } = listen(element);
        await change(element, 'subject', 'Battery not charging');
        await change(element, 'productType', 'Battery Storage');
        await clickSave(element);

        expect(createHomeownerCase).toHaveBeenCalledTimes(1);
        const { request } = mocked(createHomeownerCase).mock.calls[0][0];
        expect(request).toMatchObject({ accountId: ACCOUNT_ID, contractId: ACTIVE, subject: 'Battery not charging', productType: 'Battery Storage', confirmedWarningContract: false });
        expect(request.requestKey).toMatch(/^[0-9a-f]{32}$/);
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: ACCOUNT_ID }, { recordId: ACTIVE }]);
        expect(toasts).toHaveLength(1);
        expect(toasts[0].detail).toMatchObject({
            variant: 'success',
            message: 'Case {0} was created and is assigned to you.',
            messageData: [{ url: 'https://www.example.com', label: '00001027' }]
        });
        expect(closes).toHaveLength(1);
    });

    it("sends the entitlement Find Caller gave, and tells its host the case is saved", async () => {
        mocked(createHomeownerCase).mockResolvedValue(CREATED);
        const element = await mount();
        (element as unknown as { entitlementId: string }).entitlementId = '550000000000001AAA';
        const saved: CustomEvent[] = [];
        element.addEventListener('saved', (event) => saved.push(event as CustomEvent));
        await change(element, 'subject', 'Battery not charging');
        await clickSave(element);

        expect(mocked(createHomeownerCase).mock.calls[0][0].request).toMatchObject({ entitlementId: '550000000000001AAA' });
        expect(saved.map((event) => event.detail)).toEqual([CREATED]);
    });

    it("links the toast with the host's URL generator when given one, and tells the host while it saves, Cancel disabled", async () => {
        let answer: (value: unknown) => void = () => undefined;
        mocked(createHomeownerCase).mockReturnValue(new Promise((resolve) => (answer = resolve)));
        const element = await mount();
        const generateUrl = jest.fn(() => Promise.resolve('/lightning/r/Case/500000000000001AAA/view'));
        (element as unknown as { generateUrl: unknown }).generateUrl = generateUrl;
        const { toasts } = listen(element);
        const saving: boolean[] = [];
        element.addEventListener('savingchange', (event) => saving.push((event as CustomEvent<{ saving: boolean }>).detail.saving));
        await change(element, 'subject', 'Battery not charging');
        await clickSave(element);

        expect(saving).toEqual([true]);
        expect($(element, 'lightning-button[data-id="cancel"]').disabled).toBe(true);
        answer(CREATED);
        await flushPromises();
        expect(saving).toEqual([true, false]);
        expect($(element, 'lightning-button[data-id="cancel"]').disabled).toBe(false);
        expect(generateUrl).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: { recordId: CREATED.caseId, objectApiName: 'Case', actionName: 'view' }
        });
        expect(toasts[0]!.detail.messageData).toEqual([{ url: '/lightning/r/Case/500000000000001AAA/view', label: '00001027' }]);
    });

    it('shows the warning for a cancelled contract and sends only after the agent confirms', async () => {
        mocked(createHomeownerCase).mockResolvedValue({ ...CREATED, contractId: CANCELLED });
        const element = await mount();
        await change(element, 'contractId', CANCELLED);
        await change(element, 'subject', 'Battery not charging');
        expect($(element, '[data-id="contract-warning"]').textContent).toContain('Contract 00000101 is Cancelled');
        await clickSave(element);
        expect(createHomeownerCase).not.toHaveBeenCalled();
        expect($(element, '[data-id="problem"]').textContent).toContain('Confirm that the case belongs under it');
        await expect(element).toBeAccessible();

        const confirm = $(element, '[data-id="confirm-contract"]');
        confirm.checked = true;
        confirm.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await flushPromises();
        await clickSave(element);
        expect(mocked(createHomeownerCase).mock.calls[0][0].request).toMatchObject({ contractId: CANCELLED, confirmedWarningContract: true });
    });

    it('asks an installer organisation for the installer contact and creates the installer case under the account', async () => {
        mocked(createInstallerCase).mockResolvedValue({ ...CREATED, accountId: '001000000000002AAA', contractId: null, installerContactId: '003000000000002AAA' });
        const element = await mount(installerData, '001000000000002AAA');
        expect(element.shadowRoot!.querySelector('[data-field="contractId"]')).toBeNull();
        const installer = $(element, '[data-field="installerContactId"]');
        expect(installer.required).toBe(true);
        expect(installer.fieldLevelHelp).toBe('c.NewCase_Installer_Hint');
        await change(element, 'subject', 'Portal login');
        await clickSave(element);
        expect(createInstallerCase).not.toHaveBeenCalled();
        expect($(element, '[data-id="problem"]').textContent).toContain('installer contact');

        await change(element, 'installerContactId', '003000000000002AAA');
        await clickSave(element);
        expect(mocked(createInstallerCase).mock.calls[0][0].request).toMatchObject({
            accountId: '001000000000002AAA',
            contactId: null,
            installerContactId: '003000000000002AAA',
            subject: 'Portal login'
        });
    });

    it('keeps every typed value and brings the button back when the save fails, showing the reference, and retries with the same key', async () => {
        mocked(createHomeownerCase).mockRejectedValue({
            status: 500,
            body: { message: JSON.stringify({ code: 'SAVE_FAILED', message: 'Nothing was saved: locked row.', reference: 'AB12CD34' }) }
        });
        const element = await mount();
        const { closes } = listen(element);
        await change(element, 'subject', 'Battery not charging');
        await change(element, 'description', 'Stopped after the storm.');
        await clickSave(element);

        expect($(element, '[data-id="save-error"]').textContent).toContain('Nothing was saved: locked row. (Reference: AB12CD34)');
        expect($(element, '[data-field="subject"]').value).toBe('Battery not charging');
        expect($(element, '[data-field="description"]').value).toBe('Stopped after the storm.');
        expect($(element, '[data-field="contractId"]').value).toBe(ACTIVE);
        expect($(element, 'lightning-button[data-id="save"]').disabled).toBe(false);
        expect(closes).toHaveLength(0);
        await expect(element).toBeAccessible();

        mocked(createHomeownerCase).mockResolvedValue(CREATED);
        await clickSave(element);
        const keys = mocked(createHomeownerCase).mock.calls.map(([params]) => params.request.requestKey);
        expect(keys[1]).toBe(keys[0]);
    });

    it('after REQUEST_KEY_REUSED reloads the contracts, keeps the typed values and creates under a new key', async () => {
        const element = await mount();
        await change(element, 'subject', 'Battery not charging');
        await change(element, 'productType', 'Battery Storage');
        mocked(createHomeownerCase).mockRejectedValueOnce({
            status: 500,
            body: { message: JSON.stringify({ code: 'REQUEST_KEY_REUSED', message: 'Nothing was saved.', reference: 'AB12CD34' }) }
        });
        await clickSave(element);
        expect(getNewCaseContext).toHaveBeenCalledTimes(2);
        expect($(element, '[data-id="save-error"]').textContent).toContain('Nothing was saved. (Reference: AB12CD34)');
        expect($(element, '[data-field="subject"]').value).toBe('Battery not charging');

        mocked(createHomeownerCase).mockResolvedValueOnce(CREATED);
        await clickSave(element);
        const [first, second] = mocked(createHomeownerCase).mock.calls.map((call) => (call[0] as { request: { requestKey: string; subject: string } }).request);
        expect(second.subject).toBe('Battery not charging');
        expect(second.requestKey).toMatch(/^[0-9a-f]{32}$/);
        expect(second.requestKey).not.toBe(first.requestKey);
    });

    it('makes one call for a double click and shows a spinner with the button disabled while saving', async () => {
        let finish: (value: unknown) => void = () => undefined;
        mocked(createHomeownerCase).mockReturnValue(new Promise((resolve) => (finish = resolve)));
        const element = await mount();
        await change(element, 'subject', 'Battery not charging');
        const button = $(element, 'lightning-button[data-id="save"]');
        button.click();
        button.click();
        await flushPromises();
        expect(createHomeownerCase).toHaveBeenCalledTimes(1);
        expect(button.disabled).toBe(true);
        expect(element.shadowRoot!.querySelectorAll('lightning-spinner')).toHaveLength(1);
        finish(CREATED);
        await flushPromises();
    });

    it('creates with Enter in the subject and with Ctrl+Enter, but keeps a plain Enter in the description as a new line', async () => {
        mocked(createHomeownerCase).mockResolvedValue(CREATED);
        const element = await mount();
        await change(element, 'subject', 'Battery not charging');
        $(element, '[data-field="description"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await flushPromises();
        expect(createHomeownerCase).not.toHaveBeenCalled();
        $(element, '[data-field="subject"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await flushPromises();
        expect(createHomeownerCase).toHaveBeenCalledTimes(1);
    });

    it('focuses the first input on open', async () => {
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

    it('shows why the action cannot open, with the reference', async () => {
        mocked(getNewCaseContext).mockRejectedValue({
            status: 500,
            body: { message: JSON.stringify({ code: 'WRONG_OBJECT', message: 'Start a new case from a contract or an account.', reference: 'FF00AA11' }) }
        });
        const element = createElement('c-new-case', { is: NewCase }) as unknown as Element;
        element.recordId = '003000000000001AAA';
        document.body.appendChild(element);
        await flushPromises();
        expect($(element, '[data-id="load-error"]').textContent).toBe('Start a new case from a contract or an account. (Reference: FF00AA11)');
        expect(element.shadowRoot!.querySelector('[data-field]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    describe('a homeowner without a contract (a customer new to Salesforce)', () => {
        const bare = { ...homeownerData, contracts: [], activeContractId: null };

        it('says homeowner cases are only created under the contract and offers no case form', async () => {
            const element = await mount(bare);
            expect($(element, '[data-id="no-contract"]').textContent).toContain('homeowner cases are only created under the contract');
            expect(element.shadowRoot!.querySelector('lightning-button[data-id="save"]')).toBeNull();
            expect(element.shadowRoot!.querySelector('[data-field="contractId"]')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('creates an installer case instead, under the installer the agent finds', async () => {
            mocked(searchContacts).mockResolvedValue({
                contacts: [
                    { contactId: '003000000000002AAA', name: 'Ivy Installer', phone: null, accountId: '001000000000002AAA', accountName: 'Sunbright Installers', customerRole: 'Installer' },
                    { contactId: '003000000000003AAA', name: 'Ivan Homeowner', phone: null, accountId: ACCOUNT_ID, accountName: 'Rivera Household', customerRole: 'Homeowner' }
                ],
                accounts: []
            });
            mocked(createInstallerCase).mockResolvedValue({ ...CREATED, contractId: null, installerContactId: '003000000000002AAA' });
            const element = await mount(bare);
            $(element, 'lightning-button[data-id="installer-instead"]').click();
            await flushPromises();
            $(element, '[data-id="installer-search"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'Ivy' } }));
            await flushPromises();
            const results = element.shadowRoot!.querySelectorAll('[data-id="installer-results"] lightning-button');
            expect(Array.from(results).map((button) => (button as unknown as { label: string }).label)).toEqual(['Under Ivy Installer, Sunbright Installers']);
            (results[0] as HTMLElement).click();
            await flushPromises();
            expect($(element, '[data-id="under-contact"]').textContent).toBe('Installer case under Ivy Installer, Sunbright Installers');
            await change(element, 'subject', 'Panels installed over the roof vent');
            await clickSave(element);
            expect(createHomeownerCase).not.toHaveBeenCalled();
            expect(mocked(createInstallerCase).mock.calls[0][0].request).toMatchObject({ accountId: null, contactId: '003000000000002AAA' });
        });

        it('or logs the interaction on the account with Log a Call', async () => {
            const element = await mount(bare);
            $(element, 'lightning-button[data-id="log-interaction"]').click();
            await flushPromises();
            const embedded = $(element, 'c-log-a-call');
            expect(embedded.recordId).toBe(ACCOUNT_ID);
        });
    });

    it('relates the open interaction to the new case unless the agent unticks it', async () => {
        const interaction = { taskId: '00T000000000009AAA', subject: 'Inbound call 555-0142', contactName: 'Maria Rivera', ownedByMe: true };
        mocked(createHomeownerCase).mockResolvedValue({ ...CREATED, interactionTaskId: interaction.taskId });
        const element = await mount({ ...homeownerData, interaction });
        const relate = $(element, '[data-id="relate-interaction"]');
        expect(relate.label).toBe('Relate the call "Inbound call 555-0142" with Maria Rivera to the new case');
        expect(relate.checked).toBe(true);
        await change(element, 'subject', 'Battery not charging');
        await clickSave(element);
        expect(mocked(createHomeownerCase).mock.calls[0][0].request.interactionTaskId).toBe('00T000000000009AAA');
    });

    it('a sales rep without a contact record is created under the organisation and becomes the installer contact', async () => {
        const element = await mount(installerData, '001000000000002AAA');
        $(element, 'lightning-button[data-id="new-contact"]').click();
        await flushPromises();
        const form = $(element, 'c-create-customer');
        expect(form.kind).toBe('INSTALLER');
        expect(form.accountId).toBe((installerData as { accountId: string }).accountId);
        form.dispatchEvent(
            new CustomEvent('created', {
                detail: {
                    accountId: (installerData as { accountId: string }).accountId,
                    accountName: 'Sunbright Installers',
                    customerRole: 'Installer',
                    createdAccount: false,
                    contactId: '003000000000007AAA',
                    contactName: 'Omar Haddad',
                    installerRecordType: false,
                    replayed: false
                }
            })
        );
        await flushPromises();
        expect(element.shadowRoot!.querySelector('c-create-customer')).toBeNull();
        expect($(element, '[data-field="installerContactId"]').value).toBe('003000000000007AAA');
    });
});
