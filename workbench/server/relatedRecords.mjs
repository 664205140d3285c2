// What a record page lists beside the record: its tasks (open and closed) and related records
// (an account's contacts and cases, a contact's cases).
const byNewest = (a, b) =>
    String(b.ActivityDate ?? b.CreatedDate ?? '').localeCompare(String(a.ActivityDate ?? a.CreatedDate ?? ''));

export function activitiesOf(org, recordId) {
    const nameOf = (id) => (id ? (org.recordById(id)?.record.Name ?? '') : '');
    return org
        .records('Task')
        .filter((task) => task.WhatId === recordId || task.WhoId === recordId || task.AccountId === recordId)
        .sort(byNewest)
        .map((task) => ({
            id: task.Id,
            subject: task.Subject ?? '',
            status: task.Status ?? '',
            activityDate: task.ActivityDate ?? null,
            ownerName: nameOf(task.OwnerId),
            description: task.Description ?? null,
            whoName: task.WhoId ? nameOf(task.WhoId) : null,
            isClosed: task.IsClosed === true || task.Status === 'Completed'
        }));
}

export function relatedListsOf(org, recordId) {
    const found = org.recordById(recordId);
    if (!found) return [];
    const caseRow = (record) => ({
        id: record.Id,
        objectApiName: 'Case',
        name: `${record.CaseNumber ?? ''} ${record.Subject ?? ''}`.trim(),
        detail: [record.Status, record.CL_Activity_Status__c].filter(Boolean).join(' • ')
    });
    if (found.sobject === 'Account') {
        const contacts = org.records('Contact').filter((contact) => contact.AccountId === recordId);
        const cases = org.records('Case').filter((record) => record.AccountId === recordId);
        return [
            {
                title: `Contacts (${contacts.length})`,
                icon: 'standard:contact',
                rows: contacts.map((contact) => ({
                    id: contact.Id,
                    objectApiName: 'Contact',
                    name: contact.Name ?? '',
                    detail: [contact.Title, contact.Employment_Status__c, contact.Phone].filter(Boolean).join(' • ')
                }))
            },
            { title: `Cases (${cases.length})`, icon: 'standard:case', rows: cases.map(caseRow) }
        ];
    }
    if (found.sobject === 'Contact') {
        const cases = org.records('Case').filter((record) => record.ContactId === recordId);
        return [{ title: `Cases (${cases.length})`, icon: 'standard:case', rows: cases.map(caseRow) }];
    }
    return [];
}
