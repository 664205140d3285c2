// `lightning/refresh`: a component fires RefreshEvent and the page refreshes what it shows (the
// record page re-fetches its wired records and calls the refresh handlers registered on it).
export const REFRESH_EVENT = 'lightning__refresh';
export const REFRESH_COMPLETE = 'REFRESH_COMPLETE';
export const REFRESH_ERROR = 'REFRESH_ERROR';

export class RefreshEvent extends CustomEvent<null> {
    constructor() {
        super(REFRESH_EVENT, { bubbles: true, composed: true, cancelable: true, detail: null });
    }
}

type RefreshHandler = () => Promise<unknown> | unknown;
const handlers = new Map<number, RefreshHandler>();
let lastId = 0;

export function registerRefreshHandler(element: EventTarget, handler: RefreshHandler): number {
    lastId += 1;
    handlers.set(lastId, handler.bind(element));
    return lastId;
}

export function unregisterRefreshHandler(id: number): void {
    handlers.delete(id);
}

/** Called by the shell when it refreshes the page. */
export async function runRefreshHandlers(): Promise<void> {
    await Promise.all([...handlers.values()].map((handler) => handler()));
}
