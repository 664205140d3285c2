// The request and response shapes of every @AuraEnabled controller method, in one place.
// Types only: components import them through their typed Apex wrappers, the TypeScript
// controllers in spec/controllers implement them, and the Apex controllers mirror them as
// inner classes (scripts/checks/controller-contracts.mjs keeps the method lists in step).
//
// Wire format: Ids are 18-character strings, dates 'YYYY-MM-DD', date-times ISO 8601 in UTC
// with milliseconds ('2025-03-04T15:00:00.000Z'), exactly as Apex serializes them.

export type * from './callWizardOutcome';
import type {
    CallContextRequest,
    CallContextResponse,
    CallOutcomeRequest,
    CallOutcomeResponse,
    DealershipContactsRequest,
    DealershipContactsResponse,
    FlagDuplicateRequest,
    FlagDuplicateResponse
} from './callWizardOutcome';
export type * from './logReview';
export type * from './contractWarning';
export type * from './logACall';
export type * from './newCase';
export type * from './customer';
export type * from './integrationCase';
export type * from './findCaller';
import type { LogACallControllerContract } from './logACall';

/** Codes a controller error can carry; the UI branches on the code, never on the text. */
export type PlaybookErrorCode =
    | 'INVALID_INPUT'
    | 'WRONG_OBJECT'
    | 'NOT_FOUND'
    | 'NOT_A_CLA'
    | 'ALREADY_COMPLETE'
    | 'OWNER_CHANGED'
    | 'NO_ACCESS'
    | 'SAVE_FAILED'
    | 'UNEXPECTED'
    | 'DUPLICATE_CONTACT'
    | 'MANAGER_NOT_CONFIGURED'
    | 'DATA_STEWARD_NOT_CONFIGURED'
    | 'BACK_OFFICE_QUEUE_NOT_FOUND'
    | 'CONTRACT_NEEDS_CONFIRMATION'
    | 'NOT_AN_INTEGRATION_CASE'
    | 'CASE_CLOSED'
    | 'CASE_WAITING'
    | 'TOO_EARLY'
    | 'NOT_ALLOWED'
    | 'INTEGRATIONS_QUEUE_NOT_FOUND'
    /** The case belongs to an active colleague: claiming it needs confirmTakeOver (the UI asks first). */
    | 'OWNED_BY_COLLEAGUE'
    /** A call is saved only on a CLA case the agent owns: claim it first. */
    | 'NOT_CLAIMED'
    /** A save's request key came back with another request, action or user: nothing saved; reload what is saved. */
    | 'REQUEST_KEY_REUSED';

/**
 * What a failed controller call carries: the AuraHandledException message is this object as a
 * JSON string. `message` is written for the agent; `reference` is also in the server log.
 */
export interface PlaybookFault {
    code: PlaybookErrorCode;
    message: string;
    reference: string;
}

/** The error object a component receives from a rejected Apex call. */
export interface ApexCallError {
    status: number;
    body: {
        message: string;
        exceptionType?: string;
        isUserDefinedException?: boolean;
        stackTrace?: string;
    };
}

// ---- CallWizardController ----------------------------------------------------------------

/** Claim a CLA case: "Change Case Owner to your name" and "Close out any previous open activities". */
export interface ClaimCaseRequest {
    caseId: string;
    /** The owner the page showed; the claim is refused when the case has changed hands since. */
    expectedOwnerId: string;
    /**
     * The agent confirmed taking the case over from the active colleague who owns it ("Begin by finding a contact
     * who hasn't been claimed by a current employee"); without it such a claim is refused with OWNED_BY_COLLEAGUE.
     */
    confirmTakeOver?: boolean | null;
}

export interface ClaimCaseResponse {
    caseId: string;
    ownerId: string;
    ownerName: string;
    /** Open tasks of other owners on the case that the claim marked Completed. */
    closedTaskCount: number;
    /** Open callback tasks of the closed support case that the claim moved to the new owner (never completed). */
    movedTaskCount: number;
}

export interface CallWizardControllerContract {
    claimCase: { params: { request: ClaimCaseRequest }; result: ClaimCaseResponse; cacheable: false };
    getCallContext: { params: { request: CallContextRequest }; result: CallContextResponse; cacheable: false };
    getDealershipContacts: { params: { request: DealershipContactsRequest }; result: DealershipContactsResponse; cacheable: false };
    saveCallOutcome: { params: { request: CallOutcomeRequest }; result: CallOutcomeResponse; cacheable: false };
    flagDuplicate: { params: { request: FlagDuplicateRequest }; result: FlagDuplicateResponse; cacheable: false };
}

// ---- registry ----------------------------------------------------------------------------

/** Every Apex controller the components call, by Apex class name. */
export interface PlaybookControllerContracts {
    CallWizardController: CallWizardControllerContract;
    LogACallController: LogACallControllerContract;
}

export type PlaybookControllerName = keyof PlaybookControllerContracts;

/** One method entry of a controller contract. */
export interface ControllerMethodContract {
    params: object;
    result: unknown;
    cacheable: boolean;
}

/** The synchronous shape a server-side implementation (the TypeScript controllers) provides. */
export type ControllerImplementation<Contract> = {
    [Method in keyof Contract]: Contract[Method] extends ControllerMethodContract
        ? (params: Contract[Method]['params']) => Contract[Method]['result']
        : never;
};

/** The asynchronous shape a component sees through its typed Apex wrapper. */
export type ControllerClient<Contract> = {
    [Method in keyof Contract]: Contract[Method] extends ControllerMethodContract
        ? (params: Contract[Method]['params']) => Promise<Contract[Method]['result']>
        : never;
};

export type ParamsOf<
    Controller extends PlaybookControllerName,
    Method extends keyof PlaybookControllerContracts[Controller]
> = PlaybookControllerContracts[Controller][Method] extends ControllerMethodContract
    ? PlaybookControllerContracts[Controller][Method]['params']
    : never;

export type ResultOf<
    Controller extends PlaybookControllerName,
    Method extends keyof PlaybookControllerContracts[Controller]
> = PlaybookControllerContracts[Controller][Method] extends ControllerMethodContract
    ? PlaybookControllerContracts[Controller][Method]['result']
    : never;
