// Time to interactive of a component, measured in the page: from the click that opened it (the quick
// action button), or from the navigation start for a component placed on the page, to the first
// moment one of its inputs is usable (an enabled, laid-out input, textarea, select or button inside
// the component, found through the synthetic shadow roots). Each page load reports through
// `__benchTtiReport`, so a later navigation does not lose the measure.
/* global window, document, addEventListener */

/**
 * How the probe recognises a component's element: its tag without hyphens, lower case
 * ('callWizard' -> 'ccallwizard'), because runtimes hyphenate runs of capitals differently
 * (c-log-a-call on the platform, c-log-acall in the workbench's LWC engine).
 */
export function componentTag(component) {
    return `c${String(component).replace(/^c\//, '')}`.toLowerCase();
}

/** Runs in the page (page.addInitScript(ttiProbe, tag)); must not use anything from this module. */
export function ttiProbe(tag) {
    let lastClick = null;
    let reported = false;
    let appearedAt = null;
    let start = null;
    addEventListener('click', (event) => (lastClick = event.timeStamp), true);

    const controls = 'input:not([type="hidden"]), textarea, select, button';
    const usable = (element) => {
        if (element.disabled || element.getAttribute('aria-disabled') === 'true') return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
    };
    const findUsable = (root) => {
        for (const element of root.querySelectorAll('*')) {
            if (element.matches(controls) && usable(element)) return element;
            if (element.shadowRoot) {
                const inner = findUsable(element.shadowRoot);
                if (inner) return inner;
            }
        }
        return null;
    };
    const findHost = (root) => {
        for (const element of root.querySelectorAll('*')) {
            if (element.localName.replace(/-/g, '') === tag) return element;
            if (element.shadowRoot) {
                const inner = findHost(element.shadowRoot);
                if (inner) return inner;
            }
        }
        return null;
    };
    const check = () => {
        if (reported) return;
        const now = performance.now();
        const host = document.body ? findHost(document.body) : null;
        if (host && appearedAt === null) {
            appearedAt = now;
            start = lastClick ?? 0;
        }
        const control = host && host.shadowRoot ? findUsable(host.shadowRoot) : null;
        if (control) {
            reported = true;
            window.__benchTtiReport?.({
                tag: host.localName,
                start,
                appearedAt,
                interactiveAt: now,
                ms: now - start,
                control:
                    `${control.localName}${control.type ? `[${control.type}]` : ''} ${(control.textContent || control.getAttribute('aria-label') || control.name || '').trim().slice(0, 40)}`.trim(),
                opened: lastClick === null ? 'page load' : 'click'
            });
            return;
        }
        setTimeout(check, 5);
    };
    setTimeout(check, 0);
}
