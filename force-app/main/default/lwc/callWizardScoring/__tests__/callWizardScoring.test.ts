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

    it('offers the referral question at any score, and suggests it from the configured score on ("Use your discretion")', async () => {
        const hint = (element: HTMLElement) => element.shadowRoot!.querySelector('[data-id="referral-hint"]')!.textContent;
        const seven = await mount({ scoring: { ...emptyScoring(), result: 'SCORE', score: 7 } });
        expect(field(seven, 'referral')).not.toBeNull();
        expect(hint(seven)).toBe('Your discretion: ask if they sound enthusiastic.');
        resetDom();
        const nine = await mount({ scoring: { ...emptyScoring(), result: 'SCORE', score: 9 } });
        expect(hint(nine)).toBe('A 9: they sound enthusiastic, a good moment to ask.');
        await expect(nine).toBeAccessible();
    });

    it('without a score asks why and what next; completing early asks which manager agreed', async () => {
        const approverOptions = [
            { label: 'Eric Manager (team manager)', value: '005000000000009AAA' },
            { label: 'Dana Boss (your manager)', value: '005000000000008AAA' }
        ];
        const element = await mount({ scoring: { ...emptyScoring(), result: 'NO_SCORE', next: 'COMPLETE' }, withReason: true, allowComplete: true, approvalNeeded: true, approverOptions });
        expect(field(element, 'reason')!.required).toBe(true);
        expect(field(element, 'reason')!.maxLength).toBe(255);
        expect((field(element, 'next')!.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['FOLLOW_UP', 'SUPPORT_CASE', 'COMPLETE']);
        // Long choices are radios, one per line: as buttons their text wrapped inside them in a narrow console.
        expect(field(element, 'next')!.type).not.toBe('button');
        expect(field(element, 'approverId')!.options).toEqual(approverOptions);
        expect(field(element, 'approverId')!.required).toBe(true);
        const changes: unknown[] = [];
        element.addEventListener('fieldchange', (event) => changes.push((event as CustomEvent).detail));
        field(element, 'approverId')!.dispatchEvent(new CustomEvent('change', { detail: { value: '005000000000008AAA' } }));
        expect(changes).toEqual([{ field: 'approverId', value: '005000000000008AAA' }]);
        await expect(element).toBeAccessible();
    });

    it('asks no one on the last attempt or the callback, and says why completing is not offered when the support case is open', async () => {
        const lastAttempt = await mount({ scoring: { ...emptyScoring(), result: 'NO_SCORE', next: 'COMPLETE' }, allowComplete: true, approvalNeeded: false });
        expect(field(lastAttempt, 'approverId')).toBeNull();
        resetDom();
        const waiting = await mount({ scoring: { ...emptyScoring(), result: 'NO_SCORE' }, allowComplete: false, completeNote: 'Completing with No Score waits until support case 00001005 is closed and you have called back.' });
        expect((field(waiting, 'next')!.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['FOLLOW_UP', 'SUPPORT_CASE']);
        expect(waiting.shadowRoot!.querySelector('[data-id="complete-note"]')!.textContent).toContain('support case 00001005');
    });

    it('does not offer completion where the manager path is not allowed', async () => {
        const element = await mount({ scoring: { ...emptyScoring(), result: 'NO_SCORE' } });
        expect(field(element, 'reason')).toBeNull();
        expect((field(element, 'next')!.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['FOLLOW_UP', 'SUPPORT_CASE']);
    });
});
