// CustomerSelector: the queries of creating a customer, in user mode, mirroring the Apex class.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';

/** One account with its role; undefined when it does not exist or the user cannot see it. */
export function selectAccount(org: InMemoryOrg, accountId: string): SObjectRecord | undefined {
    return org.db.query(
        { select: ['Id', 'Name', 'Customer_Role__c'], from: 'Account', where: [{ field: 'Id', value: accountId }], limit: 1 },
        'USER_MODE'
    )[0];
}

/** Accounts with this name (SOQL text compares ignore case), by name: the package's own account duplicate check. */
export function selectAccountsNamed(org: InMemoryOrg, name: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'Name', 'Customer_Role__c'],
            from: 'Account',
            where: [{ field: 'Name', value: name }],
            orderBy: [{ field: 'Name' }, { field: 'Id' }],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

/** Contacts with this last name, or this email when one is given: who the new customer may already be. */
export function selectPossibleNamesakes(org: InMemoryOrg, lastName: string, email: string | null, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'Name', 'FirstName', 'LastName', 'Phone', 'MobilePhone', 'Email', 'AccountId', 'Account.Name'],
            from: 'Contact',
            whereAny: [{ field: 'LastName', value: lastName }, ...(email ? [{ field: 'Email', value: email }] : [])],
            orderBy: [{ field: 'LastName' }, { field: 'FirstName' }, { field: 'Id' }],
            limit: rowLimit
        },
        'USER_MODE'
    );
}
