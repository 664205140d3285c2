// Aggregate queries: COUNT(), and COUNT/COUNT_DISTINCT/SUM/AVG/MIN/MAX with or without GROUP BY (SOQL and SOSL
// Reference, "Aggregate Functions", "GROUP BY"; Apex Developer Guide, "Working with SOQL Aggregate Functions":
// a result row is an AggregateResult whose unaliased aggregates are named expr0, expr1, ... in order).
// Query rows as the platform counts them: COUNT() and COUNT(field) count one row, or one per group with GROUP BY;
// any other aggregate counts every row it aggregated.
import type { SObjectRecord } from '../../spec/org/values';
import type { AggregateCall, AggregateFunction, SoqlQuery } from './ast';
import type { AccessScope } from './access';
import { classOf, compareComparables, storedComparable, type Comparable, type ValueClass } from './compare';
import type { RunContext } from './context';
import { queryError } from './errors';
import { compareUnder, sortKey, type SortKey } from './order';
import { resolvePath, type ResolvedPath } from './paths';
import { readPath } from './read';
import { countValue } from './select';
import { compileCondition } from './where';

export type AggregateOutcome =
    | { kind: 'count'; count: number; queryRows: number; scopes: AccessScope[] }
    | { kind: 'aggregate'; rows: Record<string, unknown>[]; queryRows: number; scopes: AccessScope[] };

interface PreparedCall {
    fn: AggregateFunction;
    path?: ResolvedPath;
    valueClass?: ValueClass;
}

type Column = { key: string; group: number } | { key: string; call: PreparedCall };

export function isAggregateQuery(query: SoqlQuery): boolean {
    return query.groupBy.length > 0 || query.select.some((item) => item.kind === 'aggregate');
}

function prepareCall(context: RunContext, objectName: string, call: AggregateCall): PreparedCall {
    if (!call.path) return { fn: call.fn };
    const path = resolvePath(context.schema, objectName, call.path, context.source);
    const valueClass = classOf(path.leaf.type);
    const numeric = valueClass === 'number';
    const orderable = valueClass !== 'boolean' && valueClass !== 'multipicklist' && !path.leaf.longText;
    if (
        ((call.fn === 'SUM' || call.fn === 'AVG') && !numeric) ||
        ((call.fn === 'MIN' || call.fn === 'MAX') && !orderable)
    ) {
        throw queryError(`field ${path.text} does not support aggregate operator ${call.fn}`);
    }
    return { fn: call.fn, path, valueClass };
}

function aggregateValue(context: RunContext, call: PreparedCall, records: readonly SObjectRecord[]): unknown {
    if (!call.path) return records.length;
    const path = call.path;
    const valueClass = call.valueClass as ValueClass;
    const values = records
        .map((record) => readPath(context, record, path))
        .filter((value) => value !== null && value !== undefined);
    switch (call.fn) {
        case 'COUNT':
            return values.length;
        case 'COUNT_DISTINCT':
            return new Set(values.map((value) => String(storedComparable(valueClass, value)).toUpperCase())).size;
        case 'SUM':
            return values.length ? values.reduce((total: number, value) => total + Number(value), 0) : null;
        case 'AVG':
            return values.length
                ? values.reduce((total: number, value) => total + Number(value), 0) / values.length
                : null;
        default: {
            let best: unknown = null;
            for (const value of values) {
                const order =
                    best === null
                        ? 0
                        : compareComparables(
                              valueClass,
                              storedComparable(valueClass, value) as Comparable,
                              storedComparable(valueClass, best) as Comparable
                          );
                if (best === null || (call.fn === 'MIN' ? order < 0 : order > 0)) best = value;
            }
            return best;
        }
    }
}

