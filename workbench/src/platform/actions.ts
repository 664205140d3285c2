// `lightning/actions`: CloseActionScreenEvent closes the quick action modal the component is in.
export const CLOSE_ACTION_SCREEN_EVENT = 'lightning__closeactionscreen';

export class CloseActionScreenEvent extends CustomEvent<null> {
    constructor() {
        super(CLOSE_ACTION_SCREEN_EVENT, { bubbles: true, composed: true, cancelable: true, detail: null });
    }
}
