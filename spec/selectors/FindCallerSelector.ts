// FindCallerSelector: every query of Find Caller (procedure 003), in user mode, mirroring the Apex class.
import { ENTITLEMENT } from '../org/entitlements';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { sosl, type SearchGroup } from '../org/search';
import type { SObjectRecord } from '../org/values';

export const ACTIVATED = 'Activated';
const BY_NAME = [{ field: 'Name' }, { field: 'Id' }];

/**
 * One page of the contacts the search index finds: `FIND :searchQuery IN NAME FIELDS` (or PHONE FIELDS) `RETURNING
 * Contact(... ORDER BY Name, Id LIMIT :rowLimit OFFSET :offset) WITH USER_MODE`. One object per statement, because
 * "OFFSET can be used only when querying a single object" (SOSL and SOQL Reference, "OFFSET n").
 */
export function selectContactsFound(org: InMemoryOrg, searchQuery: string, group: SearchGroup, rowLimit: number, offset: number): SObjectRecord[] {
    return sosl(
        org,
        {
            find: searchQuery,
            in: group,
            returning: {
                select: ['Id', 'Name', 'Phone', 'AccountId', 'Account.Name', 'Account.Customer_Role__c'],
                from: 'Contact',
                orderBy: BY_NAME,
                limit: rowLimit,
                offset
            }
        },
        'USER_MODE'
    );
}

/** One page of the accounts the search index finds, as selectContactsFound. */
export function selectAccountsFound(org: InMemoryOrg, searchQuery: string, group: SearchGroup, rowLimit: number, offset: number): SObjectRecord[] {
    return sosl(
        org,
        {
            find: searchQuery,
            in: group,
            returning: { select: ['Id', 'Name', 'Phone', 'Customer_Role__c'], from: 'Account', orderBy: BY_NAME, limit: rowLimit, offset }
        },
        'USER_MODE'
    );
}

const OPEN_CASES = (rowLimit: number) => ({
    relationship: 'Cases',
    select: ['Id', 'CaseNumber', 'Subject', 'Status'],
    where: [{ field: 'IsClosed', value: false }],
    orderBy: [
        { field: 'CreatedDate', direction: 'DESC' as const },
        { field: 'Id', direction: 'DESC' as const }
    ],
    limit: rowLimit
});

/**
 * The accounts with their open cases and their activated contracts running today (procedure 001's active contract is
 * among them; the caller drops the cancelled ones), each subquery limited per account.
 */
export function selectAccountsWithCasesAndContracts(
    org: InMemoryOrg,
    accountIds: readonly string[],
    today: string,
    caseLimit: number,
    contractLimit: number
): SObjectRecord[] {
    if (!accountIds.length) return [];
    return org.db.query(
        {
            select: ['Id'],
            from: 'Account',
            where: [{ field: 'Id', operator: 'IN', value: accountIds }],
            children: [
                OPEN_CASES(caseLimit),
                {
                    relationship: 'Contracts',
                    select: ['Id', 'ContractNumber', 'Status', 'Cancellation_Status__c', 'StartDate', 'EndDate'],
                    where: [
                        { field: 'Status', value: ACTIVATED },
                        { field: 'StartDate', operator: '<=', value: today },
                        { field: 'EndDate', operator: '>=', value: today }
                    ],
                    orderBy: [
                        { field: 'StartDate', direction: 'DESC' },
                        { field: 'Id', direction: 'DESC' }
                    ],
                    limit: contractLimit
                }
            ],
            limit: accountIds.length
        },
        'USER_MODE'
    );
}

/** The contacts with their open cases, limited per contact. */
export function selectContactsWithCases(org: InMemoryOrg, contactIds: readonly string[], caseLimit: number): SObjectRecord[] {
    if (!contactIds.length) return [];
    return org.db.query(
        {
            select: ['Id'],
            from: 'Contact',
            where: [{ field: 'Id', operator: 'IN', value: contactIds }],
            children: [OPEN_CASES(caseLimit)],
            limit: contactIds.length
        },
        'USER_MODE'
    );
}

/**
 * The accounts with their entitlements in effect today or later (no end date, or ending today or later), soonest end
 * first; the caller drops those not started yet. Apex runs it as dynamic SOQL, so that the package never names
 * Entitlement at compile time.
 */
export function selectAccountsWithEntitlements(org: InMemoryOrg, accountIds: readonly string[], today: string, rowLimit: number): SObjectRecord[] {
    if (!accountIds.length) return [];
    org.schema.object(ENTITLEMENT);
    return org.db.query(
        {
            select: ['Id'],
            from: 'Account',
            where: [{ field: 'Id', operator: 'IN', value: accountIds }],
            children: [
                {
                    relationship: 'Entitlements',
                    select: ['Id', 'Name', 'Type', 'StartDate', 'EndDate', 'SlaProcess.Name'],
                    whereAny: [
                        { field: 'EndDate', value: null },
                        { field: 'EndDate', operator: '>=', value: today }
                    ],
                    orderBy: [
                        { field: 'EndDate', direction: 'ASC', nulls: 'LAST' },
                        { field: 'Id', direction: 'ASC' }
                    ],
                    limit: rowLimit
                }
            ],
            limit: accountIds.length
        },
        'USER_MODE'
    );
}
