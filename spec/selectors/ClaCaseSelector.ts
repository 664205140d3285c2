// ClaCaseSelector: the Case queries of the Call Wizard, in user mode. Mirrors the Apex class.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { CALLBACK_SUBJECT_PREFIX } from '../triggers/SupportCaseCallback';

export const CLA_RECORD_TYPE = 'Customer_Loyalty_Assessment';
/** Callback tasks read with the case (there is normally one per closed support case). */
export const CALLBACK_TASKS_LIMIT = 20;
/** The child relationship under which selectCaseForCall returns the callback tasks. */
export const CALLBACK_TASKS = 'Tasks';

/** What opening the wizard and saving a call decide on: the case, its contact, dealership and support case. */
export const CALL_CASE_FIELDS = [
    'Id',
    'CaseNumber',
    'Subject',
    'Status',
    'IsClosed',
    'OwnerId',
    'Owner.Name',
    'Owner.IsActive',
    'RecordType.DeveloperName',
    'CL_Activity_Status__c',
    'CL_Satisfaction_Score__c',
    'CL_Call_Attempts__c',
    'CL_Last_Attempt__c',
    'AccountId',
    'Account.Name',
    'Account.Phone',
    'ContactId',
    'Contact.FirstName',
    'Contact.LastName',
    'Contact.Name',
    'Contact.Title',
    'Contact.Phone',
    'Contact.MobilePhone',
    'Contact.Email',
    'Contact.Employment_Status__c',
    'Related_Support_Case__c',
    'Related_Support_Case__r.CaseNumber',
    'Related_Support_Case__r.Subject',
    'Related_Support_Case__r.Status',
    'Related_Support_Case__r.IsClosed',
    'Related_Support_Case__r.ClosedDate',
    'Related_Support_Case__r.Owner.Name'
] as const;

/**
 * The case with CALL_CASE_FIELDS and, as a subquery of the same statement (no query of its own), its callback
 * tasks ("Callback: <support case number> closed", any support case) with Id, Subject, Status and IsClosed,
 * open ones first: read them with childRecords(record, CALLBACK_TASKS).
 */
export function selectCaseForCall(org: InMemoryOrg, caseId: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: CALL_CASE_FIELDS,
            from: 'Case',
            where: [{ field: 'Id', value: caseId }],
            limit: 1,
            children: [
                {
                    relationship: CALLBACK_TASKS,
                    select: ['Id', 'Subject', 'Status', 'IsClosed'],
                    where: [{ field: 'Subject', operator: 'LIKE', value: `${CALLBACK_SUBJECT_PREFIX}%` }],
                    orderBy: [{ field: 'IsClosed' }, { field: 'CreatedDate' }, { field: 'Id' }],
                    limit: CALLBACK_TASKS_LIMIT
                }
            ]
        },
        'USER_MODE'
    )[0];
}

/** The contact's most recent cases other than `excludedCaseId`, newest first. */
export function selectRecentCasesOfContact(org: InMemoryOrg, contactId: string, excludedCaseId: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'CaseNumber', 'Subject', 'Status', 'CreatedDate'],
            from: 'Case',
            where: [
                { field: 'ContactId', value: contactId },
                { field: 'Id', operator: '!=', value: excludedCaseId }
            ],
            orderBy: [
                { field: 'CreatedDate', direction: 'DESC' },
                { field: 'Id', direction: 'DESC' }
            ],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

/** The CLA cases of some contacts, newest first. */
export function selectClaCasesOfContacts(org: InMemoryOrg, contactIds: readonly string[], rowLimit: number): SObjectRecord[] {
    if (!contactIds.length) return [];
    return org.db.query(
        {
            select: ['Id', 'ContactId', 'IsClosed', 'CL_Activity_Status__c', 'CreatedDate'],
            from: 'Case',
            where: [
                { field: 'RecordType.DeveloperName', value: CLA_RECORD_TYPE },
                { field: 'ContactId', operator: 'IN', value: contactIds }
            ],
            orderBy: [
                { field: 'CreatedDate', direction: 'DESC' },
                { field: 'Id', direction: 'DESC' }
            ],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

/** A contact has one CLA case, rarely a few: the most read when looking for the one to add a call to. */
export const CLA_CASES_OF_CONTACT_LIMIT = 20;

/** The contact's CLA cases, newest first, with what adding a call to one of them needs. */
export function selectClaCasesOfContact(org: InMemoryOrg, contactId: string): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'CaseNumber', 'Subject', 'OwnerId', 'IsClosed', 'CL_Call_Attempts__c', 'CL_Activity_Status__c'],
            from: 'Case',
            where: [
                { field: 'RecordType.DeveloperName', value: CLA_RECORD_TYPE },
                { field: 'ContactId', value: contactId }
            ],
            orderBy: [
                { field: 'CreatedDate', direction: 'DESC' },
                { field: 'Id', direction: 'DESC' }
            ],
            limit: CLA_CASES_OF_CONTACT_LIMIT
        },
        'USER_MODE'
    );
}

/**
 * The case when it is a CLA case, with its attempt count; undefined otherwise. The Apex twin adds FOR UPDATE so that
 * two calls saved at the same moment both count; the in-memory org runs one transaction at a time.
 */
export function selectClaCaseForAttempt(org: InMemoryOrg, caseId: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: ['Id', 'CL_Call_Attempts__c'],
            from: 'Case',
            where: [
                { field: 'Id', value: caseId },
                { field: 'RecordType.DeveloperName', value: CLA_RECORD_TYPE }
            ],
            limit: 1
        },
        'USER_MODE'
    )[0];
}

/** The contact's latest score (1 to 10) on a CLA case other than `excludedCaseId`, given on or after `since`. */
export function selectRecentScoreOfContact(org: InMemoryOrg, contactId: string, excludedCaseId: string, since: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: ['Id', 'CaseNumber', 'CL_Satisfaction_Score__c', 'CL_Score_Date__c'],
            from: 'Case',
            where: [
                { field: 'RecordType.DeveloperName', value: CLA_RECORD_TYPE },
                { field: 'ContactId', value: contactId },
                { field: 'Id', operator: '!=', value: excludedCaseId },
                { field: 'CL_Score_Value__c', operator: '!=', value: null },
                { field: 'CL_Score_Date__c', operator: '>=', value: since }
            ],
            orderBy: [
                { field: 'CL_Score_Date__c', direction: 'DESC' },
                { field: 'Id', direction: 'DESC' }
            ],
            limit: 1
        },
        'USER_MODE'
    )[0];
}
