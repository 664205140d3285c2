// The org's outbox (spec/org/messaging.ts): custom notifications and email as the platform documents them,
// recorded instead of delivered; delivered when the transaction commits and dropped when it fails.
import { MessagingError } from '../org/messaging';
import { integrationCase, integrationFixture } from './integrationFixtures';

function notificationTypeId(org: ReturnType<typeof integrationFixture>['org']): string {
    return org.db.all('CustomNotificationType').find((type) => type.DeveloperName === 'Integration_Case_Update')?.Id as string;
}

describe('messaging', () => {
    it('has the project\'s notification types, from notificationtypes/ metadata', () => {
        const { org } = integrationFixture();
        expect(org.db.all('CustomNotificationType').map((type) => [type.DeveloperName, type.MasterLabel])).toEqual([['Integration_Case_Update', 'Integration Case Update']]);
    });

    it('sends a notification to a queue\'s active members, trimming the title to 250 and the body to 750 characters', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        org.messaging.sendCustomNotification({ typeId: notificationTypeId(org), recipientIds: [fixture.queueId], title: 't'.repeat(300), body: 'b'.repeat(900), targetId: caseId });
        expect(org.messaging.outbox).toEqual([expect.objectContaining({ kind: 'notification', to: fixture.workerId, about: caseId, source: 'Integration_Case_Update' })]);
        expect(org.messaging.outbox[0]?.title).toHaveLength(250);
        expect(org.messaging.outbox[0]?.body).toHaveLength(750);
    });

    it('refuses what send() refuses: no target, no title, an unknown type or recipient', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        const typeId = notificationTypeId(org);
        const send = (overrides: object) => () => org.messaging.sendCustomNotification({ typeId, recipientIds: [fixture.creatorId], title: 'T', body: 'B', targetId: caseId, ...overrides });
        expect(send({ targetId: '' })).toThrow(MessagingError);
        expect(send({ title: ' ' })).toThrow('needs a title and a body');
        expect(send({ typeId: caseId })).toThrow('Invalid notification type id');
        expect(send({ recipientIds: [] })).toThrow('at least one recipient');
        expect(send({ recipientIds: [caseId] })).toThrow('unsupported: a custom notification to a Case');
    });

    it('delivers at commit and drops everything when the transaction fails', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        const typeId = notificationTypeId(org);
        expect(() =>
            org.transaction(() => {
                org.messaging.sendCustomNotification({ typeId, recipientIds: [fixture.creatorId], title: 'T', body: 'B', targetId: caseId });
                throw new Error('the save failed');
            })
        ).toThrow('the save failed');
        expect(org.messaging.outbox).toEqual([]);
        org.transaction(() => org.messaging.sendEmailToUsers([{ targetUserId: fixture.creatorId, subject: 'S', body: 'B', saveAsActivity: false }]));
        expect(org.messaging.outbox).toEqual([expect.objectContaining({ kind: 'email', to: fixture.creatorId, source: 'apex' })]);
    });

    it('emails only users, without an activity', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        expect(() => org.messaging.sendEmailToUsers([{ targetUserId: fixture.contactId, subject: 'S', body: 'B', saveAsActivity: false }])).toThrow('unsupported: email to anything but a user');
        expect(() => org.messaging.sendEmailToUsers([{ targetUserId: fixture.creatorId, subject: 'S', body: 'B', saveAsActivity: true }])).toThrow('saveAsActivity must be false');
    });

    it('"put a check mark in the box next to Send Notification Email": an owner change saved with triggerUserEmail emails the new owner', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture, { OwnerId: fixture.creatorId });
        org.db.update({ Id: caseId, OwnerId: fixture.workerId }, 'SYSTEM_MODE', { emailHeader: { triggerUserEmail: true } });
        expect(org.messaging.outbox.filter((message) => message.source === 'ownerChange')).toEqual([expect.objectContaining({ kind: 'email', to: fixture.workerId, about: caseId })]);
        org.db.update({ Id: caseId, OwnerId: fixture.creatorId }, 'SYSTEM_MODE');
        expect(org.messaging.outbox.filter((message) => message.source === 'ownerChange')).toHaveLength(1);
    });
});
