// Create a customer (procedures 001, 002, 003): a caller who is not in Salesforce becomes a homeowner with
// their household, or an installer contact under their organisation, in one save; the embedding component
// (Log a Call, New Case, later Find Caller) goes on with the customer from the `created` event. The decisions
// live in ./createCustomerModel.
import { LightningElement, api } from 'lwc';
import { errorText, reduceError, REQUEST_KEY_REUSED, SaveKey } from 'c/playbookClient';
import { createCustomer } from './createCustomerApi';
import { CUSTOMER_LIMITS, buildRequest, householdName, initialDraft, isValid, validate, withChange, withConfirmation } from './createCustomerModel';
const NEW_ORGANISATION = '';
export default class CreateCustomer extends LightningElement {
    /** Fixes the kind ('HOMEOWNER' or 'INSTALLER'); empty lets the agent choose. */
    @api
    kind = '';
    /** Fixes the account the contact goes under (a household or an installer organisation). */
    @api
    accountId = null;
    /** The fixed account's name, shown to the agent. */
    @api
    accountName = null;
    /** Installer organisations seen in the search, offered when the kind is installer and no account is fixed. */
    @api
    installerAccounts = [];
    /** What the agent searched for without finding the customer: the starting name or phone. */
    @api
    searchText = null;
    limits = CUSTOMER_LIMITS;
    kindOptions = [
        { label: 'Homeowner', value: 'HOMEOWNER' },
        { label: 'Installer', value: 'INSTALLER' }
    ];
    draft = null;
    showErrors = false;
    saving = false;
    saveError = null;
    /** The server refused the customer as a possible duplicate: offer "This is a different customer". */
    duplicateRefused = false;
    /**
     * The same for a retry of the same request (a refusal, DUPLICATE_CONTACT included, wrote nothing and left the key
     * unused); new when the agent changed anything, confirming a different customer included, since the server binds
     * a key to its request.
     */
    saveKey = new SaveKey();
    connectedCallback() {
        this.draft = initialDraft({ kind: this.kind, accountId: this.accountId, searchText: this.searchText });
    }
    get chooseKind() {
        return !this.kind;
    }
    get accountFixed() {
        return Boolean(this.accountId);
    }
    get isInstaller() {
        return this.draft?.kind === 'INSTALLER';
    }
    get isHomeowner() {
        return this.draft?.kind === 'HOMEOWNER';
    }
    get chooseOrganisation() {
        return this.isInstaller && !this.accountFixed;
    }
    get nameHousehold() {
        return this.isHomeowner && !this.accountFixed;
    }
    get organisationOptions() {
        return [...this.installerAccounts.map((account) => ({ label: account.name, value: account.accountId })), { label: 'A new organisation', value: NEW_ORGANISATION }];
    }
    get newOrganisation() {
        return this.chooseOrganisation && !this.draft?.accountId;
    }
    get householdPlaceholder() {
        return this.draft ? householdName(this.draft) : '';
    }
    get underText() {
        return this.accountFixed && this.accountName ? `Under ${this.accountName}` : null;
    }
    get errors() {
        return this.draft && this.showErrors ? validate(this.draft, this.accountFixed) : {};
    }
    get saveErrorText() {
        return this.saveError ? errorText(this.saveError) : null;
    }
    get saveLabel() {
        return this.saving ? 'Creating…' : 'Create customer';
    }
    handleField(event) {
        const field = event.target.dataset.field;
        if (this.draft && field)
            this.draft = withChange(this.draft, field, String(event.detail?.value ?? ''));
    }
    handleNotDuplicate(event) {
        if (this.draft)
            this.draft = withConfirmation(this.draft, event.detail?.checked === true);
    }
    handleCancel() {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
    async handleSave() {
        const draft = this.draft;
        if (this.saving || !draft)
            return;
        this.showErrors = true;
        if (!isValid(validate(draft, this.accountFixed)))
            return;
        this.saving = true;
        this.saveError = null;
        const request = buildRequest(draft, '');
        try {
            const response = await createCustomer({ ...request, requestKey: this.saveKey.for(request) });
            this.saveKey.clear();
            this.duplicateRefused = false;
            this.dispatchEvent(new CustomEvent('created', { detail: response }));
        }
        catch (error) {
            // Every typed value stays for the resend; a possible duplicate asks for the agent's confirmation.
            this.saveError = reduceError(error);
            this.duplicateRefused = this.saveError.code === 'DUPLICATE_CONTACT';
            // Nothing was saved; the next save carries a new key. What the agent typed stays.
            if (this.saveError.code === REQUEST_KEY_REUSED)
                this.saveKey.clear();
        }
        finally {
            this.saving = false;
        }
    }
}
