// The Call Wizard: claim, pre-call context and the call outcome of a CLA case, saved with one
// Apex call. The decisions live in c/callWizardModel; this component wires them to the DOM.
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { claimCase, flagDuplicate, getCallContext, getDealershipContacts, saveCallOutcome } from 'c/callWizardApi';
import { errorText, newRequestKey, reduceError, REQUEST_KEY_REUSED, SaveKey, type UserFacingError } from 'c/playbookClient';
import type { CallContextResponse, CallOutcome, CallOutcomeResponse, ClaimCaseResponse, DealershipContact, RecentScore } from 'c/playbookContracts';
import {
    MAX_LENGTH,
    approverOptions,
    attemptLabel,
    buildRequest,
    calledContact,
    changedRecordIds,
    contextAfterSave,
    followUpSubject,
    isComplete,
    mayCompleteNoScore,
    mayCompleteUnreached,
    needsFollowUp,
    needsNoScoreApproval,
    needsSupportCase,
    newDraft,
    nextSteps,
    problemsOf,
    savedMessage,
    supportCaseOpen,
    supportCaseValues,
    updateDraft,
    type CallDraft,
    type DraftProblem,
    type NextStep
} from 'c/callWizardModel';
import TITLE from '@salesforce/label/c.CallWizard_Title';
import CLAIM from '@salesforce/label/c.CallWizard_Claim';
import SAVE_CALL from '@salesforce/label/c.CallWizard_Save_Call';
import ASK_MANAGER from '@salesforce/label/c.CallWizard_Ask_Manager';
import BACK_TO_CALL from '@salesforce/label/c.CallWizard_Back_To_Call';
import LOG_ANOTHER_CALL from '@salesforce/label/c.CallWizard_Log_Another_Call';
import NEXT_CASE from '@salesforce/label/c.CallWizard_Next_Case';
import OPEN_SUPPORT_CASE from '@salesforce/label/c.CallWizard_Open_Support_Case';
import SAVING from '@salesforce/label/c.Playbooks_Saving';
import LOADING from '@salesforce/label/c.Playbooks_Loading';
import TRY_AGAIN from '@salesforce/label/c.Playbooks_Try_Again';
import ERROR_TITLE from '@salesforce/label/c.Playbooks_Error_Title';

const STEP_LABELS: Record<NextStep, string> = {
    OPEN_SUPPORT_CASE,
    OPEN_NEW_CONTACT_CASE: "Open the new contact's CLA case",
    LOG_ANOTHER_CALL,
    NEXT_CASE
};

interface SavedCall {
    outcome: CallOutcome;
    response: CallOutcomeResponse;
    message: string;
}

export default class CallWizard extends NavigationMixin(LightningElement) {
    @api recordId: string | undefined;

    readonly labels = { TITLE, CLAIM, ASK_MANAGER, BACK_TO_CALL, LOADING, TRY_AGAIN, ERROR_TITLE };
    readonly maxLength = MAX_LENGTH;
    readonly reachedOptions = [
        { label: 'Reached', value: 'YES' },
        { label: 'Not reached', value: 'NO' }
    ];
    readonly stillThereOptions = [
        { label: 'Still works there', value: 'YES' },
        { label: 'No longer works there', value: 'NO' }
    ];
    readonly positionOptions = [
        { label: 'As on file', value: 'AS_ON_FILE' },
        { label: 'Changed', value: 'CHANGED' }
    ];

    context: CallContextResponse | null = null;
    draft: CallDraft | null = null;
    loading = false;
    loadError: UserFacingError | null = null;
    claiming = false;
    claimError: UserFacingError | null = null;
    /** The case belongs to an active colleague: the agent is asked before taking it over. */
    confirmingTakeOver = false;
    /** What the claim did, shown in the wizard (a toast would cover it). */
    claimedMessage: string | null = null;
    loadingMore = false;
    moreError: UserFacingError | null = null;
    flaggedIds: string[] = [];
    flaggingId: string | null = null;
    saving = false;
    saveError: UserFacingError | null = null;
    problems: DraftProblem[] = [];
    duplicateRejected = false;
    saved: SavedCall | null = null;

    /** The save's key: the same for a retry of the same request, new when the agent changed anything. */
    private readonly saveKey = new SaveKey();
    private readonly flagKeys = new Map<string, string>();
    private focusPending = false;

    override connectedCallback(): void {
        this.load();
    }

