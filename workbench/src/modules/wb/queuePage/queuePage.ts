// The Team Loyalty queue: open CLA cases, sorted by dealership with unclaimed cases first (the
// server sorts), as the Team Loyalty list view, or only the cases no current employee has claimed
// (Team Loyalty: Claimable, "Begin by finding a contact who hasn't been claimed by a current
// employee"). Links open the workbench's record pages.
import { LightningElement, api } from 'lwc';
import { fetchQueue, type QueueRow, type QueueView } from '../../../shell/api';
import { navigate, urlFor } from '../../../platform/router';

interface QueueRowView extends QueueRow {
    caseUrl: string;
    contactUrl: string | null;
    accountUrl: string | null;
    ownerInactive: boolean;
}

const recordUrl = (objectApiName: string, recordId: string) =>
    urlFor({ type: 'standard__recordPage', attributes: { objectApiName, recordId, actionName: 'view' } });

const CLAIMABLE: QueueView = 'Team_Loyalty_Claimable';

export default class QueuePage extends LightningElement {
    rows: QueueRowView[] = [];
    loading = true;
    errorMessage: string | null = null;
    private view: QueueView = 'Team_Loyalty';

    /** The list view, from the page reference's filterName. */
    @api
    get filterName(): string {
        return this.view;
    }
    set filterName(value: string) {
        const view: QueueView = value === CLAIMABLE ? CLAIMABLE : 'Team_Loyalty';
        if (view === this.view && !this.loading) return;
        this.view = view;
        if (this.isConnected) void this.load();
    }

    override connectedCallback(): void {
        void this.load();
    }

    get claimableOnly(): boolean {
        return this.view === CLAIMABLE;
    }

    get heading(): string {
        return this.claimableOnly ? 'Team Loyalty: Claimable' : 'Team Loyalty';
    }

    get allVariant(): string {
        return this.claimableOnly ? 'neutral' : 'brand';
    }

    get claimableVariant(): string {
        return this.claimableOnly ? 'brand' : 'neutral';
    }

    get countLabel(): string {
        const unclaimed = this.rows.filter((row) => !row.claimed).length;
        return this.claimableOnly
            ? `${this.rows.length} CLA cases no current employee has claimed • ${unclaimed} unclaimed • Sorted by Dealership, unclaimed first`
            : `${this.rows.length} open CLA cases • ${unclaimed} unclaimed • Sorted by Dealership, unclaimed first`;
    }

    get isEmpty(): boolean {
        return !this.loading && !this.errorMessage && this.rows.length === 0;
    }

    async load(): Promise<void> {
        this.loading = true;
        try {
            const rows = await fetchQueue(this.view);
            this.rows = rows.map((row) => ({
                ...row,
                caseUrl: recordUrl('Case', row.id),
                contactUrl: row.contactId ? recordUrl('Contact', row.contactId) : null,
                accountUrl: row.accountId ? recordUrl('Account', row.accountId) : null,
                ownerInactive: row.claimed && row.claimable
            }));
            this.errorMessage = null;
        } catch (error) {
            this.errorMessage = JSON.stringify((error as { body?: unknown }).body ?? error);
        } finally {
            this.loading = false;
        }
    }

    showAll(): void {
        this.switchTo('Team_Loyalty');
    }

    showClaimable(): void {
        this.switchTo(CLAIMABLE);
    }

    private switchTo(view: QueueView): void {
        if (view === this.view) return;
        navigate({ type: 'standard__objectPage', attributes: { objectApiName: 'Case', actionName: 'list' }, state: { filterName: view } });
    }

    openLink(event: MouseEvent): void {
        const anchor = event.currentTarget as HTMLAnchorElement;
        if (event.ctrlKey || event.metaKey) return;
        event.preventDefault();
        navigate({
            type: 'standard__recordPage',
            attributes: { objectApiName: anchor.dataset.object, recordId: anchor.dataset.id, actionName: 'view' }
        });
    }
}
