import { charactersCut, counterText, cutMessage, initialComments, normalizeLineBreaks, reviewProblem, reviewRows, saveRequest, savedMessage } from '../reviewModel';

const TEMPLATE = 'Current Status: \nPending Action Items: \nPending Action Owner: ';

describe('reviewModel', () => {
    it('starts the comments with the template from the settings', () => {
        expect(initialComments({ template: TEMPLATE })).toBe(TEMPLATE);
    });

    it('counts characters against the configured limit, line breaks included', () => {
        expect(counterText('ab\ncd', 1000)).toBe('5 / 1000');
        expect(counterText('', 40)).toBe('0 / 40');
    });

    it('refuses blank comments', () => {
        expect(reviewProblem(' \n\t ', TEMPLATE, 1000)).toBe('BLANK');
    });

    it('refuses the template saved unchanged, even with extra blank lines', () => {
        expect(reviewProblem(`${TEMPLATE}\n\n  `, TEMPLATE, 1000)).toBe('TEMPLATE_ONLY');
    });

    it('refuses comments over the limit and accepts them at the limit', () => {
        expect(reviewProblem('x'.repeat(41), TEMPLATE, 40)).toBe('TOO_LONG');
        expect(reviewProblem('x'.repeat(40), TEMPLATE, 40)).toBeNull();
    });

    it('accepts a filled-in template and free text that overwrites it', () => {
        expect(reviewProblem('Current Status: waiting\nPending Action Items: none\nPending Action Owner: Ada', TEMPLATE, 1000)).toBeNull();
        expect(reviewProblem('Homeowner confirmed the repair.', TEMPLATE, 1000)).toBeNull();
    });

    it('sends the comments exactly as entered', () => {
        expect(saveRequest('key-1', '500000000000001AAA', '  Status: ok \n')).toEqual({
            requestKey: 'key-1',
            caseId: '500000000000001AAA',
            comments: '  Status: ok \n'
        });
    });

    it('shows past reviews with who logged them, and a former user when the name is unknown', () => {
        const rows = reviewRows([
            { taskId: 'a', subject: 'Case Review', comments: 'x', reviewedByName: 'Ben Before', reviewedOn: '2026-11-18T14:00:00.000Z' },
            { taskId: 'b', subject: 'Case Review', comments: null, reviewedByName: null, reviewedOn: '2026-11-17T14:00:00.000Z' }
        ]);
        expect(rows).toEqual([
            { id: 'a', heading: 'Case Review by Ben Before', comments: 'x', reviewedOn: '2026-11-18T14:00:00.000Z' },
            { id: 'b', heading: 'Case Review by a former user', comments: '', reviewedOn: '2026-11-17T14:00:00.000Z' }
        ]);
    });

    it('says whether the review was logged now or had been already', () => {
        const response = { caseId: 'c', reviewedById: 'u', reviewedByName: 'Ada', reviewedOn: 'now', replayed: false };
        expect(savedMessage('00001027', response)).toBe('Review logged on case 00001027.');
        expect(savedMessage('00001027', { ...response, replayed: true })).toBe('The review of case 00001027 was already logged.');
    });

    describe('a paste cut at the limit', () => {
        const LIMIT = 100;
        /** What the browser does: the paste replaces [from, to) and is cut where the text reaches the limit. */
        function paste(before: string, from: number, to: number, pasted: string): string {
            const room = LIMIT - (before.length - (to - from));
            return before.slice(0, from) + pasted.slice(0, Math.max(0, room)) + before.slice(to);
        }

        it.each([
            ['at the end of the text', TEMPLATE, TEMPLATE.length, TEMPLATE.length, 'x'.repeat(80)],
            ['in the middle of the text', TEMPLATE, 16, 16, 'waiting for the installer '.repeat(5)],
            ['over the whole text (select all), starting like the template it replaces', TEMPLATE, 0, TEMPLATE.length, `${TEMPLATE}done`.repeat(3)],
            ['over a selection in the middle', `${TEMPLATE}abc`, 16, 30, 'y'.repeat(150)],
            ['that fits', TEMPLATE, 0, 0, 'short']
        ])('counts what was cut from a paste %s', (_where, before, from, to, pasted) => {
            const after = paste(before, from, to, pasted);
            const landed = after.length - (before.length - (to - from));
            expect(charactersCut(before, after, pasted)).toBe(pasted.length - landed);
        });

        it('says how much was cut and at which limit', () => {
            expect(cutMessage(310, 1000)).toBe('The pasted text did not fit: its last 310 characters were cut at the 1000-character limit.');
            expect(cutMessage(1, 1000)).toBe('The pasted text did not fit: its last character was cut at the 1000-character limit.');
        });

        it('reads a clipboard line break as the one the box stores', () => {
            expect(normalizeLineBreaks('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
        });
    });
});
