// Log a Call (procedures 000 and 002) on a case, account or contact: a completed call or an open
// task, related to every customer involved, saved in one call. The decisions live in ./logACallModel.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { CloseActionScreenEvent } from 'lightning/actions';
import { errorText, reduceError, REQUEST_KEY_REUSED, SaveKey, type UserFacingError } from 'c/playbookClient';
import type { CreateCustomerResponse, LogACallAccount, LogACallContact, LogACallContextResponse } from 'c/playbookContracts';
import { getCallContext, saveCall, searchContacts } from './logACallApi';
import {
    CALL_TYPES,
    INSTALLER_LIMITS,
    OUTCOMES,
    SEARCH_DELAY_MS,
    addContact,
    appearsOn,
    appearsOnText,
    buildSaveRequest,
    changedRecordIds,
    initialDraft,
    installerAccounts,
    isValid,
    openTaskText,
    relatesToOptions,
    removeContact,
    searchTerm,
    startInstaller,
    successMessage,
    suggestedInstaller,
    validate,
    withChange,
    withCreatedCustomer,
    withInstallerChange,
    withInstallerConfirmation,
    type CallDraft,
    type DraftErrors,
    type InstallerDraft,
    type InstallerField
} from './logACallModel';
import TITLE from '@salesforce/label/c.LogACall_Title';
import MODE_COMPLETED from '@salesforce/label/c.LogACall_Log_Completed';
import MODE_OPEN from '@salesforce/label/c.LogACall_New_Task';
import APPEARS_ON from '@salesforce/label/c.LogACall_Appears_On';
import FIND_CONTACT from '@salesforce/label/c.LogACall_Find_Contact';
import NEW_INSTALLER from '@salesforce/label/c.LogACall_New_Installer';
import SAVE from '@salesforce/label/c.Playbooks_Save';
import CANCEL from '@salesforce/label/c.Playbooks_Cancel';
import SAVING from '@salesforce/label/c.Playbooks_Saving';
import LOADING from '@salesforce/label/c.Playbooks_Loading';
import ERROR_TITLE from '@salesforce/label/c.Playbooks_Error_Title';

interface ChangeDetail {
    value?: unknown;
    checked?: boolean;
}

export default class LogACall extends LightningElement {
    readonly labels = { TITLE, FIND_CONTACT, NEW_INSTALLER, LOADING, ERROR_TITLE, CANCEL };
    readonly installerLimits = INSTALLER_LIMITS;
    readonly modeOptions = [
        { label: MODE_COMPLETED, value: 'LOG_COMPLETED' },
        { label: MODE_OPEN, value: 'OPEN_TASK' }
    ];
    readonly callTypeOptions = CALL_TYPES.map((value) => ({ label: value, value }));
    readonly outcomeOptions = [{ label: '--None--', value: '' }, ...OUTCOMES.map((value) => ({ label: value, value }))];

    context: LogACallContextResponse | null = null;
    draft: CallDraft | null = null;
    loadError: UserFacingError | null = null;
    saveError: UserFacingError | null = null;
    saving = false;
    showErrors = false;
    searchText = '';
    results: LogACallContact[] = [];
    /** Accounts the search found by their name or phone (installer organisations without contacts among them). */
    accountResults: LogACallAccount[] = [];
    searching = false;
    /** The createCustomer form is open: the caller is not in Salesforce. */
    creatingCustomer = false;
    /** The server refused the new installer contact as a possible duplicate: offer "This is not a duplicate". */
    duplicateRefused = false;

    private currentRecordId: string | undefined;
    /**
     * The same for a retry of the same request (a refusal, DUPLICATE_CONTACT included, wrote nothing and left the
     * key unused); new when the agent changed anything, since the server binds a key to its request.
     */
    private readonly saveKey = new SaveKey();
    private searchTimer: ReturnType<typeof setTimeout> | undefined;
    private latestSearch = '';
    private focusPending = false;

    @api
    get recordId(): string | undefined {
        return this.currentRecordId;
    }
    set recordId(value: string | undefined) {
        const changed = value !== this.currentRecordId;
        this.currentRecordId = value;
        if (value && changed) this.load(value);
    }

    override disconnectedCallback(): void {
        clearTimeout(this.searchTimer);
    }

    override renderedCallback(): void {
        if (!this.focusPending) return;
        const first = this.template?.querySelector<HTMLElement>('[data-id="subject"]');
        if (first) {
            this.focusPending = false;
            first.focus();
        }
    }

    /** Loads the record; `keepDraft` reloads what is saved while keeping what the agent entered. */
    private async load(recordId: string, keepDraft = false): Promise<void> {
        this.loadError = null;
        try {
            this.context = await getCallContext({ recordId });
            if (!keepDraft || !this.draft) this.draft = initialDraft(this.context);
            this.focusPending = true;
        } catch (error) {
            this.loadError = reduceError(error);
        }
    }

    // ---- what the template shows ----------------------------------------------------------------

    get loading(): boolean {
        return !this.context && !this.loadError;
    }

