import { createElement } from 'lwc';
// the toBeAccessible matcher's type; test/jest/setup.js registers it at run time
import type {} from '@sa11y/jest';
import CallWizardScoring from 'c/callWizardScoring';
import { flushPromises, resetDom } from 'test/jest/testUtils';
import { emptyScoring } from 'c/callWizardModel';

type ScoringElement = HTMLElement & Record<string, unknown>;

async function mount(props: Record<string, unknown>): Promise<ScoringElement> {
    const element = createElement('c-call-wizard-scoring', { is: CallWizardScoring }) as unknown as ScoringElement;
    Object.assign(element, { referralPromptMinScore: 9, ...props });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function field(element: HTMLElement, name: string): (HTMLElement & Record<string, unknown>) | null {
    return element.shadowRoot!.querySelector(`[data-field="${name}"]`);
}

describe('c-call-wizard-scoring', () => {
    afterEach(resetDom);

    it('offers the score as one click among 1..10 and emits it as a number', async () => {
        const element = await mount({ scoring: { ...emptyScoring(), result: 'SCORE' } });
        expect((field(element, 'score')!.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
        const changes: unknown[] = [];
        element.addEventListener('fieldchange', (event) => changes.push((event as CustomEvent).detail));
        field(element, 'score')!.dispatchEvent(new CustomEvent('change', { detail: { value: '7' } }));
        expect(changes).toEqual([{ field: 'score', value: 7 }]);
        expect(field(element, 'referral')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('asks the referral question from the configured score on', async () => {
        const element = await mount({ scoring: { ...emptyScoring(), result: 'SCORE', score: 9 } });
        expect(field(element, 'referral')).not.toBeNull();
    });

    it('without a score asks why and what next; completing needs the manager confirmation', async () => {
        const element = await mount({ scoring: { ...emptyScoring(), result: 'NO_SCORE', next: 'COMPLETE' }, withReason: true, allowComplete: true });
        expect(field(element, 'reason')!.required).toBe(true);
        expect(field(element, 'reason')!.maxLength).toBe(255);
        expect((field(element, 'next')!.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['FOLLOW_UP', 'SUPPORT_CASE', 'COMPLETE']);
        const changes: unknown[] = [];
        element.addEventListener('fieldchange', (event) => changes.push((event as CustomEvent).detail));
        field(element, 'managerAgreed')!.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        expect(changes).toEqual([{ field: 'managerAgreed', value: true }]);
        await expect(element).toBeAccessible();
    });

    it('does not offer completion where the manager path is not allowed', async () => {
        const element = await mount({ scoring: { ...emptyScoring(), result: 'NO_SCORE' } });
        expect(field(element, 'reason')).toBeNull();
        expect((field(element, 'next')!.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['FOLLOW_UP', 'SUPPORT_CASE']);
    });
});
