// A Lightning record page: highlights panel with the quick actions placed on this object, the
// page components by region, the Details tab and related lists.
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { placements, type PlacedComponent } from 'virtual:placed-components';
import { refreshRecords, watchedRecordIds, type RecordRepresentation } from '../../../platform/recordStore';
import { REFRESH_EVENT, runRefreshHandlers } from '../../../platform/refresh';
import { navigate } from '../../../platform/router';
import { layoutFields, layouts, objectForRecordId, type Layout } from './layouts';
import { displayField } from './fieldDisplay';

interface PlacedView {
    key: string;
    label: string;
    region: string | undefined;
    componentConstructor: PlacedComponent['constructor'];
}

export default class RecordPage extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;
    @api demo = false;

    record: RecordRepresentation | undefined;
    errorMessage: string | null = null;
    openAction: PlacedView | null = null;
    relatedVersion = 0;

    get resolvedObject(): string | undefined {
        if (this.record) return this.record.apiName;
        if (this.objectApiName && this.objectApiName !== 'sObject') return this.objectApiName;
        return this.recordId ? objectForRecordId(this.recordId) : undefined;
    }

    private fieldsFor: { objectApiName?: string; fields?: string[] } = {};

    /** Stable per object, so the wire is not re-configured on every render. */
    get optionalFields(): string[] | undefined {
        const objectApiName = this.resolvedObject;
        if (this.fieldsFor.objectApiName !== objectApiName) {
            const fields = objectApiName ? layoutFields(objectApiName) : [];
            this.fieldsFor = { objectApiName, fields: fields.length ? fields : undefined };
        }
        return this.fieldsFor.fields;
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$optionalFields' })
    wiredRecord(value: unknown): void {
        const { data, error } = value as { data?: RecordRepresentation; error?: unknown };
        if (data) {
            this.record = data;
            this.errorMessage = null;
            this.relatedVersion += 1;
        } else if (error) {
            const body = (error as { body?: unknown }).body;
            const first = Array.isArray(body) ? body[0] : body;
            this.errorMessage =
                (first as { message?: string } | undefined)?.message ?? 'This record could not be loaded.';
        }
    }

    override connectedCallback(): void {
        this.template!.addEventListener(REFRESH_EVENT, this.handleRefresh);
    }

    override disconnectedCallback(): void {
        this.template!.removeEventListener(REFRESH_EVENT, this.handleRefresh);
    }

    get layout(): Layout | undefined {
        return this.resolvedObject ? layouts[this.resolvedObject] : undefined;
    }

    get objectLabel(): string {
        return this.layout?.label ?? this.resolvedObject ?? '';
    }

    get iconName(): string {
        return this.layout?.icon ?? 'standard:record';
    }

    get recordTitle(): string {
        const titleField = this.layout?.titleField;
        const field = titleField && this.record ? this.record.fields[titleField] : undefined;
        return field ? String(field.displayValue ?? field.value ?? '') : '';
    }

    get highlights() {
        return this.displayed(this.layout?.highlights ?? []);
    }

    get details() {
        return this.displayed(this.layout?.details ?? []);
    }

    private displayed(fields: Array<{ name: string; label: string }>) {
        if (!this.record) return [];
        const record = this.record;
        return fields
            .map((field) => displayField(record, field.name, field.label))
            .filter((field): field is NonNullable<typeof field> => field !== null)
            .map((field, index) => ({
                ...field,
                key: `${index}-${field.label}`,
                hasLink: Boolean(field.linkRecordId && field.text && field.linkObject && layouts[field.linkObject])
            }));
    }

    private get recordTypeName(): string | undefined {
        const recordType = this.record?.fields.RecordType?.value as RecordRepresentation | null | undefined;
        return recordType?.fields.DeveloperName?.value as string | undefined;
    }

    /** The placements for this page; one limited to a record type waits until the record is known. */
    private get placedHere(): PlacedView[] {
        const objectApiName = this.resolvedObject;
        if (!objectApiName) return [];
        return placements
            .filter((placed) => (placed.pages ?? []).includes(objectApiName))
            .filter((placed) => !placed.demo || this.demo)
            .filter((placed) => !placed.recordType || (this.record && placed.recordType === this.recordTypeName))
            .map((placed) => ({
                key: placed.component,
                label: placed.quickAction ?? placed.component,
                region: placed.region,
                componentConstructor: placed.constructor
            }));
    }

    get quickActions(): PlacedView[] {
        return this.placedHere.filter((placed) => !placed.region);
    }

    get headerComponents(): PlacedView[] {
        return this.placedHere.filter((placed) => placed.region === 'header');
    }

    get mainComponents(): PlacedView[] {
        return this.placedHere.filter((placed) => placed.region === 'main');
    }

    get sidebarComponents(): PlacedView[] {
        return this.placedHere.filter((placed) => placed.region === 'sidebar');
    }

    get hasQuickActions(): boolean {
        return this.quickActions.length > 0;
    }

    openQuickAction(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key;
        this.openAction = this.quickActions.find((action) => action.key === key) ?? null;
    }

    closeQuickAction(): void {
        this.openAction = null;
    }

    openRelated(event: MouseEvent): void {
        const anchor = event.currentTarget as HTMLAnchorElement;
        event.preventDefault();
        navigate({
            type: 'standard__recordPage',
            attributes: { recordId: anchor.dataset.id, objectApiName: anchor.dataset.object, actionName: 'view' }
        });
    }

    /** RefreshEvent from a component on the page: re-fetch what the page shows. */
    private readonly handleRefresh = (event: Event): void => {
        event.stopPropagation();
        void Promise.all([refreshRecords(watchedRecordIds(), 'shell'), runRefreshHandlers()]).then(() => {
            this.relatedVersion += 1;
        });
    };
}
