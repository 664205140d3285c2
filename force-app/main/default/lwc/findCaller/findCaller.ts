// Find Caller (procedure 003), in the console's utility bar and on the home page: the agent types a name or a phone
// number and sees the matching contacts and accounts, each with its open cases and whether the customer is entitled
// to support (their entitlements, or procedure 001's active contract; not entitled is a warning, never a block).
// New Case opens in a modal with the customer filled in and their entitlement; when nothing matches, the customer
// is created on the spot. One search call per pause in typing; results come a page at a time. The decisions live in
// ./findCallerModel.
import { LightningElement } from 'lwc';
import { errorText, reduceError, type UserFacingError } from 'c/playbookClient';
import type { CreateCustomerResponse, FindCallerResponse, NewCaseResponse } from 'c/playbookContracts';
import { searchCallers } from './findCallerApi';
import { SEARCH_PAUSE_MS, TERM_MAX_LENGTH, callerRows, newCaseTarget, searchableTerm, type CallerRow } from './findCallerModel';
import TITLE from '@salesforce/label/c.FindCaller_Title';
import SEARCH_LABEL from '@salesforce/label/c.FindCaller_Search';
import LOADING from '@salesforce/label/c.Playbooks_Loading';

interface ChangeDetail {
    value?: unknown;
}

export default class FindCaller extends LightningElement {
    readonly labels = { TITLE, SEARCH_LABEL, LOADING };
    readonly maxLength = TERM_MAX_LENGTH;

    typed = '';
    searching = false;
    response: FindCallerResponse | null = null;
    searchError: UserFacingError | null = null;
    /** The page tokens of the pages before the current one, and the current one's (null: the first page). */
    pageTokens: (string | null)[] = [];
    /** The customer New Case is open for, in the modal. */
    newCaseFor: { recordId: string; entitlementId: string | null; name: string } | null = null;
    creatingCustomer = false;
    createdMessage: string | null = null;

    private searchTimer: ReturnType<typeof setTimeout> | undefined;
    /** The term of the last search sent: a slower earlier answer never overwrites a newer one. */
    private latestTerm: string | null = null;
    private focusModal = false;

    override disconnectedCallback(): void {
        clearTimeout(this.searchTimer);
    }

    override renderedCallback(): void {
        if (!this.focusModal) return;
        const modal = this.template?.querySelector<HTMLElement>('[data-id="modal"]');
        if (modal) {
            this.focusModal = false;
            modal.focus();
        }
    }

    get rows(): CallerRow[] {
        return callerRows(this.response);
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get nothingFound(): boolean {
        return Boolean(this.response) && !this.searching && this.rows.length === 0;
    }

    get searchErrorText(): string | null {
        return this.searchError ? errorText(this.searchError) : null;
    }

    get basisText(): string | null {
        if (!this.response || !this.hasRows) return null;
        return this.response.entitlementManagement
            ? 'Entitlement to support: the customer’s active entitlements.'
            : 'Entitlement to support: the customer’s active contract.';
    }

    get hasNextPage(): boolean {
        return Boolean(this.response?.nextPageToken) && !this.searching;
    }

    get hasPreviousPage(): boolean {
        return this.pageTokens.length > 1 && !this.searching;
    }

    get noNextPage(): boolean {
        return !this.hasNextPage;
    }

    get noPreviousPage(): boolean {
        return !this.hasPreviousPage;
    }

    get showPager(): boolean {
        return this.hasNextPage || this.hasPreviousPage;
    }

    get pageText(): string {
        return `Page ${Math.max(this.pageTokens.length, 1)}`;
    }

    get modalTitle(): string {
        return this.newCaseFor ? `New Case for ${this.newCaseFor.name}` : '';
    }

    handleTermChange(event: CustomEvent<ChangeDetail>): void {
        this.typed = String(event.detail?.value ?? '');
        this.createdMessage = null;
        clearTimeout(this.searchTimer);
        const term = searchableTerm(this.typed);
        if (!term) {
            this.latestTerm = null;
            this.response = null;
            this.searching = false;
            return;
        }
        // One call per pause in typing: a debounce needs a timer.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.searchTimer = setTimeout(() => this.search(term, []), SEARCH_PAUSE_MS);
    }

    handleSearchKeydown(event: KeyboardEvent): void {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        clearTimeout(this.searchTimer);
        const term = searchableTerm(this.typed);
        if (term) this.search(term, []);
    }

    handleNextPage(): void {
        const token = this.response?.nextPageToken;
        if (this.latestTerm && token) this.search(this.latestTerm, [...this.pageTokens, token]);
    }

    handlePreviousPage(): void {
        if (this.latestTerm && this.pageTokens.length > 1) this.search(this.latestTerm, this.pageTokens.slice(0, -1));
    }

    private async search(term: string, pageTokens: (string | null)[]): Promise<void> {
        const tokens = pageTokens.length ? pageTokens : [null];
        this.latestTerm = term;
        this.searching = true;
        this.searchError = null;
        try {
            const response = await searchCallers({ term, pageToken: tokens[tokens.length - 1] ?? null });
            if (term !== this.latestTerm) return;
            this.response = response;
            this.pageTokens = tokens;
        } catch (error) {
            if (term === this.latestTerm) this.searchError = reduceError(error);
        } finally {
            if (term === this.latestTerm) this.searching = false;
        }
    }

    handleNewCase(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.recordId ?? '';
        this.newCaseFor = newCaseTarget(this.response, recordId);
        this.focusModal = Boolean(this.newCaseFor);
    }

    handleModalKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            event.stopPropagation();
            this.closeModal();
        }
    }

    handleCloseModal(): void {
        this.closeModal();
    }

    handleCaseSaved(event: CustomEvent<NewCaseResponse>): void {
        this.createdMessage = `Case ${event.detail.caseNumber} created.`;
        this.closeModal();
        // The customer's open cases changed: show them again.
        if (this.latestTerm) this.search(this.latestTerm, this.pageTokens);
    }

    private closeModal(): void {
        this.newCaseFor = null;
        const button = this.template?.querySelector<HTMLElement>('[data-id="search"]');
        button?.focus();
    }

    get createButtonShown(): boolean {
        return !this.creatingCustomer;
    }

    handleCreateCustomer(): void {
        this.creatingCustomer = true;
    }

    handleCustomerCancel(): void {
        this.creatingCustomer = false;
    }

    handleCustomerCreated(event: CustomEvent<CreateCustomerResponse>): void {
        this.creatingCustomer = false;
        this.createdMessage = `${event.detail.contactName} created under ${event.detail.accountName}.`;
        this.typed = event.detail.contactName;
        this.search(event.detail.contactName, []);
    }
}
