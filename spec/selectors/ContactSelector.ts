// ContactSelector: the Contact queries of the Call Wizard, in user mode. Mirrors the Apex class.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';

export const CONTACT_FIELDS = [
    'Id',
    'Name',
    'FirstName',
    'LastName',
    'Title',
    'Phone',
    'MobilePhone',
    'Email',
    'Employment_Status__c',
    'AccountId'
] as const;

/** One page of a dealership's contacts other than `excludedContactId`, by name. */
export function selectDealershipContactsPage(
    org: InMemoryOrg,
    accountId: string,
    excludedContactId: string | null,
    rowLimit: number,
    rowOffset: number
): SObjectRecord[] {
    return org.db.query(
        {
            select: CONTACT_FIELDS,
            from: 'Contact',
            where: [
                { field: 'AccountId', value: accountId },
                { field: 'Id', operator: '!=', value: excludedContactId }
            ],
            orderBy: [{ field: 'LastName' }, { field: 'FirstName' }, { field: 'Id' }],
            limit: rowLimit,
            offset: rowOffset
        },
        'USER_MODE'
    );
}

/** A dealership's contacts to compare for duplicates, oldest first, at most `rowLimit`. */
export function selectContactsOfAccount(org: InMemoryOrg, accountId: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: CONTACT_FIELDS,
            from: 'Contact',
            where: [{ field: 'AccountId', value: accountId }],
            orderBy: [{ field: 'CreatedDate' }, { field: 'Id' }],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

export function selectContactsById(org: InMemoryOrg, contactIds: readonly string[]): SObjectRecord[] {
    return org.db.query(
        { select: CONTACT_FIELDS, from: 'Contact', where: [{ field: 'Id', operator: 'IN', value: contactIds }], limit: contactIds.length },
        'USER_MODE'
    );
}
