// New Case (procedure 001), a quick action on Contract and Account: a homeowner case under the right
// contract (a cancelled or pending one only when the agent confirms it) or an installer case with its
// installer contact, saved in one call; the toast links to the new case. The decisions live in
// ./newCaseModel; this component wires them to the DOM.
import { LightningElement, api } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { errorText, newRequestKey, reduceError, REQUEST_KEY_REUSED, type UserFacingError } from 'c/playbookClient';
import type { CreateCustomerResponse, LogACallContact, NewCaseContextResponse, NewCaseResponse } from 'c/playbookContracts';
import { createHomeownerCase, createInstallerCase, getNewCaseContext, searchInstallers } from './newCaseApi';
import {
    PROBLEM_MESSAGES,
    contactOptions,
    contractOptions,
    contractWarning,
    createdMessage,
    draftProblem,
    homeownerRequest,
    homeownerWithoutContract,
    initialDraft,
    installerRequest,
    interactionText,
    recordsToRefresh,
    requestKind,
    underContact,
    withConfirmation,
    withCreatedContact,
    withInstallerInstead,
    withRelateInteraction,
    withValue,
    type DraftField,
    type NewCaseDraft,
    type Option
} from './newCaseModel';
import TITLE from '@salesforce/label/c.NewCase_Title';
import CREATE from '@salesforce/label/c.NewCase_Create';
import CONTRACT from '@salesforce/label/c.NewCase_Contract';
import CONFIRM_CONTRACT from '@salesforce/label/c.NewCase_Confirm_Contract';
import CONTACT from '@salesforce/label/c.NewCase_Contact';
import INSTALLER_CONTACT from '@salesforce/label/c.NewCase_Installer_Contact';
import INSTALLER_HINT from '@salesforce/label/c.NewCase_Installer_Hint';
import SUBJECT from '@salesforce/label/c.NewCase_Subject';
import DESCRIPTION from '@salesforce/label/c.NewCase_Description';
import PRODUCT_TYPE from '@salesforce/label/c.NewCase_Product_Type';
import CREATED_TITLE from '@salesforce/label/c.NewCase_Created_Title';
import CANCEL from '@salesforce/label/c.Playbooks_Cancel';
import SAVING from '@salesforce/label/c.Playbooks_Saving';
import LOADING from '@salesforce/label/c.Playbooks_Loading';
import ERROR_TITLE from '@salesforce/label/c.Playbooks_Error_Title';

const NONE: Option = { label: '--None--', value: '' };

type UrlGenerator = Record<symbol, (pageReference: unknown) => Promise<string>>;

/** What the installer search sends: at least 2 characters, without SOQL wildcards. */
function searchTermOf(typed: string): string | null {
    const term = typed.replace(/[%_\\]/g, '').trim();
    return term.length >= 2 ? term : null;
}

export default class NewCase extends NavigationMixin(LightningElement) {
    readonly labels = {
        TITLE,
        CONTRACT,
        CONFIRM_CONTRACT,
        CONTACT,
        INSTALLER_CONTACT,
        INSTALLER_HINT,
        SUBJECT,
        DESCRIPTION,
        PRODUCT_TYPE,
        CANCEL,
        LOADING,
        ERROR_TITLE
    };

    context: NewCaseContextResponse | null = null;
    draft: NewCaseDraft | null = null;
    loading = false;
    loadError: UserFacingError | null = null;
    saving = false;
    saveError: UserFacingError | null = null;
    showProblem = false;
    /** The createCustomer form: 'CONTACT' adds a contact to this account, 'CUSTOMER' creates a customer not in Salesforce. */
    creating: 'CONTACT' | 'CUSTOMER' | null = null;
    /** A homeowner without a contract: the agent looks for the installer of an installer case instead. */
    findingInstaller = false;
    installerSearchText = '';
    installerResults: LogACallContact[] = [];
    /** A homeowner without a contract: the agent logs the interaction on the account instead (Log a Call embedded). */
    loggingInteraction = false;

    /**
     * The entitlement the case gets (Case.EntitlementId), set by Find Caller from the customer's active entitlement
     * (procedure 003); null leaves the case without one.
     */
    @api entitlementId: string | null = null;

    /**
     * The URL of the toast's link to the new case, when the host lends one: inside a LightningModal (Find Caller)
     * lightning/navigation is out of reach ("Navigate From a Modal", LWC Developer Guide). Null: NavigationMixin.
     */
    @api generateUrl: ((pageReference: unknown) => Promise<string>) | null = null;

    private startRecordId: string | undefined;
    /** Kept across retries of the same draft, so a retry after a lost response cannot create the case twice. */
    private requestKey: string | null = null;
    private focusPending = false;

    @api
    get recordId(): string | undefined {
        return this.startRecordId;
    }
    set recordId(value: string | undefined) {
        const changed = value !== this.startRecordId;
        this.startRecordId = value;
        if (value && changed) this.load(value);
    }

    override renderedCallback(): void {
        if (!this.focusPending) return;
        const first = this.template?.querySelector<HTMLElement>('[data-field]');
        if (first) {
            this.focusPending = false;
            first.focus();
        }
    }