    override renderedCallback(): void {
        if (!this.focusPending) return;
        const first = this.template?.querySelector<HTMLElement>('[data-autofocus]');
        if (first) {
            this.focusPending = false;
            first.focus();
        }
    }

    /** Loads the case; `keepDraft` reloads what is saved while keeping what the agent entered. */
    async load(keepDraft = false): Promise<void> {
        if (!this.recordId || this.loading) return;
        this.loading = true;
        this.loadError = null;
        try {
            const context = await getCallContext({ caseId: this.recordId });
            this.context = context;
            if (!keepDraft || !this.draft) this.draft = newDraft(context, new Date());
            this.confirmingTakeOver = false;
            this.focusPending = true;
        } catch (error) {
            this.loadError = reduceError(error);
        } finally {
            this.loading = false;
        }
    }

    // ---- view state ---------------------------------------------------------------------------

    get cardTitle(): string {
        return this.context ? `${TITLE}: Case ${this.context.caseNumber}` : TITLE;
    }

    get loadErrorText(): string {
        return this.loadError ? errorText(this.loadError) : '';
    }

    get complete(): boolean {
        return Boolean(this.context && isComplete(this.context) && !this.saved);
    }

    get completeText(): string {
        return this.context ? `This CLA case is complete (score: ${this.context.score ?? 'none'}). No more calls are needed.` : '';
    }

    get needsClaim(): boolean {
        return Boolean(this.context && !this.context.isMine && !isComplete(this.context));
    }

    get ownerName(): string {
        return this.context?.ownerName ?? 'someone else';
    }

    get ownerText(): string {
        // "Begin by finding a contact who hasn't been claimed by a current employee."
        return this.context?.ownedByColleague
            ? `Claimed by ${this.ownerName}, a current employee. Begin with cases no current employee has claimed; take this one over only if you agreed it with them.`
            : `Owned by ${this.ownerName}. Claim it before you call.`;
    }

    get claimLabel(): string {
        return this.context?.ownedByColleague ? `Take over from ${this.ownerName}` : CLAIM;
    }

    get takeOverQuestion(): string {
        return `${this.ownerName} is working on this case. Take it over from them?`;
    }

    get claimDisabled(): boolean {
        return this.claiming || this.loading;
    }

    get claimErrorText(): string {
        return this.claimError ? errorText(this.claimError) : '';
    }

    get moreErrorText(): string {
        return this.moreError ? errorText(this.moreError) : '';
    }

    get showCall(): boolean {
        return Boolean(this.context && this.draft && this.context.isMine && !isComplete(this.context) && !this.saved);
    }

    get leavingContactId(): string | null {
        return this.context?.contact?.id ?? null;
    }

    get referralPromptMinScore(): number {
        return this.context?.settings.referralPromptMinScore ?? 10;
    }

    get contacts(): DealershipContact[] {
        return this.context?.dealershipContacts ?? [];
    }

    get hasMoreContacts(): boolean {
        return Boolean(this.context?.nextContactsPage);
    }

    get attemptText(): string {
        return this.context ? attemptLabel(this.context) : '';
    }

    get callbackDue(): boolean {
        return Boolean(this.context?.callbackDue && this.context.supportCase);
    }

    get callbackIntro(): string {
        const supportCase = this.context?.supportCase;
        if (!supportCase) return '';
        return `Callback about support case ${supportCase.caseNumber} (${supportCase.subject ?? 'no subject'}), closed${supportCase.closedDate ? ' on ' : ''}`;
    }

    /** The close date, shown by lightning-formatted-date-time in the user's locale like the other dates. */
    get callbackClosedDate(): string | null {
        return this.context?.supportCase?.closedDate ?? null;
    }

    get callbackHandler(): string {
        const ownerName = this.context?.supportCase?.ownerName;
        return `${ownerName ? `, handled by ${ownerName}` : ''}. Ask how it worked out and collect the score.`;
    }

    /** "the case should not be marked complete until the new support case is closed, sent back to you, and you've reached out again". */
    get supportCaseOpenText(): string {
        const supportCase = this.context?.supportCase;
        if (!this.context || !supportCase || !supportCaseOpen(this.context)) return '';
        return `Support case ${supportCase.caseNumber} (${supportCase.subject ?? 'no subject'}) is open with its team: this CLA case waits for it. It can be completed without a score only once the support case is closed and you have called back.`;
    }