export function runAggregate(
    context: RunContext,
    objectName: string,
    query: SoqlQuery,
    offset: number
): AggregateOutcome {
    const groups = query.groupBy.map((path) => resolvePath(context.schema, objectName, path, context.source));
    const where = compileCondition(context, objectName, query.where);
    const selected: ResolvedPath[] = [];
    const records = context.records
        .records(objectName)
        .filter((record) => context.visible(record) && where.test(record));
    const countAll = query.select.find(
        (item) => item.kind === 'aggregate' && item.call.fn === 'COUNT' && !item.call.path
    );
    if (countAll) {
        if (query.select.length > 1 || groups.length) {
            throw queryError('COUNT() cannot be used with other fields or with GROUP BY; use COUNT(fieldName)');
        }
        if (offset) throw queryError('OFFSET cannot be used with COUNT()');
        // SOQL and SOSL Reference, "LIMIT": with COUNT() as the field list, LIMIT counts up to the maximum specified.
        const limit = countValue(context, query.limit, 'LIMIT');
        const count = limit === undefined ? records.length : Math.min(records.length, limit);
        return { kind: 'count', count, queryRows: 1, scopes: [{ objectName, selected, filtered: where.paths }] };
    }
    let expression = 0;
    const columns: Column[] = query.select.map((item) => {
        if (item.kind === 'field') {
            const path = resolvePath(context.schema, objectName, item.path, context.source);
            const group = groups.findIndex(
                (candidate) => candidate.canonical.toLowerCase() === path.canonical.toLowerCase()
            );
            if (group < 0) throw queryError(`Field must be grouped or aggregated: ${path.text}`);
            selected.push(path);
            return { key: item.alias ?? path.leaf.name, group };
        }
        if (item.kind === 'aggregate') {
            const call = prepareCall(context, objectName, item.call);
            if (call.path) selected.push(call.path);
            return { key: item.alias ?? `expr${expression++}`, call };
        }
        throw queryError(
            item.kind === 'subquery'
                ? 'A parent-to-child subquery cannot be used in an aggregate query'
                : 'FIELDS() cannot be used in an aggregate query'
        );
    });

    const grouped = new Map<string, SObjectRecord[]>();
    if (!groups.length) grouped.set('', records);
    for (const record of groups.length ? records : []) {
        const key = JSON.stringify(
            groups.map((path) => {
                const value = storedComparable(classOf(path.leaf.type), readPath(context, record, path));
                return typeof value === 'string' ? value.toUpperCase() : value;
            })
        );
        grouped.set(key, [...(grouped.get(key) ?? []), record]);
    }
    let rows = [...grouped.values()].map((members) => ({
        members,
        row: Object.fromEntries(
            columns.map((column) => [
                column.key,
                'group' in column
                    ? readPath(context, members[0] as SObjectRecord, groups[column.group] as ResolvedPath)
                    : aggregateValue(context, column.call, members)
            ])
        ) as Record<string, unknown>
    }));

    const orderPaths: ResolvedPath[] = [];
    const keys = query.orderBy.map((item) => {
        if (item.path) {
            const path = resolvePath(context.schema, objectName, item.path, context.source);
            const group = groups.findIndex(
                (candidate) => candidate.canonical.toLowerCase() === path.canonical.toLowerCase()
            );
            if (group < 0) throw queryError(`Ordered field must be grouped or aggregated: ${path.text}`);
            orderPaths.push(path);
            const valueClass = classOf(path.leaf.type);
            return {
                key: sortKey(context, valueClass, item, path.text),
                value: (members: SObjectRecord[]) =>
                    storedComparable(valueClass, readPath(context, members[0] as SObjectRecord, path))
            };
        }
        const call = prepareCall(context, objectName, item.call as AggregateCall);
        const valueClass: ValueClass =
            call.fn === 'MIN' || call.fn === 'MAX' ? (call.valueClass as ValueClass) : 'number';
        return {
            key: sortKey(context, valueClass, item, item.call?.fn ?? ''),
            value: (members: SObjectRecord[]) => storedComparable(valueClass, aggregateValue(context, call, members))
        };
    });
    if (keys.length) {
        const decorated = rows.map((entry) => ({ entry, values: keys.map((key) => key.value(entry.members)) }));
        decorated.sort((left, right) => {
            for (let index = 0; index < keys.length; index++) {
                const result = compareUnder(
                    (keys[index] as { key: SortKey }).key,
                    left.values[index] ?? null,
                    right.values[index] ?? null
                );
                if (result !== 0) return result;
            }
            return 0;
        });
        rows = decorated.map((item) => item.entry);
    }
    const limit = countValue(context, query.limit, 'LIMIT');
    rows = rows.slice(offset, limit === undefined ? undefined : offset + limit);
    const countsOnly = columns.every((column) => 'group' in column || column.call.fn === 'COUNT');
    return {
        kind: 'aggregate',
        rows: rows.map((entry) => entry.row),
        queryRows: countsOnly ? (groups.length ? rows.length : 1) : records.length,
        scopes: [{ objectName, selected, filtered: [...where.paths, ...groups, ...orderPaths] }]
    };
}
