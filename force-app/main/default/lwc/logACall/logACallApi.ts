// Typed calls to LogACallController. Every method takes `{ request }`, as the Apex methods do.
import getCallContextMethod from '@salesforce/apex/LogACallController.getCallContext';
import searchContactsMethod from '@salesforce/apex/LogACallController.searchContacts';
import saveCallMethod from '@salesforce/apex/LogACallController.saveCall';
import type {
    LogACallContextRequest,
    LogACallContextResponse,
    SaveCallRequest,
    SaveCallResponse,
    SearchContactsRequest,
    SearchContactsResponse
} from 'c/playbookContracts';

/** Opening the component: the one cacheable call. */
export function getCallContext(request: LogACallContextRequest): Promise<LogACallContextResponse> {
    return getCallContextMethod({ request }) as Promise<LogACallContextResponse>;
}

/** One call per pause in typing (cacheable). */
export function searchContacts(request: SearchContactsRequest): Promise<SearchContactsResponse> {
    return searchContactsMethod({ request }) as Promise<SearchContactsResponse>;
}

/** The one save of a call. */
export function saveCall(request: SaveCallRequest): Promise<SaveCallResponse> {
    return saveCallMethod({ request }) as Promise<SaveCallResponse>;
}
