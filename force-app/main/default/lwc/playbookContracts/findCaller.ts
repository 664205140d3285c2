// Finding and qualifying the caller (procedure 003): FindCallerController. The Apex controller mirrors these
// shapes as inner classes; spec/controllers/FindCallerController.ts implements them.
//
// 003: "type the name of the customer on the phone — either the individual's name (the Contact) or the business the
// person is with (the Account)"; "verify, before opening a case for a customer, that the customer is entitled to
// receive support". Where the org has Entitlement Management the customer's active entitlements decide; otherwise
// the active contract of procedure 001 does. Not entitled is a warning, never a block.
import type { IsoDate, RecordId } from './playbookContracts';

export interface FindCallerRequest {
    /** A name (of a person or an organisation) or a phone number: 2 to 80 characters. */
    term: string;
    /** Null for the first page; then the nextPageToken of the previous response. */
    pageToken: string | null;
}

/** What decides whether the caller is entitled: Entitlement records, or procedure 001's active contract. */
export type QualificationBasis = 'ENTITLEMENT' | 'CONTRACT';

export interface FoundEntitlement {
    entitlementId: RecordId;
    name: string;
    /** Entitlement.Type: Phone Support, Web Support, Email Support, or the org's own values. */
    type: string | null;
    startDate: IsoDate | null;
    /** Null: no end date. */
    endDate: IsoDate | null;
    /** The entitlement process (SlaProcess.Name), or null when none is set. */
    processName: string | null;
}

export interface FoundContract {
    contractId: RecordId;
    contractNumber: string;
    endDate: IsoDate | null;
}

export interface Qualification {
    basis: QualificationBasis;
    entitled: boolean;
    /** The account's active entitlements (basis ENTITLEMENT), soonest end first. */
    entitlements: FoundEntitlement[];
    /** The account's active contract (basis CONTRACT). */
    contract: FoundContract | null;
    /** Why the caller is not entitled, for the agent to read before opening a case; null when entitled. */
    warning: string | null;
}

export interface FoundCase {
    caseId: RecordId;
    caseNumber: string;
    subject: string | null;
    status: string;
}

export interface FoundCaller {
    kind: 'CONTACT' | 'ACCOUNT';
    /** The contact or the account found. */
    recordId: RecordId;
    name: string;
    phone: string | null;
    /** The contact's account, or the account itself; null for a contact without an account. */
    accountId: RecordId | null;
    accountName: string | null;
    /** Account.Customer_Role__c: Homeowner, Installer, Dealership, or null. */
    customerRole: string | null;
    /** The open cases of the contact (kind CONTACT) or of the account (kind ACCOUNT), newest first. */
    openCases: FoundCase[];
    /** More open cases than those listed. */
    moreOpenCases: boolean;
    qualification: Qualification;
}

export interface FindCallerResponse {
    /** The contacts found, then the accounts found, each by name. */
    callers: FoundCaller[];
    /** Pass it back for the next page; null on the last page. */
    nextPageToken: string | null;
    /** The org has Entitlement Management: qualifications are based on entitlements. */
    entitlementManagement: boolean;
}

export interface FindCallerControllerContract {
    search: { params: { request: FindCallerRequest }; result: FindCallerResponse; cacheable: false };
}

// Registers the controller in the contract registry without editing the shared file's interface.
declare module './playbookContracts' {
    interface PlaybookControllerContracts {
        FindCallerController: FindCallerControllerContract;
    }
}
