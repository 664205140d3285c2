// The integration case follow-up on a Case record page (procedure 004): the case comments and activity,
// the next required action, who owes it, when it is due or how overdue it is, and the actions the procedure
// allows the reader now, each one Apex call. The decisions live in ./integrationCaseModel.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { errorText, newRequestKey, reduceError, REQUEST_KEY_REUSED, type UserFacingError } from 'c/playbookClient';
import type { IntegrationCaseResponse } from 'c/playbookContracts';
import { getIntegrationCase, save } from './integrationCaseApi';
import {
    PROBLEM_MESSAGES,
    clockRows,
    commentRows,
    draftProblem,
    dueLine,
    formButtons,
    formLabel,
    initialDraft,
    nextActionText,
    owedByText,
    saveCall,
    savedMessage,
    statusChoices,
    updateRequestNote,
    withOutcome,
    type Draft,
    type FormId
} from './integrationCaseModel';
import TITLE from '@salesforce/label/c.IntegrationCase_Title';
import COMMENTS from '@salesforce/label/c.IntegrationCase_Comments';
import ACTIVITY from '@salesforce/label/c.IntegrationCase_Activity';
import PRIVATE_HINT from '@salesforce/label/c.IntegrationCase_Private_Hint';
import SAVE from '@salesforce/label/c.Playbooks_Save';
import CANCEL from '@salesforce/label/c.Playbooks_Cancel';
import SAVING from '@salesforce/label/c.Playbooks_Saving';
import LOADING from '@salesforce/label/c.Playbooks_Loading';
import ERROR_TITLE from '@salesforce/label/c.Playbooks_Error_Title';

const OUTCOMES = [
    { label: 'Left a message (l/m on v/m)', value: 'LEFT_MESSAGE' },
    { label: 'Spoke with the ECP: resolved', value: 'SPOKE_RESOLVED' },
    { label: 'Spoke with the ECP: not resolved', value: 'SPOKE_NOT_RESOLVED' }
];
const ASK_KINDS = [
    { label: 'A question', value: 'QUESTION' },
    { label: 'Information', value: 'INFORMATION' },
    { label: 'A call back request (48 hours)', value: 'CALLBACK' }
];

export default class IntegrationCase extends LightningElement {
    readonly labels = { TITLE, COMMENTS, ACTIVITY, PRIVATE_HINT, CANCEL, LOADING, ERROR_TITLE };
    readonly outcomes = OUTCOMES;
    readonly askKinds = ASK_KINDS;

    view: IntegrationCaseResponse | null = null;
    loading = false;
    loadError: UserFacingError | null = null;
    draft: Draft | null = null;
    showProblem = false;
    saving = false;
    saveError: UserFacingError | null = null;
    /** The save made the case invisible to the reader (given to someone else where cases are private). */
    noLongerVisible = false;

    private caseId: string | undefined;
    /** Kept across retries of the same draft, so a retry after a lost response cannot save twice. */
    private requestKey: string | null = null;

    @api
    get recordId(): string | undefined {
        return this.caseId;
    }
    set recordId(value: string | undefined) {
        const changed = value !== this.caseId;
        this.caseId = value;
        if (value && changed) this.load(value);
    }

    private async load(caseId: string): Promise<void> {
        this.loading = true;
        this.loadError = null;
        try {
            this.view = await getIntegrationCase({ caseId });
        } catch (error) {
            this.loadError = reduceError(error);
        } finally {
            this.loading = false;
        }
    }

    // ---- what the component shows --------------------------------------------------------------

    get ready(): boolean {
        return this.view !== null;
    }

    get heading(): string {
        return this.view ? `Case ${this.view.caseNumber} · ${this.view.status ?? ''}` : '';
    }

    get nextAction(): string {
        return this.view ? nextActionText(this.view) : '';
    }

    get owedBy(): string | null {
        return this.view ? owedByText(this.view) : null;
    }

    get due() {
        return this.view ? dueLine(this.view) : null;
    }

    get dueClass(): string {
        return this.due?.overdue ? 'slds-text-color_error slds-text-title_bold' : 'slds-text-color_weak';
    }

    get allowedFrom(): string | null {
        const clock = this.view?.clock;
        if (!clock || clock.dueAt) return null;
        return clock.allowedFrom;
    }

    get clocks() {
        return this.view && this.view.clock.dues.length > 1 ? clockRows(this.view) : [];
    }

    get hasClocks(): boolean {
        return this.clocks.length > 0;
    }

    get updateNote(): string | null {
        return this.view ? updateRequestNote(this.view) : null;
    }

    get updateAllowedFrom(): string | null {
        const clock = this.view?.clock;
        return clock && !clock.updateRequestAllowed && !clock.waiting ? clock.updateRequestAllowedFrom : null;
    }

    get calendarProblems(): string[] {
        return this.view?.calendarProblems ?? [];
    }

    get hasCalendarProblems(): boolean {
        return this.calendarProblems.length > 0;
    }

    get buttons() {
        return this.view ? formButtons(this.view).map((button) => ({ ...button, variant: this.draft?.form === button.id ? 'brand' : 'neutral' })) : [];
    }

