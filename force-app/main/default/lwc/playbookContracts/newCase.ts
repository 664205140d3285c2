// Request and response shapes of the New Case action (procedure 001: homeowner cases under the
// contract, installer cases under the account or the contact): NewCaseController. The Apex
// controller mirrors them as inner classes; spec/controllers/NewCaseController.ts implements them.
import type { IsoDate, RecordId } from './playbookContracts';

export interface NewCaseContextRequest {
    /** The Contract, Account or Contact record the action was started from ("under the account OR the contact record"). */
    recordId: RecordId;
}

/**
 * The interaction the case comes out of: the open call task on the account or contact, the agent's own or the phone
 * system's (procedure 002: "a case is generated from an interaction, the interaction should be related to the case").
 */
export interface NewCaseInteraction {
    taskId: RecordId;
    subject: string;
    contactName: string | null;
    /** False for the phone system's task: creating the case assigns it to the agent first. */
    ownedByMe: boolean;
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

/**
 * Opening the action: one call, not cacheable (the package's saves change what it shows: the open interaction a new
 * case relates, the contacts a new customer adds).
 */
export interface NewCaseContextResponse {
    accountId: RecordId;
    accountName: string;
    /** Account.Customer_Role__c: Homeowner, Installer, Dealership, or null. */
    customerRole: string | null;
    /** The contract the action was started from, or null when it was started from the account or a contact. */
    sourceContractId: RecordId | null;
    /** The contact the action was started from: the case goes under that contact. */
    sourceContactId: RecordId | null;
    /** The account's contracts, newest first (bounded; the source contract is always among them). */
    contracts: NewCaseContractOption[];
    moreContracts: boolean;
    /** The account's active contract, or null when it has none. */
    activeContractId: RecordId | null;
    /** The account's contacts by name (bounded), for the case contact and the installer contact. */
    contacts: NewCaseContactOption[];
    moreContacts: boolean;
    productTypes: NewCasePicklistOption[];
    /** The open interaction to relate to the new case, or null. */
    interaction: NewCaseInteraction | null;
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
    /** The interaction (NewCaseInteraction.taskId) to relate to the new case, or null. */
    interactionTaskId?: RecordId | null;
    /**
     * The entitlement the case gets (Case.EntitlementId), in an org with Entitlement Management: one of the account's
     * entitlements in effect today (procedure 003). Optional.
     */
    entitlementId?: RecordId | null;
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
    /** The interaction (NewCaseInteraction.taskId) to relate to the new case, or null. */
    interactionTaskId?: RecordId | null;
    /**
     * The entitlement the case gets (Case.EntitlementId), in an org with Entitlement Management: one of the account's
     * entitlements in effect today (procedure 003). Optional.
     */
    entitlementId?: RecordId | null;
}

export interface NewCaseResponse {
    caseId: RecordId;
    caseNumber: string;
    accountId: RecordId;
    contractId: RecordId | null;
    installerContactId: RecordId | null;
    /** "The case owner will automatically default to the agent that created the case." */
    ownerId: RecordId;
    /** The interaction related to the new case (assigned to the agent first when it was the phone system's), or null. */
    interactionTaskId: RecordId | null;
    /** The entitlement the case got, or null. */
    entitlementId: RecordId | null;
    replayed: boolean;
}

export interface NewCaseControllerContract {
    getNewCaseContext: { params: { request: NewCaseContextRequest }; result: NewCaseContextResponse; cacheable: false };
    createHomeownerCase: { params: { request: CreateHomeownerCaseRequest }; result: NewCaseResponse; cacheable: false };
    createInstallerCase: { params: { request: CreateInstallerCaseRequest }; result: NewCaseResponse; cacheable: false };
}

// Registers the controller in the contract registry without editing the shared file's interface.
declare module './playbookContracts' {
    interface PlaybookControllerContracts {
        NewCaseController: NewCaseControllerContract;
    }
}
