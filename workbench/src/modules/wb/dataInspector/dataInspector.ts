// Read-only view of the in-memory org: the records of one object as JSON (GET /api/records).
import { LightningElement } from 'lwc';
import { fetchRecords, fetchSObjectTypes } from '../../../shell/api';

export default class DataInspector extends LightningElement {
    sobjects: string[] = [];
    sobject = 'Case';
    json = '';
    count = 0;
    loading = false;

    get options() {
        return this.sobjects.map((name) => ({ label: name, value: name }));
    }

    get summary(): string {
        return `${this.count} ${this.sobject} record${this.count === 1 ? '' : 's'}`;
    }

    override async connectedCallback(): Promise<void> {
        this.sobjects = await fetchSObjectTypes();
        if (!this.sobjects.includes(this.sobject)) this.sobject = this.sobjects[0] ?? '';
        await this.load();
    }

    async load(): Promise<void> {
        if (!this.sobject) return;
        this.loading = true;
        try {
            const records = await fetchRecords(this.sobject);
            this.count = records.length;
            this.json = JSON.stringify(records, null, 2);
        } finally {
            this.loading = false;
        }
    }

    handleObjectChange(event: CustomEvent<{ value: string }>): void {
        this.sobject = event.detail.value;
        void this.load();
    }

    close(): void {
        this.dispatchEvent(new CustomEvent('close'));
    }
}