    get hasButtons(): boolean {
        return this.buttons.length > 0;
    }

    get comments() {
        return this.view ? commentRows(this.view) : [];
    }

    get hasComments(): boolean {
        return this.comments.length > 0;
    }

    get activities() {
        return this.view?.activities ?? [];
    }

    get hasActivities(): boolean {
        return this.activities.length > 0;
    }

    get loadErrorText(): string | null {
        return this.loadError ? errorText(this.loadError) : null;
    }

    // ---- the open form ---------------------------------------------------------------------------

    get formOpen(): boolean {
        return this.draft !== null;
    }

    get formTitle(): string {
        return this.draft ? formLabel(this.draft.form) : '';
    }

    get isContact(): boolean {
        return this.draft?.form === 'CONTACT';
    }

    get isAsk(): boolean {
        return this.draft?.form === 'ASK';
    }

    get isUpdateRequest(): boolean {
        return this.draft?.form === 'REQUEST_UPDATE';
    }

    get isPostUpdate(): boolean {
        return this.draft?.form === 'POST_UPDATE';
    }

    get statusChoices() {
        return this.view ? statusChoices(this.view) : [];
    }

    get returnLabel(): string {
        return `Give the case back to ${this.view?.creatorName ?? 'its creator'} (who is emailed)`;
    }

    get commentLabel(): string {
        const form = this.draft?.form;
        if (form === 'CONTACT') return 'Comment (what happened with the ECP)';
        if (form === 'ASK' || form === 'REQUEST_UPDATE') return `What you need from ${this.view?.workerName ?? 'Integrations'}`;
        if (form === 'CLOSE') return 'Why the case is closed';
        if (form === 'NO_RESPONSE') return 'The attempts made without an answer';
        return 'Your update';
    }

    get maxLength(): number {
        return this.view?.commentMaxLength ?? 4000;
    }

    get counter(): string {
        return `${this.draft?.comment.length ?? 0} / ${this.maxLength}`;
    }

    get problemMessage(): string | null {
        if (!this.showProblem || !this.draft || !this.view) return null;
        const problem = draftProblem(this.draft, this.view);
        return problem ? PROBLEM_MESSAGES[problem] : null;
    }

    get saveLabel(): string {
        return this.saving ? SAVING : SAVE;
    }

    get saveErrorText(): string | null {
        return this.saveError ? errorText(this.saveError) : null;
    }

    // ---- events ----------------------------------------------------------------------------------

    handleOpenForm(event: Event): void {
        const form = (event.currentTarget as HTMLElement).dataset.form as FormId;
        if (!this.view || this.saving) return;
        this.draft = initialDraft(form, this.view);
        this.requestKey = null;
        this.showProblem = false;
        this.saveError = null;
    }

    handleCancel(): void {
        if (this.saving) return;
        this.draft = null;
        this.saveError = null;
    }

    handleCommentChange(event: CustomEvent<{ value: string }>): void {
        this.change({ comment: event.detail?.value ?? '' });
    }

    handleOutcomeChange(event: CustomEvent<{ value: Draft['outcome'] }>): void {
        if (!this.draft || !this.view) return;
        this.draft = withOutcome(this.draft, event.detail.value, this.view);
        this.requestKey = null;
    }

    handleAskKindChange(event: CustomEvent<{ value: Draft['askKind'] }>): void {
        this.change({ askKind: event.detail.value });
    }

    handleEcpChange(event: CustomEvent<{ checked: boolean }>): void {
        this.change({ ecpRequested: event.detail.checked === true });
    }

    handleReturnChange(event: CustomEvent<{ checked: boolean }>): void {
        this.change({ returnToCreator: event.detail.checked === true });
    }

    handleStatusChange(event: CustomEvent<{ value: Draft['statusChoice'] }>): void {
        this.change({ statusChoice: event.detail.value });
    }

    private change(values: Partial<Draft>): void {
        if (!this.draft) return;
        this.draft = { ...this.draft, ...values };
        // A different draft is a different save: a new key.
        this.requestKey = null;
    }

    async handleSave(): Promise<void> {
        const draft = this.draft;
        const view = this.view;
        if (this.saving || !draft || !view) return;
        if (draftProblem(draft, view)) {
            this.showProblem = true;
            return;
        }
        this.showProblem = false;
        this.saving = true;
        this.saveError = null;
        this.requestKey = this.requestKey ?? newRequestKey();
        try {
            const response = await save(saveCall(draft, view, this.requestKey));
            this.view = response.view ?? view;
            this.noLongerVisible = response.view === null;
            this.draft = null;
            this.requestKey = null;
            await notifyRecordUpdateAvailable([{ recordId: view.caseId }]);
            this.dispatchEvent(new ShowToastEvent({ title: TITLE, message: savedMessage(draft, view, response), variant: 'success' }));
        } catch (error) {
            this.saveError = reduceError(error);
        } finally {
            this.saving = false;
        }
        if (this.saveError?.code === REQUEST_KEY_REUSED && this.caseId) {
            // The key came back with another request: show what is saved (the draft stays), and the next save gets a new key.
            this.requestKey = null;
            await this.load(this.caseId);
        }
    }
}
