// Typed calls to NewCaseController. Every method takes `{ request }`, as the Apex methods do.
import getNewCaseContextMethod from '@salesforce/apex/NewCaseController.getNewCaseContext';
import createHomeownerCaseMethod from '@salesforce/apex/NewCaseController.createHomeownerCase';
import createInstallerCaseMethod from '@salesforce/apex/NewCaseController.createInstallerCase';
import searchContactsMethod from '@salesforce/apex/LogACallController.searchContacts';
/** Opening the action: the one call (not cacheable: saves change what it shows). */
export function getNewCaseContext(request) {
    return getNewCaseContextMethod({ request });
}
export function createHomeownerCase(request) {
    return createHomeownerCaseMethod({ request });
}
export function createInstallerCase(request) {
    return createInstallerCaseMethod({ request });
}
/** Finding the installer of an installer case opened from a homeowner without a contract: Log a Call's search. */
export function searchInstallers(request) {
    return searchContactsMethod({ request });
}
