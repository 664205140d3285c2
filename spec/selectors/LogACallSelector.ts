// LogACallSelector: every query of Log a Call, in user mode, mirroring the Apex class.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { sosl, type SearchGroup } from '../org/search';
import type { SObjectRecord } from '../org/values';

const CONTACT_FIELDS = ['Id', 'Name', 'Phone', 'AccountId', 'Account.Name', 'Account.Customer_Role__c'];

/** The case with its account, contact and record type; undefined when not visible. */
export function selectCaseForCall(org: InMemoryOrg, caseId: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: ['Id', 'CaseNumber', 'AccountId', 'Account.Name', 'RecordType.DeveloperName', 'ContactId', ...CONTACT_FIELDS.map((name) => `Contact.${name}`)],
            from: 'Case',
            where: [{ field: 'Id', value: caseId }],
            limit: 1
        },
        'USER_MODE'
    )[0];
}

export function selectAccounts(org: InMemoryOrg, accountIds: readonly string[]): SObjectRecord[] {
    return org.db.query(
        { select: ['Id', 'Name', 'Customer_Role__c'], from: 'Account', where: [{ field: 'Id', operator: 'IN', value: accountIds }], limit: accountIds.length },
        'USER_MODE'
    );
}

export function selectContacts(org: InMemoryOrg, contactIds: readonly string[]): SObjectRecord[] {
    return org.db.query(
        { select: CONTACT_FIELDS, from: 'Contact', where: [{ field: 'Id', operator: 'IN', value: contactIds }], limit: contactIds.length },
        'USER_MODE'
    );
}

/**
 * Contacts the search index finds for a SOSL search query, by name: `FIND :searchQuery IN NAME FIELDS` (first
 * and last name, account name) or `IN PHONE FIELDS`, `RETURNING Contact(... ORDER BY Name, Id LIMIT n) WITH
 * USER_MODE`. See the Apex selector for why the search is SOSL, and spec/org/search.ts for the index.
 */
export function selectContactsFound(org: InMemoryOrg, searchQuery: string, group: SearchGroup, rowLimit: number): SObjectRecord[] {
    return sosl(
        org,
        {
            find: searchQuery,
            in: group,
            returning: { select: CONTACT_FIELDS, from: 'Contact', orderBy: [{ field: 'Name' }, { field: 'Id' }], limit: rowLimit }
        },
        'USER_MODE'
    );
}

/** The running user's open call tasks on a record (WhatId for a case or account, WhoId for a contact), newest first. */
export function selectOpenCallTasks(
    org: InMemoryOrg,
    relationField: 'WhatId' | 'WhoId',
    recordId: string,
    ownerId: string,
    rowLimit: number
): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'Subject', 'WhoId', 'Who.Name', 'OwnerId', 'IsClosed', 'TaskSubtype'],
            from: 'Task',
            where: [
                { field: relationField, value: recordId },
                { field: 'OwnerId', value: ownerId },
                { field: 'IsClosed', value: false },
                { field: 'TaskSubtype', value: 'Call' }
            ],
            orderBy: [{ field: 'CreatedDate', direction: 'DESC' }, { field: 'Id', direction: 'DESC' }],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

/** One task with what completing it decides on, and what the phone system wrote on it (notes, call type, date). */
export function selectTask(org: InMemoryOrg, taskId: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: ['Id', 'Subject', 'OwnerId', 'IsClosed', 'TaskSubtype', 'ActivityDate', 'Description', 'CallType'],
            from: 'Task',
            where: [{ field: 'Id', value: taskId }],
            limit: 1
        },
        'USER_MODE'
    )[0];
}
