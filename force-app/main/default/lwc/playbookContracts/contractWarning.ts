// Request and response shapes of the Contract Warning and case-creation actions (procedure 001:
// contracts, homeowner and installer cases, the back-office queue): ContractWarningController. The
// Apex controller mirrors them as inner classes; spec/controllers/ContractWarningController.ts
// implements them.
import type { IsoDate, IsoDateTime, RecordId } from './playbookContracts';

export interface ContractStatusRequest {
    caseId: RecordId;
}

export interface ContractSummary {
    id: RecordId;
    contractNumber: string;
    status: string;
    cancellationStatus: string | null;
    startDate: IsoDate | null;
    endDate: IsoDate | null;
}

/** Opening the warning on a Case record page: one call, not cacheable (the saves change what it shows). */
export interface ContractStatusResponse {
    caseId: RecordId;
    caseNumber: string;
    accountId: RecordId | null;
    /** The case's contract, or null when it has none. */
    contract: ContractSummary | null;
    /** The case's contract has a cancellation status the settings warn about. */
    warning: boolean;
    /** An agent confirmed that the case belongs on this contract; the warning shows as a small note. */
    acknowledged: boolean;
    acknowledgedByName: string | null;
    acknowledgedOn: IsoDateTime | null;
    /** The account's active contract (Activated, not cancelled, today within its dates), when it is another one. */
    activeContract: ContractSummary | null;
}

export interface MoveToContractRequest {
    requestKey: string;
    caseId: RecordId;
    /** An active contract of the case's account. */
    contractId: RecordId;
}

export interface MoveToContractResponse {
    caseId: RecordId;
    contractId: RecordId;
    replayed: boolean;
}

export interface AcknowledgeContractWarningRequest {
    requestKey: string;
    caseId: RecordId;
}

export interface AcknowledgeContractWarningResponse {
    caseId: RecordId;
    acknowledgedById: RecordId;
    acknowledgedByName: string;
    acknowledgedOn: IsoDateTime;
    replayed: boolean;
}

export interface AssignToBackOfficeRequest {
    requestKey: string;
    caseId: RecordId;
}

export interface AssignToBackOfficeResponse {
    caseId: RecordId;
    queueId: RecordId;
    queueName: string;
    replayed: boolean;
}

export interface ContractWarningControllerContract {
    getContractStatus: { params: { request: ContractStatusRequest }; result: ContractStatusResponse; cacheable: false };
    moveToContract: { params: { request: MoveToContractRequest }; result: MoveToContractResponse; cacheable: false };
    acknowledge: { params: { request: AcknowledgeContractWarningRequest }; result: AcknowledgeContractWarningResponse; cacheable: false };
    assignToBackOffice: { params: { request: AssignToBackOfficeRequest }; result: AssignToBackOfficeResponse; cacheable: false };
}

// Registers the controller in the contract registry without editing the shared file's interface.
declare module './playbookContracts' {
    interface PlaybookControllerContracts {
        ContractWarningController: ContractWarningControllerContract;
    }
}
