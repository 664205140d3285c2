import type { ContractStatusResponse } from 'c/playbookContracts';
import { confirmedNote, moveLabel, movedMessage, statusAfterAcknowledge, statusAfterMove, warningMessage, warningState } from '../warningModel';
import cancelled from './data/cancelledContract.json';

const status = cancelled as ContractStatusResponse;

describe('warningModel', () => {
    it('warns for a cancelled contract until someone confirms it, then shows a note', () => {
        expect(warningState(status)).toBe('WARNING');
        expect(warningState({ ...status, acknowledged: true })).toBe('CONFIRMED');
        expect(warningState({ ...status, warning: false })).toBe('NONE');
        expect(warningState(null)).toBe('NONE');
    });

    it('asks whether the contract was intended, naming it and its status', () => {
        expect(warningMessage(status)).toBe(
            'Case 00001027 is on contract 00000101, which is Cancelled. Cases belong under the contract the issue pertains to, most likely the active one. Was this intended?'
        );
    });

    it('offers the active contract when the account has one', () => {
        expect(moveLabel(status)).toBe('Move to active contract 00000102');
        expect(moveLabel({ ...status, activeContract: null })).toBeNull();
    });

    it('names who confirmed', () => {
        expect(confirmedNote({ ...status, acknowledged: true, acknowledgedByName: 'Ben Before' })).toBe(
            'contract 00000101 is Cancelled. Confirmed by Ben Before on'
        );
    });

    it('after a confirmation, shows it without another server call', () => {
        const after = statusAfterAcknowledge(status, {
            caseId: status.caseId,
            acknowledgedById: '005000000000001AAA',
            acknowledgedByName: 'Ada Agent',
            acknowledgedOn: '2026-11-20T15:00:00.000Z',
            replayed: false
        });
        expect(warningState(after)).toBe('CONFIRMED');
        expect(after.acknowledgedByName).toBe('Ada Agent');
    });

    it('after a move, the case is on the active contract and nothing warns', () => {
        const response = { caseId: status.caseId, contractId: '800000000000002AAA', replayed: false };
        const after = statusAfterMove(status, response);
        expect(after.contract?.contractNumber).toBe('00000102');
        expect(warningState(after)).toBe('NONE');
        expect(movedMessage(status, response)).toBe('Case 00001027 is now on contract 00000102.');
        expect(movedMessage(status, { ...response, replayed: true })).toBe('Case 00001027 had already been moved.');
    });
});
