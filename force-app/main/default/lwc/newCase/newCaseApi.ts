// Typed calls to NewCaseController. Every method takes `{ request }`, as the Apex methods do.
import getNewCaseContextMethod from '@salesforce/apex/NewCaseController.getNewCaseContext';
import createHomeownerCaseMethod from '@salesforce/apex/NewCaseController.createHomeownerCase';
import createInstallerCaseMethod from '@salesforce/apex/NewCaseController.createInstallerCase';
import searchContactsMethod from '@salesforce/apex/LogACallController.searchContacts';
import type {
    CreateHomeownerCaseRequest,
    CreateInstallerCaseRequest,
    NewCaseContextRequest,
    NewCaseContextResponse,
    NewCaseResponse,
    SearchContactsRequest,
    SearchContactsResponse
} from 'c/playbookContracts';

/** Opening the action: the one call (not cacheable: saves change what it shows). */
export function getNewCaseContext(request: NewCaseContextRequest): Promise<NewCaseContextResponse> {
    return getNewCaseContextMethod({ request }) as Promise<NewCaseContextResponse>;
}

export function createHomeownerCase(request: CreateHomeownerCaseRequest): Promise<NewCaseResponse> {
    return createHomeownerCaseMethod({ request }) as Promise<NewCaseResponse>;
}

export function createInstallerCase(request: CreateInstallerCaseRequest): Promise<NewCaseResponse> {
    return createInstallerCaseMethod({ request }) as Promise<NewCaseResponse>;
}

/** Finding the installer of an installer case opened from a homeowner without a contract: Log a Call's search. */
export function searchInstallers(request: SearchContactsRequest): Promise<SearchContactsResponse> {
    return searchContactsMethod({ request }) as Promise<SearchContactsResponse>;
}
