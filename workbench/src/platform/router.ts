// The workbench's URL scheme, shaped like Lightning Experience's, and the current page reference.
//   standard__recordPage  /lightning/r/<Object>/<recordId>/view
//   standard__objectPage  /lightning/o/<Object>/<list|home>?filterName=...
//   standard__namedPage   /lightning/page/<pageName>
// Page state (c__ parameters) travels in the query string, as on the platform.
export interface PageReference {
    type: string;
    attributes: Record<string, string | undefined>;
    state: Record<string, string>;
}

type Listener = (reference: PageReference) => void;
const listeners = new Set<Listener>();

export const QUEUE_PAGE: PageReference = {
    type: 'standard__objectPage',
    attributes: { objectApiName: 'Case', actionName: 'list' },
    state: { filterName: 'Team_Loyalty' }
};

function queryString(state: Record<string, unknown> | undefined): string {
    const entries = Object.entries(state ?? {}).filter(([, value]) => value !== undefined && value !== null);
    return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : '';
}

export class UnsupportedPageReferenceError extends Error {}

export function urlFor(reference: {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}): string {
    const attributes = reference.attributes ?? {};
    const encode = (value: unknown) => encodeURIComponent(String(value));
    switch (reference.type) {
        case 'standard__recordPage': {
            if (!attributes.recordId)
                throw new UnsupportedPageReferenceError('standard__recordPage needs attributes.recordId');
            const objectApiName = attributes.objectApiName ?? 'sObject';
            return `/lightning/r/${encode(objectApiName)}/${encode(attributes.recordId)}/${encode(attributes.actionName ?? 'view')}${queryString(reference.state)}`;
        }
        case 'standard__objectPage':
            return `/lightning/o/${encode(attributes.objectApiName)}/${encode(attributes.actionName ?? 'home')}${queryString(reference.state)}`;
        case 'standard__namedPage':
            return `/lightning/page/${encode(attributes.pageName ?? 'home')}${queryString(reference.state)}`;
        case 'standard__webPage':
            return String(attributes.url);
        default:
            throw new UnsupportedPageReferenceError(
                `The workbench has no page for page reference type ${reference.type}`
            );
    }
}

export function pageReferenceFor(url: URL | Location): PageReference {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const state = Object.fromEntries(new URLSearchParams(url.search));
    delete state.demo;
    if (parts[0] === 'lightning' && parts[1] === 'r' && parts.length >= 4) {
        return {
            type: 'standard__recordPage',
            attributes: { objectApiName: parts[2], recordId: parts[3], actionName: parts[4] ?? 'view' },
            state
        };
    }
    if (parts[0] === 'lightning' && parts[1] === 'o' && parts.length >= 3) {
        return {
            type: 'standard__objectPage',
            attributes: { objectApiName: parts[2], actionName: parts[3] ?? 'home' },
            state
        };
    }
    if (parts[0] === 'lightning' && parts[1] === 'page' && parts[2]) {
        return { type: 'standard__namedPage', attributes: { pageName: parts[2] }, state };
    }
    return QUEUE_PAGE;
}

let current: PageReference = typeof location === 'undefined' ? QUEUE_PAGE : pageReferenceFor(location);

export function currentPageReference(): PageReference {
    return current;
}

function publish(): void {
    for (const listener of listeners) listener(current);
}

export function navigate(
    reference: { type: string; attributes?: Record<string, unknown>; state?: Record<string, unknown> },
    replace = false
): void {
    const url = urlFor(reference);
    if (reference.type === 'standard__webPage') {
        window.open(url, '_blank', 'noopener');
        return;
    }
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    current = pageReferenceFor(location);
    publish();
}

export function onNavigate(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
    window.addEventListener('popstate', () => {
        current = pageReferenceFor(location);
        publish();
    });
}
