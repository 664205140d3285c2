import { counterText, initialComments, reviewProblem, reviewRows, saveRequest, savedMessage } from '../reviewModel';

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
});
