// Log a Call (procedures 000 and 002) on a case, account or contact: a completed call or an open
// task, related to every customer involved, saved in one call. The decisions live in ./logACallModel.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { CloseActionScreenEvent } from 'lightning/actions';
import { errorText, reduceError, REQUEST_KEY_REUSED, SaveKey } from 'c/playbookClient';
import { getCallContext, saveCall, searchContacts } from './logACallApi';
import { CALL_TYPES, INSTALLER_LIMITS, OUTCOMES, SEARCH_DELAY_MS, addContact, appearsOn, appearsOnText, buildSaveRequest, changedRecordIds, initialDraft, installerAccounts, isValid, openTaskText, relatesToOptions, removeContact, searchTerm, startInstaller, successMessage, suggestedInstaller, validate, withChange, withCreatedCustomer, withInstallerChange, withInstallerConfirmation } from './logACallModel';
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
export default class LogACall extends LightningElement {
    labels = { TITLE, FIND_CONTACT, NEW_INSTALLER, LOADING, ERROR_TITLE, CANCEL };
    installerLimits = INSTALLER_LIMITS;
    modeOptions = [
        { label: MODE_COMPLETED, value: 'LOG_COMPLETED' },
        { label: MODE_OPEN, value: 'OPEN_TASK' }
    ];
    callTypeOptions = CALL_TYPES.map((value) => ({ label: value, value }));
    outcomeOptions = [{ label: '--None--', value: '' }, ...OUTCOMES.map((value) => ({ label: value, value }))];
    context = null;
    draft = null;
    loadError = null;
    saveError = null;
    saving = false;
    showErrors = false;
    searchText = '';
    results = [];
    /** Accounts the search found by their name or phone (installer organisations without contacts among them). */
    accountResults = [];
    searching = false;
    /** The createCustomer form is open: the caller is not in Salesforce. */
    creatingCustomer = false;
    /** The server refused the new installer contact as a possible duplicate: offer "This is not a duplicate". */
    duplicateRefused = false;
    currentRecordId;
    /**
     * The same for a retry of the same request (a refusal, DUPLICATE_CONTACT included, wrote nothing and left the
     * key unused); new when the agent changed anything, since the server binds a key to its request.
     */
    saveKey = new SaveKey();
    searchTimer;
    latestSearch = '';
    focusPending = false;
    @api
    get recordId() {
        return this.currentRecordId;
    }
    set recordId(value) {
        const changed = value !== this.currentRecordId;
        this.currentRecordId = value;
        if (value && changed)
            this.load(value);
    }
    disconnectedCallback() {
        clearTimeout(this.searchTimer);
    }
    renderedCallback() {
        if (!this.focusPending)
            return;
        const first = this.template?.querySelector('[data-id="subject"]');
        if (first) {
            this.focusPending = false;
            first.focus();
        }
    }
    /** Loads the record; `keepDraft` reloads what is saved while keeping what the agent entered. */
    async load(recordId, keepDraft = false) {
        this.loadError = null;
        try {
            this.context = await getCallContext({ recordId });
            if (!keepDraft || !this.draft)
                this.draft = initialDraft(this.context);
            this.focusPending = true;
        }
        catch (error) {
            this.loadError = reduceError(error);
        }
    }
    // ---- what the template shows ----------------------------------------------------------------
    get loading() {
        return !this.context && !this.loadError;
    }
    get loadErrorText() {
        return this.loadError ? errorText(this.loadError) : null;
    }
    get saveErrorText() {
        return this.saveError ? errorText(this.saveError) : null;
    }
    get isOpenTask() {
        return this.draft?.mode === 'OPEN_TASK';
    }
    get offerOpenTask() {
        return Boolean(this.context?.openCallTask) && !this.isOpenTask;
    }
    get openTaskLabel() {
        return this.context ? openTaskText(this.context) : '';
    }
    get relatesTo() {
        return this.context ? relatesToOptions(this.context) : [];
    }
    get offerRelatesTo() {
        return this.relatesTo.length > 0;
    }
    get installerSuggestion() {
        const installer = this.context && this.draft ? suggestedInstaller(this.context, this.draft) : null;
        return installer
            ? { contactId: installer.contactId, label: `Add ${installer.name}, the installer on Case ${this.context?.caseNumber ?? ''}`.trim() }
            : null;
    }
    get dispositions() {
        const field = this.context?.additionalDispositions;
        return field ? { label: field.label, multiple: field.multiple, options: field.values } : null;
    }
    get singleDisposition() {
        return this.draft?.dispositions[0] ?? '';
    }
    get dispositionOptionsWithNone() {
        return [{ label: '--None--', value: '' }, ...(this.dispositions?.options ?? [])];
    }
    get offerNewCustomer() {
        return !this.creatingCustomer && !this.installer;
    }
    /** Where a new installer contact can go: the page's installer organisation first, then those the search found. */
    get customerInstallerAccounts() {
        const found = this.installerAccountOptions.map((option) => ({ accountId: option.value, name: option.label }));
        const context = this.context;
        if (!context?.accountId || context.accountRole !== 'Installer' || found.some((account) => account.accountId === context.accountId))
            return found;
        return [{ accountId: context.accountId, name: context.accountName ?? context.accountId }, ...found];
    }
    get errors() {
        return this.context && this.draft && this.showErrors ? validate(this.context, this.draft, new Date()) : {};
    }
    get chosenContacts() {
        return (this.draft?.contacts ?? []).map((contact, index) => ({
            contactId: contact.contactId,
            label: `${contact.name}${contact.accountName ? ` (${contact.accountName})` : ''}${index === 0 ? ', primary' : ''}`,
            removeLabel: `Remove ${contact.name}`
        }));
    }
    get hasChosenContacts() {
        return this.chosenContacts.length > 0;
    }
    get resultOptions() {
        const chosen = new Set((this.draft?.contacts ?? []).map((contact) => contact.contactId));
        return this.results
            .filter((contact) => !chosen.has(contact.contactId))
            .map((contact) => ({
            contactId: contact.contactId,
            label: `Add ${contact.name}${contact.accountName ? `, ${contact.accountName}` : ''}${contact.phone ? `, ${contact.phone}` : ''}`
        }));
    }
    get hasResults() {
        return this.resultOptions.length > 0;
    }
    get installerAccountOptions() {
        return this.draft
            ? installerAccounts(this.results, this.draft, this.accountResults).map((account) => ({ label: account.name, value: account.accountId }))
            : [];
    }
    get canAddInstaller() {
        return Boolean(this.draft && !this.draft.installer && this.installerAccountOptions.length);
    }
    get installer() {
        return this.draft?.installer ?? null;
    }
    get appearsOnText() {
        if (!this.context || !this.draft)
            return '';
        const accountName = this.installerAccountOptions.find((option) => option.value === this.draft?.installer?.accountId)?.label ?? null;
        return `${APPEARS_ON} ${appearsOnText(appearsOn(this.context, this.draft, accountName))}`;
    }
    get saveLabel() {
        return this.saving ? SAVING : SAVE;
    }
    // ---- input ------------------------------------------------------------------------------------
    handleField(event) {
        const field = event.target.dataset.field;
        if (!this.draft || !field)
            return;
        const value = field === 'completeOpenTask' ? Boolean(event.detail.checked) : String(event.detail.value ?? '');
        this.draft = withChange(this.draft, field, value);
    }
    handleInstallerField(event) {
        const field = event.target.dataset.field;
        if (this.draft && field)
            this.draft = withInstallerChange(this.draft, field, String(event.detail.value ?? ''));
    }
    handleNotDuplicate(event) {
        if (this.draft)
            this.draft = withInstallerConfirmation(this.draft, Boolean(event.detail.checked));
    }
    handleSearchInput(event) {
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
    async search(term) {
        this.latestSearch = term;
        this.searching = true;
        try {
            const response = await searchContacts({ term });
            if (term === this.latestSearch) {
                this.results = response.contacts;
                this.accountResults = response.accounts ?? [];
            }
        }
        catch (error) {
            if (term === this.latestSearch)
                this.saveError = reduceError(error);
        }
        finally {
            if (term === this.latestSearch)
                this.searching = false;
        }
    }
    handleAddContact(event) {
        const contactId = event.currentTarget.dataset.contactId;
        const contact = this.results.find((result) => result.contactId === contactId);
        if (this.draft && contact)
            this.draft = addContact(this.draft, contact);
    }
    handleAddInstallerContact() {
        const installer = this.context && this.draft ? suggestedInstaller(this.context, this.draft) : null;
        if (this.draft && installer)
            this.draft = addContact(this.draft, installer);
    }
    handleRelatesTo(event) {
        if (this.draft)
            this.draft = withChange(this.draft, 'caseId', String(event.detail.value ?? ''));
    }
    handleDispositions(event) {
        if (!this.draft)
            return;
        const value = event.detail.value;
        const chosen = Array.isArray(value) ? value.map(String) : value ? [String(value)] : [];
        this.draft = withChange(this.draft, 'dispositions', chosen);
    }
    handleNewCustomer() {
        this.creatingCustomer = true;
    }
    handleCustomerCancel() {
        this.creatingCustomer = false;
    }
    /** The new customer joins the call; the agent goes on with it. */
    handleCustomerCreated(event) {
        this.creatingCustomer = false;
        if (this.draft)
            this.draft = withCreatedCustomer(this.draft, event.detail);
    }
    handleRemoveContact(event) {
        const contactId = event.currentTarget.dataset.contactId;
        if (this.draft && contactId)
            this.draft = removeContact(this.draft, contactId);
    }
    handleNewInstaller() {
        const first = this.installerAccountOptions[0];
        if (this.draft && first)
            this.draft = startInstaller(this.draft, first.value);
    }
    handleCancelInstaller() {
        if (this.draft)
            this.draft = { ...this.draft, installer: null };
        this.duplicateRefused = false;
    }
    handleKeydown(event) {
        // Enter submits from a text field; buttons, lists, the comments and the search keep their own Enter.
        const target = event.target;
        if (event.key !== 'Enter' || target.tagName !== 'LIGHTNING-INPUT' || target.dataset.id === 'search')
            return;
        event.preventDefault();
        this.handleSave();
    }
    handleCancel() {
        this.dispatchEvent(new CloseActionScreenEvent());
    }
    // ---- the save -------------------------------------------------------------------------------------
    async handleSave() {
        const context = this.context;
        const draft = this.draft;
        if (this.saving || !context || !draft)
            return;
        this.showErrors = true;
        if (!isValid(validate(context, draft, new Date())))
            return;
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
        }
        catch (error) {
            this.saveError = reduceError(error);
            // The error names the matching contacts; every typed value stays for the resend.
            if (this.saveError.code === 'DUPLICATE_CONTACT' && draft.installer)
                this.duplicateRefused = true;
        }
        finally {
            this.saving = false;
        }
        if (this.saveError?.code === REQUEST_KEY_REUSED && this.currentRecordId) {
            this.saveKey.clear();
            await this.load(this.currentRecordId, true);
        }
    }
}
