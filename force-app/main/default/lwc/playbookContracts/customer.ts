// Creating a caller who is not in Salesforce (procedures 001, 002, 003): CustomerController. Log a Call,
// New Case and, later, Find Caller embed the createCustomer component, which makes this one call; the Apex
// controller mirrors these shapes as inner classes; spec/controllers/CustomerController.ts implements them.
//
// 003: "If no results appear on the page, you can either create an account record for the customer, or follow
// some other business process". 001: "a new case is required for a homeowner, but the customer does not appear
// in Salesforce"; "In instances where the Sales Rep does not have a contact record, first create it under the
// Organization". 002: "click on 'Related Contacts' and then 'New Contact' ... Click on 'Installer Contact'".
import type { RecordId } from './playbookContracts';

/** A homeowner (a household account named after them) or an installer (an installer organisation and its contact). */
export type CustomerKind = 'HOMEOWNER' | 'INSTALLER';

export interface CreateCustomerRequest {
    /** Idempotency key: a repeat returns the first response with replayed = true. */
    requestKey: string;
    kind: CustomerKind;
    /**
     * The existing account the contact goes under: a homeowner's household (Customer_Role__c Homeowner) or an
     * installer organisation (Installer). Null creates the account too.
     */
    accountId: RecordId | null;
    /** The new account's name: the installer organisation's (required); a household's defaults to the person's name. */
    accountName: string | null;
    firstName: string | null;
    lastName: string;
    /** The contact's title ("try to obtain their official title"); optional. */
    title: string | null;
    phone: string | null;
    email: string | null;
    /**
     * The agent confirmed that this is a different customer, after a DUPLICATE_CONTACT refusal: the package's own check
     * is skipped and the org's duplicate rules let the inserts through (DuplicateRuleHeader.allowSave).
     */
    confirmedNotDuplicate?: boolean;
}

export interface CreateCustomerResponse {
    accountId: RecordId;
    accountName: string;
    /** Account.Customer_Role__c: Homeowner or Installer. */
    customerRole: string;
    /** The account was created by this save (false: the contact went under an existing account). */
    createdAccount: boolean;
    contactId: RecordId;
    contactName: string;
    /** The contact got the org's installer record type (InstallerContactRecordType). */
    installerRecordType: boolean;
    replayed: boolean;
}

export interface CustomerControllerContract {
    createCustomer: { params: { request: CreateCustomerRequest }; result: CreateCustomerResponse; cacheable: false };
}

// Registers the controller in the contract registry without editing the shared file's interface.
declare module './playbookContracts' {
    interface PlaybookControllerContracts {
        CustomerController: CustomerControllerContract;
    }
}
