// Pre-call context: the contact's recent cases, the dealership's phone beside the contact's,
// the dealership's other contacts and their CLA state, and possible duplicates to flag for merge.
import { LightningElement, api } from 'lwc';
import { CLA_STATE_LABELS, contactPhones, duplicateReasonText } from 'c/callWizardModel';
export default class CallWizardContext extends LightningElement {
    @api
    context;
    @api
    contacts = [];
    @api
    hasMore = false;
    @api
    loadingMore = false;
    @api
    flaggedIds = [];
    @api
    flaggingId = null;
    get contactName() {
        return this.context?.contact?.name ?? 'No contact on this case';
    }
    get contactTitle() {
        return this.context?.contact?.title ?? null;
    }
    get phones() {
        return contactPhones(this.context?.contact ?? null).map((phone) => ({ ...phone, labelKey: `${phone.label}-label`, numberKey: `${phone.label}-number` }));
    }
    get dealershipName() {
        return this.context?.dealership?.name ?? 'No dealership on this case';
    }
    get dealershipPhone() {
        return this.context?.dealership?.phone ?? null;
    }
    get phoneMismatch() {
        return Boolean(this.context?.phoneMismatch);
    }
    get recentCases() {
        return (this.context?.recentCases ?? []).map((recent) => ({
            id: recent.id,
            text: `${recent.caseNumber} · ${recent.subject ?? '(no subject)'} · ${recent.status}`,
            date: recent.createdDate
        }));
    }
    get hasRecentCases() {
        return this.recentCases.length > 0;
    }
    get contactRows() {
        return (this.contacts ?? []).map((contact) => ({
            id: contact.id,
            name: contact.name,
            title: contact.title ?? '',
            state: CLA_STATE_LABELS[contact.claState],
            former: contact.employmentStatus === 'Former Employee'
        }));
    }
    get hasContacts() {
        return this.contactRows.length > 0;
    }
    get showMoreLabel() {
        return this.loadingMore ? 'Loading more contacts...' : 'Show more';
    }
    get duplicateRows() {
        return (this.context?.duplicates ?? []).map((duplicate) => {
            const flagged = (this.flaggedIds ?? []).includes(duplicate.contact.id);
            return {
                id: duplicate.contact.id,
                name: duplicate.contact.name,
                reasons: duplicateReasonText(duplicate.reasons),
                flagged,
                disabled: flagged || this.flaggingId !== null,
                buttonLabel: flagged ? 'Flagged for merge' : 'Flag for merge',
                buttonTitle: `Ask the data steward to merge ${duplicate.contact.name} with ${this.contactName}`
            };
        });
    }
    get hasDuplicates() {
        return this.duplicateRows.length > 0;
    }
    handleShowMore() {
        this.dispatchEvent(new CustomEvent('showmore'));
    }
    handleFlag(event) {
        const contactId = event.currentTarget.dataset.id;
        this.dispatchEvent(new CustomEvent('flagduplicate', { detail: { contactId } }));
    }
}
