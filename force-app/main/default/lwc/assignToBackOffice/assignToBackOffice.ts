// Assign to Back Office (procedure 001), a quick action on Case: one confirmation, one call, a toast
// naming the queue that now owns the case, and the action closes. On error the dialog stays open with
// the reference.
import { LightningElement, api } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { errorText, newRequestKey, reduceError, REQUEST_KEY_REUSED, type UserFacingError } from 'c/playbookClient';
import { assignToBackOffice } from './assignToBackOfficeApi';
import { assignRequest, assignedMessage } from './backOfficeModel';
import TITLE from '@salesforce/label/c.AssignToBackOffice_Title';
import QUESTION from '@salesforce/label/c.AssignToBackOffice_Question';
import ASSIGN from '@salesforce/label/c.ContractWarning_Assign_Back_Office';
import CANCEL from '@salesforce/label/c.Playbooks_Cancel';
import SAVING from '@salesforce/label/c.Playbooks_Saving';
import ERROR_TITLE from '@salesforce/label/c.Playbooks_Error_Title';

export default class AssignToBackOffice extends LightningElement {
    readonly labels = { TITLE, QUESTION, CANCEL, ERROR_TITLE };

    @api recordId: string | undefined;

    saving = false;
    saveError: UserFacingError | null = null;

    /** Kept across retries, so a retry after a lost response cannot assign twice. */
    private requestKey: string | null = null;
    private focused = false;

    override renderedCallback(): void {
        if (this.focused) return;
        const button = this.template?.querySelector<HTMLElement>('[data-id="assign"]');
        if (button) {
            this.focused = true;
            button.focus();
        }
    }

    get assignLabel(): string {
        return this.saving ? SAVING : ASSIGN;
    }

    get saveErrorText(): string | null {
        return this.saveError ? errorText(this.saveError) : null;
    }

    handleCancel(): void {
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    async handleAssign(): Promise<void> {
        if (this.saving) return;
        this.requestKey = this.requestKey ?? newRequestKey();
        const request = assignRequest(this.requestKey, this.recordId);
        if (!request) return;
        this.saving = true;
        this.saveError = null;
        try {
            const response = await assignToBackOffice(request);
            await notifyRecordUpdateAvailable([{ recordId: response.caseId }]);
            this.dispatchEvent(new ShowToastEvent({ title: TITLE, message: assignedMessage(response), variant: 'success' }));
            this.dispatchEvent(new CloseActionScreenEvent());
        } catch (error) {
            this.saveError = reduceError(error);
        } finally {
            this.saving = false;
        }
        if (this.saveError?.code === REQUEST_KEY_REUSED && this.recordId) {
            // The key came back with another request: the case page shows what is saved, the next click a new key.
            this.requestKey = null;
            await notifyRecordUpdateAvailable([{ recordId: this.recordId }]);
        }
    }
}