    get loadErrorText(): string | null {
        return this.loadError ? errorText(this.loadError) : null;
    }

    get saveErrorText(): string | null {
        return this.saveError ? errorText(this.saveError) : null;
    }

    get isOpenTask(): boolean {
        return this.draft?.mode === 'OPEN_TASK';
    }

    get offerOpenTask(): boolean {
        return Boolean(this.context?.openCallTask) && !this.isOpenTask;
    }

    get openTaskLabel(): string {
        return this.context ? openTaskText(this.context) : '';
    }

    get relatesTo(): { label: string; value: string }[] {
        return this.context ? relatesToOptions(this.context) : [];
    }

    get offerRelatesTo(): boolean {
        return this.relatesTo.length > 0;
    }

    get installerSuggestion(): { contactId: string; label: string } | null {
        const installer = this.context && this.draft ? suggestedInstaller(this.context, this.draft) : null;
        return installer
            ? { contactId: installer.contactId, label: `Add ${installer.name}, the installer on Case ${this.context?.caseNumber ?? ''}`.trim() }
            : null;
    }

    get dispositions(): { label: string; multiple: boolean; options: { label: string; value: string }[] } | null {
        const field = this.context?.additionalDispositions;
        return field ? { label: field.label, multiple: field.multiple, options: field.values } : null;
    }

    get singleDisposition(): string {
        return this.draft?.dispositions[0] ?? '';
    }

    get dispositionOptionsWithNone(): { label: string; value: string }[] {
        return [{ label: '--None--', value: '' }, ...(this.dispositions?.options ?? [])];
    }

    get offerNewCustomer(): boolean {
        return !this.creatingCustomer && !this.installer;
    }

    /** Where a new installer contact can go: the page's installer organisation first, then those the search found. */
    get customerInstallerAccounts(): { accountId: string; name: string }[] {
        const found = this.installerAccountOptions.map((option) => ({ accountId: option.value, name: option.label }));
        const context = this.context;
        if (!context?.accountId || context.accountRole !== 'Installer' || found.some((account) => account.accountId === context.accountId)) return found;
        return [{ accountId: context.accountId, name: context.accountName ?? context.accountId }, ...found];
    }

    get errors(): DraftErrors {
        return this.context && this.draft && this.showErrors ? validate(this.context, this.draft, new Date()) : {};
    }

    get chosenContacts(): { contactId: string; label: string; removeLabel: string }[] {
        return (this.draft?.contacts ?? []).map((contact, index) => ({
            contactId: contact.contactId,
            label: `${contact.name}${contact.accountName ? ` (${contact.accountName})` : ''}${index === 0 ? ', primary' : ''}`,
            removeLabel: `Remove ${contact.name}`
        }));
    }

    get hasChosenContacts(): boolean {
        return this.chosenContacts.length > 0;
    }

    get resultOptions(): { contactId: string; label: string }[] {
        const chosen = new Set((this.draft?.contacts ?? []).map((contact) => contact.contactId));
        return this.results
            .filter((contact) => !chosen.has(contact.contactId))
            .map((contact) => ({
                contactId: contact.contactId,
                label: `Add ${contact.name}${contact.accountName ? `, ${contact.accountName}` : ''}${contact.phone ? `, ${contact.phone}` : ''}`
            }));
    }

    get hasResults(): boolean {
        return this.resultOptions.length > 0;
    }

    get installerAccountOptions(): { label: string; value: string }[] {
        return this.draft
            ? installerAccounts(this.results, this.draft, this.accountResults).map((account) => ({ label: account.name, value: account.accountId }))
            : [];
    }

    get canAddInstaller(): boolean {
        return Boolean(this.draft && !this.draft.installer && this.installerAccountOptions.length);
    }

    get installer(): InstallerDraft | null {
        return this.draft?.installer ?? null;
    }

    get appearsOnText(): string {
        if (!this.context || !this.draft) return '';
        const accountName = this.installerAccountOptions.find((option) => option.value === this.draft?.installer?.accountId)?.label ?? null;
        return `${APPEARS_ON} ${appearsOnText(appearsOn(this.context, this.draft, accountName))}`;
    }

    get saveLabel(): string {
        return this.saving ? SAVING : SAVE;
    }

    // ---- input ------------------------------------------------------------------------------------

    handleField(event: CustomEvent<ChangeDetail>): void {
        const field = (event.target as HTMLElement).dataset.field as keyof CallDraft;
        if (!this.draft || !field) return;
        const value = field === 'completeOpenTask' ? Boolean(event.detail.checked) : String(event.detail.value ?? '');
        this.draft = withChange(this.draft, field, value as never);
    }

    handleInstallerField(event: CustomEvent<ChangeDetail>): void {
        const field = (event.target as HTMLElement).dataset.field as InstallerField;
        if (this.draft && field) this.draft = withInstallerChange(this.draft, field, String(event.detail.value ?? ''));
    }

