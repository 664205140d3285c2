// The contract warning on a Case record page (procedure 001): a non-blocking question when the case
// is on a cancelled or pending-cancellation contract, with the account's active contract one click
// away and "Yes, this is intended". The decisions live in ./warningModel.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { errorText, newRequestKey, reduceError, REQUEST_KEY_REUSED } from 'c/playbookClient';
import { acknowledge, getContractStatus, moveToContract } from './contractWarningApi';
import { confirmedNote, moveLabel, movedMessage, statusAfterAcknowledge, statusAfterMove, warningMessage, warningState } from './warningModel';
import TITLE from '@salesforce/label/c.ContractWarning_Title';
import CONFIRM from '@salesforce/label/c.ContractWarning_Confirm';
import SAVING from '@salesforce/label/c.Playbooks_Saving';
import ERROR_TITLE from '@salesforce/label/c.Playbooks_Error_Title';
export default class ContractWarning extends LightningElement {
    labels = { TITLE, ERROR_TITLE };
    status = null;
    loadError = null;
    saving = null;
    saveError = null;
    caseId;
    /** One key per action, kept across retries of that action. */
    requestKeys = {};
    @api
    get recordId() {
        return this.caseId;
    }
    set recordId(value) {
        const changed = value !== this.caseId;
        this.caseId = value;
        if (value && changed)
            this.load(value);
    }
    async load(caseId) {
        this.loadError = null;
        try {
            this.status = await getContractStatus({ caseId });
        }
        catch (error) {
            this.loadError = reduceError(error);
        }
    }
    get showWarning() {
        return warningState(this.status) === 'WARNING';
    }
    get showConfirmed() {
        return warningState(this.status) === 'CONFIRMED';
    }
    get message() {
        return this.status ? warningMessage(this.status) : '';
    }
    get moveButtonLabel() {
        if (!this.status)
            return null;
        return this.saving === 'MOVE' ? SAVING : moveLabel(this.status);
    }
    get confirmButtonLabel() {
        return this.saving === 'CONFIRM' ? SAVING : CONFIRM;
    }
    get busy() {
        return this.saving !== null;
    }
    get note() {
        return this.status ? confirmedNote(this.status) : '';
    }
    get confirmedOn() {
        return this.status?.acknowledgedOn ?? null;
    }
    get loadErrorText() {
        return this.loadError ? errorText(this.loadError) : null;
    }
    get saveErrorText() {
        return this.saveError ? errorText(this.saveError) : null;
    }
    async handleMove() {
        const status = this.status;
        const target = status?.activeContract;
        if (this.saving || !status || !target)
            return;
        await this.run('MOVE', async (requestKey) => {
            const response = await moveToContract({ requestKey, caseId: status.caseId, contractId: target.id });
            this.status = statusAfterMove(status, response);
            return movedMessage(status, response);
        });
    }
    async handleConfirm() {
        const status = this.status;
        if (this.saving || !status)
            return;
        await this.run('CONFIRM', async (requestKey) => {
            const response = await acknowledge({ requestKey, caseId: status.caseId });
            this.status = statusAfterAcknowledge(status, response);
            return `You confirmed that case ${status.caseNumber} belongs on this contract.`;
        });
    }
    async run(action, save) {
        this.saving = action;
        this.saveError = null;
        const requestKey = this.requestKeys[action] ?? newRequestKey();
        this.requestKeys[action] = requestKey;
        try {
            const message = await save(requestKey);
            delete this.requestKeys[action];
            if (this.caseId)
                await notifyRecordUpdateAvailable([{ recordId: this.caseId }]);
            this.dispatchEvent(new ShowToastEvent({ title: TITLE, message, variant: 'success' }));
        }
        catch (error) {
            this.saveError = reduceError(error);
        }
        finally {
            this.saving = null;
        }
        if (this.saveError?.code === REQUEST_KEY_REUSED && this.caseId) {
            // The key came back with another request: show what is saved, and the next click gets a new key.
            this.requestKeys = {};
            await this.load(this.caseId);
        }
    }
}
