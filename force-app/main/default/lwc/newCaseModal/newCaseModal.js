// Find Caller's New Case dialog (procedure 003): the New Case form (procedure 001) for the customer found, with their
// entitlement, in a LightningModal ("Modal Windows", LWC Developer Guide: the modal is opened with NewCaseModal.open()
// and answers the promise with this.close(result)). The platform gives the dialog its focus trap, its close button and
// Escape; while the case is being saved disableClose keeps all three from closing it.
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
export default class NewCaseModal extends LightningModal {
    /** The contact or account New Case starts from. */
    @api
    recordId;
    /** The entitlement the case gets (Case.EntitlementId), or null. */
    @api
    entitlementId = null;
    /**
     * lightning/navigation is out of reach inside a modal ("Navigate From a Modal", LWC Developer Guide: the component
     * that opens the modal navigates), so the opener lends its NavigationMixin.GenerateUrl for the toast's link.
     */
    @api
    generateUrl = null;
    handleSavingChange(event) {
        this.disableClose = event.detail.saving;
    }
    handleSaved(event) {
        this.disableClose = false;
        this.close({ saved: event.detail });
    }
    handleCancel() {
        this.close(undefined);
    }
}
