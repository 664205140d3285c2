// The call after the person was reached: the CSS score as one click on 1..10 and the referral
// question (the agent's discretion at any score, suggested from the configured score on), or why
// there is no score and what happens next. Emits fieldchange; the parent owns the draft.
import { LightningElement, api } from 'lwc';
import { MAX_LENGTH, emptyScoring, offersReferral, suggestsReferral, type ScoringDraft } from 'c/callWizardModel';

const SCORE_OPTIONS = Array.from({ length: 10 }, (_, index) => ({ label: String(index + 1), value: String(index + 1) }));

export default class CallWizardScoring extends LightningElement {
    @api scoring: ScoringDraft = emptyScoring();
    @api referralPromptMinScore = 9;
    /** Ask why there was no score (the main contact's call carries a reason). */
    @api withReason = false;
    /** Offer completing with "No Score". */
    @api allowComplete = false;
    /** Why completing with "No Score" is not offered (an open support case), shown instead of the choice. */
    @api completeNote = '';
    /** Completing now is early: the agent names the manager who agreed, among these options. */
    @api approvalNeeded = false;
    @api approverOptions: Array<{ label: string; value: string }> = [];
    @api disabled = false;

    readonly scoreOptions = SCORE_OPTIONS;
    readonly reasonMaxLength = MAX_LENGTH.reason;
    readonly resultOptions = [
        { label: 'Got a score', value: 'SCORE' },
        { label: 'No score', value: 'NO_SCORE' }
    ];
    readonly yesNoOptions = [
        { label: 'Yes', value: 'YES' },
        { label: 'No', value: 'NO' }
    ];

    get nextOptions(): Array<{ label: string; value: string }> {
        const options = [
            { label: 'Schedule a follow-up call', value: 'FOLLOW_UP' },
            { label: 'Open a support case', value: 'SUPPORT_CASE' }
        ];
        if (this.allowComplete) options.push({ label: 'Complete with No Score', value: 'COMPLETE' });
        return options;
    }

    get isScore(): boolean {
        return this.scoring?.result === 'SCORE';
    }

    get isNoScore(): boolean {
        return this.scoring?.result === 'NO_SCORE';
    }

    get scoreValue(): string | null {
        return this.scoring?.score === null || this.scoring?.score === undefined ? null : String(this.scoring.score);
    }

    get showReferral(): boolean {
        return offersReferral(this.scoring);
    }

    get referralSuggested(): boolean {
        return suggestsReferral(this.scoring, this.referralPromptMinScore);
    }

    get referralHint(): string {
        return this.referralSuggested
            ? `A ${this.scoreValue}: they sound enthusiastic, a good moment to ask.`
            : 'Your discretion: ask if they sound enthusiastic.';
    }

    get showCompleteNote(): boolean {
        return this.isNoScore && Boolean(this.completeNote);
    }

    get showApprover(): boolean {
        return this.isNoScore && this.scoring.next === 'COMPLETE' && this.approvalNeeded;
    }

    handleChange(event: CustomEvent<{ value?: string; checked?: boolean }>): void {
        const target = event.currentTarget as HTMLElement;
        const field = target.dataset.field as keyof ScoringDraft;
        let value: unknown = event.detail.value;
        if (field === 'score') value = Number(event.detail.value);
        if (field === 'alsoSupportCase') value = Boolean(event.detail.checked);
        this.dispatchEvent(new CustomEvent('fieldchange', { detail: { field, value } }));
    }
}
