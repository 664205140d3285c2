// Typed calls to LogACallController. Every method takes `{ request }`, as the Apex methods do.
import getCallContextMethod from '@salesforce/apex/LogACallController.getCallContext';
import searchContactsMethod from '@salesforce/apex/LogACallController.searchContacts';
import saveCallMethod from '@salesforce/apex/LogACallController.saveCall';
/** Opening the component: the one cacheable call. */
export function getCallContext(request) {
    return getCallContextMethod({ request });
}
/** One call per pause in typing (cacheable). */
export function searchContacts(request) {
    return searchContactsMethod({ request });
}
/** The one save of a call. */
export function saveCall(request) {
    return saveCallMethod({ request });
}
