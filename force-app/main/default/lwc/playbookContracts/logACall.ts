// LogACallController: log a call (procedure 000, "There are two ways in which you can log a call")
// and relate an interaction to every customer involved (procedure 002). Apex mirrors these shapes
// as inner classes of LogACallController.
//
// How several customers are related (procedure 002, "related to both accounts"):
// - SHARED_ACTIVITIES: the org has Shared Activities (the TaskRelation object exists). One task:
//   WhatId is the case (or the primary account), WhoId the primary contact, and every other
//   contact is a TaskRelation with IsWhat = false, so the task shows on each contact and on the
//   contact's account.
// - LINKED_COPIES: without Shared Activities a task has one contact. The primary task is written
//   as above, and each other contact gets a linked copy (same subject, type and outcome; its
//   Description says it is a copy of the primary interaction) related to that contact and the
//   contact's account, so no customer is dropped.
// Every account other than the primary one is related through the contact who took part in the
// interaction (chosen, or created as a new installer contact in the same save).

/** "Log a Call" (Activity History, Status Completed) or "New Task" (Open Activities). */
export type LogACallMode = 'LOG_COMPLETED' | 'OPEN_TASK';

/** Task.CallType values the component offers. */
export type LogACallCallType = 'Inbound' | 'Outbound';

/** Task.Call_Outcome__c values. */
export type LogACallOutcome = 'Reached' | 'No Answer' | 'Left Message' | 'No Longer There';

export type LogACallRelationMode = 'SHARED_ACTIVITIES' | 'LINKED_COPIES';

export type LogACallObjectType = 'Case' | 'Account' | 'Contact';

/** A record the interaction appears on. */
export interface LogACallRecordRef {
    recordId: string;
    objectType: LogACallObjectType;
    name: string;
}

/** A contact the agent can relate the call to. */
export interface LogACallContact {
    contactId: string;
    name: string;
    phone: string | null;
    accountId: string | null;
    accountName: string | null;
    /** Account.Customer_Role__c of the contact's account (Dealership, Homeowner, Installer). */
    customerRole: string | null;
}

/**
 * An open call task on the record that the call completes instead of logging a second one: the running user's own,
 * or the phone system's, still owned by its integration user (procedure 002: "Open the task, Click the 'Assign to
 * me' button, Click 'Finish'"). Which tasks are the phone system's comes from the settings: Phone_System_Username__c
 * (owned by that user) or Phone_Tasks_By_Call_Object__c (a filled CallObject, still owned by its creator).
 */
export interface LogACallOpenTask {
    taskId: string;
    subject: string;
    contactId: string | null;
    contactName: string | null;
    /** False for the phone system's task: the save assigns it to the agent first ("Assign to me"). */
    ownedByMe: boolean;
    /** Who owns it now (the phone system's integration user, or the agent). */
    ownerName: string | null;
}

/** An open case of the customer, which a call from the account or contact page can relate to ("RELATES TO"). */
export interface LogACallCaseOption {
    caseId: string;
    caseNumber: string;
    subject: string | null;
    status: string | null;
}

/** An account the search found by its name: installer organisations are found even without contacts. */
export interface LogACallAccount {
    accountId: string;
    name: string;
    /** Account.Customer_Role__c (Dealership, Homeowner, Installer). */
    customerRole: string | null;
}

/**
 * The phone system's "Additional Dispositions" Task field (procedure 002: "you will be able to edit ... Additional
 * Dispositions"), named in Additional_Dispositions_Field__c and found at run time; null when the org has no such
 * picklist the agent may edit.
 */
export interface LogACallDispositions {
    fieldApiName: string;
    label: string;
    /** A multi-select picklist: several values may be chosen. */
    multiple: boolean;
    values: { label: string; value: string }[];
}

export interface LogACallContextRequest {
    /** The record page or quick action's record: a Case, an Account or a Contact. */
    recordId: string;
}

