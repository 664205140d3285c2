// IntegrationCaseMonitor: what procedure 004 needs at a time rather than at an event, over 200 cases:
// an overdue clock is notified once to whoever owes it, May Close and May Set No Response are marked and
// cleared, a second run changes nothing, and one case that cannot be written does not stop the others.
import { CASE_NOT_MARKED, monitorTestSeam, runIntegrationCaseMonitor } from '../jobs/IntegrationCaseMonitor';
import { integrationCase, integrationFixture } from './integrationFixtures';

const at = (hours: number) => new Date(Date.parse('2026-11-17T15:00:00Z') + hours * 3_600_000).toISOString();

describe('IntegrationCaseMonitor', () => {
    afterEach(() => monitorTestSeam.refusedCaseIds.clear());

    it('notifies 200 owners once of an overdue first comment; a second run sends and writes nothing', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const cases = Array.from({ length: 200 }, () => integrationCase(fixture, { First_Comment_Due__c: at(-1) }));
        const first = runIntegrationCaseMonitor(org);
        expect(first).toEqual({ scanned: 200, marked: 200, notified: 200, failed: 0 });
        expect(org.messaging.outbox).toHaveLength(200);
        // The queue owns the cases: its member is notified.
        expect(org.messaging.outbox.every((message) => message.to === fixture.workerId && message.title.endsWith('is overdue'))).toBe(true);
        expect(cases.every((id) => org.db.get(id)?.Overdue_Notified_For__c === at(-1))).toBe(true);

        const second = runIntegrationCaseMonitor(org);
        expect(second).toEqual({ scanned: 200, marked: 0, notified: 0, failed: 0 });
        expect(org.messaging.outbox).toHaveLength(200);
    });

    it('notifies a new overdue due time again, and the creator for the close after a resolution', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture, { OwnerId: fixture.workerId, First_Comment_At__c: at(-30), Close_Due__c: at(-2), Overdue_Notified_For__c: at(-50) });
        runIntegrationCaseMonitor(org);
        expect(org.messaging.outbox).toEqual([expect.objectContaining({ to: fixture.creatorId, about: caseId, body: expect.stringContaining('not closed within 24 hours') })]);
        expect(org.db.get(caseId)?.Overdue_Notified_For__c).toBe(at(-2));
    });

    it('leaves cases whose clocks are not overdue alone', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture, { First_Comment_Due__c: at(5) });
        const before = org.db.get(caseId);
        expect(runIntegrationCaseMonitor(org)).toEqual({ scanned: 1, marked: 0, notified: 0, failed: 0 });
        expect(org.db.get(caseId)).toEqual(before);
    });

    it('marks the cases that may be closed or set to No Response, and clears the marks when they no longer hold', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const mayClose = integrationCase(fixture, { First_Comment_At__c: at(-90), Close_Allowed_From__c: at(-1) });
        const notYet = integrationCase(fixture, { First_Comment_At__c: at(-90), Close_Allowed_From__c: at(1), May_Close__c: true });
        const noResponse = integrationCase(fixture, { First_Comment_At__c: at(-600), No_Response_Allowed_From__c: at(-24) });
        runIntegrationCaseMonitor(org);
        expect(org.db.get(mayClose)?.May_Close__c).toBe(true);
        expect(org.db.get(notYet)?.May_Close__c).toBe(false);
        expect(org.db.get(noResponse)?.May_Set_No_Response__c).toBe(true);
        expect(org.messaging.outbox).toEqual([]);
    });

    it('writes the other cases when one cannot be written, notifies only those written, and logs the failure', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const cases = Array.from({ length: 200 }, () => integrationCase(fixture, { OwnerId: fixture.workerId, First_Comment_Due__c: at(-3) }));
        monitorTestSeam.refusedCaseIds.add(cases[7] as string);
        const run = runIntegrationCaseMonitor(org);
        expect(run).toEqual({ scanned: 200, marked: 199, notified: 199, failed: 1 });
        expect(org.db.get(cases[7] as string)?.Overdue_Notified_For__c).toBeNull();
        expect(org.db.get(cases[8] as string)?.Overdue_Notified_For__c).toBe(at(-3));
        expect(org.messaging.outbox.some((message) => message.about === cases[7])).toBe(false);
        expect(org.errorLog.map((entry) => entry.code)).toEqual([CASE_NOT_MARKED]);

        monitorTestSeam.refusedCaseIds.clear();
        expect(runIntegrationCaseMonitor(org)).toEqual({ scanned: 200, marked: 1, notified: 1, failed: 0 });
    });

    it('skips closed cases and cases of other record types', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        integrationCase(fixture, { Status: 'Closed', First_Comment_Due__c: at(-3) });
        org.db.insert({ attributes: { type: 'Case' }, Subject: 'Support', First_Comment_Due__c: at(-3) }, 'SYSTEM_MODE');
        expect(runIntegrationCaseMonitor(org)).toEqual({ scanned: 0, marked: 0, notified: 0, failed: 0 });
    });
});
