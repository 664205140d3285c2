// The workbench demo component is shown when the page was opened with ?demo=1 (kept for the tab).
const KEY = 'workbench-demo';

export function isDemoEnabled(): boolean {
    const requested = new URLSearchParams(location.search).get('demo');
    if (requested !== null) sessionStorage.setItem(KEY, requested === '0' ? '0' : '1');
    return sessionStorage.getItem(KEY) === '1';
}
