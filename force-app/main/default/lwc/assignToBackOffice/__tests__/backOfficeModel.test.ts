import { assignRequest, assignedMessage } from '../backOfficeModel';

describe('backOfficeModel', () => {
    it('builds the one request for the case, and none without a case', () => {
        expect(assignRequest('key-1', '500000000000001AAA')).toEqual({ requestKey: 'key-1', caseId: '500000000000001AAA' });
        expect(assignRequest('key-1', undefined)).toBeNull();
    });

    it('names the queue that now owns the case, also for a replayed request', () => {
        const response = { caseId: '500000000000001AAA', queueId: '00G000000000001AAA', queueName: 'Back Office', replayed: false };
        expect(assignedMessage(response)).toBe('The case is now in the Back Office queue.');
        expect(assignedMessage({ ...response, replayed: true })).toBe('The case had already been assigned to the Back Office queue.');
    });
});
