// ContractWarningController in TypeScript: the contract of the Apex controller, over the in-memory org.
import type {
    AcknowledgeContractWarningRequest,
    AcknowledgeContractWarningResponse,
    AssignToBackOfficeRequest,
    AssignToBackOfficeResponse,
    ContractStatusRequest,
    ContractStatusResponse,
    ContractSummary,
    ContractWarningControllerContract,
    ControllerImplementation,
    MoveToContractRequest,
    MoveToContractResponse
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { acknowledge, assignToBackOffice, contractStatus, moveToContract } from '../services/ContractWarningService';
import { requestFingerprint } from '../services/RequestFingerprint';
import { runAuraEnabled } from './auraEnabled';

type Related = Record<string, unknown> | null | undefined;

function summaryOf(id: string, contract: Related | SObjectRecord): ContractSummary {
    return {
        id,
        contractNumber: String(contract?.ContractNumber),
        status: String(contract?.Status),
        cancellationStatus: (contract?.Cancellation_Status__c as string | null | undefined) ?? null,
        startDate: (contract?.StartDate as string | null | undefined) ?? null,
        endDate: (contract?.EndDate as string | null | undefined) ?? null
    };
}

export class ContractWarningController implements ControllerImplementation<ContractWarningControllerContract> {
    /** Which methods are @AuraEnabled(cacheable=true); checked against the contract by the compiler and against Apex by controller-contracts. */
    static readonly cacheable: {
        readonly [Method in keyof ContractWarningControllerContract]: ContractWarningControllerContract[Method]['cacheable'];
    } = {
        getContractStatus: false,
        moveToContract: false,
        acknowledge: false,
        assignToBackOffice: false
    };

    private readonly org: InMemoryOrg;

    constructor(org: InMemoryOrg) {
        this.org = org;
    }

    getContractStatus(params: { request: ContractStatusRequest }): ContractStatusResponse {
        return runAuraEnabled(this.org, () => {
            const status = contractStatus(this.org, params?.request?.caseId);
            const record = status.record;
            const acknowledgedBy = record.Contract_Warning_Acknowledged_By__r as Related;
            return {
                caseId: record.Id,
                caseNumber: String(record.CaseNumber),
                accountId: (record.AccountId as string | null) ?? null,
                contract: record.Contract__c ? summaryOf(record.Contract__c as string, record.Contract__r as Related) : null,
                warning: status.warning,
                acknowledged: status.acknowledged,
                acknowledgedByName: status.acknowledged ? ((acknowledgedBy?.Name as string | undefined) ?? null) : null,
                acknowledgedOn: status.acknowledged ? ((record.Contract_Warning_Acknowledged_On__c as string | null) ?? null) : null,
                activeContract: status.activeContract ? summaryOf(status.activeContract.Id, status.activeContract) : null
            };
        });
    }

    moveToContract(params: { request: MoveToContractRequest }): MoveToContractResponse {
        return runAuraEnabled(this.org, () => {
            const request = params?.request;
            const moved = moveToContract(this.org, request?.requestKey, request?.caseId, request?.contractId, requestFingerprint(request));
            return { caseId: moved.caseId, contractId: moved.contractId, replayed: moved.replayed };
        });
    }

    acknowledge(params: { request: AcknowledgeContractWarningRequest }): AcknowledgeContractWarningResponse {
        return runAuraEnabled(this.org, () => {
            const request = params?.request;
            const acknowledged = acknowledge(this.org, request?.requestKey, request?.caseId, requestFingerprint(request));
            return {
                caseId: acknowledged.caseId,
                acknowledgedById: acknowledged.acknowledgedById,
                acknowledgedByName: acknowledged.acknowledgedByName,
                acknowledgedOn: acknowledged.acknowledgedOn,
                replayed: acknowledged.replayed
            };
        });
    }

    assignToBackOffice(params: { request: AssignToBackOfficeRequest }): AssignToBackOfficeResponse {
        return runAuraEnabled(this.org, () => {
            const request = params?.request;
            const assigned = assignToBackOffice(this.org, request?.requestKey, request?.caseId, requestFingerprint(request));
            return { caseId: assigned.caseId, queueId: assigned.queueId, queueName: assigned.queueName, replayed: assigned.replayed };
        });
    }
}
