// New Case (procedure 001), a quick action on Contract and Account: a homeowner case under the right
// contract (a cancelled or pending one only when the agent confirms it) or an installer case with its
// installer contact, saved in one call; the toast links to the new case. The decisions live in
// ./newCaseModel; this component wires them to the DOM.
import { LightningElement, api } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { errorText, newRequestKey, reduceError, REQUEST_KEY_REUSED } from 'c/playbookClient';
import { createHomeownerCase, createInstallerCase, getNewCaseContext } from './newCaseApi';
import { PROBLEM_MESSAGES, caseKind, contactOptions, contractOptions, contractWarning, createdMessage, draftProblem, homeownerRequest, initialDraft, installerRequest, recordsToRefresh, withConfirmation, withValue } from './newCaseModel';
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
const NONE = { label: '--None--', value: '' };
export default class NewCase extends NavigationMixin(LightningElement) {
    labels = {
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
    context = null;
    draft = null;
    loading = false;
    loadError = null;
    saving = false;
    saveError = null;
    showProblem = false;
    startRecordId;
    /** Kept across retries of the same draft, so a retry after a lost response cannot create the case twice. */
    requestKey = null;
    focusPending = false;
    @api
    get recordId() {
        return this.startRecordId;
    }
    set recordId(value) {
        const changed = value !== this.startRecordId;
        this.startRecordId = value;
        if (value && changed)
            this.load(value);
    }
    renderedCallback() {
        if (!this.focusPending)
            return;
        const first = this.template?.querySelector('[data-field]');
        if (first) {
            this.focusPending = false;
            first.focus();
        }
    }
    /** Loads the record; `keepDraft` reloads what is saved while keeping what the agent entered. */
    async load(recordId, keepDraft = false) {
        this.loading = true;
        this.loadError = null;
        try {
            this.context = await getNewCaseContext({ recordId });
            if (!keepDraft || !this.draft)
                this.draft = initialDraft(this.context);
            this.focusPending = true;
        }
        catch (error) {
            this.loadError = reduceError(error);
        }
        finally {
            this.loading = false;
        }
    }
    get ready() {
        return this.context !== null && this.draft !== null;
    }
    get isHomeowner() {
        return this.context !== null && caseKind(this.context) === 'HOMEOWNER';
    }
    get accountName() {
        return this.context?.accountName ?? '';
    }
    get contracts() {
        return this.context ? contractOptions(this.context) : [];
    }
    get contacts() {
        return this.context ? [NONE, ...contactOptions(this.context)] : [];
    }
    get installerContacts() {
        return this.context ? contactOptions(this.context) : [];
    }
    get productTypes() {
        return this.context ? [NONE, ...this.context.productTypes] : [];
    }
    get contractId() {
        return this.draft?.contractId ?? '';
    }
    get contactId() {
        return this.draft?.contactId ?? '';
    }
    get installerContactId() {
        return this.draft?.installerContactId ?? '';
    }
    get subject() {
        return this.draft?.subject ?? '';
    }
    get description() {
        return this.draft?.description ?? '';
    }
    get productType() {
        return this.draft?.productType ?? '';
    }
    get confirmed() {
        return this.draft?.confirmedWarningContract ?? false;
    }
    get subjectMaxLength() {
        return this.context?.subjectMaxLength ?? 0;
    }
    get descriptionMaxLength() {
        return this.context?.descriptionMaxLength ?? 0;
    }
    get warningText() {
        return this.context && this.draft ? contractWarning(this.context, this.draft) : null;
    }
    get problemMessage() {
        if (!this.context || !this.draft || !this.showProblem)
            return null;
        const problem = draftProblem(this.context, this.draft);
        return problem ? PROBLEM_MESSAGES[problem] : null;
    }
    get loadErrorText() {
        return this.loadError ? errorText(this.loadError) : null;
    }
    get saveErrorText() {
        return this.saveError ? errorText(this.saveError) : null;
    }
    get saveLabel() {
        return this.saving ? SAVING : CREATE;
    }
    handleChange(event) {
        const field = event.target.dataset.field;
        if (!this.draft || !field)
            return;
        this.update(withValue(this.draft, field, event.detail?.value ?? ''));
    }
    handleConfirmChange(event) {
        if (this.draft)
            this.update(withConfirmation(this.draft, event.detail?.checked === true));
    }
    /** Enter in the subject saves; Ctrl+Enter (or Cmd+Enter) saves from anywhere, a plain Enter in the description is a new line. */
    handleKeydown(event) {
        if (event.key !== 'Enter')
            return;
        const inSubject = event.target?.dataset?.field === 'subject';
        if (inSubject || event.ctrlKey || event.metaKey) {
            event.preventDefault();
            this.handleSave();
        }
    }
    handleCancel() {
        this.dispatchEvent(new CloseActionScreenEvent());
    }
    async handleSave() {
        const context = this.context;
        const draft = this.draft;
        if (this.saving || !context || !draft)
            return;
        if (draftProblem(context, draft)) {
            this.showProblem = true;
            return;
        }
        this.showProblem = false;
        this.saving = true;
        this.saveError = null;
        this.requestKey = this.requestKey ?? newRequestKey();
        try {
            const response = caseKind(context) === 'HOMEOWNER'
                ? await createHomeownerCase(homeownerRequest(this.requestKey, context, draft))
                : await createInstallerCase(installerRequest(this.requestKey, context, draft));
            await this.announce(response);
            this.dispatchEvent(new CloseActionScreenEvent());
        }
        catch (error) {
            this.saveError = reduceError(error);
        }
        finally {
            this.saving = false;
        }
        if (this.saveError?.code === REQUEST_KEY_REUSED && this.startRecordId) {
            this.requestKey = null;
            await this.load(this.startRecordId, true);
        }
    }
    update(next) {
        this.draft = next;
        this.requestKey = null;
    }
    /** Refreshes the pages that list the case and shows the toast with the link to it. */
    async announce(response) {
        await notifyRecordUpdateAvailable(recordsToRefresh(response));
        const url = await this[NavigationMixin.GenerateUrl]({
            type: 'standard__recordPage',
            attributes: { recordId: response.caseId, objectApiName: 'Case', actionName: 'view' }
        });
        this.dispatchEvent(new ShowToastEvent({
            title: CREATED_TITLE,
            message: createdMessage(response),
            messageData: [{ url, label: response.caseNumber }],
            variant: 'success',
            mode: 'sticky'
        }));
    }
}
