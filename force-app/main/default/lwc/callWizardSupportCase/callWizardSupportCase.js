// The support case opened from the call: a specific subject, the best phone and email confirmed,
// the description prefilled from the call notes, product type, case reason and type.
// Emits fieldchange; the parent owns the draft.
import { LightningElement, api } from 'lwc';
import { CASE_REASONS, CASE_TYPES, MAX_LENGTH, PRODUCT_TYPES, isVagueSubject } from 'c/callWizardModel';
const EMPTY = { subject: '', description: '', phone: '', email: '', productType: '', reason: '', type: '' };
export default class CallWizardSupportCase extends LightningElement {
    @api
    values = EMPTY;
    @api
    contactName = '';
    @api
    disabled = false;
    maxLength = MAX_LENGTH;
    productTypes = PRODUCT_TYPES;
    caseReasons = CASE_REASONS;
    caseTypes = CASE_TYPES;
    get heading() {
        return this.contactName ? `Support case for ${this.contactName}` : 'Support case';
    }
    get subjectIsVague() {
        return Boolean(this.values?.subject) && isVagueSubject(this.values.subject);
    }
    handleChange(event) {
        const field = event.currentTarget.dataset.field;
        this.dispatchEvent(new CustomEvent('fieldchange', { detail: { field, value: event.detail.value } }));
    }
}
