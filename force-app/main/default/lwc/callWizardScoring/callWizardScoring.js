// The call after the person was reached: the CSS score as one click on 1..10 and the referral
// question (the agent's discretion at any score, suggested from the configured score on), or why
// there is no score and what happens next. Emits fieldchange; the parent owns the draft.
import { LightningElement, api } from 'lwc';
import { MAX_LENGTH, emptyScoring, offersReferral, suggestsReferral } from 'c/callWizardModel';
const SCORE_OPTIONS = Array.from({ length: 10 }, (_, index) => ({ label: String(index + 1), value: String(index + 1) }));
export default class CallWizardScoring extends LightningElement {
    @api
    scoring = emptyScoring();
    @api
    referralPromptMinScore = 9;
    /** Ask why there was no score (the main contact's call carries a reason). */
    @api
    withReason = false;
    /** Offer completing with "No Score". */
    @api
    allowComplete = false;
    /** Why completing with "No Score" is not offered (an open support case), shown instead of the choice. */
    @api
    completeNote = '';
    /** Completing now is early: the agent names the manager who agreed, among these options. */
    @api
    approvalNeeded = false;
    @api
    approverOptions = [];
    @api
    disabled = false;
    scoreOptions = SCORE_OPTIONS;
    reasonMaxLength = MAX_LENGTH.reason;
    resultOptions = [
        { label: 'Got a score', value: 'SCORE' },
        { label: 'No score', value: 'NO_SCORE' }
    ];
    yesNoOptions = [
        { label: 'Yes', value: 'YES' },
        { label: 'No', value: 'NO' }
    ];
    get nextOptions() {
        const options = [
            { label: 'Schedule a follow-up call', value: 'FOLLOW_UP' },
            { label: 'Open a support case', value: 'SUPPORT_CASE' }
        ];
        if (this.allowComplete)
            options.push({ label: 'Complete with No Score', value: 'COMPLETE' });
        return options;
    }
    get isScore() {
        return this.scoring?.result === 'SCORE';
    }
    get isNoScore() {
        return this.scoring?.result === 'NO_SCORE';
    }
    get scoreValue() {
        return this.scoring?.score === null || this.scoring?.score === undefined ? null : String(this.scoring.score);
    }
    get showReferral() {
        return offersReferral(this.scoring);
    }
    get referralSuggested() {
        return suggestsReferral(this.scoring, this.referralPromptMinScore);
    }
    get referralHint() {
        return this.referralSuggested
            ? `A ${this.scoreValue}: they sound enthusiastic, a good moment to ask.`
            : 'Your discretion: ask if they sound enthusiastic.';
    }
    get showCompleteNote() {
        return this.isNoScore && Boolean(this.completeNote);
    }
    get showApprover() {
        return this.isNoScore && this.scoring.next === 'COMPLETE' && this.approvalNeeded;
    }
    handleChange(event) {
        const target = event.currentTarget;
        const field = target.dataset.field;
        let value = event.detail.value;
        if (field === 'score')
            value = Number(event.detail.value);
        if (field === 'alsoSupportCase')
            value = Boolean(event.detail.checked);
        this.dispatchEvent(new CustomEvent('fieldchange', { detail: { field, value } }));
    }
}
