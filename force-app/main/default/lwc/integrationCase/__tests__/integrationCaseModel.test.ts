// The integration case component's decisions (procedure 004), without the DOM.
import type { IntegrationCaseResponse, IntegrationSaveResponse } from 'c/playbookContracts';
import {
    clockRows,
    commentRows,
    draftProblem,
    dueLine,
    durationText,
    formButtons,
    initialDraft,
    nextActionText,
    owedByText,
    saveCall,
    savedMessage,
    statusChoices,
    updateRequestNote,
    withOutcome
} from '../integrationCaseModel';
import creatorData from './data/creatorView.json';
import workerData from './data/workerView.json';

const creatorView = creatorData as IntegrationCaseResponse;
const workerView = workerData as IntegrationCaseResponse;

describe('integrationCaseModel', () => {
    it('says what the procedure asks for next and who owes it, naming the reader when it is them', () => {
        expect(nextActionText(creatorView)).toBe('Integrations opens and comments on the case.');
        expect(owedByText(creatorView)).toBe('Ivan Integrations');
        expect(nextActionText(workerView)).toBe('No answer after 21 days of attempts: Integrations may set No Response.');
        expect(owedByText(workerView)).toBe('You (Ivan Integrations)');
        const closeDue = { ...creatorView, clock: { ...creatorView.clock, nextAction: 'CLOSE_RESOLVED', owedBy: 'CREATOR' } } as IntegrationCaseResponse;
        expect(owedByText(closeDue)).toBe('You (you created the case)');
        expect(owedByText({ ...closeDue, role: 'INTEGRATIONS' })).toBe('Cora Creator (created the case)');
        expect(owedByText({ ...creatorView, clock: { ...creatorView.clock, owedBy: 'NOBODY' } })).toBeNull();
    });

    it('says how overdue or how soon due the next action is', () => {
        expect(dueLine(creatorView)).toEqual({ overdue: true, text: 'Overdue by 2 h 5 min', dueAt: '2026-11-17T13:00:00.000Z' });
        const later = { ...creatorView, clock: { ...creatorView.clock, overdue: false, overdueMinutes: 0, dueAt: '2026-11-19T16:05:00.000Z' } };
        expect(dueLine(later)).toEqual({ overdue: false, text: 'Due in 2 d 1 h', dueAt: '2026-11-19T16:05:00.000Z' });
        expect(dueLine(workerView)).toBeNull();
    });

    it('writes durations an agent reads at a glance', () => {
        expect(durationText(0)).toBe('0 min');
        expect(durationText(45)).toBe('45 min');
        expect(durationText(120)).toBe('2 h');
        expect(durationText(1440)).toBe('1 d');
        expect(durationText(1440 * 21 + 61)).toBe('21 d 1 h');
    });

    it('lists every running clock with who owes it', () => {
        expect(clockRows(creatorView)).toEqual([
            { key: 'FIRST_COMMENT', label: 'First comment by Integrations', owedBy: 'Integrations', dueAt: '2026-11-17T13:00:00.000Z', overdue: true },
            { key: 'CALLBACK', label: 'Call back response', owedBy: 'Integrations', dueAt: '2026-11-18T20:00:00.000Z', overdue: false }
        ]);
    });

    it('offers the forms the server allows the reader now', () => {
        expect(formButtons(creatorView).map((button) => button.label)).toEqual(['Log contact with the ECP', 'Ask or inform', 'Request an update', 'Close the case']);
        expect(formButtons(workerView).map((button) => button.id)).toEqual(['CONTACT', 'POST_UPDATE', 'NO_RESPONSE']);
    });

    it('"enter in the Case Comments that you i.e. l/m with ECP on v/m": a contact starts with the suggestion, swapped only while untouched', () => {
        const draft = initialDraft('CONTACT', creatorView);
        expect(draft.comment).toBe('l/m with ECP on v/m');
        expect(withOutcome(draft, 'SPOKE_RESOLVED', creatorView).comment).toBe('');
        const typed = { ...draft, comment: 'Left a detailed message with the office manager.' };
        expect(withOutcome(typed, 'SPOKE_RESOLVED', creatorView).comment).toBe('Left a detailed message with the office manager.');
        expect(initialDraft('CLOSE', creatorView).comment).toBe('');
    });

    it('says why a draft cannot be saved: blank, too long, or an update request before the 7 business days without the ECP asking', () => {
        const update = { ...initialDraft('REQUEST_UPDATE', creatorView), comment: 'Any news?' };
        expect(draftProblem({ ...update, comment: '  ' }, creatorView)).toBe('BLANK');
        expect(draftProblem({ ...update, comment: 'x'.repeat(4001) }, creatorView)).toBe('TOO_LONG');
        expect(draftProblem(update, creatorView)).toBe('UPDATE_NOT_YET');
        expect(draftProblem({ ...update, ecpRequested: true }, creatorView)).toBeNull();
        expect(draftProblem(update, { ...creatorView, clock: { ...creatorView.clock, updateRequestAllowed: true } })).toBeNull();
    });

    it('builds the one save each form makes', () => {
        const contact = { ...initialDraft('CONTACT', creatorView), outcome: 'SPOKE_RESOLVED' as const, comment: 'Resolved.' };
        expect(saveCall(contact, creatorView, 'k1')).toEqual({
            method: 'logEcpContact',
            request: { requestKey: 'k1', caseId: creatorView.caseId, comment: 'Resolved.', outcome: 'SPOKE_RESOLVED' }
        });
        const callback = { ...initialDraft('ASK', creatorView), askKind: 'CALLBACK' as const, comment: 'Call Dana.' };
        expect(saveCall(callback, creatorView, 'k2').request).toMatchObject({ kind: 'CALLBACK', ecpRequested: false });
        const update = { ...initialDraft('REQUEST_UPDATE', creatorView), comment: 'News?', ecpRequested: true };
        expect(saveCall(update, creatorView, 'k3')).toMatchObject({ method: 'askWorker', request: { kind: 'UPDATE', ecpRequested: true } });
        const waiting = { ...initialDraft('POST_UPDATE', workerView), comment: 'Waiting on the vendor.', statusChoice: 'WAITING' as const, returnToCreator: true };
        expect(saveCall(waiting, workerView, 'k4')).toMatchObject({ method: 'postUpdate', request: { waiting: true, returnToCreator: true } });
        expect(saveCall({ ...waiting, statusChoice: 'KEEP' }, workerView, 'k5').request).toMatchObject({ waiting: null });
        expect(saveCall({ ...initialDraft('NO_RESPONSE', workerView), comment: 'x' }, workerView, 'k6').method).toBe('setNoResponse');
        expect(saveCall({ ...initialDraft('CLOSE', creatorView), comment: 'x' }, creatorView, 'k7').method).toBe('closeCase');
    });

    it('offers Waiting, or back to Working while the case is Waiting', () => {
        expect(statusChoices(creatorView).map((choice) => choice.value)).toEqual(['KEEP', 'WAITING']);
        expect(statusChoices(workerView).map((choice) => choice.value)).toEqual(['KEEP', 'WORKING']);
    });

    it('confirms each save, and a repeat as already saved', () => {
        const response = { caseId: creatorView.caseId, commentId: null, ownerId: creatorView.ownerId, status: 'Working', replayed: false, view: creatorView } as IntegrationSaveResponse;
        expect(savedMessage(initialDraft('ASK', creatorView), creatorView, response)).toBe('Sent to Ivan Integrations on case 00001042.');
        expect(savedMessage(initialDraft('CLOSE', creatorView), creatorView, { ...response, replayed: true })).toBe('That was already saved on case 00001042.');
    });

    it('shows the comments newest first with who wrote each', () => {
        expect(commentRows(creatorView)).toEqual([
            { id: '00a000000000002AAA', heading: 'Cora Creator (creator)', body: 'Sync stopped on Friday; please look at the appointment feed.', createdOn: '2026-11-15T14:00:00.000Z' }
        ]);
    });

    it('tells the creator when an update may be asked for, and nothing to Integrations', () => {
        expect(updateRequestNote(creatorView)).toContain('Allow 7 business days');
        expect(updateRequestNote({ ...creatorView, clock: { ...creatorView.clock, updateRequestAllowed: true } })).toBe('You may ask for an update.');
        expect(updateRequestNote({ ...creatorView, clock: { ...creatorView.clock, waiting: true } })).toContain('do not ask for an update');
        expect(updateRequestNote(workerView)).toBeNull();
    });
});
