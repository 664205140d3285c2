// Find Caller (procedure 003), in the console's utility bar and on the home page: the agent types a name or a phone
// number and sees the matching contacts and accounts, each with its open cases and whether the customer is entitled
// to support (their entitlements, or procedure 001's active contract; not entitled is a warning, never a block).
// New Case opens in a modal (c/newCaseModal) with the customer filled in and their entitlement; when nothing matches, the customer
// is created on the spot. One search call per pause in typing; results come a page at a time. The decisions live in
// ./findCallerModel.
import { LightningElement } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import NewCaseModal, { type NewCaseModalOptions, type NewCaseModalResult } from 'c/newCaseModal';
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

type UrlGenerator = Record<symbol, (pageReference: unknown) => Promise<string>>;

export default class FindCaller extends NavigationMixin(LightningElement) {
    readonly labels = { TITLE, SEARCH_LABEL, LOADING };
    readonly maxLength = TERM_MAX_LENGTH;

    typed = '';
    searching = false;
    response: FindCallerResponse | null = null;
    searchError: UserFacingError | null = null;
    /** The page tokens of the pages before the current one, and the current one's (null: the first page). */
    pageTokens: (string | null)[] = [];
    /** New Case is open in its modal: a second click cannot open another. */
    private newCaseOpen = false;
    creatingCustomer = false;
    createdMessage: string | null = null;

    private searchTimer: ReturnType<typeof setTimeout> | undefined;
    /** The term of the last search sent: a slower earlier answer never overwrites a newer one. */
    private latestTerm: string | null = null;

    override disconnectedCallback(): void {
        clearTimeout(this.searchTimer);
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

    /**
     * Opens New Case in a LightningModal and waits for it to close: with the saved case (reported, and the open cases
     * shown again) or without one (Cancel, the close button, Escape). Either way the search box has the focus again.
     */
    async handleNewCase(event: Event): Promise<void> {
        const recordId = (event.currentTarget as HTMLElement).dataset.recordId ?? '';
        const target = newCaseTarget(this.response, recordId);
        if (!target || this.newCaseOpen) return;
        this.newCaseOpen = true;
        try {
            const options: NewCaseModalOptions = {
                size: 'medium',
                label: `New Case for ${target.name}`,
                recordId: target.recordId,
                entitlementId: target.entitlementId,
                generateUrl: (pageReference) => (this as unknown as UrlGenerator)[NavigationMixin.GenerateUrl](pageReference)
            };
            const result = (await NewCaseModal.open({ ...options })) as NewCaseModalResult;
            if (result?.saved) this.caseSaved(result.saved);
        } finally {
            this.newCaseOpen = false;
            this.template?.querySelector<HTMLElement>('[data-id="search"]')?.focus();
        }
    }

    private caseSaved(response: NewCaseResponse): void {
        this.createdMessage = `Case ${response.caseNumber} created.`;
        // The customer's open cases changed: show them again.
        if (this.latestTerm) this.search(this.latestTerm, this.pageTokens);
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