/** Opening the component: one call, not cacheable (a logged call completes the open call task it offers). */
export interface LogACallContextResponse {
    recordId: string;
    objectType: LogACallObjectType;
    caseId: string | null;
    caseNumber: string | null;
    accountId: string | null;
    accountName: string | null;
    /** Account.Customer_Role__c of that account (Dealership, Homeowner, Installer). */
    accountRole: string | null;
    /** The record's contact (the case contact, or the contact page's contact). */
    contact: LogACallContact | null;
    /** A Customer Loyalty Assessment case: subject and comments prefix come from the settings. */
    isCla: boolean;
    defaultSubject: string;
    /** Start of the comments ("Called to collect CSS") on CLA cases; '' otherwise. */
    commentsPrefix: string;
    relationMode: LogACallRelationMode;
    openCallTask: LogACallOpenTask | null;
    /** On a case: its installer contact (Case.Installer_Contact__c), offered as one of the people on the call. */
    installerContact: LogACallContact | null;
    /** On an account or contact page: the account's open cases, newest first, that the call can relate to. */
    customerCases: LogACallCaseOption[];
    /** More open cases than customerCases lists. */
    moreCases: boolean;
    additionalDispositions: LogACallDispositions | null;
    subjectMaxLength: number;
    commentsMaxLength: number;
}

export interface SearchContactsRequest {
    /** Part of a name or phone number; at least 2 characters. */
    term: string;
}

export interface SearchContactsResponse {
    contacts: LogACallContact[];
    /** Accounts whose name matches (NAME FIELDS) or whose phone matches (PHONE FIELDS), by name. */
    accounts: LogACallAccount[];
}

/** Procedure 002: "click on 'Related Contacts' ... 'New Contact' ... 'Installer Contact'". */
export interface NewInstallerContact {
    firstName: string | null;
    lastName: string;
    phone: string | null;
    email: string | null;
    /** The installer's account (Customer_Role__c Installer). */
    accountId: string;
    /**
     * The agent confirmed that this is not a duplicate of an existing contact, after a DUPLICATE_CONTACT
     * refusal: the org's duplicate rules then let the insert through (as the Call Wizard's new contact).
     */
    confirmedNotDuplicate?: boolean;
}

export interface SaveCallRequest {
    /** Idempotency key: a repeat returns the first response with replayed = true. */
    requestKey: string;
    recordId: string;
    mode: LogACallMode;
    /**
     * The phone system's open call task to complete instead of creating a new one (LOG_COMPLETED only). What the
     * phone system wrote stays: its notes (the comments are added below them), call type, date and reminder.
     */
    existingTaskId: string | null;
    subject: string;
    comments: string | null;
    callType: LogACallCallType;
    outcome: LogACallOutcome | null;
    /** ISO date-time in the future; OPEN_TASK only. */
    reminderAt: string | null;
    /** 'YYYY-MM-DD'; OPEN_TASK only (a logged call is dated today). */
    dueDate: string | null;
    /** The contacts involved, the primary one first. */
    contactIds: string[];
    newInstallerContact: NewInstallerContact | null;
    /** The case the call relates to: the page's case, or one of the customer's cases chosen on an account or contact page. */
    caseId: string | null;
    /** The accounts the interaction is related to, the primary one first; at least one. */
    accountIds: string[];
    /** Values of the phone system's Additional Dispositions field (LogACallDispositions); null or empty for none. */
    additionalDispositions?: string[] | null;
}

export interface SaveCallResponse {
    /** The primary task (created, or the phone system's task completed). */
    taskId: string;
    /** Every task written: the primary one first, then the linked copies. */
    taskIds: string[];
    status: string;
    relationMode: LogACallRelationMode;
    completedExistingTask: boolean;
    /** The phone system's task was assigned to the agent before it was completed ("Assign to me", then "Finish"). */
    assignedToMe: boolean;
    createdContactId: string | null;
    /** Where the interaction shows: the case, then the accounts, then the contacts. */
    appearsOn: LogACallRecordRef[];
    replayed: boolean;
}

export interface LogACallControllerContract {
    getCallContext: { params: { request: LogACallContextRequest }; result: LogACallContextResponse; cacheable: false };
    searchContacts: { params: { request: SearchContactsRequest }; result: SearchContactsResponse; cacheable: true };
    saveCall: { params: { request: SaveCallRequest }; result: SaveCallResponse; cacheable: false };
}
