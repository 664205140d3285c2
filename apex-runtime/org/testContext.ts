// Test.startTest and Test.stopTest (Apex Reference "Test Class"; Apex Developer Guide "Using
// Limits, startTest, and stopTest"): the code between them gets a fresh set of governor limits,
// the asynchronous work it starts (queueable, batch, scheduled) is collected and runs
// synchronously at stopTest, and afterwards the limits are those of before startTest again.
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import { emptyUsage, type LimitUsage } from '../../spec/org/limits';
import { PlatformError } from '../evaluator/errors';

export interface AsyncJob {
    /** e.g. 'Queueable', 'BatchApex', 'ScheduledApex'. */
    kind: string;
    className: string;
    run(): void;
}

export class TestContext {
    private started = false;
    private stopped = false;
    private saved: LimitUsage | null = null;
    private readonly queued: AsyncJob[] = [];
    /** The kind of asynchronous job running now (System.isBatch(), isQueueable(), isScheduled()). */
    runningKind: string | null = null;
    /** Test.setFixedSearchResults: the Ids SOSL returns in this test; null when not set. */
    fixedSearchResults: string[] | null = null;

    /** CPU time of the process when the transaction began (Limits.getCpuTime()). */
    private readonly cpuAtStart = process.cpuUsage();

    constructor(private readonly org: InMemoryOrg) {}

    /** Milliseconds of CPU this test's transaction has used so far: the runtime's own, measured. */
    cpuMillis(): number {
        const used = process.cpuUsage(this.cpuAtStart);
        return Math.round((used.user + used.system) / 1000);
    }

    get isBetweenStartAndStop(): boolean {
        return this.started && !this.stopped;
    }

    startTest(): void {
        if (this.started) throw new PlatformError('FinalException', 'Testing already started');
        this.started = true;
        this.saved = this.org.limits.usage();
        this.org.limits.restore(emptyUsage());
    }

    stopTest(): void {
        if (!this.started || this.stopped) throw new PlatformError('FinalException', 'Testing has not started');
        while (this.queued.length) {
            const job = this.queued.shift() as AsyncJob;
            this.runningKind = job.kind;
            try {
                job.run();
            } finally {
                this.runningKind = null;
            }
        }
        this.stopped = true;
        this.org.limits.restore(this.saved ?? emptyUsage());
    }

    /**
     * Asynchronous work: collected between startTest and stopTest; outside them a test never runs
     * it (the platform runs a test's asynchronous work only at stopTest).
     */
    enqueue(job: AsyncJob): void {
        if (this.isBetweenStartAndStop) this.queued.push(job);
    }
}
