// jest stand-in for `lightning/modal`, which @salesforce/sfdx-lwc-jest does not stub (jest.config.js maps the module
// here). It keeps the contract documented in "Modal Windows" (LWC Developer Guide) and the component reference
// (lightning-modal), as lightning-base-components implements it (modal.js, overlayContainer.js):
//   - `open(options)` creates the modal component, sets each option as a property and adds each `on<event>` option
//     as a listener for <event>, shows the modal (here: appended to document.body) and returns a promise;
//   - `close(result)` removes the modal and resolves that promise with `result`; while `disableClose` is true it
//     closes nothing and logs an error, as the platform does.
// The platform's own chrome (the close button, Escape, the focus trap) calls close() with no result; it is not drawn
// here, so a test closes the modal the way that chrome does, with `close()`.
import { LightningElement, api, createElement } from 'lwc';

type Resolve = (result: unknown) => void;
const openModals = new Map<Element, Resolve>();

export default class LightningModal extends LightningElement {
    @api size = 'medium';
    @api label = '';
    @api description = '';
    private closeDisabled = false;

    @api
    get disableClose(): boolean {
        return this.closeDisabled;
    }
    set disableClose(value: boolean) {
        this.closeDisabled = Boolean(value);
    }

    static open(options: Record<string, unknown> = {}): Promise<unknown> {
        const element = createElement('lightning-modal', { is: this as unknown as typeof LightningElement }) as unknown as HTMLElement &
            Record<string, unknown>;
        for (const [key, value] of Object.entries(options)) {
            const event = /^on(.+)$/i.exec(key);
            if (event) element.addEventListener(event[1]!.toLowerCase(), value as EventListener);
            else element[key] = value;
        }
        document.body.appendChild(element);
        return new Promise((resolve) => openModals.set(element, resolve));
    }

    @api
    close(result?: unknown): void {
        if (this.closeDisabled) {
            console.error('LightningModal - close() was called while disableClose is true');
            return;
        }
        const host = this.template?.host;
        const resolve = host && openModals.get(host);
        if (!host || !resolve) return;
        openModals.delete(host);
        host.remove();
        resolve(result);
    }
}
