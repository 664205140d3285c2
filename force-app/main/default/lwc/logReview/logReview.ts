// Log Review (procedure 001): the review template in a comments box with a live counter, the last
// few reviews, and one save that logs a completed "Case Review" task and overwrites the case's
// review fields. The decisions live in ./reviewModel; this component wires them to the DOM.
import { LightningElement, api } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { errorText, newRequestKey, reduceError, REQUEST_KEY_REUSED, type UserFacingError } from 'c/playbookClient';
import type { ReviewContextResponse } from 'c/playbookContracts';
import { getReviewContext, saveReview } from './logReviewApi';
import {
    PROBLEM_MESSAGES,
    charactersCut,
    counterText,
    cutMessage,
    initialComments,
    normalizeLineBreaks,
    reviewProblem,
    reviewRows,
    saveRequest,
    savedMessage,
    type ReviewRow
} from './reviewModel';
import TITLE from '@salesforce/label/c.LogReview_Title';
import COMMENTS from '@salesforce/label/c.LogReview_Comments';
import CHATTER_HINT from '@salesforce/label/c.LogReview_Chatter_Hint';
import RECENT_REVIEWS from '@salesforce/label/c.LogReview_Recent_Reviews';
import SAVE from '@salesforce/label/c.Playbooks_Save';
import CANCEL from '@salesforce/label/c.Playbooks_Cancel';
import SAVING from '@salesforce/label/c.Playbooks_Saving';
import LOADING from '@salesforce/label/c.Playbooks_Loading';
import ERROR_TITLE from '@salesforce/label/c.Playbooks_Error_Title';

export default class LogReview extends LightningElement {
    readonly labels = { TITLE, COMMENTS, CHATTER_HINT, RECENT_REVIEWS, CANCEL, LOADING, ERROR_TITLE };

    context: ReviewContextResponse | null = null;
    comments = '';
    loading = false;
    loadError: UserFacingError | null = null;
    saving = false;
    saveError: UserFacingError | null = null;
    showProblem = false;
    /** Characters of the last paste the box cut at its limit; 0 when nothing was cut. */
    pasteCut = 0;

    private caseId: string | undefined;
    /** Kept across retries of the same text, so a retry after a lost response cannot log the review twice. */
    private requestKey: string | null = null;
    private focusPending = false;
    /** A paste whose text has not reached the comments yet: what the box held before, and what was pasted. */
    private pendingPaste: { before: string; pasted: string } | null = null;

    @api
    get recordId(): string | undefined {
        return this.caseId;
    }
    set recordId(value: string | undefined) {
        const changed = value !== this.caseId;
        this.caseId = value;
        if (value && changed) this.load(value);
    }

    override renderedCallback(): void {
        if (!this.focusPending) return;
        const textarea = this.template?.querySelector<HTMLElement>('lightning-textarea');
        if (textarea) {
            this.focusPending = false;
            textarea.focus();
        }
    }

    /** Loads the case; `keepComments` reloads what is saved (the recent reviews) while keeping what the agent wrote. */
    private async load(caseId: string, keepComments = false): Promise<void> {
        this.loading = true;
        this.loadError = null;
        try {
            this.context = await getReviewContext({ caseId });
            if (!keepComments) this.comments = initialComments(this.context);
            this.focusPending = true;
        } catch (error) {
            this.loadError = reduceError(error);
        } finally {
            this.loading = false;
        }
    }

    get ready(): boolean {
        return this.context !== null;
    }

    get maxLength(): number {
        return this.context?.maxLength ?? 0;
    }

    get counter(): string {
        return counterText(this.comments, this.maxLength);
    }

    get problemMessage(): string | null {
        if (!this.context || !this.showProblem) return null;
        const problem = reviewProblem(this.comments, this.context.template, this.context.maxLength);
        return problem ? PROBLEM_MESSAGES[problem] : null;
    }

    get loadErrorText(): string | null {
        return this.loadError ? errorText(this.loadError) : null;
    }

    get pasteCutMessage(): string | null {
        return this.pasteCut > 0 ? cutMessage(this.pasteCut, this.maxLength) : null;
    }

    get saveErrorText(): string | null {
        return this.saveError ? errorText(this.saveError) : null;
    }

    get saveLabel(): string {
        return this.saving ? SAVING : SAVE;
    }

    get rows(): ReviewRow[] {
        return reviewRows(this.context?.recentReviews ?? []);
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    handleCommentsChange(event: CustomEvent<{ value: string }>): void {
        const value = event.detail?.value ?? '';
        if (value !== this.comments) this.requestKey = null;
        const paste = this.pendingPaste;
        this.pendingPaste = null;
        this.pasteCut = paste ? charactersCut(paste.before, value, paste.pasted) : 0;
        this.comments = value;
    }

    /** The box cuts a paste at its limit without a word; the change that follows says how much was cut. */
    handlePaste(event: ClipboardEvent): void {
        const pasted = event.clipboardData?.getData('text') ?? '';
        this.pendingPaste = pasted ? { before: this.comments, pasted: normalizeLineBreaks(pasted) } : null;
    }

    /** Ctrl+Enter (or Cmd+Enter) saves; a plain Enter is a new line of the review. */
    handleKeydown(event: KeyboardEvent): void {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            this.handleSave();
        }
    }

    handleCancel(): void {
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    async handleSave(): Promise<void> {
        if (this.saving || !this.context || !this.caseId) return;
        if (reviewProblem(this.comments, this.context.template, this.context.maxLength)) {
            this.showProblem = true;
            return;
        }
        this.showProblem = false;
        this.saving = true;
        this.saveError = null;
        this.requestKey = this.requestKey ?? newRequestKey();
        const context = this.context;
        try {
            const response = await saveReview(saveRequest(this.requestKey, this.caseId, this.comments));
            await notifyRecordUpdateAvailable([{ recordId: response.caseId }]);
            this.dispatchEvent(new ShowToastEvent({ title: TITLE, message: savedMessage(context.caseNumber, response), variant: 'success' }));
            this.dispatchEvent(new CloseActionScreenEvent());
        } catch (error) {
            this.saveError = reduceError(error);
        } finally {
            this.saving = false;
        }
        if (this.saveError?.code === REQUEST_KEY_REUSED && this.caseId) {
            this.requestKey = null;
            await this.load(this.caseId, true);
        }
    }
}
