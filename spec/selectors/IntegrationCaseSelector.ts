// IntegrationCaseSelector: the queries of procedure 004's integration case, in user mode, mirroring
// the Apex class of the same name.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { STAMP_QUERY_FIELDS } from '../services/IntegrationClocks';

export const CASE_FIELDS: readonly string[] = [
    'Id',
    'CaseNumber',
    'Subject',
    'RecordTypeId',
    'OwnerId',
    'Owner.Name',
    'CreatedById',
    'CreatedBy.Name',
    'CreatedBy.IsActive',
    'Integrations_Worker__c',
    'Integrations_Worker__r.Name',
    'Integrations_Worker__r.IsActive',
    'May_Close__c',
    'May_Set_No_Response__c',
    ...STAMP_QUERY_FIELDS
];

/** The case with its owner, creator, worker and stamps; undefined when it does not exist or is not visible. */
export function selectIntegrationCase(org: InMemoryOrg, caseId: string): SObjectRecord | undefined {
    return org.db.query({ select: CASE_FIELDS, from: 'Case', where: [{ field: 'Id', value: caseId }], limit: 1 }, 'USER_MODE')[0];
}

/** The case's comments, newest first, at most `rowLimit`. */
export function selectComments(org: InMemoryOrg, caseId: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'CommentBody', 'IsPublished', 'CreatedById', 'CreatedBy.Name', 'CreatedDate'],
            from: 'CaseComment',
            where: [{ field: 'ParentId', value: caseId }],
            orderBy: [
                { field: 'CreatedDate', direction: 'DESC' },
                { field: 'Id', direction: 'DESC' }
            ],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

/** The case's activity (its tasks), newest first, at most `rowLimit`. */
export function selectActivity(org: InMemoryOrg, caseId: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'Subject', 'Status', 'ActivityDate', 'Owner.Name', 'CreatedDate'],
            from: 'Task',
            where: [{ field: 'WhatId', value: caseId }],
            orderBy: [
                { field: 'CreatedDate', direction: 'DESC' },
                { field: 'Id', direction: 'DESC' }
            ],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

/** The queue by DeveloperName; undefined when the org has none. */
export function selectQueue(org: InMemoryOrg, developerName: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: ['Id', 'Name'],
            from: 'Group',
            where: [
                { field: 'Type', value: 'Queue' },
                { field: 'DeveloperName', value: developerName }
            ],
            limit: 1
        },
        'USER_MODE'
    )[0];
}

/** The business hours named `businessHoursName` and the org's default business hours (for its time zone). */
export function selectBusinessHours(org: InMemoryOrg, businessHoursName: string): SObjectRecord[] {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    return org.db.query(
        {
            select: ['Id', 'Name', 'IsActive', 'IsDefault', 'TimeZoneSidKey', ...days.flatMap((day) => [`${day}StartTime`, `${day}EndTime`])],
            from: 'BusinessHours',
            whereAny: [
                { field: 'Name', value: businessHoursName },
                { field: 'IsDefault', value: true }
            ],
            orderBy: [{ field: 'Id' }],
            limit: 10
        },
        'USER_MODE'
    );
}

/** The holidays with these names. */
export function selectHolidays(org: InMemoryOrg, names: readonly string[]): SObjectRecord[] {
    if (!names.length) return [];
    return org.db.query(
        {
            select: [
                'Id',
                'Name',
                'ActivityDate',
                'IsAllDay',
                'IsRecurrence',
                'RecurrenceType',
                'RecurrenceDayOfMonth',
                'RecurrenceDayOfWeekMask',
                'RecurrenceInstance',
                'RecurrenceMonthOfYear',
                'RecurrenceStartDate',
                'RecurrenceEndDateOnly'
            ],
            from: 'Holiday',
            where: [{ field: 'Name', operator: 'IN', value: names }],
            orderBy: [{ field: 'Name' }],
            limit: 200
        },
        'USER_MODE'
    );
}
