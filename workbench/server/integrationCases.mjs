// The integration case list views as the shell lists them (procedure 004): "My Open Created Cases"
// filters on the Created_By_Me__c formula (CreatedById = $User.Id), as the shipped list view does, and
// "My Integration Cases" on the running user's ownership. Open integration cases only, newest first.
export const INTEGRATION_RECORD_TYPE = 'Integration_Case';
export const VIEWS = {
    created: { label: 'My Open Created Cases', keep: (record) => record.Created_By_Me__c === true },
    mine: { label: 'My Integration Cases', keep: (record, userId) => record.OwnerId === userId }
};

export function integrationCaseRows(org, userId, view) {
    const chosen = VIEWS[view];
    if (!chosen) return null;
    const recordTypeId = org.recordTypeId('Case', INTEGRATION_RECORD_TYPE);
    const nameOf = (id) => (id ? (org.recordById(id)?.record.Name ?? '') : '');
    return org
        .recordsAsRead(userId, 'Case', [
            { field: 'RecordTypeId', value: recordTypeId },
            { field: 'IsClosed', value: false }
        ])
        .filter((record) => chosen.keep(record, userId))
        .sort((a, b) => String(b.CaseNumber).localeCompare(String(a.CaseNumber)))
        .map((record) => ({
            id: record.Id,
            caseNumber: record.CaseNumber ?? '',
            subject: record.Subject ?? '',
            status: record.Status ?? '',
            ownerName: nameOf(record.OwnerId),
            account: nameOf(record.AccountId),
            overdue: record.Integration_Overdue__c === true,
            mayClose: record.May_Close__c === true,
            updateRequestAllowedFrom: record.Update_Request_Allowed_From__c ?? null
        }));
}
