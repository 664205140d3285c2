// Typed calls to CallWizardController. Every method takes `{ request }`, as the Apex methods do.
import claimCaseMethod from '@salesforce/apex/CallWizardController.claimCase';
import getCallContextMethod from '@salesforce/apex/CallWizardController.getCallContext';
import getDealershipContactsMethod from '@salesforce/apex/CallWizardController.getDealershipContacts';
import saveCallOutcomeMethod from '@salesforce/apex/CallWizardController.saveCallOutcome';
import flagDuplicateMethod from '@salesforce/apex/CallWizardController.flagDuplicate';
import type {
    CallContextRequest,
    CallContextResponse,
    CallOutcomeRequest,
    CallOutcomeResponse,
    ClaimCaseRequest,
    ClaimCaseResponse,
    DealershipContactsRequest,
    DealershipContactsResponse,
    FlagDuplicateRequest,
    FlagDuplicateResponse
} from 'c/playbookContracts';

/** Opening the wizard: the one cacheable call. */
export function getCallContext(request: CallContextRequest): Promise<CallContextResponse> {
    return getCallContextMethod({ request }) as Promise<CallContextResponse>;
}

/** "Show more" dealership contacts. */
export function getDealershipContacts(request: DealershipContactsRequest): Promise<DealershipContactsResponse> {
    return getDealershipContactsMethod({ request }) as Promise<DealershipContactsResponse>;
}

export function claimCase(request: ClaimCaseRequest): Promise<ClaimCaseResponse> {
    return claimCaseMethod({ request }) as Promise<ClaimCaseResponse>;
}

/** The one save of a call, whatever its outcome. */
export function saveCallOutcome(request: CallOutcomeRequest): Promise<CallOutcomeResponse> {
    return saveCallOutcomeMethod({ request }) as Promise<CallOutcomeResponse>;
}

/** "Flag for merge": a task for the data steward. */
export function flagDuplicate(request: FlagDuplicateRequest): Promise<FlagDuplicateResponse> {
    return flagDuplicateMethod({ request }) as Promise<FlagDuplicateResponse>;
}
