// Workbench demo (not part of the package): a quick action that shows a case and claims it. It
// touches every platform module the workbench implements, so the runtime can be tried before the
// package's components exist: an Apex call, a getRecord wire, a toast, navigation, refresh and
// closing the action.
import { LightningElement, api, wire } from 'lwc';
import { getRecord, getFieldValue, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { NavigationMixin } from 'lightning/navigation';
import { CloseActionScreenEvent } from 'lightning/actions';
import { RefreshEvent } from 'lightning/refresh';
import claimCase from '@salesforce/apex/CallWizardController.claimCase';
import userId from '@salesforce/user/Id';
import CASE_NUMBER from '@salesforce/schema/Case.CaseNumber';
import OWNER_ID from '@salesforce/schema/Case.OwnerId';
import OWNER_NAME from '@salesforce/schema/Case.Owner.Name';
import CONTACT_NAME from '@salesforce/schema/Case.Contact.Name';
import ACCOUNT_ID from '@salesforce/schema/Case.AccountId';
import ACCOUNT_NAME from '@salesforce/schema/Case.Account.Name';
import { errorText, reduceError } from 'c/playbookClient';

const FIELDS = [CASE_NUMBER, OWNER_ID, OWNER_NAME, CONTACT_NAME, ACCOUNT_ID, ACCOUNT_NAME];

export default class CaseClaimAction extends NavigationMixin(LightningElement) {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    record: unknown;
    loadError: string | null = null;
    saveError: string | null = null;
    saving = false;

    @wire(getRecord, { recordId: '$recordId', fields: FIELDS })
    wiredCase(value: unknown): void {
        const { data, error } = value as { data?: unknown; error?: unknown };
        if (data) {
            this.record = data;
            this.loadError = null;
        } else if (error) {
            this.loadError = errorText(reduceError(error));
        }
    }

    private field(reference: unknown): unknown {
        return this.record ? getFieldValue(this.record as never, reference as never) : undefined;
    }

    get caseNumber(): string {
        return String(this.field(CASE_NUMBER) ?? '');
    }

    get contactName(): string {
        return String(this.field(CONTACT_NAME) ?? '');
    }

    get accountName(): string {
        return String(this.field(ACCOUNT_NAME) ?? '');
    }

    get ownerLabel(): string {
        if (this.field(OWNER_ID) === userId) return 'You';
        return String(this.field(OWNER_NAME) ?? '');
    }

    get isMine(): boolean {
        return this.field(OWNER_ID) === userId;
    }

    get claimDisabled(): boolean {
        return this.saving || !this.record || this.isMine;
    }

    get isLoading(): boolean {
        return !this.record && !this.loadError;
    }

    async handleClaim(): Promise<void> {
        if (this.saving) return;
        this.saving = true;
        this.saveError = null;
        try {
            const result = (await claimCase({
                request: { caseId: this.recordId, expectedOwnerId: this.field(OWNER_ID) }
            })) as { closedTaskCount: number };
            const closed = result.closedTaskCount
                ? ` ${result.closedTaskCount} open activities of others were closed.`
                : '';
            this.dispatchEvent(
                new ShowToastEvent({
                    title: 'Case claimed',
                    message: `Case ${this.caseNumber} is yours.${closed}`,
                    variant: 'success'
                })
            );
            await notifyRecordUpdateAvailable([{ recordId: this.recordId as string }]);
            this.dispatchEvent(new RefreshEvent());
            this.dispatchEvent(new CloseActionScreenEvent());
        } catch (error) {
            this.saveError = errorText(reduceError(error));
            this.dispatchEvent(
                new ShowToastEvent({ title: 'The case was not claimed', message: this.saveError, variant: 'error' })
            );
        } finally {
            this.saving = false;
        }
    }

    handleCancel(): void {
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    openDealership(event: Event): void {
        event.preventDefault();
        const navigate = (this as unknown as Record<symbol, (reference: object) => void>)[NavigationMixin.Navigate];
        navigate.call(this, {
            type: 'standard__recordPage',
            attributes: { recordId: this.field(ACCOUNT_ID), objectApiName: 'Account', actionName: 'view' }
        });
    }
}
