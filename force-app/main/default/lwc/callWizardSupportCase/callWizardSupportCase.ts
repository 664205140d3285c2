// The support case opened from the call: what was offered first ("We should always offer our free
// remote training and ask if they have a moment to solve the issue right then, and offer to transfer
// them over to someone in support"), a specific subject, the best phone and email confirmed, the
// description prefilled from the call notes, product type, case reason and type.
// Emits fieldchange; the parent owns the draft.
import { LightningElement, api } from 'lwc';
import type { SupportCaseInput, SupportOffer } from 'c/playbookContracts';
import { CASE_REASONS, CASE_TYPES, MAX_LENGTH, PRODUCT_TYPES, isVagueSubject } from 'c/callWizardModel';

const EMPTY: SupportCaseInput = { subject: '', description: '', phone: '', email: '', productType: '', reason: '', type: '' };

export default class CallWizardSupportCase extends LightningElement {
    @api values: SupportCaseInput = EMPTY;
    @api contactName = '';
    @api offers: SupportOffer[] = [];
    @api disabled = false;

    readonly offerOptions = [
        { label: 'Free remote training', value: 'REMOTE_TRAINING' },
        { label: 'Solving it right now', value: 'SOLVE_NOW' },
        { label: 'A transfer to support', value: 'TRANSFER_TO_SUPPORT' }
    ];

    readonly maxLength = MAX_LENGTH;
    readonly productTypes = PRODUCT_TYPES;
    readonly caseReasons = CASE_REASONS;
    readonly caseTypes = CASE_TYPES;

    get heading(): string {
        return this.contactName ? `Support case for ${this.contactName}` : 'Support case';
    }

    get subjectIsVague(): boolean {
        return Boolean(this.values?.subject) && isVagueSubject(this.values.subject);
    }

    handleChange(event: CustomEvent<{ value: string | string[] }>): void {
        const field = (event.currentTarget as HTMLElement).dataset.field;
        this.dispatchEvent(new CustomEvent('fieldchange', { detail: { field, value: event.detail.value } }));
    }
}
