// CaseComment, BusinessHours and Holiday in the in-memory org, as the Object Reference describes them.
import { integrationCase, integrationFixture } from './integrationFixtures';

describe('CaseComment', () => {
    it('follows its case: no permission of its own, readable with the case and added with edit access to cases', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        const minimal = org.createUser({ LastName: 'Minimal', profile: 'Minimum Access - Salesforce' });
        expect(org.runAs(fixture.creatorId, () => org.describe('CaseComment').isCreateable())).toBe(true);
        expect(org.runAs(minimal, () => org.describe('CaseComment').isAccessible())).toBe(false);
        const [commentId] = org.runAs(fixture.creatorId, () => org.db.insert({ attributes: { type: 'CaseComment' }, ParentId: caseId, CommentBody: 'Note' }, 'USER_MODE'));
        expect(org.db.get(commentId as string)).toMatchObject({ IsPublished: false, CreatedById: fixture.creatorId });
        expect(() => org.runAs(minimal, () => org.db.insert({ attributes: { type: 'CaseComment' }, ParentId: caseId, CommentBody: 'x' }, 'USER_MODE'))).toThrow('Insufficient access to create CaseComment');
    });

    it('holds at most 4,000 characters and keeps its case', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        expect(() => org.db.insert({ attributes: { type: 'CaseComment' }, ParentId: caseId, CommentBody: 'x'.repeat(4001) }, 'SYSTEM_MODE')).toThrow('max length=4000');
        const [commentId] = org.db.insert({ attributes: { type: 'CaseComment' }, ParentId: caseId, CommentBody: 'x' }, 'SYSTEM_MODE');
        expect(() => org.db.update({ Id: commentId as string, ParentId: caseId }, 'SYSTEM_MODE')).toThrow('Unable to update field: CaseComment.ParentId');
    });

    it('is seen by whoever sees its case (Controlled by Parent)', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        const [commentId] = org.db.insert({ attributes: { type: 'CaseComment' }, ParentId: caseId, CommentBody: 'x' }, 'SYSTEM_MODE');
        const comment = org.db.get(commentId as string);
        expect(org.sharing.organizationWideDefault('CaseComment')).toBe('ControlledByParent');
        expect(org.sharing.canRead(fixture.workerId, comment as never)).toBe(true);
    });
});

describe('BusinessHours and Holiday', () => {
    it('a new org has Default business hours, open 24 hours 7 days a week, in the org\'s time zone', () => {
        const { org } = integrationFixture();
        expect(org.db.all('BusinessHours')).toEqual([
            expect.objectContaining({ Name: 'Default', IsDefault: true, IsActive: true, TimeZoneSidKey: 'America/New_York', MondayStartTime: '00:00:00.000Z', SundayEndTime: '00:00:00.000Z' })
        ]);
    });

    it('stores times as Apex serializes them and refuses what is not a time', () => {
        const { org } = integrationFixture();
        const [id] = org.db.insert({ attributes: { type: 'BusinessHours' }, Name: 'Integrations', TimeZoneSidKey: 'GMT', MondayStartTime: '08:30', MondayEndTime: '17:00:00Z' }, 'SYSTEM_MODE');
        expect(org.db.get(id as string)).toMatchObject({ MondayStartTime: '08:30:00.000Z', MondayEndTime: '17:00:00.000Z', TuesdayStartTime: null });
        expect(() => org.db.insert({ attributes: { type: 'BusinessHours' }, Name: 'Bad', TimeZoneSidKey: 'GMT', MondayStartTime: '25:00' }, 'SYSTEM_MODE')).toThrow('value not of required type');
    });

    it('every user reads business hours and holidays ("All users ... can view holidays via the API")', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const minimal = org.createUser({ LastName: 'Minimal', profile: 'Minimum Access - Salesforce' });
        for (const userId of [fixture.outsiderId, minimal]) {
            expect(org.runAs(userId, () => [org.describe('BusinessHours').isAccessible(), org.describe('Holiday').isAccessible()])).toEqual([true, true]);
        }
    });
});
