// The console shell: header with the workbench controls, the current page, toasts.
import { LightningElement } from 'lwc';
import Toast from 'lightning/toast';
import { bootData } from '../../../platform/boot';
import { currentPageReference, navigate, onNavigate, QUEUE_PAGE, type PageReference } from '../../../platform/router';
import { startPageLoad } from '../../../platform/tracking';
import { SHOW_TOAST_EVENT, type ToastDetail } from '../../../platform/platformShowToastEvent';
import { advanceClock, failNextCall, fetchClock, resetClock, resetData, runIntegrationMonitor, switchUser, type ClockState } from '../../../shell/api';

/** The integration case list views the shell lists (procedure 004). */
const INTEGRATION_LISTS = new Set(['My_Open_Created_Cases', 'My_Integration_Cases']);
/** A message the shell shows once the page has reloaded. */
const AFTER_RELOAD = 'workbench-after-reload';
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
    clock: ClockState | null = null;
    private unsubscribe: (() => void) | undefined;

    get userOptions() {
        return bootData().users.map((user) => ({ label: user.name, value: user.id, description: user.description }));
    }

    private get isCaseList(): boolean {
        const { type, attributes } = this.pageReference;
        return type === 'standard__objectPage' && attributes.objectApiName === 'Case' && attributes.actionName === 'list';
    }

    get isQueuePage(): boolean {
        return this.isCaseList && !INTEGRATION_LISTS.has(this.pageReference.state.filterName ?? '');
    }

    /** One entry so the list is rebuilt when another list view is chosen. */
    get integrationLists() {
        const filterName = this.pageReference.state.filterName ?? '';
        return this.isCaseList && INTEGRATION_LISTS.has(filterName) ? [{ filterName }] : [];
    }

    get createdTabClass(): string {
        return this.tabClass('My_Open_Created_Cases');
    }

    get mineTabClass(): string {
        return this.tabClass('My_Integration_Cases');
    }

    private tabClass(filterName: string): string {
        const active = this.integrationLists.some((list) => list.filterName === filterName);
        return `slds-context-bar__item${active ? ' slds-is-active' : ''}`;
    }

    /** The org's time, which the clock control moves forward so the procedure's clocks can be watched firing. */
    get clockText(): string {
        if (!this.clock) return '';
        const time = new Intl.DateTimeFormat('en-US', {
            timeZone: 'America/New_York',
            weekday: 'short',
            month: 'short',
            day: 'numeric',
            hour: 'numeric',
            minute: '2-digit'
        }).format(new Date(this.clock.now));
        return this.clock.offsetMinutes ? `${time} (moved forward)` : time;
    }

    get clockAtNow(): boolean {
        return this.busy || !this.clock?.offsetMinutes;
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
        return !this.isCaseList && this.recordPages.length === 0;
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
        void fetchClock().then((clock) => (this.clock = clock));
    }

    override renderedCallback(): void {
        const message = sessionStorage.getItem(AFTER_RELOAD);
        if (!message) return;
        sessionStorage.removeItem(AFTER_RELOAD);
        this.toast(message, 'success');
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

    openIntegrationList(event: Event): void {
        event.preventDefault();
        const filterName = (event.currentTarget as HTMLElement).dataset.filter as string;
        navigate({ type: 'standard__objectPage', attributes: { objectApiName: 'Case', actionName: 'list' }, state: { filterName } });
    }

    /** Moves the org's time forward and reloads, so every component reads its clocks again. */
    async handleAdvance(event: Event): Promise<void> {
        this.busy = true;
        await advanceClock(Number((event.currentTarget as HTMLElement).dataset.minutes));
        location.reload();
    }

    async handleClockReset(): Promise<void> {
        this.busy = true;
        await resetClock();
        location.reload();
    }

    /** One run of the scheduled integration case monitor: overdue notifications, May Close, May Set No Response. */
    async handleRunJob(): Promise<void> {
        this.busy = true;
        const run = await runIntegrationMonitor();
        sessionStorage.setItem(AFTER_RELOAD, `Daily job: ${run.scanned} integration cases read, ${run.marked} marked, ${run.notified} notified`);
        location.reload();
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
