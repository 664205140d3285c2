import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import FindCaller from 'c/findCaller';
import search from '@salesforce/apex/FindCallerController.search';
import { resetDom } from 'test/jest/testUtils';
import found from './data/riveraFound.json';

jest.mock('@salesforce/apex/FindCallerController.search', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/NewCaseController.getNewCaseContext', () => ({ default: jest.fn(() => new Promise(() => undefined)) }), { virtual: true });
jest.mock('@salesforce/apex/NewCaseController.createHomeownerCase', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/NewCaseController.createInstallerCase', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LogACallController.searchContacts', () => ({ default: jest.fn() }), { virtual: true });
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
type Found = HTMLElement & Record<string, unknown>;

function query(element: HTMLElement, selector: string): Found | null {
    return element.shadowRoot!.querySelector(selector) as Found | null;
}

function $(element: HTMLElement, selector: string): Found {
    const result = query(element, selector);
    if (!result) throw new Error(`no ${selector}`);
    return result;
}

type Modal = Found & { close(result?: unknown): void };

/** The open LightningModal: the platform shows it outside Find Caller, at the end of the page. */
function openModal(): Modal | null {
    return document.body.querySelector('lightning-modal') as Modal | null;
}

function inModal(modal: Modal, selector: string): Found {
    const result = modal.shadowRoot!.querySelector(selector) as Found | null;
    if (!result) throw new Error(`no ${selector} in the modal`);
    return result;
}

async function openNewCase(element: HTMLElement): Promise<Modal> {
    $(element, '[data-id="new-case"]').click();
    await settle();
    const modal = openModal();
    if (!modal) throw new Error('no modal open');
    return modal;
}

/** Lets pending promise callbacks run under fake timers (the shared flushPromises waits on a real timer). */
async function settle(): Promise<void> {
    await jest.advanceTimersByTimeAsync(1);
}

function mount(): HTMLElement {
    const element = createElement('c-find-caller', { is: FindCaller }) as unknown as HTMLElement;
    document.body.appendChild(element);
    return element;
}

function typeTerm(element: HTMLElement, value: string): void {
    $(element, '[data-id="search"]').dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

async function searchFor(element: HTMLElement, value: string): Promise<void> {
    typeTerm(element, value);
    await jest.advanceTimersByTimeAsync(300);
    await settle();
}

describe('c-find-caller', () => {
    beforeEach(() => {
        jest.useFakeTimers();
    });

    afterEach(() => {
        resetDom();
        jest.useRealTimers();
        jest.clearAllMocks();
    });

    it('searches once per pause in typing and shows each caller with their open cases and entitlement', async () => {
        mocked(search).mockResolvedValue(found);
        const element = mount();
        for (const typed of ['r', 'ri', 'riv', 'rive']) {
            typeTerm(element, typed);
            jest.advanceTimersByTime(100);
        }
        expect(search).not.toHaveBeenCalled();
        await jest.advanceTimersByTimeAsync(300);
        await settle();
        expect(search).toHaveBeenCalledTimes(1);
        expect(search).toHaveBeenCalledWith({ request: { term: 'rive', pageToken: null } });

        const qualifications = element.shadowRoot!.querySelectorAll('[data-id="qualification"]');
        expect(qualifications[0]!.textContent).toBe('Entitled: Rivera Phone Support (Phone Support) until 2027-06-08, Premium Support');
        expect(qualifications[1]!.textContent).toContain('has no active entitlement');
        expect(qualifications[1]!.getAttribute('role')).toBe('note');
        expect($(element, '[data-id="basis"]').textContent).toContain('active entitlements');
        expect(element.shadowRoot!.querySelector('[data-id="cases"]')!.textContent).toBe('1 open case');
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('searches at once on Enter, and never for a single character', async () => {
        mocked(search).mockResolvedValue(found);
        const element = mount();
        typeTerm(element, 'r');
        $(element, '[data-id="search"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
        await jest.advanceTimersByTimeAsync(1000);
        expect(search).not.toHaveBeenCalled();
        typeTerm(element, '555 0177');
        $(element, '[data-id="search"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
        await settle();
        expect(search).toHaveBeenCalledTimes(1);
        await jest.advanceTimersByTimeAsync(1000);
        expect(search).toHaveBeenCalledTimes(1);
    });

    it('pages forward and back with the page tokens', async () => {
        mocked(search).mockResolvedValueOnce(found).mockResolvedValueOnce({ ...found, nextPageToken: null }).mockResolvedValueOnce(found);
        const element = mount();
        await searchFor(element, 'rivera');
        expect($(element, '[data-id="previous"]').disabled).toBe(true);
        $(element, '[data-id="next"]').click();
        await settle();
        expect(search).toHaveBeenLastCalledWith({ request: { term: 'rivera', pageToken: '10' } });
        expect($(element, '[data-id="next"]').disabled).toBe(true);
        $(element, '[data-id="previous"]').click();
        await settle();
        expect(search).toHaveBeenLastCalledWith({ request: { term: 'rivera', pageToken: null } });
    });

    it('opens New Case in a LightningModal for the caller with their entitlement, and closes it without a case', async () => {
        mocked(search).mockResolvedValue(found);
        const element = mount();
        await searchFor(element, 'rivera');
        const modal = await openNewCase(element);
        expect(modal.label).toBe('New Case for Maria Rivera');
        expect(modal.size).toBe('medium');
        const newCase = inModal(modal, 'c-new-case');
        expect(newCase.recordId).toBe('003000000000001AAA');
        expect(newCase.entitlementId).toBe('550000000000001AAA');
        await expect((newCase.generateUrl as (reference: object) => Promise<string>)({ type: 'standard__recordPage' })).resolves.toBe('https://www.example.com');

        const focus = jest.spyOn($(element, '[data-id="search"]'), 'focus');
        // Escape and the close button: the platform closes the modal with no result
        modal.close();
        await settle();
        expect(openModal()).toBeNull();
        expect(query(element, '[data-id="created"]')).toBeNull();
        expect(search).toHaveBeenCalledTimes(1);
        expect(focus).toHaveBeenCalled();
    });

    it('closes the modal on Cancel in New Case', async () => {
        mocked(search).mockResolvedValue(found);
        const element = mount();
        await searchFor(element, 'rivera');
        const modal = await openNewCase(element);
        inModal(modal, 'c-new-case').dispatchEvent(new CustomEvent('cancel'));
        await settle();
        expect(openModal()).toBeNull();
        expect(query(element, '[data-id="created"]')).toBeNull();
    });

    it('opens one modal for a double click on New Case', async () => {
        mocked(search).mockResolvedValue(found);
        const element = mount();
        await searchFor(element, 'rivera');
        const button = $(element, '[data-id="new-case"]');
        button.click();
        button.click();
        await settle();
        expect(document.body.querySelectorAll('lightning-modal')).toHaveLength(1);
    });

    it('keeps the modal open while the case saves, then closes it, says so and shows the open cases again', async () => {
        mocked(search).mockResolvedValue(found);
        const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        const element = mount();
        await searchFor(element, 'rivera');
        const modal = await openNewCase(element);
        const newCase = inModal(modal, 'c-new-case');
        newCase.dispatchEvent(new CustomEvent('savingchange', { detail: { saving: true } }));
        expect(modal.disableClose).toBe(true);
        modal.close();
        await settle();
        expect(openModal()).toBe(modal);
        expect(errors).toHaveBeenCalledTimes(1);

        newCase.dispatchEvent(new CustomEvent('saved', { detail: { caseNumber: '00001027' } }));
        await settle();
        expect(openModal()).toBeNull();
        expect($(element, '[data-id="created"]').textContent).toBe('Case 00001027 created.');
        expect(search).toHaveBeenCalledTimes(2);
        errors.mockRestore();
    });

    it('after a failed save lets the modal close again', async () => {
        mocked(search).mockResolvedValue(found);
        const element = mount();
        await searchFor(element, 'rivera');
        const modal = await openNewCase(element);
        const newCase = inModal(modal, 'c-new-case');
        newCase.dispatchEvent(new CustomEvent('savingchange', { detail: { saving: true } }));
        newCase.dispatchEvent(new CustomEvent('savingchange', { detail: { saving: false } }));
        expect(modal.disableClose).toBe(false);
        modal.close();
        await settle();
        expect(openModal()).toBeNull();
    });

    it('offers to create the customer when nothing matches, then finds the new customer', async () => {
        mocked(search).mockResolvedValueOnce({ callers: [], nextPageToken: null, entitlementManagement: false }).mockResolvedValueOnce(found);
        const element = mount();
        await searchFor(element, 'zeller');
        expect($(element, '[data-id="nothing-found"]').textContent).toContain('No customer matches “zeller”');
        $(element, '[data-id="create-customer"]').click();
        await settle();
        const form = $(element, '[data-id="create-customer-form"]');
        expect(form.searchText).toBe('zeller');
        form.dispatchEvent(new CustomEvent('created', { detail: { contactName: 'Ida Zeller', accountName: 'Zeller Household' } }));
        await settle();
        expect($(element, '[data-id="created"]').textContent).toBe('Ida Zeller created under Zeller Household.');
        expect(search).toHaveBeenLastCalledWith({ request: { term: 'Ida Zeller', pageToken: null } });
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('shows a search error with its reference and keeps the typed term', async () => {
        mocked(search).mockRejectedValue({ body: { message: JSON.stringify({ code: 'NO_ACCESS', message: 'You cannot search callers.', reference: 'AB12CD34' }) } });
        const element = mount();
        await searchFor(element, 'rivera');
        expect($(element, '[data-id="search-error"]').textContent).toBe('You cannot search callers. (Reference: AB12CD34)');
        expect($(element, '[data-id="search"]').value).toBe('rivera');
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });
});
