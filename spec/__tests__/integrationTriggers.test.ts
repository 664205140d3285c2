// The package's triggers for procedure 004, through DML as any path writes: comments on integration cases
// stay private, Integrations' comments stamp their case and notify its creator, new integration cases get
// their clocks, and the creator hears of owner and status changes made by others. 200 rows each.
import { CASE_NOT_STAMPED } from '../triggers/IntegrationCommentStamps';
import { INTEGRATION_CLOCK, integrationCase, integrationFixture } from './integrationFixtures';

const notifications = (org: ReturnType<typeof integrationFixture>['org']) => org.messaging.outbox.filter((message) => message.kind === 'notification');

describe('CaseComment trigger: "Do not put a check mark in the Make Public box on Case Comments"', () => {
    it('makes 200 comments inserted public on integration cases private, and leaves other cases\' comments as written', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const integration = integrationCase(fixture);
        const [support] = org.db.insert({ attributes: { type: 'Case' }, Subject: 'Inverter fault' }, 'SYSTEM_MODE');
        const comments = Array.from({ length: 200 }, (_unused, index) => ({
            attributes: { type: 'CaseComment' },
            ParentId: index % 2 ? integration : (support as string),
            CommentBody: `Comment ${index}`,
            IsPublished: true
        }));
        const ids = org.runAs(fixture.creatorId, () => org.transaction(() => org.db.insert(comments, 'USER_MODE')));
        const stored = ids.map((id) => org.db.get(id));
        expect(stored.filter((comment) => comment?.ParentId === integration).every((comment) => comment?.IsPublished === false)).toBe(true);
        expect(stored.filter((comment) => comment?.ParentId === support).every((comment) => comment?.IsPublished === true)).toBe(true);
        // The cases, read once before and once after the insert.
        expect(org.lastCallLimits.queries).toBe(2);
    });

    it('unpublishes an integration case comment someone ticks public later', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        const [commentId] = org.db.insert({ attributes: { type: 'CaseComment' }, ParentId: caseId, CommentBody: 'Internal note' }, 'SYSTEM_MODE');
        org.runAs(fixture.creatorId, () => org.transaction(() => org.db.update({ Id: commentId as string, IsPublished: true }, 'USER_MODE')));
        expect(org.db.get(commentId as string)?.IsPublished).toBe(false);
    });

    it('stamps Integrations\' comments on 200 cases in one statement and notifies each creator once, not for the creator\'s own comments', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const cases = Array.from({ length: 200 }, () => integrationCase(fixture, { OwnerId: fixture.workerId, Callback_Due__c: '2026-11-18T15:00:00.000Z' }));
        org.runAs(fixture.workerId, () =>
            org.transaction(() => org.db.insert(cases.map((caseId) => ({ attributes: { type: 'CaseComment' }, ParentId: caseId, CommentBody: 'On it' })), 'USER_MODE'))
        );
        const limits = org.lastCallLimits;
        for (const caseId of cases) {
            expect(org.db.get(caseId)).toMatchObject({
                First_Comment_At__c: '2026-11-17T15:00:00.000Z',
                Last_Integrations_Update_At__c: '2026-11-17T15:00:00.000Z',
                Callback_Due__c: null
            });
        }
        expect(notifications(org)).toHaveLength(200);
        expect(notifications(org).every((message) => message.to === fixture.creatorId && message.title.endsWith(': new comment'))).toBe(true);
        // The cases before and after the insert, the calendar (business hours), the notification type; the comments
        // and one stamping update.
        expect(limits).toMatchObject({ queries: 4, dmlStatements: 2 });

        org.runAs(fixture.creatorId, () => org.transaction(() => org.db.insert({ attributes: { type: 'CaseComment' }, ParentId: cases[0] as string, CommentBody: 'Thanks' }, 'USER_MODE')));
        expect(notifications(org)).toHaveLength(200);
    });

    it('keeps the comment when its case cannot be stamped, and logs the case', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture, { OwnerId: fixture.workerId });
        // A subject no longer valid for the case makes its stamping update fail, as a validation rule would.
        org.db.update({ Id: caseId, Subject: 'x'.repeat(255) }, 'SYSTEM_MODE');
        org.schema.field('Case', 'Subject').length = 200;
        try {
            const [commentId] = org.runAs(fixture.workerId, () =>
                org.transaction(() => org.db.insert({ attributes: { type: 'CaseComment' }, ParentId: caseId, CommentBody: 'On it' }, 'USER_MODE'))
            );
            expect(org.db.get(commentId as string)).toBeDefined();
            expect(org.db.get(caseId)?.First_Comment_At__c).toBeNull();
            expect(org.errorLog.map((entry) => entry.code)).toEqual([CASE_NOT_STAMPED]);
        } finally {
            org.schema.field('Case', 'Subject').length = 255;
        }
    });
});

