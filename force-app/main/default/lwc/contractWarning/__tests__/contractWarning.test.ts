import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import ContractWarning from 'c/contractWarning';
import getContractStatus from '@salesforce/apex/ContractWarningController.getContractStatus';
import moveToContract from '@salesforce/apex/ContractWarningController.moveToContract';
import acknowledge from '@salesforce/apex/ContractWarningController.acknowledge';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { flushPromises, resetDom } from 'test/jest/testUtils';
import cancelled from './data/cancelledContract.json';

jest.mock('@salesforce/apex/ContractWarningController.getContractStatus', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ContractWarningController.moveToContract', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ContractWarningController.acknowledge', () => ({ default: jest.fn() }), { virtual: true });

const mocked = (fn: unknown) => fn as jest.Mock;
const CASE_ID = '500000000000001AAA';
type Element = HTMLElement & { recordId: string };

async function mount(status: object = cancelled): Promise<Element> {
    mocked(getContractStatus).mockResolvedValue(status);
    const element = createElement('c-contract-warning', { is: ContractWarning }) as unknown as Element;
    element.recordId = CASE_ID;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function query(element: HTMLElement, selector: string): (HTMLElement & Record<string, unknown>) | null {
    return element.shadowRoot!.querySelector(selector) as (HTMLElement & Record<string, unknown>) | null;
}

function $(element: HTMLElement, selector: string): HTMLElement & Record<string, unknown> {
    const found = query(element, selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
}

const failure = (code: string) => ({
    status: 500,
    body: { message: JSON.stringify({ code, message: 'Nothing was saved: row locked.', reference: 'AB12CD34' }) }
});

describe('c-contract-warning', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('opens with one call and shows a non-blocking warning (role=status) with the active contract and a confirmation', async () => {
        const element = await mount();
        expect(getContractStatus).toHaveBeenCalledTimes(1);
        expect(getContractStatus).toHaveBeenCalledWith({ request: { caseId: CASE_ID } });
        const warning = $(element, '[data-id="warning"]');
        expect(warning.getAttribute('role')).toBe('status');
        expect($(element, '[data-id="message"]').textContent).toContain('contract 00000101, which is Cancelled');
        expect($(element, '[data-id="move"]').label).toBe('Move to active contract 00000102');
        expect($(element, '[data-id="confirm"]').label).toBe('c.ContractWarning_Confirm');
        await expect(element).toBeAccessible();
    });

    it('shows nothing for a case on an active contract', async () => {
        const element = await mount({ ...cancelled, warning: false, activeContract: null });
        expect(query(element, '[data-id="warning"]')).toBeNull();
        expect(query(element, '[data-id="confirmed"]')).toBeNull();
    });

    it('does not nag once confirmed: a small note names who confirmed', async () => {
        const element = await mount({ ...cancelled, acknowledged: true, acknowledgedByName: 'Ben Before', acknowledgedOn: '2026-11-19T10:00:00.000Z' });
        expect(query(element, '[data-id="warning"]')).toBeNull();
        expect($(element, '[data-id="confirmed"]').textContent).toContain('Confirmed by Ben Before on');
        await expect(element).toBeAccessible();
    });

    it('moves the case to the active contract in one click and one call, then refreshes the case and stops warning', async () => {
        mocked(moveToContract).mockResolvedValue({ caseId: CASE_ID, contractId: '800000000000002AAA', replayed: false });
        const element = await mount();
        const toasts: CustomEvent[] = [];
        element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));
        $(element, '[data-id="move"]').click();
        await flushPromises();
        expect(moveToContract).toHaveBeenCalledTimes(1);
        expect(mocked(moveToContract).mock.calls[0][0].request).toMatchObject({ caseId: CASE_ID, contractId: '800000000000002AAA' });
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
        expect(toasts[0].detail).toMatchObject({ variant: 'success', message: 'Case 00001027 is now on contract 00000102.' });
        expect(query(element, '[data-id="warning"]')).toBeNull();
    });

    it('confirms with "Yes, this is intended" and collapses to the note', async () => {
        mocked(acknowledge).mockResolvedValue({
            caseId: CASE_ID,
            acknowledgedById: '005000000000001AAA',
            acknowledgedByName: 'Ada Agent',
            acknowledgedOn: '2026-11-20T15:00:00.000Z',
            replayed: false
        });
        const element = await mount();
        $(element, '[data-id="confirm"]').click();
        await flushPromises();
        expect(acknowledge).toHaveBeenCalledTimes(1);
        expect($(element, '[data-id="confirmed"]').textContent).toContain('Confirmed by Ada Agent on');
    });

    it('keeps the warning and its buttons after a failed save, shows the reference and retries with the same key', async () => {
        mocked(acknowledge).mockRejectedValue(failure('SAVE_FAILED'));
        const element = await mount();
        $(element, '[data-id="confirm"]').click();
        await flushPromises();
        expect($(element, '[data-id="save-error"]').textContent).toContain('(Reference: AB12CD34)');
        expect($(element, '[data-id="confirm"]').disabled).toBe(false);
        expect($(element, '[data-id="move"]').disabled).toBe(false);
        await expect(element).toBeAccessible();

        $(element, '[data-id="confirm"]').click();
        await flushPromises();
        const keys = mocked(acknowledge).mock.calls.map(([params]) => params.request.requestKey);
        expect(keys).toHaveLength(2);
        expect(keys[1]).toBe(keys[0]);
    });

    it('after REQUEST_KEY_REUSED reloads the contract status and confirms again under a new key', async () => {
        const element = await mount();
        mocked(acknowledge).mockRejectedValueOnce(failure('REQUEST_KEY_REUSED'));
        $(element, '[data-id="confirm"]').click();
        await flushPromises();
        expect(getContractStatus).toHaveBeenCalledTimes(2);
        expect($(element, '[data-id="save-error"]').textContent).toContain('(Reference: AB12CD34)');

        mocked(acknowledge).mockResolvedValueOnce({ caseId: CASE_ID, acknowledgedById: '005000000000001AAA', acknowledgedByName: 'Ada Agent', acknowledgedOn: '2026-11-20T15:00:00.000Z', replayed: false });
        $(element, '[data-id="confirm"]').click();
        await flushPromises();
        const [first, second] = mocked(acknowledge).mock.calls.map((call) => (call[0] as { request: { requestKey: string } }).request.requestKey);
        expect(second).toMatch(/^[0-9a-f]{32}$/);
        expect(second).not.toBe(first);
    });

    it('makes one call for a double click and disables both buttons while saving', async () => {
        let finish: (value: unknown) => void = () => undefined;
        mocked(moveToContract).mockReturnValue(new Promise((resolve) => (finish = resolve)));
        const element = await mount();
        const move = $(element, '[data-id="move"]');
        move.click();
        move.click();
        $(element, '[data-id="confirm"]').click();
        await flushPromises();
        expect(moveToContract).toHaveBeenCalledTimes(1);
        expect(acknowledge).not.toHaveBeenCalled();
        expect(move.disabled).toBe(true);
        expect($(element, '[data-id="confirm"]').disabled).toBe(true);
        finish({ caseId: CASE_ID, contractId: '800000000000002AAA', replayed: false });
        await flushPromises();
    });

    it('uses real buttons, so the keyboard reaches and activates them', async () => {
        const element = await mount();
        const buttons = element.shadowRoot!.querySelectorAll('lightning-button');
        expect(buttons).toHaveLength(2);
        buttons.forEach((button) => expect(button.tagName).toBe('LIGHTNING-BUTTON'));
    });

    it('shows why the status could not load, with the reference', async () => {
        mocked(getContractStatus).mockRejectedValue(failure('NO_ACCESS'));
        const element = createElement('c-contract-warning', { is: ContractWarning }) as unknown as Element;
        element.recordId = CASE_ID;
        document.body.appendChild(element);
        await flushPromises();
        expect($(element, '[data-id="load-error"]').textContent).toContain('(Reference: AB12CD34)');
        await expect(element).toBeAccessible();
    });
});
