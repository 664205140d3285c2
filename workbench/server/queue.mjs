// The Team Loyalty queue as the shell lists it: open CLA cases, sorted by dealership (account
// name), unclaimed cases (still owned by the queue) first within a dealership, then case number.
export const CLA_RECORD_TYPE = 'Customer_Loyalty_Assessment';
export const TEAM_LOYALTY_QUEUE = 'Team_Loyalty';

export function queueRows(org) {
    const claRecordTypeId = org.recordTypeId('Case', CLA_RECORD_TYPE);
    const queueId = org.queueId(TEAM_LOYALTY_QUEUE);
    const nameOf = (id) => (id ? (org.recordById(id)?.record.Name ?? '') : '');
    const rows = org
        .records('Case')
        .filter((record) => record.RecordTypeId === claRecordTypeId && !org.isClosedCase(record))
        .map((record) => ({
            id: record.Id,
            caseNumber: record.CaseNumber ?? '',
            subject: record.Subject ?? '',
            dealership: nameOf(record.AccountId),
            accountId: record.AccountId ?? null,
            contactName: nameOf(record.ContactId),
            contactId: record.ContactId ?? null,
            ownerName: nameOf(record.OwnerId),
            claimed: record.OwnerId !== queueId,
            activityStatus: record.CL_Activity_Status__c ?? null,
            callAttempts: record.CL_Call_Attempts__c ?? 0
        }));
    return rows.sort(
        (a, b) =>
            a.dealership.localeCompare(b.dealership) ||
            Number(a.claimed) - Number(b.claimed) ||
            a.caseNumber.localeCompare(b.caseNumber)
    );
}
