// The Team Loyalty queue as the shell lists it, one view per list view of objects/Case/listViews:
// Team_Loyalty (open CLA cases) and Team_Loyalty_Claimable (those no current employee has claimed:
// still owned by a queue, or by a user who is no longer active). Sorted by dealership (account name),
// unclaimed cases (still owned by the queue) first within a dealership, then case number.
export const CLA_RECORD_TYPE = 'Customer_Loyalty_Assessment';
export const TEAM_LOYALTY_QUEUE = 'Team_Loyalty';
export const QUEUE_VIEWS = ['Team_Loyalty', 'Team_Loyalty_Claimable'];

/**
 * Case.CL_Claimable__c as the org computes it, since the in-memory org does not evaluate formulas:
 * ISBLANK(Owner:User.Id) || NOT(Owner:User.IsActive). test/scripts/queue.test.mjs fails when the
 * field's formula is no longer exactly this one.
 */
export const CLAIMABLE_FORMULA = 'ISBLANK(Owner:User.Id) || NOT(Owner:User.IsActive)';

export function isClaimable(org, ownerId) {
    const owner = ownerId ? org.recordById(ownerId) : undefined;
    if (!owner || owner.sobject !== 'User') return true;
    return owner.record.IsActive !== true;
}

export function queueRows(org, view = 'Team_Loyalty') {
    if (!QUEUE_VIEWS.includes(view)) throw new Error(`Unknown queue view ${view}: use one of ${QUEUE_VIEWS.join(', ')}`);
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
            claimable: isClaimable(org, record.OwnerId),
            activityStatus: record.CL_Activity_Status__c ?? null,
            callAttempts: record.CL_Call_Attempts__c ?? 0,
            satisfactionNotes: record.CL_Satisfaction_Notes__c ?? null
        }))
        .filter((row) => view !== 'Team_Loyalty_Claimable' || row.claimable);
    return rows.sort(
        (a, b) =>
            a.dealership.localeCompare(b.dealership) ||
            Number(a.claimed) - Number(b.claimed) ||
            a.caseNumber.localeCompare(b.caseNumber)
    );
}