    handleNotDuplicate(event: CustomEvent<ChangeDetail>): void {
        if (this.draft) this.draft = withInstallerConfirmation(this.draft, Boolean(event.detail.checked));
    }

    handleSearchInput(event: CustomEvent<ChangeDetail>): void {
        this.searchText = String(event.detail.value ?? '');
        clearTimeout(this.searchTimer);
        const term = searchTerm(this.searchText);
        if (!term) {
            this.results = [];
            this.accountResults = [];
            return;
        }
        // One call per pause in typing: a debounce needs a timer.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.searchTimer = setTimeout(() => this.search(term), SEARCH_DELAY_MS);
    }

    private async search(term: string): Promise<void> {
        this.latestSearch = term;
        this.searching = true;
        try {
            const response = await searchContacts({ term });
            if (term === this.latestSearch) {
                this.results = response.contacts;
                this.accountResults = response.accounts ?? [];
            }
        } catch (error) {
            if (term === this.latestSearch) this.saveError = reduceError(error);
        } finally {
            if (term === this.latestSearch) this.searching = false;
        }
    }

    handleAddContact(event: Event): void {
        const contactId = (event.currentTarget as HTMLElement).dataset.contactId;
        const contact = this.results.find((result) => result.contactId === contactId);
        if (this.draft && contact) this.draft = addContact(this.draft, contact);
    }

    handleAddInstallerContact(): void {
        const installer = this.context && this.draft ? suggestedInstaller(this.context, this.draft) : null;
        if (this.draft && installer) this.draft = addContact(this.draft, installer);
    }

    handleRelatesTo(event: CustomEvent<ChangeDetail>): void {
        if (this.draft) this.draft = withChange(this.draft, 'caseId', String(event.detail.value ?? ''));
    }

    handleDispositions(event: CustomEvent<ChangeDetail>): void {
        if (!this.draft) return;
        const value = event.detail.value;
        const chosen = Array.isArray(value) ? value.map(String) : value ? [String(value)] : [];
        this.draft = withChange(this.draft, 'dispositions', chosen);
    }

    handleNewCustomer(): void {
        this.creatingCustomer = true;
    }

    handleCustomerCancel(): void {
        this.creatingCustomer = false;
    }

    /** The new customer joins the call; the agent goes on with it. */
    handleCustomerCreated(event: CustomEvent<CreateCustomerResponse>): void {
        this.creatingCustomer = false;
        if (this.draft) this.draft = withCreatedCustomer(this.draft, event.detail);
    }

    handleRemoveContact(event: Event): void {
        const contactId = (event.currentTarget as HTMLElement).dataset.contactId;
        if (this.draft && contactId) this.draft = removeContact(this.draft, contactId);
    }

    handleNewInstaller(): void {
        const first = this.installerAccountOptions[0];
        if (this.draft && first) this.draft = startInstaller(this.draft, first.value);
    }

    handleCancelInstaller(): void {
        if (this.draft) this.draft = { ...this.draft, installer: null };
        this.duplicateRefused = false;
    }

    handleKeydown(event: KeyboardEvent): void {
        // Enter submits from a text field; buttons, lists, the comments and the search keep their own Enter.
        const target = event.target as HTMLElement;
        if (event.key !== 'Enter' || target.tagName !== 'LIGHTNING-INPUT' || target.dataset.id === 'search') return;
        event.preventDefault();
        this.handleSave();
    }

    handleCancel(): void {
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    // ---- the save -------------------------------------------------------------------------------------

    async handleSave(): Promise<void> {
        const context = this.context;
        const draft = this.draft;
        if (this.saving || !context || !draft) return;
        this.showErrors = true;
        if (!isValid(validate(context, draft, new Date()))) return;
        this.saving = true;
        this.saveError = null;
        const request = buildSaveRequest(context, draft, '');
        try {
            const response = await saveCall({ ...request, requestKey: this.saveKey.for(request) });
            this.saveKey.clear();
            this.duplicateRefused = false;
            await notifyRecordUpdateAvailable(changedRecordIds(response).map((recordId) => ({ recordId })));
            const toast = successMessage(response);
            this.dispatchEvent(new ShowToastEvent({ title: toast.title, message: toast.message, variant: 'success' }));
            // Next step: a fresh call on the same record; a quick action closes.
            this.context = { ...context, openCallTask: response.completedExistingTask ? null : context.openCallTask };
            this.draft = initialDraft(this.context);
            this.showErrors = false;
            this.results = [];
            this.accountResults = [];
            this.searchText = '';
            this.dispatchEvent(new CloseActionScreenEvent());
        } catch (error) {
            this.saveError = reduceError(error);
            // The error names the matching contacts; every typed value stays for the resend.
            if (this.saveError.code === 'DUPLICATE_CONTACT' && draft.installer) this.duplicateRefused = true;
        } finally {
            this.saving = false;
        }
        if (this.saveError?.code === REQUEST_KEY_REUSED && this.currentRecordId) {
            this.saveKey.clear();
            await this.load(this.currentRecordId, true);
        }
    }
}
