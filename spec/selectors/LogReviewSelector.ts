// LogReviewSelector: the queries of Log Review, in user mode, mirroring the Apex class.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';

/** The case with its number and last review; undefined when it does not exist or is not visible. */
export function selectReviewCase(org: InMemoryOrg, caseId: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: ['Id', 'CaseNumber', 'Last_Review_Comments__c', 'Last_Reviewed_By__c', 'Last_Reviewed_On__c'],
            from: 'Case',
            where: [{ field: 'Id', value: caseId }],
            limit: 1
        },
        'USER_MODE'
    )[0];
}

/** The latest completed review tasks of a case, newest first, at most `rowLimit`. */
export function selectLatestReviews(org: InMemoryOrg, caseId: string, subject: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'Subject', 'Description', 'CreatedBy.Name', 'CreatedDate'],
            from: 'Task',
            where: [
                { field: 'WhatId', value: caseId },
                { field: 'Subject', value: subject },
                { field: 'IsClosed', value: true }
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
