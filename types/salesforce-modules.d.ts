// Typings for the platform modules that @salesforce/lightning-types does not cover.

/** An Apex import is callable imperatively and usable as a wire adapter. */
interface ApexMethod<Params = Record<string, unknown>, Result = unknown> {
    (params?: Params): Promise<Result>;
}
interface ApexWireAdapter {
    new (dataCallback: (value: unknown) => void): {
        connect(): void;
        disconnect(): void;
        update(config: Record<string, unknown>): void;
    };
}
type ApexImport = ApexMethod<any, any> & ApexWireAdapter;

declare module '@salesforce/apex/*' {
    const method: ApexImport;
    export default method;
}

declare module '@salesforce/apex' {
    export function refreshApex(wiredValue: unknown): Promise<void>;
    export function getSObjectValue(sObject: Record<string, unknown>, field: unknown): unknown;
}

/** A field or object reference as the platform hands it to LDS. */
interface SchemaReference {
    objectApiName: string;
    fieldApiName?: string;
}

declare module '@salesforce/schema/*' {
    const reference: SchemaReference;
    export default reference;
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/customPermission/*' {
    const granted: boolean | undefined;
    export default granted;
}

declare module '@salesforce/userPermission/*' {
    const granted: boolean | undefined;
    export default granted;
}

declare module '@salesforce/i18n/*' {
    const value: string;
    export default value;
}

declare module 'lightning/uiRecordApi' {
    export interface FieldValue {
        value: unknown;
        displayValue: string | null;
    }
    export interface RecordRepresentation {
        id: string;
        apiName: string;
        fields: Record<string, FieldValue>;
        recordTypeId?: string | null;
    }
    export interface RecordInput {
        apiName?: string;
        fields: Record<string, unknown>;
    }
    export const getRecord: ApexWireAdapter;
    export const getRecords: ApexWireAdapter;
    export function getFieldValue(record: RecordRepresentation | undefined, field: SchemaReference | string): unknown;
    export function getFieldDisplayValue(record: RecordRepresentation | undefined, field: SchemaReference | string): unknown;
    export function updateRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
    export function createRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
    export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void>;
}

declare module 'lightning/platformShowToastEvent' {
    export interface ToastDetail {
        title?: string;
        message: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
        messageData?: Array<string | { url: string; label: string }>;
    }
    export class ShowToastEvent extends CustomEvent<ToastDetail> {
        constructor(detail: ToastDetail);
    }
}

declare module 'lightning/navigation' {
    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, unknown>;
    }
    export const CurrentPageReference: ApexWireAdapter;
    type Constructor<T = object> = new (...args: any[]) => T;
    export interface NavigationHost {
        [key: symbol]: unknown;
    }
    export function NavigationMixin<T extends Constructor>(base: T): T & {
        Navigate: symbol;
        GenerateUrl: symbol;
    };
    export namespace NavigationMixin {
        const Navigate: unique symbol;
        const GenerateUrl: unique symbol;
    }
}

// "Modal Windows" (LWC Developer Guide) and the lightning-modal component reference: a modal extends LightningModal,
// opens with open(options) (each option a property of the modal, `on<event>` a listener) and answers that promise
// with close(result). @salesforce/lightning-types declares the class without open().
declare module 'lightning/modal' {
    import { LightningElement } from 'lwc';
    export default class LightningModal extends LightningElement {
        size: 'small' | 'medium' | 'large' | 'full';
        label: string;
        description: string;
        disableClose: boolean;
        close(result?: unknown): void;
        static open(options: Record<string, unknown>): Promise<unknown>;
    }
}

declare module 'lightning/actions' {
    export class CloseActionScreenEvent extends CustomEvent<null> {
        constructor();
    }
}

declare module 'lightning/refresh' {
    export class RefreshEvent extends CustomEvent<null> {
        constructor();
    }
}

declare module '@salesforce/user/Id' {
    const userId: string;
    export default userId;
}
