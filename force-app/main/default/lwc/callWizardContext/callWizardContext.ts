// Pre-call context: the contact's recent cases, the dealership's phone beside the contact's,
// the dealership's other contacts and their CLA state, and possible duplicates to flag for merge.
import { LightningElement, api } from 'lwc';
import type { CallContextResponse, DealershipContact } from 'c/playbookContracts';
import { CLA_STATE_LABELS, contactPhones, duplicateReasonText } from 'c/callWizardModel';

export default class CallWizardContext extends LightningElement {
    @api context: CallContextResponse | undefined;
    @api contacts: DealershipContact[] = [];
    @api hasMore = false;
    @api loadingMore = false;
    @api flaggedIds: string[] = [];
    @api flaggingId: string | null = null;

    get contactName(): string {
        return this.context?.contact?.name ?? 'No contact on this case';
    }

    get contactTitle(): string | null {
        return this.context?.contact?.title ?? null;
    }

    get phones(): Array<{ label: string; number: string; labelKey: string; numberKey: string }> {
        return contactPhones(this.context?.contact ?? null).map((phone) => ({ ...phone, labelKey: `${phone.label}-label`, numberKey: `${phone.label}-number` }));
    }

    get dealershipName(): string {
        return this.context?.dealership?.name ?? 'No dealership on this case';
    }

    get dealershipPhone(): string | null {
        return this.context?.dealership?.phone ?? null;
    }

    get phoneMismatch(): boolean {
        return Boolean(this.context?.phoneMismatch);
    }

    get recentCases(): Array<{ id: string; text: string; date: string }> {
        return (this.context?.recentCases ?? []).map((recent) => ({
            id: recent.id,
            text: `${recent.caseNumber} · ${recent.subject ?? '(no subject)'} · ${recent.status}`,
            date: recent.createdDate
        }));
    }

    get hasRecentCases(): boolean {
        return this.recentCases.length > 0;
    }

    get contactRows(): Array<{ id: string; name: string; title: string; state: string; former: boolean }> {
        return (this.contacts ?? []).map((contact) => ({
            id: contact.id,
            name: contact.name,
            title: contact.title ?? '',
            state: CLA_STATE_LABELS[contact.claState],
            former: contact.employmentStatus === 'Former Employee'
        }));
    }

    get hasContacts(): boolean {
        return this.contactRows.length > 0;
    }

    get showMoreLabel(): string {
        return this.loadingMore ? 'Loading more contacts...' : 'Show more';
    }

    get duplicateRows(): Array<{ id: string; name: string; reasons: string; flagged: boolean; disabled: boolean; buttonLabel: string; buttonTitle: string }> {
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

    get hasDuplicates(): boolean {
        return this.duplicateRows.length > 0;
    }

    handleShowMore(): void {
        this.dispatchEvent(new CustomEvent('showmore'));
    }

    handleFlag(event: Event): void {
        const contactId = (event.currentTarget as HTMLElement).dataset.id;
        this.dispatchEvent(new CustomEvent('flagduplicate', { detail: { contactId } }));
    }
}
