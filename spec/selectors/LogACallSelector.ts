// LogACallSelector: every query of Log a Call, in user mode, mirroring the Apex class.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { soslEach, type SearchGroup } from '../org/search';
import type { SObjectRecord } from '../org/values';

const CONTACT_FIELDS = ['Id', 'Name', 'Phone', 'AccountId', 'Account.Name', 'Account.Customer_Role__c'];
const ACCOUNT_FIELDS = ['Id', 'Name', 'Customer_Role__c'];

/** The case with its account, contact, installer contact and record type; undefined when not visible. */
export function selectCaseForCall(org: InMemoryOrg, caseId: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: [
                'Id',
                'CaseNumber',
                'AccountId',
                'Account.Name',
                'Account.Customer_Role__c',
                'RecordType.DeveloperName',
                'ContactId',
                ...CONTACT_FIELDS.map((name) => `Contact.${name}`),
                'Installer_Contact__c',
                ...CONTACT_FIELDS.map((name) => `Installer_Contact__r.${name}`)
            ],
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
 * Contacts and accounts the search index finds for a SOSL search query, each by name: `FIND :searchQuery IN NAME
 * FIELDS` (contacts by first and last name and account name, accounts by name) or `IN PHONE FIELDS`, `RETURNING
 * Contact(... ORDER BY Name, Id LIMIT n), Account(... ORDER BY Name, Id LIMIT n) WITH USER_MODE`: one statement.
 * See the Apex selector for why the search is SOSL, and spec/org/search.ts for the index.
 */
export function selectCustomersFound(
    org: InMemoryOrg,
    searchQuery: string,
    group: SearchGroup,
    rowLimit: number
): { contacts: SObjectRecord[]; accounts: SObjectRecord[] } {
    const order = [{ field: 'Name' }, { field: 'Id' }];
    const [contacts, accounts] = soslEach(
        org,
        {
            find: searchQuery,
            in: group,
            returning: [
                { select: CONTACT_FIELDS, from: 'Contact', orderBy: order, limit: rowLimit },
                { select: ACCOUNT_FIELDS, from: 'Account', orderBy: order, limit: rowLimit }
            ]
        },
        'USER_MODE'
    );
    return { contacts: contacts ?? [], accounts: accounts ?? [] };
}

/**
 * The open call tasks on a record (WhatId for a case or account, WhoId for a contact), whoever owns them, newest
 * first: the agent's own and the phone system's are among them (PhoneSystemTasks decides which is which).
 */
export function selectOpenCallTasks(org: InMemoryOrg, relationField: 'WhatId' | 'WhoId', recordId: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'Subject', 'WhoId', 'Who.Name', 'OwnerId', 'Owner.Name', 'CreatedById', 'CallObject'],
            from: 'Task',
            where: [
                { field: relationField, value: recordId },
                { field: 'IsClosed', value: false },
                { field: 'TaskSubtype', value: 'Call' }
            ],
            orderBy: [{ field: 'CreatedDate', direction: 'DESC' }, { field: 'Id', direction: 'DESC' }],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

/** The account's open cases, newest first: what a call from the account or contact page can relate to. */
export function selectOpenCasesOfAccount(org: InMemoryOrg, accountId: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'CaseNumber', 'Subject', 'Status'],
            from: 'Case',
            where: [
                { field: 'AccountId', value: accountId },
                { field: 'IsClosed', value: false }
            ],
            orderBy: [{ field: 'CreatedDate', direction: 'DESC' }, { field: 'Id', direction: 'DESC' }],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

/**
 * One task with what completing it decides on (owner, creator, CallObject: is it the agent's or the phone system's;
 * what it is related to), and what the phone system wrote on it (notes, call type, date), which the completion keeps.
 */
export function selectTask(org: InMemoryOrg, taskId: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: [
                'Id',
                'Subject',
                'OwnerId',
                'Owner.Name',
                'CreatedById',
                'CallObject',
                'WhatId',
                'WhoId',
                'IsClosed',
                'TaskSubtype',
                'ActivityDate',
                'Description',
                'CallType'
            ],
            from: 'Task',
            where: [{ field: 'Id', value: taskId }],
            limit: 1
        },
        'USER_MODE'
    )[0];
}
