/**
 * Calls `check` every intervalMs until `isDone(value)`, Ctrl-C, or timeoutMs have passed.
 * Returns { state: 'done' | 'timeout' | 'interrupted', value } - a timeout is never reported as done.
 */
export async function pollUntil({ check, isDone, intervalMs, timeoutMs, interrupt, onProgress }) {
    const deadline = Date.now() + timeoutMs;
    let value;
    for (;;) {
        if (interrupt.requested) return { state: 'interrupted', value };
        value = await check();
        if (isDone(value)) return { state: 'done', value };
        onProgress?.(value);
        const remaining = deadline - Date.now();
        if (remaining <= 0) return { state: 'timeout', value };
        await interrupt.sleep(Math.min(intervalMs, remaining));
    }
}
