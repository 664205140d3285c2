import { createElement } from 'lwc';
import type {} from '@sa11y/jest';
import CreateCustomer from 'c/createCustomer';
import createCustomer from '@salesforce/apex/CustomerController.createCustomer';
import { flushPromises, resetDom } from 'test/jest/testUtils';

jest.mock('@salesforce/apex/CustomerController.createCustomer', () => ({ default: jest.fn() }), { virtual: true });

const mocked = (fn: unknown) => fn as jest.Mock;
type Element = HTMLElement & Record<string, unknown>;
type Found = HTMLElement & Record<string, unknown>;

const created = {
    accountId: '001000000000009AAA',
    accountName: 'Sunrise Roofing and Solar',
    customerRole: 'Installer',
    createdAccount: true,
    contactId: '003000000000009AAA',
    contactName: 'Omar Haddad',
    installerRecordType: false,
    replayed: false
};

const duplicate = {
    status: 500,
    body: {
        message: JSON.stringify({
            code: 'DUPLICATE_CONTACT',
            message: 'Omar Haddad may already be in Salesforce: Omar Haddad (Sunrise Roofing and Solar). Search for them and choose the existing record, or confirm that this is a different customer.',
            reference: 'AB12CD34'
        })
    }
};

async function mount(properties: Record<string, unknown> = {}): Promise<Element> {
    const element = createElement('c-create-customer', { is: CreateCustomer }) as unknown as Element;
    Object.assign(element, properties);
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

async function change(element: HTMLElement, selector: string, value: unknown): Promise<void> {
    $(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

async function click(element: HTMLElement, selector: string): Promise<void> {
    $(element, selector).click();
    await flushPromises();
}

describe('c-create-customer', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('starts from the name the search did not find and asks homeowner or installer', async () => {
        const element = await mount({ searchText: 'Omar Haddad' });
        expect($(element, '[data-id="customer-first-name"]').value).toBe('Omar');
        expect($(element, '[data-id="customer-last-name"]').value).toBe('Haddad');
        expect(query(element, '[data-id="customer-kind"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('offers the installer organisations seen in the search, or a new one by name, and sends one save', async () => {
        mocked(createCustomer).mockResolvedValue(created);
        const onCreated = jest.fn();
        const element = await mount({ searchText: 'Omar Haddad', installerAccounts: [{ accountId: '001000000000001AAA', name: 'Brightline Solar' }] });
        element.addEventListener('created', onCreated);
        await change(element, '[data-id="customer-kind"]', 'INSTALLER');
        const organisations = $(element, '[data-id="organisation"]').options as { label: string }[];
        expect(organisations.map((option) => option.label)).toEqual(['Brightline Solar', 'A new organisation']);
        await click(element, '[data-id="customer-save"]');
        expect($(element, '[data-id="organisation-error"]').textContent).toContain("installer's organisation");
        expect(createCustomer).not.toHaveBeenCalled();
        await change(element, '[data-id="organisation-name"]', 'Sunrise Roofing and Solar');
        await click(element, '[data-id="customer-save"]');
        expect(createCustomer).toHaveBeenCalledTimes(1);
        expect(mocked(createCustomer).mock.calls[0][0].request).toMatchObject({ kind: 'INSTALLER', accountId: null, accountName: 'Sunrise Roofing and Solar', lastName: 'Haddad' });
        expect(onCreated).toHaveBeenCalledTimes(1);
        expect(onCreated.mock.calls[0][0].detail).toEqual(created);
    });

    it('with the account fixed by the page, neither kind nor organisation is asked', async () => {
        mocked(createCustomer).mockResolvedValue(created);
        const element = await mount({ kind: 'INSTALLER', accountId: '001000000000001AAA', accountName: 'Brightline Solar' });
        expect(query(element, '[data-id="customer-kind"]')).toBeNull();
        expect(query(element, '[data-id="organisation"]')).toBeNull();
        expect($(element, '[data-id="under"]').textContent).toBe('Under Brightline Solar');
        await change(element, '[data-id="customer-last-name"]', 'Ortiz');
        await click(element, '[data-id="customer-save"]');
        expect(mocked(createCustomer).mock.calls[0][0].request).toMatchObject({ kind: 'INSTALLER', accountId: '001000000000001AAA', lastName: 'Ortiz' });
    });

    it('a possible duplicate keeps what was typed and asks for the confirmation; the resend carries it under a new key, as it is another request', async () => {
        mocked(createCustomer).mockRejectedValueOnce(duplicate).mockResolvedValueOnce(created);
        const element = await mount({ searchText: 'Omar Haddad', kind: 'INSTALLER', accountId: '001000000000001AAA' });
        await click(element, '[data-id="customer-save"]');
        expect($(element, '[data-id="customer-error"]').textContent).toContain('may already be in Salesforce');
        expect($(element, '[data-id="customer-last-name"]').value).toBe('Haddad');
        const confirm = $(element, '[data-id="customer-not-duplicate"]');
        confirm.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await flushPromises();
        await click(element, '[data-id="customer-save"]');
        const [first, second] = mocked(createCustomer).mock.calls.map((call) => call[0].request);
        expect(second.confirmedNotDuplicate).toBe(true);
        expect(second.requestKey).toMatch(/^[0-9a-f]{32}$/);
        expect(second.requestKey).not.toBe(first.requestKey);
        await expect(element).toBeAccessible();
    });

    it('a retry of the same customer after a lost answer carries the same key, so the server replays the first save', async () => {
        mocked(createCustomer).mockRejectedValueOnce(new Error('Failed to fetch')).mockResolvedValueOnce(created);
        const element = await mount({ searchText: 'Omar Haddad', kind: 'INSTALLER', accountId: '001000000000001AAA' });
        await click(element, '[data-id="customer-save"]');
        await click(element, '[data-id="customer-save"]');
        const [first, second] = mocked(createCustomer).mock.calls.map((call) => call[0].request);
        expect(second).toEqual(first);
    });

    it('after REQUEST_KEY_REUSED keeps what was typed and saves again under a new key', async () => {
        const reused = { status: 500, body: { message: JSON.stringify({ code: 'REQUEST_KEY_REUSED', message: 'Nothing was saved.', reference: 'AB12CD34' }) } };
        mocked(createCustomer).mockRejectedValueOnce(reused).mockResolvedValueOnce(created);
        const element = await mount({ searchText: 'Omar Haddad', kind: 'INSTALLER', accountId: '001000000000001AAA' });
        await click(element, '[data-id="customer-save"]');
        expect($(element, '[data-id="customer-error"]').textContent).toContain('Nothing was saved. (Reference: AB12CD34)');
        expect($(element, '[data-id="customer-last-name"]').value).toBe('Haddad');
        await click(element, '[data-id="customer-save"]');
        const [first, second] = mocked(createCustomer).mock.calls.map((call) => call[0].request);
        expect(second.lastName).toBe('Haddad');
        expect(second.requestKey).not.toBe(first.requestKey);
    });

    it('cancel tells the embedding component', async () => {
        const onCancel = jest.fn();
        const element = await mount();
        element.addEventListener('cancel', onCancel);
        await click(element, '[data-id="customer-cancel"]');
        expect(onCancel).toHaveBeenCalledTimes(1);
    });
});
