// IntegrationCaseController over the in-memory org: what the conformance vectors do not pin (message wording,
// a concurrent repeat, the opening budget with many comments). The vectors in
// spec/vectors/IntegrationCaseController cover every action and clock rule.
import type { LogEcpContactRequest } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { IntegrationCaseController } from '../controllers/IntegrationCaseController';
import { AuraHandledError, parseFault } from '../errors/auraHandled';
import { concurrentSaveSeam } from '../services/CaseActionRequests';
import { COMMENTS_SHOWN } from '../services/IntegrationCaseView';
import { requestFingerprint } from '../services/RequestFingerprint';
import { integrationCase, integrationFixture } from './integrationFixtures';

function fault(action: () => unknown) {
    try {
        action();
    } catch (error) {
        expect(error).toBeInstanceOf(AuraHandledError);
        return parseFault((error as Error).message);
    }
    throw new Error('Expected the call to fail');
}

describe('IntegrationCaseController', () => {
    afterEach(() => {
        concurrentSaveSeam.next = null;
    });

    it('says from when an update may be asked for, in the agent\'s time zone', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture, { OwnerId: fixture.workerId, Update_Request_Allowed_From__c: '2026-11-26T15:00:00.000Z' });
        const refused = fault(() =>
            org.runAs(fixture.creatorId, () =>
                new IntegrationCaseController(org).askWorker({ request: { requestKey: 'k', caseId, kind: 'UPDATE', comment: 'News?', ecpRequested: false } })
            )
        );
        expect(refused).toMatchObject({ code: 'TOO_EARLY', message: expect.stringContaining('Allow 7 business days before asking for an update: you can ask from Thu, Nov 26, 10:00 AM EST') });
    });

    it('refuses an update request whose ECP note makes the comment longer than a case comment holds', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture, { OwnerId: fixture.workerId });
        const refused = fault(() =>
            org.runAs(fixture.creatorId, () =>
                new IntegrationCaseController(org).askWorker({ request: { requestKey: 'k', caseId, kind: 'UPDATE', comment: 'x'.repeat(3990), ecpRequested: true } })
            )
        );
        expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('With the note that the ECP asked') });
        expect(org.db.all('CaseComment')).toEqual([]);
    });

    it('returns what a concurrent repeat of the save stored, instead of an error or a second comment', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture, { OwnerId: fixture.workerId });
        const request: LogEcpContactRequest = { requestKey: 'same', caseId, outcome: 'LEFT_MESSAGE', comment: 'l/m with ECP on v/m' };
        // The concurrent repeat is the same request by the same user, so its record carries the same fingerprint.
        concurrentSaveSeam.next = {
            attributes: { type: 'Playbook_Request__c' },
            Action__c: 'IntegrationCase.logEcpContact',
            Record_Id__c: caseId,
            Response__c: JSON.stringify({ caseId, commentId: null, ownerId: fixture.workerId, status: 'Working', replayed: false }),
            Request_Hash__c: requestFingerprint(request)
        };
        const response = org.runAs(fixture.creatorId, () => new IntegrationCaseController(org).logEcpContact({ request }));
        expect(response).toMatchObject({ replayed: true, ownerId: fixture.workerId });
        expect(org.db.all('CaseComment')).toEqual([]);
        expect(org.db.get(caseId)?.ECP_Message_Left_At__c).toBeNull();
    });

    it('refuses a concurrent save of another request with the same key as a reused key, writing nothing', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture, { OwnerId: fixture.workerId });
        const request: LogEcpContactRequest = { requestKey: 'same', caseId, outcome: 'LEFT_MESSAGE', comment: 'l/m with ECP on v/m' };
        concurrentSaveSeam.next = {
            attributes: { type: 'Playbook_Request__c' },
            Action__c: 'IntegrationCase.logEcpContact',
            Record_Id__c: caseId,
            Response__c: '{}',
            Request_Hash__c: requestFingerprint({ ...request, outcome: 'SPOKE_RESOLVED' })
        };
        const refused = fault(() => org.runAs(fixture.creatorId, () => new IntegrationCaseController(org).logEcpContact({ request })));
        expect(refused?.code).toBe('REQUEST_KEY_REUSED');
        expect(org.db.all('CaseComment')).toEqual([]);
        expect(org.db.get(caseId)?.ECP_Message_Left_At__c).toBeNull();
    });

    it('quotes at most 40 characters of a case Id that is not one, unprintable characters replaced', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const sent = `${'x'.repeat(38)}\u202E<script>${'y'.repeat(60)}`;
        const refused = fault(() =>
            org.runAs(fixture.creatorId, () =>
                new IntegrationCaseController(org).logEcpContact({ request: { requestKey: 'k', caseId: sent, outcome: 'LEFT_MESSAGE', comment: 'l/m' } })
            )
        );
        expect(refused?.code).toBe('INVALID_INPUT');
        expect(refused?.message).toBe(`"${'x'.repeat(38)}\uFFFD<\u2026" is not a record id.`);
        expect(org.db.all('CaseComment')).toEqual([]);
    });

    it('opens with the latest 50 comments whatever their number, within a fixed budget of queries', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture, { OwnerId: fixture.workerId });
        org.runAs(fixture.creatorId, () =>
            org.db.insert(Array.from({ length: 120 }, (_unused, index) => ({ attributes: { type: 'CaseComment' }, ParentId: caseId, CommentBody: `Note ${index}` })), 'SYSTEM_MODE')
        );
        const view = org.runAs(fixture.creatorId, () => new IntegrationCaseController(org).getIntegrationCase({ request: { caseId } }));
        expect(view.comments).toHaveLength(COMMENTS_SHOWN);
        // The case, its comments, its tasks, the business hours.
        expect(org.lastCallLimits).toMatchObject({ queries: 4, dmlStatements: 0 });
    });

    it('takes the case from the Integrations queue when an Integrations member posts the first update, without emailing them', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        const response = org.runAs(fixture.workerId, () =>
            new IntegrationCaseController(org).postUpdate({ request: { requestKey: 'k', caseId, comment: 'Mine now.', returnToCreator: false, waiting: null } })
        );
        expect(response.view).toMatchObject({ ownerId: fixture.workerId, ownerIsQueue: false, workerName: 'Ivan Integrations', role: 'INTEGRATIONS' });
        expect(org.messaging.outbox.filter((message) => message.source === 'ownerChange')).toEqual([]);
    });
});
