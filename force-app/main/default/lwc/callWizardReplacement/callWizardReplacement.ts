// "They do not work there": who the new contact is (an existing dealership contact, or someone new:
// only the name is required, the official title is something to try to obtain), and the call with
// them. Emits fieldchange with paths inside the replacement draft; the parent owns the draft.
import { LightningElement, api } from 'lwc';
import type { DealershipContact } from 'c/playbookContracts';
import {
    MAX_LENGTH,
    NEW_CONTACT,
    emptyScoring,
    noCallbackNumber,
    possibleDuplicates,
    replacementOptions,
    type ReplacementDraft
} from 'c/callWizardModel';

export default class CallWizardReplacement extends LightningElement {
    @api replacement: ReplacementDraft = {
        choice: null,
        create: { firstName: '', lastName: '', title: '', phone: '', email: '' },
        confirmedNotDuplicate: false,
        reached: null,
        scoring: emptyScoring()
    };
    @api contacts: DealershipContact[] = [];
    @api leavingContactId: string | null = null;
    @api referralPromptMinScore = 9;
    /** The server refused the new contact as a duplicate: the agent may confirm it is not one. */
    @api duplicateRejected = false;
    @api disabled = false;

    readonly maxLength = MAX_LENGTH;
    readonly yesNoOptions = [
        { label: 'Reached', value: 'YES' },
        { label: 'Not reached', value: 'NO' }
    ];

    get contactOptions(): Array<{ label: string; value: string }> {
        return replacementOptions(this.contacts ?? [], this.leavingContactId);
    }

    get isNew(): boolean {
        return this.replacement?.choice === NEW_CONTACT;
    }

    get isReached(): boolean {
        return this.replacement?.reached === 'YES';
    }

    /** Their CLA case, when it is complete: "add your call to the already existing case". */
    get completedClaText(): string {
        const chosen = (this.contacts ?? []).find((contact) => contact.id === this.replacement?.choice);
        if (!chosen || chosen.claState !== 'COMPLETED') return '';
        return `${chosen.name}'s CLA case is already complete: this call is added to it, a score they give updates its score and date, and it stays complete, so no follow-up is needed.`;
    }

    get noNumberToCallBack(): boolean {
        return this.isNew && noCallbackNumber(this.replacement.create);
    }

    get duplicateNames(): string {
        if (!this.isNew) return '';
        return possibleDuplicates(this.replacement.create, this.contacts ?? [])
            .map((contact) => contact.name)
            .join(', ');
    }

    handleChange(event: CustomEvent<{ value?: string; checked?: boolean }>): void {
        const field = (event.currentTarget as HTMLElement).dataset.field ?? '';
        const value = field === 'confirmedNotDuplicate' ? Boolean(event.detail.checked) : event.detail.value;
        this.dispatchEvent(new CustomEvent('fieldchange', { detail: { field, value } }));
    }

    handleScoringChange(event: CustomEvent<{ field: string; value: unknown }>): void {
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent('fieldchange', { detail: { field: `scoring.${event.detail.field}`, value: event.detail.value } }));
    }
}
