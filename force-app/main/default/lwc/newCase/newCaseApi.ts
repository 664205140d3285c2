// Typed calls to NewCaseController. Every method takes `{ request }`, as the Apex methods do.
import getNewCaseContextMethod from '@salesforce/apex/NewCaseController.getNewCaseContext';
import createHomeownerCaseMethod from '@salesforce/apex/NewCaseController.createHomeownerCase';
import createInstallerCaseMethod from '@salesforce/apex/NewCaseController.createInstallerCase';
import type {
    CreateHomeownerCaseRequest,
    CreateInstallerCaseRequest,
    NewCaseContextRequest,
    NewCaseContextResponse,
    NewCaseResponse
} from 'c/playbookContracts';

/** Opening the action: the one cacheable call. */
export function getNewCaseContext(request: NewCaseContextRequest): Promise<NewCaseContextResponse> {
    return getNewCaseContextMethod({ request }) as Promise<NewCaseContextResponse>;
}

export function createHomeownerCase(request: CreateHomeownerCaseRequest): Promise<NewCaseResponse> {
    return createHomeownerCaseMethod({ request }) as Promise<NewCaseResponse>;
}

export function createInstallerCase(request: CreateInstallerCaseRequest): Promise<NewCaseResponse> {
    return createInstallerCaseMethod({ request }) as Promise<NewCaseResponse>;
}
