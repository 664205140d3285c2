// IntegrationNotices: the messages procedure 004 calls for, mirroring the Apex class of the same name.
// "When any changes are made to a Case, the Case Creator will receive an email notification": the creator
// gets a custom notification (type Integration_Case_Update) when someone else changes the owner or the
// status or comments, and an email too when Notify_Creator_By_Email__c says so; the owner (or the creator,
// for the close) is told once when a clock becomes overdue. Sending never fails a save: a missing
// notification type or a refused message is an ERROR log line (PlaybookErrors.logError in Apex).
import { newErrorReference } from '../errors/auraHandled';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { isValidId } from '../org/ids';

export const NOTIFICATION_TYPE = 'Integration_Case_Update';
export const NOTIFICATION_TYPE_MISSING = 'NOTIFICATION_TYPE_MISSING';
export const NOTICE_NOT_SENT = 'INTEGRATION_NOTICE_NOT_SENT';

export interface Notice {
    /** A user, or a queue (its members get it). */
    recipientId: string;
    caseId: string;
    title: string;
    body: string;
}

/** The notification type's Id, read in system mode (setup data); null after an ERROR log line when it is missing. */
function notificationTypeId(org: InMemoryOrg): string | null {
    // SECURITY (as in Apex): notification types are setup data the running user may not read.
    const [type] = org.db.query(
        { select: ['Id'], from: 'CustomNotificationType', where: [{ field: 'DeveloperName', value: NOTIFICATION_TYPE }], limit: 1 },
        'SYSTEM_MODE'
    );
    if (type) return type.Id;
    org.logError({
        reference: newErrorReference(),
        code: NOTIFICATION_TYPE_MISSING,
        exceptionType: 'None',
        detail: `The org has no custom notification type "${NOTIFICATION_TYPE}", so integration case notifications were not sent. Restore it from the Service Playbooks package.`
    });
    return null;
}

/** Sends each notice as a custom notification, and to users by email too when `alsoEmail`. */
export function sendNotices(org: InMemoryOrg, notices: readonly Notice[], alsoEmail: boolean): void {
    if (!notices.length) return;
    const typeId = notificationTypeId(org);
    for (const notice of notices) {
        try {
            if (typeId) {
                org.messaging.sendCustomNotification({
                    typeId,
                    recipientIds: [notice.recipientId],
                    title: notice.title,
                    body: notice.body,
                    targetId: notice.caseId
                });
            }
        } catch (error) {
            logNotSent(org, notice, error);
        }
    }
    const emails = alsoEmail ? notices.filter((notice) => isValidId(notice.recipientId) && org.schema.objectForId(notice.recipientId)?.name === 'User') : [];
    if (!emails.length) return;
    try {
        org.messaging.sendEmailToUsers(
            emails.map((notice) => ({ targetUserId: notice.recipientId, subject: notice.title, body: notice.body, whatId: notice.caseId, saveAsActivity: false }))
        );
    } catch (error) {
        for (const notice of emails) logNotSent(org, notice, error);
    }
}

function logNotSent(org: InMemoryOrg, notice: Notice, error: unknown): void {
    org.logError({
        reference: newErrorReference(),
        code: NOTICE_NOT_SENT,
        exceptionType: error instanceof Error ? error.name : 'Unknown',
        detail: `Case ${notice.caseId}: "${notice.title}" to ${notice.recipientId} was not sent: ${error instanceof Error ? error.message : String(error)}`
    });
}
