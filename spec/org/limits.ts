// Per-call counters of what Apex's Limits class reports, with the synchronous governor limits.
import { LimitError } from './errors';

export interface LimitUsage {
    queries: number;
    queryRows: number;
    dmlStatements: number;
    dmlRows: number;
}

export const SYNCHRONOUS_LIMITS: Readonly<LimitUsage> = {
    queries: 100,
    queryRows: 50000,
    dmlStatements: 150,
    dmlRows: 10000
};

export function emptyUsage(): LimitUsage {
    return { queries: 0, queryRows: 0, dmlStatements: 0, dmlRows: 0 };
}

export class LimitCounters {
    private current: LimitUsage = emptyUsage();
    private enforcing = false;

    /** Starts a transaction's count; the governor limits apply until `end`. */
    begin(): void {
        this.current = emptyUsage();
        this.enforcing = true;
    }

    /** Setup work outside a transaction is counted but never refused. */
    end(): void {
        this.enforcing = false;
    }

    usage(): LimitUsage {
        return { ...this.current };
    }

    /** Sets the counters back to an earlier usage (Apex Test.stopTest returns to the limits before Test.startTest). */
    restore(usage: LimitUsage): void {
        this.current = { ...usage };
    }

    countQuery(rows: number): void {
        this.bump('queries', 1, 'Too many SOQL queries');
        this.bump('queryRows', rows, 'Too many query rows');
    }

    /** A DML statement; Database.setSavepoint and Database.rollback count as statements too. */
    countDml(rows: number): void {
        this.bump('dmlStatements', 1, 'Too many DML statements');
        this.bump('dmlRows', rows, 'Too many DML rows');
    }

    private bump(counter: keyof LimitUsage, amount: number, message: string): void {
        this.current[counter] += amount;
        if (this.enforcing && this.current[counter] > SYNCHRONOUS_LIMITS[counter]) {
            throw new LimitError(`${message}: ${this.current[counter]}`);
        }
    }
}
