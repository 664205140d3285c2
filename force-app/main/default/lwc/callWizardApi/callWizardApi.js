// Typed calls to CallWizardController. Every method takes `{ request }`, as the Apex methods do.
import claimCaseMethod from '@salesforce/apex/CallWizardController.claimCase';
import getCallContextMethod from '@salesforce/apex/CallWizardController.getCallContext';
import getDealershipContactsMethod from '@salesforce/apex/CallWizardController.getDealershipContacts';
import saveCallOutcomeMethod from '@salesforce/apex/CallWizardController.saveCallOutcome';
import flagDuplicateMethod from '@salesforce/apex/CallWizardController.flagDuplicate';
/** Opening the wizard: the one cacheable call. */
export function getCallContext(request) {
    return getCallContextMethod({ request });
}
/** "Show more" dealership contacts. */
export function getDealershipContacts(request) {
    return getDealershipContactsMethod({ request });
}
export function claimCase(request) {
    return claimCaseMethod({ request });
}
/** The one save of a call, whatever its outcome. */
export function saveCallOutcome(request) {
    return saveCallOutcomeMethod({ request });
}
/** "Flag for merge": a task for the data steward. */
export function flagDuplicate(request) {
    return flagDuplicateMethod({ request });
}
