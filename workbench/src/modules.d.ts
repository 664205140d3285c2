// Modules that exist only inside the workbench bundle.
declare module 'virtual:placed-components' {
    import type { LightningElement } from 'lwc';
    export interface PlacedComponent {
        component: string;
        /** Absent for a utility bar item. */
        pages?: string[];
        quickAction?: string;
        /** The label of a utility item in the console app's utility bar. */
        utilityBar?: string;
        region?: 'header' | 'main' | 'sidebar';
        recordType?: string;
        demo?: boolean;
        constructor: typeof LightningElement;
    }
    export const placements: PlacedComponent[];
    export const notPlaced: string[];
}

declare module '@lwc/synthetic-shadow';

declare module 'lightning/toast' {
    export default class Toast {
        static show(config: Record<string, unknown>, source?: EventTarget): void;
    }
}

// Not reached through @salesforce/lightning-types' index here; belongs in types/ once components use it.
