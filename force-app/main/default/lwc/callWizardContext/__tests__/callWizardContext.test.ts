import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import CallWizardContext from 'c/callWizardContext';
import { flushPromises, resetDom } from 'test/jest/testUtils';
import contextData from '../../callWizard/__tests__/data/callContext.json';

type ContextElement = HTMLElement & Record<string, unknown>;

async function mount(props: Record<string, unknown> = {}): Promise<ContextElement> {
    const element = createElement('c-call-wizard-context', { is: CallWizardContext }) as unknown as ContextElement;
    Object.assign(element, { context: contextData, contacts: contextData.dealershipContacts, hasMore: true, ...props });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

describe('c-call-wizard-context', () => {
    afterEach(resetDom);

    it('shows the contact phones beside the dealership phone and flags the mismatch ("compare the phone numbers")', async () => {
        const element = await mount();
        const text = element.shadowRoot!.textContent ?? '';
        expect(text).toContain('(555) 010-2000');
        expect(text).toContain('(555) 010-1000');
        expect(element.shadowRoot!.querySelector('[data-id="phone-mismatch"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists recent cases and each dealership contact with the state of their CLA', async () => {
        const element = await mount();
        expect(element.shadowRoot!.textContent).toContain('00000987 · DMS: repair orders do not print · Closed');
        const badges = Array.from(element.shadowRoot!.querySelectorAll('li[data-id="003000000000002AAA"] lightning-badge')).map((b) => (b as unknown as { label: string }).label);
        expect(badges).toEqual(['CLA in progress']);
    });

    it('asks for more contacts and flags a duplicate through events, and disables a flagged one', async () => {
        const element = await mount();
        const showMore = jest.fn();
        const flag = jest.fn();
        element.addEventListener('showmore', showMore);
        element.addEventListener('flagduplicate', (event) => flag((event as CustomEvent).detail));
        (element.shadowRoot!.querySelector('lightning-button[data-id="show-more"]') as HTMLElement).click();
        (element.shadowRoot!.querySelector('lightning-button[data-id="003000000000005AAA"]') as HTMLElement).click();
        expect(showMore).toHaveBeenCalledTimes(1);
        expect(flag).toHaveBeenCalledWith({ contactId: '003000000000005AAA' });
        element.flaggedIds = ['003000000000005AAA'];
        await flushPromises();
        const button = element.shadowRoot!.querySelector('lightning-button[data-id="003000000000005AAA"]') as unknown as { label: string; disabled: boolean };
        expect(button.label).toBe('Flagged for merge');
        expect(button.disabled).toBe(true);
    });

    it('hides "Show more" on the last page and says when there are no other contacts', async () => {
        const element = await mount({ contacts: [], hasMore: false, context: { ...contextData, phoneMismatch: false, duplicates: [] } });
        expect(element.shadowRoot!.querySelector('lightning-button')).toBeNull();
        expect(element.shadowRoot!.textContent).toContain('No other contacts at this dealership.');
        expect(element.shadowRoot!.querySelector('[data-id="phone-mismatch"]')).toBeNull();
    });
});
