// The Team Loyalty queue: open CLA cases, sorted by dealership with unclaimed cases first (the
// server sorts). Links open the workbench's record pages.
import { LightningElement } from 'lwc';
import { fetchQueue, type QueueRow } from '../../../shell/api';
import { navigate, urlFor } from '../../../platform/router';

interface QueueView extends QueueRow {
    caseUrl: string;
    contactUrl: string | null;
    accountUrl: string | null;
}

const recordUrl = (objectApiName: string, recordId: string) =>
    urlFor({ type: 'standard__recordPage', attributes: { objectApiName, recordId, actionName: 'view' } });

export default class QueuePage extends LightningElement {
    rows: QueueView[] = [];
    loading = true;
    errorMessage: string | null = null;

    override connectedCallback(): void {
        void this.load();
    }

    get countLabel(): string {
        const unclaimed = this.rows.filter((row) => !row.claimed).length;
        return `${this.rows.length} open CLA cases • ${unclaimed} unclaimed • Sorted by Dealership, unclaimed first`;
    }

    get isEmpty(): boolean {
        return !this.loading && !this.errorMessage && this.rows.length === 0;
    }

    async load(): Promise<void> {
        this.loading = true;
        try {
            const rows = await fetchQueue();
            this.rows = rows.map((row) => ({
                ...row,
                caseUrl: recordUrl('Case', row.id),
                contactUrl: row.contactId ? recordUrl('Contact', row.contactId) : null,
                accountUrl: row.accountId ? recordUrl('Account', row.accountId) : null
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
        navigate({
            type: 'standard__recordPage',
            attributes: { objectApiName: anchor.dataset.object, recordId: anchor.dataset.id, actionName: 'view' }
        });
    }
}
