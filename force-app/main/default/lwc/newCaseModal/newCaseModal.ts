// Find Caller's New Case dialog (procedure 003): the New Case form (procedure 001) for the customer found, with their
// entitlement, in a LightningModal ("Modal Windows", LWC Developer Guide: the modal is opened with NewCaseModal.open()
// and answers the promise with this.close(result)). The platform gives the dialog its focus trap, its close button and
// Escape; while the case is being saved disableClose keeps all three from closing it.
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import type { NewCaseResponse } from 'c/playbookContracts';

/** A URL for a page reference, lent by the component that opens the modal. */
export type UrlGenerator = (pageReference: unknown) => Promise<string>;

/** What NewCaseModal.open() takes: LightningModal's size and label, and this modal's properties. */
export interface NewCaseModalOptions {
    size: 'small' | 'medium' | 'large' | 'full';
    label: string;
    recordId: string;
    entitlementId: string | null;
    generateUrl: UrlGenerator;
}

/** What open() resolves to: the case saved, or undefined when the agent closed the dialog without one. */
export type NewCaseModalResult = { saved: NewCaseResponse } | undefined;

export default class NewCaseModal extends LightningModal {
    /** The contact or account New Case starts from. */
    @api recordId: string | undefined;
    /** The entitlement the case gets (Case.EntitlementId), or null. */
    @api entitlementId: string | null = null;
    /**
     * lightning/navigation is out of reach inside a modal ("Navigate From a Modal", LWC Developer Guide: the component
     * that opens the modal navigates), so the opener lends its NavigationMixin.GenerateUrl for the toast's link.
     */
    @api generateUrl: UrlGenerator | null = null;

    handleSavingChange(event: CustomEvent<{ saving: boolean }>): void {
        this.disableClose = event.detail.saving;
    }

    handleSaved(event: CustomEvent<NewCaseResponse>): void {
        this.disableClose = false;
        this.close({ saved: event.detail });
    }

    handleCancel(): void {
        this.close(undefined);
    }
}
