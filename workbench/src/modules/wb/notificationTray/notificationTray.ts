// The bell of the Lightning header: the custom notifications (and email) the org sent to the running
// user, newest first. The in-memory org records them instead of delivering them (spec/org/messaging.ts).
import { LightningElement } from 'lwc';
import { fetchNotifications, type SentMessageRow } from '../../../shell/api';
import { navigate } from '../../../platform/router';

export default class NotificationTray extends LightningElement {
    messages: SentMessageRow[] = [];
    open = false;

    override connectedCallback(): void {
        void this.load();
    }

    async load(): Promise<void> {
        this.messages = await fetchNotifications();
    }

    get count(): number {
        return this.messages.length;
    }

    get buttonLabel(): string {
        return `Notifications (${this.count})`;
    }

    get rows() {
        return this.messages.map((message, index) => ({ ...message, key: `${index}-${message.at}`, kindLabel: message.kind === 'email' ? 'Email' : 'Notification' }));
    }

    get isEmpty(): boolean {
        return this.count === 0;
    }

    toggle(): void {
        this.open = !this.open;
    }

    openRecord(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.id;
        if (!recordId) return;
        event.preventDefault();
        this.open = false;
        navigate({ type: 'standard__recordPage', attributes: { objectApiName: 'Case', recordId, actionName: 'view' } });
    }
}