    /** Loads the record; `keepDraft` reloads what is saved while keeping what the agent entered. */
    private async load(recordId: string, keepDraft = false): Promise<void> {
        this.loading = true;
        this.loadError = null;
        this.creating = null;
        this.findingInstaller = false;
        this.loggingInteraction = false;
        try {
            this.context = await getNewCaseContext({ recordId });
            if (!keepDraft || !this.draft) this.draft = initialDraft(this.context);
            this.focusPending = true;
        } catch (error) {
            this.loadError = reduceError(error);
        } finally {
            this.loading = false;
        }
    }

    get ready(): boolean {
        return this.context !== null && this.draft !== null;
    }

    get isHomeowner(): boolean {
        return this.context !== null && this.draft !== null && requestKind(this.context, this.draft) === 'HOMEOWNER' && !this.withoutContract;
    }

    get withoutContract(): boolean {
        return this.context !== null && homeownerWithoutContract(this.context) && !this.draft?.installerInstead;
    }

    get underContactText(): string | null {
        if (!this.context) return null;
        if (this.draft?.installerInstead) {
            const chosen = this.draft.installerInstead;
            return `Installer case under ${chosen.name}${chosen.accountName ? `, ${chosen.accountName}` : ''}`;
        }
        if (!underContact(this.context)) return null;
        const contact = this.context.contacts.find((option) => option.id === this.context?.sourceContactId);
        return `Installer case under ${contact?.name ?? 'this contact'}`;
    }

    get chooseInstallerContact(): boolean {
        return this.context !== null && !this.isHomeowner && !this.withoutContract && this.underContactText === null;
    }

    get showCaseFields(): boolean {
        return !this.withoutContract;
    }

    get interactionLabel(): string | null {
        return this.context && !this.draft?.installerInstead ? interactionText(this.context) : null;
    }

    get relateInteraction(): boolean {
        return this.draft?.relateInteraction ?? false;
    }

    get offerNewContact(): boolean {
        return this.creating === null && !this.withoutContract && this.underContactText === null;
    }

    get creatingContact(): boolean {
        return this.creating === 'CONTACT';
    }

    get creatingCustomer(): boolean {
        return this.creating === 'CUSTOMER';
    }

    get contactKind(): string {
        return this.context?.customerRole === 'Installer' ? 'INSTALLER' : 'HOMEOWNER';
    }

    get newContactLabel(): string {
        return this.context?.customerRole === 'Installer' ? 'New sales rep contact' : 'New contact';
    }

    get installerResultOptions(): { contactId: string; label: string }[] {
        return this.installerResults
            .filter((contact) => contact.customerRole === 'Installer')
            .map((contact) => ({ contactId: contact.contactId, label: `Under ${contact.name}${contact.accountName ? `, ${contact.accountName}` : ''}` }));
    }

    get accountName(): string {
        return this.context?.accountName ?? '';
    }

    get accountId(): string {
        return this.context?.accountId ?? '';
    }

    get contracts(): Option[] {
        return this.context ? contractOptions(this.context) : [];
    }

    get contacts(): Option[] {
        return this.context ? [NONE, ...contactOptions(this.context)] : [];
    }

    get installerContacts(): Option[] {
        return this.context ? contactOptions(this.context) : [];
    }

    get productTypes(): Option[] {
        return this.context ? [NONE, ...this.context.productTypes] : [];
    }

    get contractId(): string {
        return this.draft?.contractId ?? '';
    }

    get contactId(): string {
        return this.draft?.contactId ?? '';
    }

    get installerContactId(): string {
        return this.draft?.installerContactId ?? '';
    }

    get subject(): string {
        return this.draft?.subject ?? '';
    }

    get description(): string {
        return this.draft?.description ?? '';
    }

    get productType(): string {
        return this.draft?.productType ?? '';
    }

    get confirmed(): boolean {
        return this.draft?.confirmedWarningContract ?? false;
    }

    get subjectMaxLength(): number {
        return this.context?.subjectMaxLength ?? 0;
    }

    get descriptionMaxLength(): number {
        return this.context?.descriptionMaxLength ?? 0;
    }

    get warningText(): string | null {
        return this.context && this.draft ? contractWarning(this.context, this.draft) : null;
    }

    get problemMessage(): string | null {
        if (!this.context || !this.draft || !this.showProblem) return null;
        const problem = draftProblem(this.context, this.draft);
        return problem ? PROBLEM_MESSAGES[problem] : null;
    }

    get loadErrorText(): string | null {
        return this.loadError ? errorText(this.loadError) : null;
    }

    get saveErrorText(): string | null {
        return this.saveError ? errorText(this.saveError) : null;
    }

    get saveLabel(): string {
        return this.saving ? SAVING : CREATE;
    }

    handleChange(event: CustomEvent<{ value: string }>): void {
        const field = (event.target as HTMLElement).dataset.field as DraftField | undefined;
        if (!this.draft || !field) return;
        this.update(withValue(this.draft, field, event.detail?.value ?? ''));
    }

    handleConfirmChange(event: CustomEvent<{ checked: boolean }>): void {
        if (this.draft) this.update(withConfirmation(this.draft, event.detail?.checked === true));
    }

