// CaseSelector: every Case query of the package, in user mode.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';

/** The case with what a claim decides on; undefined when it does not exist or is not visible. */
export function selectCaseForClaim(org: InMemoryOrg, caseId: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: ['Id', 'CaseNumber', 'OwnerId', 'Owner.Name', 'Owner.IsActive', 'IsClosed', 'RecordType.DeveloperName', 'CL_Activity_Status__c'],
            from: 'Case',
            where: [{ field: 'Id', value: caseId }],
            limit: 1
        },
        'USER_MODE'
    )[0];
}
