import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import CallWizardSupportCase from 'c/callWizardSupportCase';
import { flushPromises, resetDom } from 'test/jest/testUtils';

type FormElement = HTMLElement & Record<string, unknown>;
const VALUES = { subject: '', description: 'Called to collect CSS - printing fails', phone: '(555) 010-2000', email: 'dana@example.com', productType: '', reason: '', type: '' };

async function mount(values: object = VALUES): Promise<FormElement> {
    const element = createElement('c-call-wizard-support-case', { is: CallWizardSupportCase }) as unknown as FormElement;
    Object.assign(element, { values, contactName: 'Dana Reyes' });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function field(element: HTMLElement, name: string): HTMLElement & Record<string, unknown> {
    return element.shadowRoot!.querySelector(`[data-field="${name}"]`) as HTMLElement & Record<string, unknown>;
}

describe('c-call-wizard-support-case', () => {
    afterEach(resetDom);

    it('shows the prefilled phone, email and description with the field limits and required flags', async () => {
        const element = await mount();
        expect(field(element, 'phone').value).toBe('(555) 010-2000');
        expect(field(element, 'email').value).toBe('dana@example.com');
        expect(field(element, 'description').value).toBe('Called to collect CSS - printing fails');
        expect(field(element, 'subject').maxLength).toBe(255);
        expect(field(element, 'phone').maxLength).toBe(40);
        expect(field(element, 'email').maxLength).toBe(80);
        for (const name of ['subject', 'phone', 'email', 'description', 'productType', 'reason', 'type']) expect(field(element, name).required).toBe(true);
        expect((field(element, 'productType').options as Array<{ value: string }>).map((o) => o.value)).toContain('DMS');
        await expect(element).toBeAccessible();
    });

    it('warns about a vague subject ("avoid saying needs help or issue")', async () => {
        const element = await mount({ ...VALUES, subject: 'Needs help' });
        expect(element.shadowRoot!.querySelector('[data-id="vague-subject"]')).not.toBeNull();
        const specific = await mount({ ...VALUES, subject: 'DMS: repair orders do not print' });
        expect(specific.shadowRoot!.querySelector('[data-id="vague-subject"]')).toBeNull();
    });

    it('emits each edit with its field', async () => {
        const element = await mount();
        const changes: unknown[] = [];
        element.addEventListener('fieldchange', (event) => changes.push((event as CustomEvent).detail));
        field(element, 'reason').dispatchEvent(new CustomEvent('change', { detail: { value: 'Performance' } }));
        expect(changes).toEqual([{ field: 'reason', value: 'Performance' }]);
    });
});
