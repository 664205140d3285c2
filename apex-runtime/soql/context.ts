// What one execution of a statement works with: the org's live records, the running user's day, zone and
// locale, and the bind values, each evaluated once, in the order they are written, before any row is read.
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import type { QuerySource } from '../../spec/org/query';
import type { Schema } from '../../spec/org/schema';
import type { SObjectRecord } from '../../spec/org/values';
import type { SelectCore, SoqlBind, SoqlQuery, Condition, Value, ReturningSpec } from './ast';
import { UnsupportedSoqlError, type SourceRef } from './errors';
import { isRecordVisible } from './visibility';

export type BindValue = Value & { kind: 'bind' };
export type Scalar = string | number | boolean | null;

export class RunContext {
    readonly schema: Schema;
    readonly records: QuerySource;
    readonly today: string;
    readonly timeZone: string;
    readonly locale: string;
    private readonly bindValues = new Map<BindValue, Scalar | Scalar[]>();

    constructor(
        readonly org: InMemoryOrg,
        /** Record-level access applies: user mode, or system mode in a `with sharing` class. */
        readonly enforceSharing: boolean,
        readonly source: SourceRef
    ) {
        this.schema = org.schema;
        this.records = org.db.querySource();
        const user = org.runningUser();
        this.today = org.today();
        this.timeZone = typeof user?.TimeZoneSidKey === 'string' ? user.TimeZoneSidKey : org.clock.timeZone;
        this.locale = typeof user?.LocaleSidKey === 'string' ? user.LocaleSidKey : 'en_US';
    }

    /** Evaluates every bind of the statement once, in the order written. */
    resolveBinds(binds: readonly BindValue[], resolve: (bind: SoqlBind) => unknown): void {
        for (const value of binds)
            this.bindValues.set(value, normaliseBind(resolve(value.bind), value.text, this.source));
    }

    bind(value: BindValue): Scalar | Scalar[] {
        if (!this.bindValues.has(value))
            throw new Error(`The bind :${value.text} was not resolved before the query ran`);
        return this.bindValues.get(value) as Scalar | Scalar[];
    }

    visible(record: SObjectRecord): boolean {
        return isRecordVisible(this.org, record, this.enforceSharing);
    }

    /** A record by Id when the running user may see it in this execution, else undefined. */
    visibleById(id: unknown): SObjectRecord | undefined {
        if (typeof id !== 'string') return undefined;
        const record = this.records.byId(id);
        return record && this.visible(record) ? record : undefined;
    }
}

function scalar(value: unknown, text: string, source: SourceRef): Scalar {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value === 'bigint') return Number(value);
    // A list of sObjects binds their Ids (Apex Developer Guide, "Using Apex Variables in SOQL and SOSL Queries").
    if (typeof value === 'object' && typeof (value as { Id?: unknown }).Id === 'string')
        return (value as { Id: string }).Id;
    const type = typeof value === 'object' ? ((value as object).constructor?.name ?? 'object') : typeof value;
    throw new UnsupportedSoqlError(`SOQL bind :${text} holding a ${type}`, source);
}

function normaliseBind(value: unknown, text: string, source: SourceRef): Scalar | Scalar[] {
    if (Array.isArray(value) || value instanceof Set)
        return [...value].map((item: unknown) => scalar(item, text, source));
    return scalar(value, text, source);
}

function valueBinds(value: Value | undefined, into: BindValue[]): void {
    if (!value) return;
    if (value.kind === 'bind') into.push(value);
    if (value.kind === 'list') for (const item of value.items) valueBinds(item, into);
}

function conditionBinds(condition: Condition | undefined, into: BindValue[]): void {
    if (!condition) return;
    if (condition.kind === 'compare') valueBinds(condition.value, into);
    else if (condition.kind === 'not') conditionBinds(condition.item, into);
    else for (const item of condition.items) conditionBinds(item, into);
}

function coreBinds(core: SelectCore, into: BindValue[]): void {
    for (const item of core.select) if (item.kind === 'subquery') coreBinds(item.query, into);
    conditionBinds(core.where, into);
    valueBinds(core.limit, into);
}

/** The binds of a SOQL statement in the order they are written. */
export function soqlBinds(query: SoqlQuery): BindValue[] {
    const binds: BindValue[] = [];
    coreBinds(query, binds);
    valueBinds(query.offset, binds);
    return binds;
}

/** The binds of one RETURNING object of a SOSL statement. */
export function returningBinds(spec: ReturningSpec, into: BindValue[]): void {
    conditionBinds(spec.where, into);
    valueBinds(spec.limit, into);
    valueBinds(spec.offset, into);
}
