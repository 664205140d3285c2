// Request and response shapes of the New Case action (procedure 001: homeowner cases under the
// contract, installer cases under the account or the contact): NewCaseController. The Apex
// controller mirrors them as inner classes; spec/controllers/NewCaseController.ts implements them.
import type { IsoDate, RecordId } from './playbookContracts';

export interface NewCaseContextRequest {
    /** The Contract or Account record the action was started from. */
    recordId: RecordId;
}

export interface NewCaseContractOption {
    id: RecordId;
    contractNumber: string;
    status: string;
    cancellationStatus: string | null;
    startDate: IsoDate | null;
    endDate: IsoDate | null;
    /** Activated, not cancelled, and today within its dates. */
    active: boolean;
    /** Its cancellation status is one the settings warn about: choosing it needs the agent's confirmation. */
    warning: boolean;
}

export interface NewCaseContactOption {
    id: RecordId;
    name: string;
    title: string | null;
    email: string | null;
}

export interface NewCasePicklistOption {
    label: string;
    value: string;
}

/** Opening the action: one cacheable call (no save of the package changes its contracts or contacts). */
export interface NewCaseContextResponse {
    accountId: RecordId;
    accountName: string;
    /** Account.Customer_Role__c: Homeowner, Installer, Dealership, or null. */
    customerRole: string | null;
    /** The contract the action was started from, or null when it was started from the account. */
    sourceContractId: RecordId | null;
    /** The account's contracts, newest first (bounded; the source contract is always among them). */
    contracts: NewCaseContractOption[];
    moreContracts: boolean;
    /** The account's active contract, or null when it has none. */
    activeContractId: RecordId | null;
    /** The account's contacts by name (bounded), for the case contact and the installer contact. */
    contacts: NewCaseContactOption[];
    moreContacts: boolean;
    productTypes: NewCasePicklistOption[];
    subjectMaxLength: number;
    descriptionMaxLength: number;
}

export interface CreateHomeownerCaseRequest {
    requestKey: string;
    accountId: RecordId;
    /** "Homeowner cases are only created under the contract": required, of the account. */
    contractId: RecordId;
    contactId: RecordId | null;
    subject: string;
    description: string | null;
    productType: string | null;
    /** The agent confirmed a contract that is cancelled or pending cancellation. */
    confirmedWarningContract: boolean;
}

export interface CreateInstallerCaseRequest {
    requestKey: string;
    /** Under the account: the installer contact is required and must belong to it. */
    accountId: RecordId | null;
    /** Under the contact: the account comes from the contact, which becomes the installer contact. */
    contactId: RecordId | null;
    installerContactId: RecordId | null;
    subject: string;
    description: string | null;
    productType: string | null;
}

export interface NewCaseResponse {
    caseId: RecordId;
    caseNumber: string;
    accountId: RecordId;
    contractId: RecordId | null;
    installerContactId: RecordId | null;
    /** "The case owner will automatically default to the agent that created the case." */
    ownerId: RecordId;
    replayed: boolean;
}

export interface NewCaseControllerContract {
    getNewCaseContext: { params: { request: NewCaseContextRequest }; result: NewCaseContextResponse; cacheable: true };
    createHomeownerCase: { params: { request: CreateHomeownerCaseRequest }; result: NewCaseResponse; cacheable: false };
    createInstallerCase: { params: { request: CreateInstallerCaseRequest }; result: NewCaseResponse; cacheable: false };
}

// Registers the controller in the contract registry without editing the shared file's interface.
declare module './playbookContracts' {
    interface PlaybookControllerContracts {
        NewCaseController: NewCaseControllerContract;
    }
}
