// The console shell: header with the workbench controls, the current page, toasts.
import { LightningElement } from 'lwc';
import Toast from 'lightning/toast';
import { bootData } from '../../../platform/boot';
import { currentPageReference, navigate, onNavigate, QUEUE_PAGE, type PageReference } from '../../../platform/router';
import { startPageLoad } from '../../../platform/tracking';
import { SHOW_TOAST_EVENT, type ToastDetail } from '../../../platform/platformShowToastEvent';
import { failNextCall, resetData, switchUser } from '../../../shell/api';
import { isDemoEnabled } from '../../../shell/demoMode';
import { placements } from 'virtual:placed-components';

/** The console app's utility bar (Lightning App Builder, "Add a Utility Bar to Lightning Apps"): its items open a panel docked at the bottom. */
const UTILITY_ITEMS = placements.filter((placed) => placed.utilityBar);

export default class App extends LightningElement {
    pageReference: PageReference = currentPageReference();
    /** The open utility item's label; its component stays rendered while minimized, as the platform keeps it. */
    openUtility: string | null = null;
    private usedUtilities = new Set<string>();
    inspectorOpen = false;
    busy = false;
    readonly runningUserId = bootData().runningUserId;
    readonly demoEnabled = isDemoEnabled();
    private unsubscribe: (() => void) | undefined;

    get userOptions() {
        return bootData().users.map((user) => ({ label: user.name, value: user.id, description: user.description }));
    }

    get isQueuePage(): boolean {
        const { type, attributes } = this.pageReference;
        return (
            type === 'standard__objectPage' && attributes.objectApiName === 'Case' && attributes.actionName === 'list'
        );
    }

    get queueFilterName(): string {
        return this.pageReference.state.filterName ?? 'Team_Loyalty';
    }

    /** One entry so the record page is rebuilt for each record, like a new tab. */
    get recordPages() {
        const { type, attributes } = this.pageReference;
        if (type !== 'standard__recordPage' || !attributes.recordId) return [];
        return [{ key: attributes.recordId, recordId: attributes.recordId, objectApiName: attributes.objectApiName }];
    }

    get isUnknownPage(): boolean {
        return !this.isQueuePage && this.recordPages.length === 0;
    }

    get queueTabClass(): string {
        return `slds-context-bar__item${this.isQueuePage ? ' slds-is-active' : ''}`;
    }

    override connectedCallback(): void {
        startPageLoad(location.pathname);
        this.unsubscribe = onNavigate((reference) => {
            startPageLoad(location.pathname);
            this.pageReference = reference;
            window.scrollTo(0, 0);
        });
        window.addEventListener(SHOW_TOAST_EVENT, this.showPlatformToast, true);
    }

    override disconnectedCallback(): void {
        this.unsubscribe?.();
        window.removeEventListener(SHOW_TOAST_EVENT, this.showPlatformToast, true);
    }

    /** Turns a platform ShowToastEvent into a real lightning-toast (the base Toast's own events carry `toast`). */
    private readonly showPlatformToast = (event: Event): void => {
        const detail = (event as CustomEvent<ToastDetail & { toast?: unknown }>).detail;
        if (!detail || detail.toast) return;
        event.stopPropagation();
        const links = (detail.messageData ?? []).filter(
            (item): item is { url: string; label: string } => typeof item === 'object'
        );
        Toast.show(
            {
                label: detail.title || detail.message || '',
                message: detail.title ? detail.message : undefined,
                messageLinks: links.length ? links : undefined,
                variant: detail.variant ?? 'info',
                mode: detail.mode ?? 'dismissible'
            },
            this.template!.host
        );
    };

    private toast(label: string, variant: string): void {
        Toast.show({ label, variant, mode: 'dismissible' }, this.template!.host);
    }

    openQueue(event: Event): void {
        event.preventDefault();
        navigate(QUEUE_PAGE);
    }

    async handleUserChange(event: CustomEvent<{ value: string }>): Promise<void> {
        this.busy = true;
        await switchUser(event.detail.value);
        location.reload();
    }

    async handleReset(): Promise<void> {
        this.busy = true;
        await resetData();
        location.reload();
    }

    async handleFailNext(): Promise<void> {
        await failNextCall();
        this.toast('The next server call will fail', 'warning');
    }

    openInspector(): void {
        this.inspectorOpen = true;
    }

    closeInspector(): void {
        this.inspectorOpen = false;
    }

    get utilityItems() {
        return UTILITY_ITEMS.map((placed) => {
            const label = placed.utilityBar as string;
            const open = this.openUtility === label;
            return {
                key: label,
                label,
                open,
                rendered: open || this.usedUtilities.has(label),
                buttonClass: `slds-button slds-utility-bar__action${open ? ' slds-is-active' : ''}`,
                panelClass: `slds-utility-panel slds-grid slds-grid_vertical${open ? ' slds-is-open' : ' workbench-utility-hidden'}`,
                componentConstructor: placed.constructor
            };
        });
    }

    get hasUtilityBar(): boolean {
        return UTILITY_ITEMS.length > 0;
    }

    toggleUtility(event: Event): void {
        const label = (event.currentTarget as HTMLElement).dataset.utility ?? '';
        this.usedUtilities.add(label);
        this.openUtility = this.openUtility === label ? null : label;
    }

    minimizeUtility(): void {
        this.openUtility = null;
    }
}
