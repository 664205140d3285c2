// IntegrationCreatorNotices: "When any changes are made to a Case, the Case Creator will receive an
// email notification" (procedure 004). Salesforce emails a new owner and, with the support setting on,
// the owner about new comments; nobody tells the creator. After an integration case's owner or status
// changes, its creator is notified, unless the creator made the change. The package's own bookkeeping
// (stamps, the scheduled job's marks) changes neither, so it never notifies. Mirrors the Apex class.
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { sendNotices, type Notice } from '../services/IntegrationNotices';
import { integrationRecordTypeIdForTrigger } from './integrationRecordType';

/** After update: one notice per changed case to its creator. */
export function notifyCreatorsOfChanges(
    org: InMemoryOrg,
    newRecords: readonly SObjectRecord[],
    oldRecords: ReadonlyMap<string, SObjectRecord>
): void {
    const me = org.runningUserId();
    const changed = newRecords.filter((record) => {
        const before = oldRecords.get(record.Id);
        return before && !sameId(record.CreatedById, me) && (!sameId(before.OwnerId, record.OwnerId) || before.Status !== record.Status);
    });
    if (!changed.length) return;
    const recordTypeId = integrationRecordTypeIdForTrigger(org, 'notifying integration case creators');
    const integration = changed.filter((record) => recordTypeId && sameId(record.RecordTypeId, recordTypeId));
    if (!integration.length) return;
    // SECURITY (as in Apex): the trigger reads the owner's name and the creator's state of cases the running user just saved.
    const read = org.db.query(
        {
            select: ['Id', 'CaseNumber', 'Subject', 'Owner.Name', 'CreatedBy.IsActive'],
            from: 'Case',
            where: [{ field: 'Id', operator: 'IN', value: integration.map((record) => record.Id) }]
        },
        'SYSTEM_MODE'
    );
    const byId = new Map(read.map((record) => [record.Id, record]));
    const who = String(org.runningUser().Name);
    const notices: Notice[] = [];
    for (const record of integration) {
        const current = byId.get(record.Id);
        if (!current || (current.CreatedBy as SObjectRecord | null)?.IsActive === false) continue;
        const before = oldRecords.get(record.Id) as SObjectRecord;
        const ownerChanged = !sameId(before.OwnerId, record.OwnerId);
        const statusChanged = before.Status !== record.Status;
        const changes: string[] = [];
        if (ownerChanged) changes.push(sameId(record.OwnerId, me) ? 'took the case' : `assigned it to ${String((current.Owner as SObjectRecord | null)?.Name)}`);
        if (statusChanged) changes.push(`set its status to ${String(record.Status)}`);
        const what = ownerChanged && statusChanged ? 'owner and status changed' : ownerChanged ? 'owner changed' : 'status changed';
        notices.push({
            recipientId: String(record.CreatedById),
            caseId: record.Id,
            title: `Case ${String(current.CaseNumber)}: ${what}`,
            body: `${who} ${changes.join(' and ')}. ${String(current.Subject ?? '')}`.trim()
        });
    }
    sendNotices(org, notices, org.settings().notifyCreatorByEmail);
}
