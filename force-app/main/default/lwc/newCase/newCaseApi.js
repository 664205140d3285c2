// Typed calls to NewCaseController. Every method takes `{ request }`, as the Apex methods do.
import getNewCaseContextMethod from '@salesforce/apex/NewCaseController.getNewCaseContext';
import createHomeownerCaseMethod from '@salesforce/apex/NewCaseController.createHomeownerCase';
import createInstallerCaseMethod from '@salesforce/apex/NewCaseController.createInstallerCase';
/** Opening the action: the one cacheable call. */
export function getNewCaseContext(request) {
    return getNewCaseContextMethod({ request });
}
export function createHomeownerCase(request) {
    return createHomeownerCaseMethod({ request });
}
export function createInstallerCase(request) {
    return createInstallerCaseMethod({ request });
}
