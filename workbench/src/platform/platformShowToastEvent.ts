// `lightning/platformShowToastEvent`: the event Lightning Experience turns into a toast. The shell
// catches it (wb/toasts) and shows a real lightning-toast.
export interface ToastDetail {
    title?: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
    messageData?: Array<string | { url: string; label: string }>;
}

export const SHOW_TOAST_EVENT = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent<ToastDetail> {
    constructor(detail: ToastDetail) {
        super(SHOW_TOAST_EVENT, { bubbles: true, composed: true, cancelable: true, detail });
    }
}
