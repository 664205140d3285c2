// NewCaseSelector: the queries of the New Case action (procedure 001), in user mode, mirroring the
// Apex class.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';

const CONTRACT_FIELDS = [
    'Id',
    'AccountId',
    'ContractNumber',
    'Status',
    'Cancellation_Status__c',
    'StartDate',
    'EndDate',
    'Account.Name',
    'Account.Customer_Role__c'
];
const CONTACT_FIELDS = ['Id', 'Name', 'Title', 'Email', 'AccountId', 'Account.Name', 'Account.Customer_Role__c'];

/** One contract with its account and what decides whether it is active or warns. */
export function selectContract(org: InMemoryOrg, contractId: string): SObjectRecord | undefined {
    return org.db.query({ select: CONTRACT_FIELDS, from: 'Contract', where: [{ field: 'Id', value: contractId }], limit: 1 }, 'USER_MODE')[0];
}

/** One account with its customer role. */
export function selectAccount(org: InMemoryOrg, accountId: string): SObjectRecord | undefined {
    return org.db.query(
        { select: ['Id', 'Name', 'Customer_Role__c'], from: 'Account', where: [{ field: 'Id', value: accountId }], limit: 1 },
        'USER_MODE'
    )[0];
}

/** An account's contracts, newest start first (no start date last). */
export function selectAccountContracts(org: InMemoryOrg, accountId: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: CONTRACT_FIELDS,
            from: 'Contract',
            where: [{ field: 'AccountId', value: accountId }],
            orderBy: [
                { field: 'StartDate', direction: 'DESC', nulls: 'LAST' },
                { field: 'Id', direction: 'DESC' }
            ],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

/** An account's contacts by name. */
export function selectAccountContacts(org: InMemoryOrg, accountId: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: CONTACT_FIELDS,
            from: 'Contact',
            where: [{ field: 'AccountId', value: accountId }],
            orderBy: [
                { field: 'LastName', direction: 'ASC' },
                { field: 'FirstName', direction: 'ASC' },
                { field: 'Id', direction: 'ASC' }
            ],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

/** One contact with its account. */
export function selectContact(org: InMemoryOrg, contactId: string): SObjectRecord | undefined {
    return org.db.query({ select: CONTACT_FIELDS, from: 'Contact', where: [{ field: 'Id', value: contactId }], limit: 1 }, 'USER_MODE')[0];
}

/** The number the platform gave a new case. */
export function selectCaseNumber(org: InMemoryOrg, caseId: string): string {
    const rows = org.db.query({ select: ['Id', 'CaseNumber'], from: 'Case', where: [{ field: 'Id', value: caseId }], limit: 1 }, 'USER_MODE');
    return String(rows[0]?.CaseNumber ?? '');
}