    /** The contact left while their support case is open: what becomes of it. */
    get contactLeftSupportText(): string {
        const supportCase = this.context?.supportCase;
        if (!this.contactLeft || !this.context || !supportCase || !supportCaseOpen(this.context)) return '';
        return `Support case ${supportCase.caseNumber} stays open with its team. This CLA case completes as Unable to Contact (the contact left), so no callback will be due when the support case closes.`;
    }

    get recentScore(): RecentScore | null {
        return this.context?.recentScore ?? null;
    }

    /** Survey fatigue: a warning, never a block. */
    get recentScoreIntro(): string {
        const recent = this.recentScore;
        if (!recent) return '';
        return `${this.context?.contact?.name ?? 'The contact'} already gave a score of ${recent.score} on case ${recent.caseNumber}, on `;
    }

    get recentScoreAdvice(): string {
        return `, within the last ${this.context?.settings.surveyFatigueDays ?? ''} days. Asking again so soon may tire them: call only if it is needed.`;
    }

    get positionLabel(): string {
        const title = this.context?.contact?.title;
        const dealership = this.context?.dealership?.name;
        const onFile = [title, dealership].filter(Boolean).join(' at ');
        return `Verify their position and primary location${onFile ? ` (on file: ${onFile})` : ''}`;
    }

    get positionChanged(): boolean {
        return this.stillThere && this.draft?.positionCheck === 'CHANGED';
    }

    get showLeftMessage(): boolean {
        return this.notReached || (this.contactLeft && this.draft?.replacement.reached === 'NO');
    }

    get allowNoScoreComplete(): boolean {
        return Boolean(this.context && mayCompleteNoScore(this.context));
    }

    get noScoreApprovalNeeded(): boolean {
        return Boolean(this.context && needsNoScoreApproval(this.context));
    }

    get approverChoices(): Array<{ label: string; value: string }> {
        return approverOptions(this.context?.noScoreApprovers ?? []);
    }

    get noScoreCompleteNote(): string {
        const context = this.context;
        if (!context) return '';
        if (supportCaseOpen(context)) return `Completing with No Score waits until support case ${context.supportCase?.caseNumber} is closed and you have called back.`;
        if (!mayCompleteNoScore(context)) return 'Completing with No Score this early needs a manager who agrees, and none is set up: ask your Salesforce admin, or schedule a follow-up.';
        return '';
    }

    get askingManager(): boolean {
        return Boolean(this.draft?.askManager);
    }

    get askManagerLabel(): string {
        return this.askingManager ? BACK_TO_CALL : ASK_MANAGER;
    }

    get notesLabel(): string {
        return this.askingManager ? 'Notes for the manager: what happened on the call' : 'Call notes';
    }

    get notReached(): boolean {
        return this.draft?.reached === 'NO';
    }

    get reached(): boolean {
        return this.draft?.reached === 'YES';
    }

    get stillThere(): boolean {
        return this.reached && this.draft?.stillThere === 'YES';
    }

    get contactLeft(): boolean {
        return this.reached && this.draft?.stillThere === 'NO';
    }

    get offerFinalChoice(): boolean {
        return Boolean(this.context && this.notReached && mayCompleteUnreached(this.context));
    }

    get finalChoiceOptions(): Array<{ label: string; value: string }> {
        const today = new Date().toLocaleDateString();
        return [
            { label: 'Schedule another call', value: 'FOLLOW_UP' },
            { label: `Complete with No Score (last attempt ${today})`, value: 'COMPLETE' }
        ];
    }

    get finalChoiceNote(): string {
        const context = this.context;
        if (!context || !this.notReached || !supportCaseOpen(context)) return '';
        if (context.callAttempts + 1 < context.settings.maxCallAttempts) return '';
        return `This is attempt ${context.callAttempts + 1}, but support case ${context.supportCase?.caseNumber} is still open: schedule another call; the CLA case is completed after the callback.`;
    }

    get finalChoiceLabel(): string {
        return this.context?.callbackDue
            ? 'This was the callback after the support case: you may complete the CLA with No Score.'
            : `This is attempt ${this.context ? this.context.callAttempts + 1 : ''}: you may complete the CLA with No Score.`;
    }

    get showFollowUp(): boolean {
        return Boolean(this.context && this.draft && !this.askingManager && needsFollowUp(this.draft, this.context));
    }

    get followUpText(): string {
        return this.context && this.draft ? `Reminder task: "${followUpSubject(this.draft, this.context)}"` : '';
    }

