// Counts the server calls the components make, per page load and per user action, so the
// benchmark can read round trips (GET /api/stats). The shell's own calls are counted apart.
export class CallStats {
    constructor() {
        this.reset();
    }

    reset() {
        this.calls = [];
        this.shellCalls = 0;
    }

    record(call) {
        if (call.origin === 'shell') {
            this.shellCalls += 1;
            return;
        }
        this.calls.push({ sequence: this.calls.length + 1, at: new Date().toISOString(), ...call });
    }

    summary() {
        const count = (calls, kind) => calls.filter((call) => call.kind === kind).length;
        const group = (keyOf, describe) => {
            const groups = new Map();
            for (const call of this.calls) {
                const key = keyOf(call);
                if (key === null || key === undefined) continue;
                if (!groups.has(key)) groups.set(key, { ...describe(call), calls: [] });
                groups.get(key).calls.push(call);
            }
            return [...groups.values()].map(({ calls, ...rest }) => ({
                ...rest,
                apexCalls: count(calls, 'apex'),
                uiApiCalls: count(calls, 'ui-api'),
                methods: calls.map((call) => call.name)
            }));
        };
        return {
            totals: {
                apexCalls: count(this.calls, 'apex'),
                uiApiCalls: count(this.calls, 'ui-api'),
                shellCalls: this.shellCalls
            },
            pageLoads: group(
                (call) => call.pageLoad,
                (call) => ({ pageLoad: call.pageLoad, page: call.page })
            ),
            actions: group(
                (call) => (call.actionId ? `${call.pageLoad}:${call.actionId}` : null),
                (call) => ({ action: Number(call.actionId), label: call.actionLabel, page: call.page })
            ),
            calls: this.calls
        };
    }
}
