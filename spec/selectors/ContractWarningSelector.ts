// ContractWarningSelector: the queries of the contract warning and the back-office action, in user
// mode, mirroring the Apex class.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';

export const ACTIVATED = 'Activated';
const CONTRACT_FIELDS = ['Id', 'AccountId', 'ContractNumber', 'Status', 'Cancellation_Status__c', 'StartDate', 'EndDate'];

/** The case with its account, its contract and the warning's acknowledgement. */
export function selectWarningCase(org: InMemoryOrg, caseId: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: [
                'Id',
                'CaseNumber',
                'AccountId',
                'OwnerId',
                'Contract__c',
                'Contract__r.ContractNumber',
                'Contract__r.Status',
                'Contract__r.Cancellation_Status__c',
                'Contract__r.StartDate',
                'Contract__r.EndDate',
                'Contract_Warning_Acknowledged_On__c',
                'Contract_Warning_Acknowledged_By__r.Name'
            ],
            from: 'Case',
            where: [{ field: 'Id', value: caseId }],
            limit: 1
        },
        'USER_MODE'
    )[0];
}

/** One contract with what decides whether it is active. */
export function selectContract(org: InMemoryOrg, contractId: string): SObjectRecord | undefined {
    return org.db.query({ select: CONTRACT_FIELDS, from: 'Contract', where: [{ field: 'Id', value: contractId }], limit: 1 }, 'USER_MODE')[0];
}

/** An account's activated contracts running on `day`, latest start first; the caller drops the cancelled ones. */
export function selectActivatedContractsOn(org: InMemoryOrg, accountId: string, day: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: CONTRACT_FIELDS,
            from: 'Contract',
            where: [
                { field: 'AccountId', value: accountId },
                { field: 'Status', value: ACTIVATED },
                { field: 'StartDate', operator: '<=', value: day },
                { field: 'EndDate', operator: '>=', value: day }
            ],
            orderBy: [
                { field: 'StartDate', direction: 'DESC' },
                { field: 'Id', direction: 'DESC' }
            ],
            limit: rowLimit
        },
        'USER_MODE'
    );
}

/** A queue by its API name; undefined when there is none. */
export function selectQueue(org: InMemoryOrg, developerName: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: ['Id', 'Name', 'DeveloperName'],
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
