// Tags every server call with the page load and the user gesture it belongs to, so the server can
// count round trips per page load and per action (GET /api/stats).

let pageLoadId = newId();
let pagePath = typeof location === 'undefined' ? '/' : location.pathname;
let actionSequence = 0;
let lastAction: { id: number; label: string } | null = null;

function newId(): string {
    return Math.random().toString(36).slice(2, 10);
}

/** Called by the shell whenever it shows a new page (first load and every navigation). */
export function startPageLoad(path: string): void {
    pageLoadId = newId();
    pagePath = path;
}

function accessibleName(target: EventTarget | undefined): string {
    let node = target instanceof Element ? target : null;
    while (node) {
        const label = node.getAttribute('aria-label') || node.getAttribute('title');
        if (label) return label.trim();
        if (['BUTTON', 'A', 'LABEL', 'OPTION', 'LIGHTNING-BASE-COMBOBOX-ITEM'].includes(node.tagName)) {
            return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        }
        node = node.parentElement;
    }
    return target instanceof Element ? target.tagName.toLowerCase() : '';
}

function recordGesture(event: Event): void {
    actionSequence += 1;
    lastAction = { id: actionSequence, label: accessibleName(event.composedPath()[0]).slice(0, 80) };
}

if (typeof window !== 'undefined') {
    window.addEventListener('click', recordGesture, true);
    window.addEventListener(
        'keydown',
        (event) => {
            if (event.key === 'Enter') recordGesture(event);
        },
        true
    );
}

export type CallOrigin = 'component' | 'shell';

export function trackingHeaders(origin: CallOrigin): Record<string, string> {
    const headers: Record<string, string> = {
        'X-Workbench-Origin': origin,
        'X-Workbench-Page-Load': pageLoadId,
        'X-Workbench-Page': encodeURIComponent(pagePath)
    };
    if (lastAction) {
        headers['X-Workbench-Action'] = String(lastAction.id);
        headers['X-Workbench-Action-Label'] = encodeURIComponent(lastAction.label);
    }
    return headers;
}
