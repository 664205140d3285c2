// What the org sends to people: custom notifications and email, recorded in an outbox instead of
// delivered, so tests and the workbench can see them.
//
// Platform documentation followed here:
// - Apex Reference, "CustomNotification Class": a notification needs its notification type's Id, a title, a
//   body and a target (targetId or targetPageRef: "if both are omitted, send() throws an exception"); send()
//   takes recipient Ids. Custom Notification Actions: a recipient Id is a user (sent if active), a group or a
//   queue (sent to its active members). Help "Considerations for Salesforce Mobile App Notifications": titles are
//   trimmed to 250 characters and bodies to 750. Help "Considerations for Notifications": at most 10,000
//   recipients after expanding groups and queues.
// - Apex Reference, "SingleEmailMessage Methods": setTargetObjectId with a user's Id sends to that user, and then
//   setSaveAsActivity must be false; a subject and a body are needed. Apex Reference, "Messaging Class": email
//   goes out "after the current transaction commits", so nothing is sent when the transaction fails.
// - Apex Reference, "DmlOptions.EmailHeader Class": triggerUserEmail on a DML operation sends the email
//   Salesforce sends to users in the org, such as the new owner of a record whose owner changed ("To send email
//   notifications to a record's new owner, set the triggerUserEmail property to true").
// Not modelled, and refused with `unsupported:` where asked for: targetPageRef, account and opportunity team
// recipients, email to addresses or contacts, templates, attachments.
import { isValidId, sameId } from './ids';
import type { SObjectRecord } from './values';

export type MessageKind = 'notification' | 'email';

/** One message as delivered to one user. */
export interface SentMessage {
    kind: MessageKind;
    /** The recipient user. */
    to: string;
    /** The record the message is about (a notification's target). */
    about: string | null;
    title: string;
    body: string;
    /** For a notification, its type's DeveloperName; for an email, 'ownerChange' when the platform sent it for triggerUserEmail, else 'apex'. */
    source: string;
    at: string;
}

export interface CustomNotificationRequest {
    typeId: string;
    recipientIds: readonly string[];
    title: string;
    body: string;
    targetId: string;
}

export interface UserEmailRequest {
    /** setTargetObjectId: a user. */
    targetUserId: string;
    subject: string;
    body: string;
    /** setWhatId: the record the email is about. */
    whatId?: string | null;
    saveAsActivity: boolean;
}

export const TITLE_LIMIT = 250;
export const BODY_LIMIT = 750;
export const RECIPIENT_LIMIT = 10000;

/** What messaging needs from the org: stored records, queue members, and the time. */
export interface MessagingHost {
    record(id: string): SObjectRecord | undefined;
    records(objectName: string): readonly SObjectRecord[];
    nowIso(): string;
}

export class MessagingError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'MessagingError';
    }
}

export class Messaging {
    /** Everything delivered so far, oldest first. */
    readonly outbox: SentMessage[] = [];
    private pending: SentMessage[] | undefined;

    constructor(private readonly host: MessagingHost) {}

    /** Messaging.CustomNotification.send(recipientIds). */
    sendCustomNotification(request: CustomNotificationRequest): void {
        const type = isValidId(request.typeId) ? this.host.record(request.typeId) : undefined;
        if (type?.attributes.type !== 'CustomNotificationType') {
            throw new MessagingError(`Invalid notification type id: ${request.typeId}`);
        }
        if (!isValidId(request.targetId)) throw new MessagingError('A custom notification needs a target: set targetId');
        if (!request.title?.trim() || !request.body?.trim()) throw new MessagingError('A custom notification needs a title and a body');
        if (!request.recipientIds.length) throw new MessagingError('A custom notification needs at least one recipient');
        const recipients = new Set<string>();
        for (const id of request.recipientIds) for (const user of this.activeUsersOf(id)) recipients.add(user);
        if (recipients.size > RECIPIENT_LIMIT) throw new MessagingError(`More than ${RECIPIENT_LIMIT} recipients`);
        for (const to of recipients) {
            this.deliver({
                kind: 'notification',
                to,
                about: request.targetId,
                title: request.title.slice(0, TITLE_LIMIT),
                body: request.body.slice(0, BODY_LIMIT),
                source: String(type.DeveloperName),
                at: this.host.nowIso()
            });
        }
    }

    /** Messaging.sendEmail of SingleEmailMessages addressed to users. */
    sendEmailToUsers(requests: readonly UserEmailRequest[]): void {
        for (const request of requests) {
            const user = this.validateEmailToUser(request);
            if (user.IsActive === false) continue;
            this.deliver({ kind: 'email', to: user.Id, about: request.whatId ?? null, title: request.subject, body: request.body, source: 'apex', at: this.host.nowIso() });
        }
    }

    /** The user an email goes to, or the MessagingError Messaging.sendEmail reports for it. */
    validateEmailToUser(request: UserEmailRequest): SObjectRecord {
        const user = isValidId(request.targetUserId) ? this.host.record(request.targetUserId) : undefined;
        if (user?.attributes.type !== 'User') {
            throw new Error('unsupported: email to anything but a user (setTargetObjectId with a User Id)');
        }
        if (request.saveAsActivity) throw new MessagingError('saveAsActivity must be false when the target is a user');
        if (!request.subject?.trim() || !request.body?.trim()) throw new MessagingError('An email needs a subject and a body');
        return user;
    }

    /** The email triggerUserEmail makes the platform send to a record's new owner (a user; a queue gets none here). */
    ownerChangeEmail(record: SObjectRecord, newOwnerId: string, label: string): void {
        const owner = this.host.record(newOwnerId);
        if (owner?.attributes.type !== 'User' || owner.IsActive === false) return;
        this.deliver({
            kind: 'email',
            to: owner.Id,
            about: record.Id,
            title: `${label} transferred to you`,
            body: `${label} has been assigned to you.`,
            source: 'ownerChange',
            at: this.host.nowIso()
        });
    }

    // ---- transactions: delivered at commit, dropped when the transaction fails -----------------------

    beginTransaction(): void {
        this.pending = [];
    }

    commitTransaction(): void {
        this.outbox.push(...(this.pending ?? []));
        this.pending = undefined;
    }

    rollbackTransaction(): void {
        this.pending = undefined;
    }

    private deliver(message: SentMessage): void {
        if (this.pending) this.pending.push(message);
        else this.outbox.push(message);
    }

    private activeUsersOf(id: string): string[] {
        const recipient = isValidId(id) ? this.host.record(id) : undefined;
        if (recipient?.attributes.type === 'User') return recipient.IsActive === false ? [] : [recipient.Id];
        if (recipient?.attributes.type === 'Group') {
            return this.host
                .records('GroupMember')
                .filter((member) => sameId(member.GroupId, recipient.Id))
                .flatMap((member) => this.activeUsersOf(String(member.UserOrGroupId)));
        }
        if (recipient) throw new Error(`unsupported: a custom notification to a ${recipient.attributes.type} (users, groups and queues only)`);
        throw new MessagingError(`Invalid recipient id: ${id}`);
    }
}
