// CaseActionRequestSelector: the Playbook_Request__c query of the case actions (Log Review, contract
// warning), in user mode, mirroring the Apex class.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';

/** The saved request with this key, as the running user sees it; undefined when no save used the key. */
export function selectCaseActionRequest(org: InMemoryOrg, requestKey: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: ['Id', 'Key__c', 'Action__c', 'Record_Id__c', 'Response__c', 'Request_Hash__c', 'OwnerId'],
            from: 'Playbook_Request__c',
            where: [{ field: 'Key__c', value: requestKey }],
            limit: 1
        },
        'USER_MODE'
    )[0];
}
