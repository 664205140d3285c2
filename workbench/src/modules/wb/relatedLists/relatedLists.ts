// The related lists of a record page: its activities (tasks) and related records. Tasks have no UI
// API support, so the shell reads them from its own endpoint, as the page's activity timeline would.
import { LightningElement, api } from 'lwc';
import { fetchActivities, fetchRelated, type ActivityRow, type RelatedList } from '../../../shell/api';
import { navigate } from '../../../platform/router';

export default class RelatedLists extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;
    openActivities: ActivityRow[] = [];
    pastActivities: ActivityRow[] = [];
    lists: RelatedList[] = [];
    private loadedVersion = -1;
    private currentVersion = 0;

    @api
    get version(): number {
        return this.currentVersion;
    }
    set version(value: number) {
        this.currentVersion = value;
        if (value !== this.loadedVersion && this.recordId) void this.load(value);
    }

    get hasOpen(): boolean {
        return this.openActivities.length > 0;
    }

    get hasPast(): boolean {
        return this.pastActivities.length > 0;
    }

    private async load(version: number): Promise<void> {
        this.loadedVersion = version;
        const recordId = this.recordId as string;
        const [activities, lists] = await Promise.all([fetchActivities(recordId), fetchRelated(recordId)]);
        this.openActivities = activities.filter((activity) => !activity.isClosed);
        this.pastActivities = activities.filter((activity) => activity.isClosed);
        this.lists = lists;
    }

    openRecord(event: MouseEvent): void {
        const anchor = event.currentTarget as HTMLAnchorElement;
        event.preventDefault();
        navigate({
            type: 'standard__recordPage',
            attributes: { recordId: anchor.dataset.id, objectApiName: anchor.dataset.object, actionName: 'view' }
        });
    }
}
