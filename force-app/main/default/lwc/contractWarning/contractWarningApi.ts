// Typed calls to ContractWarningController. Every method takes `{ request }`, as the Apex methods do.
import getContractStatusMethod from '@salesforce/apex/ContractWarningController.getContractStatus';
import moveToContractMethod from '@salesforce/apex/ContractWarningController.moveToContract';
import acknowledgeMethod from '@salesforce/apex/ContractWarningController.acknowledge';
import type {
    AcknowledgeContractWarningRequest,
    AcknowledgeContractWarningResponse,
    ContractStatusRequest,
    ContractStatusResponse,
    MoveToContractRequest,
    MoveToContractResponse
} from 'c/playbookContracts';

/** Opening the warning: the one cacheable call. */
export function getContractStatus(request: ContractStatusRequest): Promise<ContractStatusResponse> {
    return getContractStatusMethod({ request }) as Promise<ContractStatusResponse>;
}

export function moveToContract(request: MoveToContractRequest): Promise<MoveToContractResponse> {
    return moveToContractMethod({ request }) as Promise<MoveToContractResponse>;
}

export function acknowledge(request: AcknowledgeContractWarningRequest): Promise<AcknowledgeContractWarningResponse> {
    return acknowledgeMethod({ request }) as Promise<AcknowledgeContractWarningResponse>;
}
