// The integration case list views (procedure 004): "My Open Created Cases" (the cases the running user
// created, by the Created_By_Me__c formula, as the shipped list view filters) and "My Integration Cases"
// (the ones the running user owns: what "My Cases" shows). Links open the record pages.
import { LightningElement, api } from 'lwc';
import { createIntegrationCase, fetchIntegrationCases, fetchRecords, type IntegrationCaseRow } from '../../../shell/api';
import { navigate, urlFor } from '../../../platform/router';

const TITLES: Record<string, string> = {
    My_Open_Created_Cases: 'My Open Created Cases',
    My_Integration_Cases: 'My Integration Cases'
};

interface RowView extends IntegrationCaseRow {
    caseUrl: string;
    flags: string;
}

export default class IntegrationList extends LightningElement {
    @api filterName = 'My_Open_Created_Cases';
    rows: RowView[] = [];
    loading = true;
    errorMessage: string | null = null;
    /** The stand-in for the standard New Case page (record type Integration Case). */
    creating = false;
    saving = false;
    formError: string | null = null;
    subject = '';
    description = '';
    accountId: string | null = null;
    contactId: string | null = null;
    accounts: Array<Record<string, unknown>> = [];
    contacts: Array<Record<string, unknown>> = [];

    get canCreate(): boolean {
        return this.filterName === 'My_Open_Created_Cases';
    }

    get accountOptions() {
        return this.accounts.map((account) => ({ label: String(account.Name), value: String(account.Id) }));
    }

    get contactOptions() {
        return this.contacts
            .filter((contact) => !this.accountId || contact.AccountId === this.accountId)
            .map((contact) => ({ label: String(contact.Name), value: String(contact.Id) }));
    }

    async openNew(): Promise<void> {
        this.creating = true;
        this.formError = null;
        [this.accounts, this.contacts] = await Promise.all([fetchRecords('Account'), fetchRecords('Contact')]);
    }

    cancelNew(): void {
        this.creating = false;
    }

    handleField(event: CustomEvent<{ value: string }>): void {
        const field = (event.currentTarget as HTMLElement).dataset.field as 'subject' | 'description' | 'accountId' | 'contactId';
        this[field] = event.detail.value;
        if (field === 'accountId') this.contactId = null;
    }

    async saveNew(): Promise<void> {
        if (this.saving) return;
        if (!this.subject.trim()) {
            this.formError = 'Give the new case a subject.';
            return;
        }
        this.saving = true;
        try {
            const { id } = await createIntegrationCase({ subject: this.subject, description: this.description, accountId: this.accountId, contactId: this.contactId });
            navigate({ type: 'standard__recordPage', attributes: { objectApiName: 'Case', recordId: id, actionName: 'view' } });
        } catch (error) {
            this.formError = String((error as { body?: { message?: string } }).body?.message ?? error);
        } finally {
            this.saving = false;
        }
    }

    get heading(): string {
        return TITLES[this.filterName] ?? this.filterName;
    }

    get countLabel(): string {
        const overdue = this.rows.filter((row) => row.overdue).length;
        return `${this.rows.length} open integration cases • ${overdue} overdue`;
    }

    get isEmpty(): boolean {
        return !this.loading && !this.errorMessage && this.rows.length === 0;
    }

    override connectedCallback(): void {
        void this.load();
    }

    async load(): Promise<void> {
        this.loading = true;
        try {
            const view = this.filterName === 'My_Integration_Cases' ? 'mine' : 'created';
            const rows = await fetchIntegrationCases(view);
            this.rows = rows.map((row) => ({
                ...row,
                caseUrl: urlFor({ type: 'standard__recordPage', attributes: { objectApiName: 'Case', recordId: row.id, actionName: 'view' } }),
                flags: [row.overdue ? 'Overdue' : '', row.mayClose ? 'May close' : ''].filter(Boolean).join(' • ')
            }));
            this.errorMessage = null;
        } catch (error) {
            this.errorMessage = JSON.stringify((error as { body?: unknown }).body ?? error);
        } finally {
            this.loading = false;
        }
    }

    openLink(event: MouseEvent): void {
        const anchor = event.currentTarget as HTMLAnchorElement;
        if (event.ctrlKey || event.metaKey) return;
        event.preventDefault();
        navigate({ type: 'standard__recordPage', attributes: { objectApiName: 'Case', recordId: anchor.dataset.id, actionName: 'view' } });
    }
}
