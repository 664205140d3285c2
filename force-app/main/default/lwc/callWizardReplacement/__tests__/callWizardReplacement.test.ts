import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import CallWizardReplacement from 'c/callWizardReplacement';
import { flushPromises, resetDom } from 'test/jest/testUtils';
import { emptyScoring } from 'c/callWizardModel';
import contextData from '../../callWizard/__tests__/data/callContext.json';

type ReplacementElement = HTMLElement & Record<string, unknown>;

function draft(changes: object = {}) {
    return { choice: null, create: { firstName: '', lastName: '', title: '', phone: '', email: '' }, confirmedNotDuplicate: false, reached: null, scoring: emptyScoring(), ...changes };
}

async function mount(props: Record<string, unknown> = {}): Promise<ReplacementElement> {
    const element = createElement('c-call-wizard-replacement', { is: CallWizardReplacement }) as unknown as ReplacementElement;
    Object.assign(element, { replacement: draft(), contacts: contextData.dealershipContacts, leavingContactId: '003000000000001AAA', ...props });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function field(element: HTMLElement, name: string): (HTMLElement & Record<string, unknown>) | null {
    return element.shadowRoot!.querySelector(`[data-field="${name}"]`);
}

describe('c-call-wizard-replacement', () => {
    afterEach(resetDom);

    it('offers the current dealership contacts with their CLA state, then someone new', async () => {
        const element = await mount();
        expect((field(element, 'choice')!.options as Array<{ label: string }>).map((o) => o.label)).toEqual([
            'Lee Park, Service Director (CLA in progress)',
            'Sam Ortiz (No CLA)',
            'Someone new: add a contact'
        ]);
        expect(field(element, 'create.lastName')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('requires only the name of someone new, says when there is no number to call back on, and warns about an existing namesake', async () => {
        const element = await mount({ replacement: draft({ choice: 'NEW', create: { firstName: 'Lee', lastName: 'Park', title: '', phone: '', email: '' } }) });
        expect(field(element, 'create.firstName')!.maxLength).toBe(40);
        expect(field(element, 'create.firstName')!.required).toBe(true);
        expect(field(element, 'create.lastName')!.maxLength).toBe(80);
        expect(field(element, 'create.title')!.required).toBeFalsy();
        expect(field(element, 'create.phone')!.required).toBeFalsy();
        expect(element.shadowRoot!.querySelector('[data-id="no-callback-number"]')!.textContent).toContain('no number to call back on');
        expect(element.shadowRoot!.querySelector('[data-id="possible-duplicates"]')!.textContent).toContain('Lee Park');
        expect(field(element, 'confirmedNotDuplicate')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says before saving that the chosen contact\'s CLA case is complete and gets the call', async () => {
        const contacts = contextData.dealershipContacts.map((contact) => ({ ...contact, claState: 'COMPLETED' }));
        const element = await mount({ contacts, replacement: draft({ choice: '003000000000003AAA' }) });
        expect(element.shadowRoot!.querySelector('[data-id="completed-cla"]')!.textContent).toContain("Sam Ortiz's CLA case is already complete: this call is added to it");
        await expect(element).toBeAccessible();
    });

    it('offers "this is not a duplicate" after the server refused the contact, and emits it', async () => {
        const element = await mount({ replacement: draft({ choice: 'NEW' }), duplicateRejected: true });
        const changes: unknown[] = [];
        element.addEventListener('fieldchange', (event) => changes.push((event as CustomEvent).detail));
        field(element, 'confirmedNotDuplicate')!.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        expect(changes).toEqual([{ field: 'confirmedNotDuplicate', value: true }]);
    });

    it('shows the scoring once the new contact was reached and prefixes its edits', async () => {
        const element = await mount({ replacement: draft({ choice: '003000000000002AAA', reached: 'YES' }) });
        const changes: unknown[] = [];
        element.addEventListener('fieldchange', (event) => changes.push((event as CustomEvent).detail));
        element.shadowRoot!.querySelector('c-call-wizard-scoring')!.dispatchEvent(new CustomEvent('fieldchange', { detail: { field: 'score', value: 8 } }));
        expect(changes).toEqual([{ field: 'scoring.score', value: 8 }]);
    });
});