    get showSupportCase(): boolean {
        return Boolean(this.context && this.draft && !this.askingManager && needsSupportCase(this.draft, this.context));
    }

    get supportCase() {
        return this.context && this.draft ? supportCaseValues(this.draft, this.context) : null;
    }

    get supportCaseContactName(): string {
        return this.context && this.draft ? (calledContact(this.draft, this.context)?.name ?? '') : '';
    }

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    get problemItems(): Array<{ key: string; message: string }> {
        return this.problems.map((problem, index) => ({ key: `${problem.field}-${index}`, message: problem.message }));
    }

    get saveErrorText(): string {
        return this.saveError ? errorText(this.saveError) : '';
    }

    get saveLabel(): string {
        return this.saving ? SAVING : SAVE_CALL;
    }

    get stepButtons(): Array<{ step: NextStep; label: string; variant: string }> {
        if (!this.saved) return [];
        return nextSteps(this.saved.response).map((step, index) => ({ step, label: STEP_LABELS[step], variant: index === 0 ? 'brand' : 'neutral' }));
    }

    // ---- edits --------------------------------------------------------------------------------

    private setField(path: string, value: unknown): void {
        if (!this.draft || !this.context) return;
        this.draft = updateDraft(this.draft, path, value);
        if (this.problems.length) this.problems = problemsOf(this.draft, this.context, new Date());
    }

    handleFieldChange(event: CustomEvent<{ value?: string; checked?: boolean }>): void {
        const target = event.currentTarget as HTMLElement & { type?: string };
        const field = target.dataset.field ?? '';
        this.setField(field, target.type === 'checkbox' ? Boolean(event.detail.checked) : (event.detail.value ?? ''));
    }

    handleChildChange(event: CustomEvent<{ field: string; value: unknown }>): void {
        const scope = (event.currentTarget as HTMLElement).dataset.scope;
        this.setField(`${scope}.${event.detail.field}`, event.detail.value);
    }

    handleToggleAskManager(): void {
        if (this.draft) this.setField('askManager', !this.draft.askManager);
    }

    handleKeyDown(event: KeyboardEvent): void {
        const tag = (event.target as HTMLElement).tagName.toLowerCase();
        if (event.key === 'Enter' && tag === 'lightning-input') {
            event.preventDefault();
            this.handleSave();
        }
    }

    // ---- server calls -------------------------------------------------------------------------

    /** "Claim this case"; a case an active colleague owns asks first ("Take it over?"). */
    async handleClaim(): Promise<void> {
        if (!this.context || this.claiming) return;
        if (this.context.ownedByColleague) {
            this.confirmingTakeOver = true;
            this.claimError = null;
            return;
        }
        await this.claim(false);
    }

    async handleConfirmTakeOver(): Promise<void> {
        await this.claim(true);
    }

    handleCancelTakeOver(): void {
        this.confirmingTakeOver = false;
        this.claimError = null;
    }

    private async claim(confirmTakeOver: boolean): Promise<void> {
        const context = this.context;
        if (!context || this.claiming) return;
        this.claiming = true;
        this.claimError = null;
        try {
            const claimed = await claimCase({ caseId: context.caseId, expectedOwnerId: context.ownerId, confirmTakeOver });
            this.context = { ...context, ownerId: claimed.ownerId, ownerName: claimed.ownerName, isMine: true, ownedByColleague: false };
            this.confirmingTakeOver = false;
            this.claimedMessage = claimedText(context.caseNumber, claimed);
            this.focusPending = true;
            await notifyRecordUpdateAvailable([{ recordId: context.caseId }]);
        } catch (error) {
            this.claimError = reduceError(error);
            if (this.claimError.code === 'OWNED_BY_COLLEAGUE') {
                this.confirmingTakeOver = true;
            } else if (this.claimError.code === 'OWNER_CHANGED') {
                // Lost the race: show who has it now instead of the stale "claim it" banner.
                this.confirmingTakeOver = false;
                await this.reloadKeepingClaimError();
            }
        } finally {
            this.claiming = false;
        }
    }

    private async reloadKeepingClaimError(): Promise<void> {
        const claimError = this.claimError;
        await this.load();
        this.claimError = claimError;
    }

