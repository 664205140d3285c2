// Ctrl-C handling: the first SIGINT asks the running command to cancel what it started in the org
// (it notices between polls); a second one exits at once.
import { EXIT } from './exit-codes.mjs';

export function createInterrupt({ out, signalSource = process, exit = (code) => process.exit(code) } = {}) {
    let requested = false;
    const wakers = new Set();
    const onSignal = () => {
        if (requested) {
            out?.error('Second Ctrl-C: exiting without waiting for the cancellation to finish.');
            exit(EXIT.INTERRUPTED);
            return;
        }
        requested = true;
        out?.error('Ctrl-C received: cancelling what this script started in the org (Ctrl-C again to exit now).');
        for (const wake of wakers) wake();
    };
    signalSource.on('SIGINT', onSignal);
    return {
        get requested() {
            return requested;
        },
        /** Waits `ms`, or less when Ctrl-C arrives. */
        sleep(ms) {
            if (requested) return Promise.resolve();
            return new Promise((resolve) => {
                const done = () => {
                    clearTimeout(timer);
                    wakers.delete(done);
                    resolve();
                };
                const timer = setTimeout(done, ms);
                wakers.add(done);
            });
        },
        dispose() {
            signalSource.off('SIGINT', onSignal);
        }
    };
}

/** An interrupt that never fires, for library callers and tests. */
export const noInterrupt = Object.freeze({
    requested: false,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    dispose() {}
});
