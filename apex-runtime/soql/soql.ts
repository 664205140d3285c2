// Running a SOQL statement over the in-memory org: access mode, binds, access checks, rows, and the Limits the
// platform counts for it.
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import type { SObjectRecord } from '../../spec/org/values';
import type { AccessMode, SoqlBind, SoqlQuery } from './ast';
import { checkAccess } from './access';
import { isAggregateQuery, runAggregate } from './aggregate';
import { RunContext, soqlBinds } from './context';
import { queryError, UnsupportedSoqlError } from './errors';
import { resolveObject } from './paths';
import { accessScopes, countValue, planSelect, runSelect } from './select';

export interface SoqlRunOptions {
    /** The access level of the call: AccessLevel.USER_MODE / SYSTEM_MODE, or the class's default. */
    accessLevel: 'USER_MODE' | 'SYSTEM_MODE';
    /** The calling class is `with sharing` (user mode applies sharing whatever this says). */
    enforceSharing: boolean;
    /** An org-native value: string (Id, date 'YYYY-MM-DD', date-time ISO), number, boolean, null, or a list of those. */
    resolveBind(bind: SoqlBind): unknown;
    /**
     * True when `accessLevel` was passed explicitly (Database.query(text, AccessLevel.X)); a query whose WITH clause
     * names another mode then fails as unsupported instead of silently picking one.
     */
    accessLevelExplicit?: boolean;
}

export type SoqlResult =
    | { kind: 'rows'; rows: SObjectRecord[] }
    | { kind: 'count'; count: number }
    | { kind: 'aggregate'; rows: Record<string, unknown>[] };

/** SOQL and SOSL Reference, "OFFSET": an offset above 2,000 rows is a NUMBER_OUTSIDE_VALID_RANGE error. */
const MAXIMUM_OFFSET = 2000;

/** The query's own WITH USER_MODE / SYSTEM_MODE / SECURITY_ENFORCED, else the call's access level. */
export function accessModeOf(
    query: { accessMode?: AccessMode; source: SoqlQuery['source'] },
    options: SoqlRunOptions
): AccessMode {
    if (!query.accessMode) return options.accessLevel;
    if (options.accessLevelExplicit && query.accessMode !== options.accessLevel) {
        throw new UnsupportedSoqlError(
            `WITH ${query.accessMode} in a query run with AccessLevel.${options.accessLevel}`,
            query.source
        );
    }
    return query.accessMode;
}

export function executeSoql(org: InMemoryOrg, query: SoqlQuery, options: SoqlRunOptions): SoqlResult {
    if (query.unsupported) throw new UnsupportedSoqlError(query.unsupported, query.source);
    const mode = accessModeOf(query, options);
    const context = new RunContext(org, mode === 'USER_MODE' || options.enforceSharing, query.source);
    const objectName = resolveObject(org.schema, query.from, query.source);
    // Apex Developer Guide, "Locking Statements": FOR UPDATE locks the rows for the transaction, which changes
    // nothing in a single-threaded org; a locking query cannot use ORDER BY.
    if (query.forUpdate && query.orderBy.length)
        throw queryError('ORDER BY cannot be used in a query that locks rows with FOR UPDATE');
    context.resolveBinds(soqlBinds(query), (bind) => options.resolveBind(bind));
    const offset = countValue(context, query.offset, 'OFFSET') ?? 0;
    if (offset > MAXIMUM_OFFSET)
        throw queryError(`NUMBER_OUTSIDE_VALID_RANGE: the maximum OFFSET is ${MAXIMUM_OFFSET}, not ${offset}`);

    if (isAggregateQuery(query)) {
        const outcome = runAggregate(context, objectName, query, offset);
        checkAccess(org, mode, outcome.scopes, query.source);
        org.limits.countQuery(outcome.queryRows);
        return outcome.kind === 'count'
            ? { kind: 'count', count: outcome.count }
            : { kind: 'aggregate', rows: outcome.rows };
    }
    const plan = planSelect(context, mode, objectName, query, false);
    checkAccess(org, mode, accessScopes(plan), query.source);
    const { rows, childRows } = runSelect(context, plan, context.records.records(objectName), offset);
    // Apex Developer Guide, "Execution Governors and Limits": one SOQL query whatever its subqueries; each
    // parent-child subquery is an aggregate query; the child rows are query rows too.
    org.limits.countQuery(rows.length + childRows);
    if (plan.children.length) org.limits.countAggregateQueries(plan.children.length);
    return { kind: 'rows', rows };
}