    async handleShowMore(): Promise<void> {
        const context = this.context;
        if (!context?.nextContactsPage || this.loadingMore) return;
        this.loadingMore = true;
        this.moreError = null;
        try {
            const page = await getDealershipContacts({ caseId: context.caseId, page: context.nextContactsPage });
            this.context = {
                ...context,
                dealershipContacts: [...context.dealershipContacts, ...page.contacts],
                nextContactsPage: page.nextContactsPage
            };
        } catch (error) {
            this.moreError = reduceError(error);
        } finally {
            this.loadingMore = false;
        }
    }

    async handleFlagDuplicate(event: CustomEvent<{ contactId: string }>): Promise<void> {
        const context = this.context;
        const duplicateContactId = event.detail.contactId;
        if (!context?.contact || this.flaggingId) return;
        const requestKey = this.flagKeys.get(duplicateContactId) ?? newRequestKey();
        this.flagKeys.set(duplicateContactId, requestKey);
        this.flaggingId = duplicateContactId;
        try {
            await flagDuplicate({ requestKey, contactId: context.contact.id, duplicateContactId, note: null });
            this.flaggedIds = [...this.flaggedIds, duplicateContactId];
            this.toast('success', 'Flagged for merge: the data steward has a task.');
        } catch (error) {
            const reduced = reduceError(error);
            if (reduced.code === REQUEST_KEY_REUSED) this.flagKeys.delete(duplicateContactId);
            this.toast('error', errorText(reduced));
        } finally {
            this.flaggingId = null;
        }
    }

    async handleSave(): Promise<void> {
        const context = this.context;
        if (!context || !this.draft || this.saving) return;
        const built = buildRequest(this.draft, context, '', new Date());
        if (!built.ok) {
            this.problems = built.problems;
            return;
        }
        const request = { ...built.request, requestKey: this.saveKey.for(built.request) };
        this.problems = [];
        this.saveError = null;
        this.saving = true;
        try {
            const response = await saveCallOutcome(request);
            await notifyRecordUpdateAvailable(changedRecordIds(response).map((recordId) => ({ recordId })));
            const message = savedMessage(request.outcome, response);
            this.saved = { outcome: request.outcome, response, message };
            this.context = contextAfterSave(context, response);
            this.saveKey.clear();
            this.duplicateRejected = false;
            this.toast('success', message);
        } catch (error) {
            this.saveError = reduceError(error);
            if (this.saveError.code === 'DUPLICATE_CONTACT') this.duplicateRejected = true;
        } finally {
            this.saving = false;
        }
        if (this.saveError?.code === REQUEST_KEY_REUSED) {
            this.saveKey.clear();
            await this.load(true);
        }
    }

    // ---- after the save -----------------------------------------------------------------------

    handleNextStep(event: Event): void {
        const step = (event.currentTarget as HTMLElement).dataset.step as NextStep;
        const response = this.saved?.response;
        if (!response || !this.context) return;
        if (step === 'LOG_ANOTHER_CALL') {
            this.saved = null;
            this.draft = newDraft(this.context, new Date());
            this.focusPending = true;
        } else if (step === 'NEXT_CASE') {
            // "Begin by finding a contact who hasn't been claimed by a current employee": the claimable list view.
            this.navigate({ type: 'standard__objectPage', attributes: { objectApiName: 'Case', actionName: 'list' }, state: { filterName: 'Team_Loyalty_Claimable' } });
        } else {
            const recordId = step === 'OPEN_SUPPORT_CASE' ? response.supportCaseId : response.replacementCaseId;
            this.navigate({ type: 'standard__recordPage', attributes: { recordId, objectApiName: 'Case', actionName: 'view' } });
        }
    }

    private navigate(pageReference: { type: string; attributes: Record<string, unknown>; state?: Record<string, unknown> }): void {
        (this as unknown as Record<symbol, (ref: unknown) => void>)[NavigationMixin.Navigate](pageReference);
    }

    private toast(variant: 'success' | 'error', message: string): void {
        this.dispatchEvent(new ShowToastEvent({ title: variant === 'success' ? TITLE : ERROR_TITLE, message, variant }));
    }
}

/** What a claim did, in the agent's words. */
function claimedText(caseNumber: string, claimed: ClaimCaseResponse): string {
    const closed = claimed.closedTaskCount ? ` ${claimed.closedTaskCount} previous open activities closed.` : '';
    const moved = claimed.movedTaskCount ? ' The callback about the closed support case is yours now too.' : '';
    return `Case ${caseNumber} is yours now.${closed}${moved}`;
}
