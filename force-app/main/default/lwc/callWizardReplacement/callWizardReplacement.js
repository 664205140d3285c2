// "They do not work there": who the new contact is (an existing dealership contact, or someone new:
// only the name is required, the official title is something to try to obtain), and the call with
// them. Emits fieldchange with paths inside the replacement draft; the parent owns the draft.
import { LightningElement, api } from 'lwc';
import { MAX_LENGTH, NEW_CONTACT, emptyScoring, noCallbackNumber, possibleDuplicates, replacementOptions } from 'c/callWizardModel';
export default class CallWizardReplacement extends LightningElement {
    @api
    replacement = {
        choice: null,
        create: { firstName: '', lastName: '', title: '', phone: '', email: '' },
        confirmedNotDuplicate: false,
        reached: null,
        scoring: emptyScoring()
    };
    @api
    contacts = [];
    @api
    leavingContactId = null;
    @api
    referralPromptMinScore = 9;
    /** The server refused the new contact as a duplicate: the agent may confirm it is not one. */
    @api
    duplicateRejected = false;
    @api
    disabled = false;
    maxLength = MAX_LENGTH;
    yesNoOptions = [
        { label: 'Reached', value: 'YES' },
        { label: 'Not reached', value: 'NO' }
    ];
    get contactOptions() {
        return replacementOptions(this.contacts ?? [], this.leavingContactId);
    }
    get isNew() {
        return this.replacement?.choice === NEW_CONTACT;
    }
    get isReached() {
        return this.replacement?.reached === 'YES';
    }
    /** Their CLA case, when it is complete: "add your call to the already existing case". */
    get completedClaText() {
        const chosen = (this.contacts ?? []).find((contact) => contact.id === this.replacement?.choice);
        if (!chosen || chosen.claState !== 'COMPLETED')
            return '';
        return `${chosen.name}'s CLA case is already complete: this call is added to it, a score they give updates its score and date, and it stays complete, so no follow-up is needed.`;
    }
    get noNumberToCallBack() {
        return this.isNew && noCallbackNumber(this.replacement.create);
    }
    get duplicateNames() {
        if (!this.isNew)
            return '';
        return possibleDuplicates(this.replacement.create, this.contacts ?? [])
            .map((contact) => contact.name)
            .join(', ');
    }
    handleChange(event) {
        const field = event.currentTarget.dataset.field ?? '';
        const value = field === 'confirmedNotDuplicate' ? Boolean(event.detail.checked) : event.detail.value;
        this.dispatchEvent(new CustomEvent('fieldchange', { detail: { field, value } }));
    }
    handleScoringChange(event) {
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent('fieldchange', { detail: { field: `scoring.${event.detail.field}`, value: event.detail.value } }));
    }
}
