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

/**
 * Limits.getLimitAggregateQueries() and Limits.getLimitSoslQueries() in a synchronous transaction
 * (Apex Developer Guide, "Execution Governors and Limits": parent-child subqueries are limited to three
 * times the top-level queries; 20 SOSL queries).
 */
export const SYNCHRONOUS_AGGREGATE_QUERIES = 300;
export const SYNCHRONOUS_SOSL_QUERIES = 20;

export class LimitCounters {
    private current: LimitUsage = emptyUsage();
    private aggregate = 0;
    private sosl = 0;
    private enforcing = false;

    /** Starts a transaction's count; the governor limits apply until `end`. */
    begin(): void {
        this.current = emptyUsage();
        this.aggregate = 0;
        this.sosl = 0;
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

    /**
     * Limits.getAggregateQueries(): "In a SOQL query with parent-child relationship subqueries, each parent-child
     * relationship counts as an extra query" on this counter, not on getQueries() (Apex Developer Guide,
     * "Execution Governors and Limits"); the child rows are query rows of the statement.
     */
    countAggregateQueries(relationships: number): void {
        this.aggregate += relationships;
        if (this.enforcing && this.aggregate > SYNCHRONOUS_AGGREGATE_QUERIES) {
            throw new LimitError(`Too many aggregate queries: ${this.aggregate}`);
        }
    }

    /** Limits.getSoslQueries(): one per SOSL statement. */
    countSoslQuery(): void {
        this.sosl += 1;
        if (this.enforcing && this.sosl > SYNCHRONOUS_SOSL_QUERIES) throw new LimitError(`Too many SOSL queries: ${this.sosl}`);
    }

    aggregateQueries(): number {
        return this.aggregate;
    }

    soslQueries(): number {
        return this.sosl;
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