describe('Case trigger on integration cases', () => {
    it('stamps 200 new integration cases with their first comment due and first update request date, whatever created them', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const recordTypeId = org.recordTypeId('Case', 'Integration_Case');
        const ids = org.runAs(fixture.creatorId, () =>
            org.transaction(() =>
                org.db.insert(
                    Array.from({ length: 200 }, (_unused, index) => ({ attributes: { type: 'Case' }, RecordTypeId: recordTypeId, Subject: `Sync ${index}`, OwnerId: fixture.queueId })),
                    'USER_MODE'
                )
            )
        );
        for (const id of ids) {
            // Tuesday 17 November + 48 hours; + 7 business days (Monday to Friday: no business hours named exist) is Thursday the 26th.
            expect(org.db.get(id)).toMatchObject({ First_Comment_Due__c: '2026-11-19T15:00:00.000Z', Update_Request_Allowed_From__c: '2026-11-26T15:00:00.000Z' });
        }
        expect(org.lastCallLimits.queries).toBeLessThanOrEqual(2);
        expect(org.clock.nowIso()).toBe(INTEGRATION_CLOCK.instant.replace('Z', '.000Z'));
    });

    it('leaves other cases alone', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const [caseId] = org.runAs(fixture.creatorId, () => org.db.insert({ attributes: { type: 'Case' }, Subject: 'Inverter fault' }, 'SYSTEM_MODE'));
        expect(org.db.get(caseId as string)).toMatchObject({ First_Comment_Due__c: null, Update_Request_Allowed_From__c: null });
    });

    it('records who works the case when a user other than the creator takes it', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        expect(org.db.get(caseId)?.Integrations_Worker__c).toBeNull();
        org.runAs(fixture.workerId, () => org.transaction(() => org.db.update({ Id: caseId, OwnerId: fixture.workerId }, 'USER_MODE')));
        expect(org.db.get(caseId)?.Integrations_Worker__c).toBe(fixture.workerId);
        org.runAs(fixture.workerId, () => org.transaction(() => org.db.update({ Id: caseId, OwnerId: fixture.creatorId }, 'USER_MODE')));
        expect(org.db.get(caseId)?.Integrations_Worker__c).toBe(fixture.workerId);
    });

    it('notifies the creator of 200 owner and status changes made by someone else, in one notification each', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const cases = Array.from({ length: 200 }, () => integrationCase(fixture));
        org.runAs(fixture.workerId, () =>
            org.transaction(() => org.db.update(cases.map((id) => ({ Id: id, OwnerId: fixture.workerId, Status: 'Working' })), 'USER_MODE'))
        );
        expect(notifications(org)).toHaveLength(200);
        expect(notifications(org)[0]).toMatchObject({ to: fixture.creatorId, title: expect.stringMatching(/owner and status changed$/), body: expect.stringContaining('Ivan Integrations took the case and set its status to Working') });
        expect(org.lastCallLimits.queries).toBeLessThanOrEqual(2);
    });

    it('tells the creator nothing about their own changes, nor about the package\'s bookkeeping', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        org.runAs(fixture.creatorId, () => org.transaction(() => org.db.update({ Id: caseId, Status: 'Escalated' }, 'USER_MODE')));
        org.runAs(fixture.workerId, () => org.transaction(() => org.db.update({ Id: caseId, May_Close__c: true, Overdue_Notified_For__c: '2026-11-16T15:00:00.000Z' }, 'USER_MODE')));
        expect(notifications(org)).toEqual([]);
    });

    it('also emails the creator when Notify_Creator_By_Email__c is ticked (off by default)', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        org.overrideSettings({ Notify_Creator_By_Email__c: true });
        org.runAs(fixture.workerId, () => org.transaction(() => org.db.update({ Id: caseId, Status: 'Waiting' }, 'USER_MODE')));
        expect(org.messaging.outbox.map((message) => [message.kind, message.to])).toEqual([
            ['notification', fixture.creatorId],
            ['email', fixture.creatorId]
        ]);
    });

    it('does not notify a creator who has left', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        org.db.update({ attributes: { type: 'User' }, Id: fixture.creatorId, IsActive: false }, 'SYSTEM_MODE');
        org.runAs(fixture.workerId, () => org.transaction(() => org.db.update({ Id: caseId, Status: 'Waiting' }, 'USER_MODE')));
        expect(notifications(org)).toEqual([]);
    });
});