    handleRelateInteraction(event: CustomEvent<{ checked: boolean }>): void {
        if (this.draft) this.update(withRelateInteraction(this.draft, event.detail?.checked === true));
    }

    handleNewContact(): void {
        this.creating = 'CONTACT';
    }

    handleNewCustomer(): void {
        this.creating = 'CUSTOMER';
    }

    handleCreateCancel(): void {
        this.creating = null;
    }

    /**
     * A new contact of this account becomes the case contact or installer contact (001: "first create it under the
     * Organization"); a new customer not in Salesforce becomes the account the case is created under.
     */
    handleCreated(event: CustomEvent<CreateCustomerResponse>): void {
        const created = event.detail;
        if (this.creating === 'CUSTOMER') {
            this.startRecordId = created.accountId;
            this.load(created.accountId);
            return;
        }
        this.creating = null;
        if (this.context && this.draft) {
            const next = withCreatedContact(this.context, this.draft, created);
            this.context = next.context;
            this.update(next.draft);
        }
    }

    handleFindInstaller(): void {
        this.findingInstaller = true;
        this.loggingInteraction = false;
    }

    async handleInstallerSearch(event: CustomEvent<{ value?: unknown }>): Promise<void> {
        this.installerSearchText = String(event.detail?.value ?? '');
        const term = searchTermOf(this.installerSearchText);
        if (!term) {
            this.installerResults = [];
            return;
        }
        try {
            const response = await searchInstallers({ term });
            if (searchTermOf(this.installerSearchText) === term) this.installerResults = response.contacts;
        } catch (error) {
            this.saveError = reduceError(error);
        }
    }

    handleChooseInstaller(event: Event): void {
        const contactId = (event.currentTarget as HTMLElement).dataset.contactId;
        const contact = this.installerResults.find((result) => result.contactId === contactId);
        if (!this.draft || !contact) return;
        this.findingInstaller = false;
        this.update(withInstallerInstead(this.draft, { contactId: contact.contactId, name: contact.name, accountName: contact.accountName }));
    }

    handleLogInteraction(): void {
        this.loggingInteraction = true;
        this.findingInstaller = false;
    }

    /** Enter in the subject saves; Ctrl+Enter (or Cmd+Enter) saves from anywhere, a plain Enter in the description is a new line. */
    handleKeydown(event: KeyboardEvent): void {
        if (event.key !== 'Enter') return;
        const inSubject = (event.target as HTMLElement | null)?.dataset?.field === 'subject';
        if (inSubject || event.ctrlKey || event.metaKey) {
            event.preventDefault();
            this.handleSave();
        }
    }

    handleCancel(): void {
        this.dispatchEvent(new CloseActionScreenEvent());
        // Outside a quick action (Find Caller's modal) the host closes on this event.
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    async handleSave(): Promise<void> {
        const context = this.context;
        const draft = this.draft;
        if (this.saving || !context || !draft) return;
        if (draftProblem(context, draft)) {
            this.showProblem = true;
            return;
        }
        this.showProblem = false;
        this.setSaving(true);
        this.saveError = null;
        this.requestKey = this.requestKey ?? newRequestKey();
        try {
            const response =
                requestKind(context, draft) === 'HOMEOWNER'
                    ? await createHomeownerCase({ ...homeownerRequest(this.requestKey, context, draft), entitlementId: this.entitlementId })
                    : await createInstallerCase({ ...installerRequest(this.requestKey, context, draft), entitlementId: this.entitlementId });
            await this.announce(response);
            this.dispatchEvent(new CloseActionScreenEvent());
            this.dispatchEvent(new CustomEvent('saved', { detail: response }));
        } catch (error) {
            this.saveError = reduceError(error);
        } finally {
            this.setSaving(false);
        }
        if (this.saveError?.code === REQUEST_KEY_REUSED && this.startRecordId) {
            this.requestKey = null;
            await this.load(this.startRecordId, true);
        }
    }

    /** A host that must not close the form mid-save (Find Caller's modal, with disableClose) follows `savingchange`. */
    private setSaving(saving: boolean): void {
        this.saving = saving;
        this.dispatchEvent(new CustomEvent('savingchange', { detail: { saving } }));
    }

    private update(next: NewCaseDraft): void {
        this.draft = next;
        this.requestKey = null;
    }

    /** Refreshes the pages that list the case and shows the toast with the link to it. */
    private async announce(response: NewCaseResponse): Promise<void> {
        await notifyRecordUpdateAvailable(recordsToRefresh(response));
        const pageReference = {
            type: 'standard__recordPage',
            attributes: { recordId: response.caseId, objectApiName: 'Case', actionName: 'view' }
        };
        const url = this.generateUrl
            ? await this.generateUrl(pageReference)
            : await (this as unknown as UrlGenerator)[NavigationMixin.GenerateUrl](pageReference);
        this.dispatchEvent(
            new ShowToastEvent({
                title: CREATED_TITLE,
                message: createdMessage(response),
                messageData: [{ url, label: response.caseNumber }],
                variant: 'success',
                mode: 'sticky'
            })
        );
    }
}
