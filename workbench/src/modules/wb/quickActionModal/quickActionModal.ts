// A screen quick action, as Lightning Experience opens it: a modal with a close button around the
// component, which supplies its own header and footer. CloseActionScreenEvent or Escape closes it.
import { LightningElement, api } from 'lwc';
import type { LightningElement as Component } from 'lwc';
import { CLOSE_ACTION_SCREEN_EVENT } from '../../../platform/actions';

export default class QuickActionModal extends LightningElement {
    @api label: string | undefined;
    @api componentConstructor: typeof Component | undefined;
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    override connectedCallback(): void {
        this.template!.addEventListener(CLOSE_ACTION_SCREEN_EVENT, this.close);
        window.addEventListener('keydown', this.closeOnEscape);
    }

    override disconnectedCallback(): void {
        this.template!.removeEventListener(CLOSE_ACTION_SCREEN_EVENT, this.close);
        window.removeEventListener('keydown', this.closeOnEscape);
    }

    override renderedCallback(): void {
        const closeButton = this.template!.querySelector(
            'lightning-button-icon.slds-modal__close'
        ) as HTMLElement | null;
        if (closeButton && !this.template!.activeElement) closeButton.focus();
    }

    private readonly closeOnEscape = (event: KeyboardEvent): void => {
        if (event.key === 'Escape') this.close();
    };

    readonly close = (): void => {
        this.dispatchEvent(new CustomEvent('close'));
    };
}
