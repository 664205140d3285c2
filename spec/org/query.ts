// A structured stand-in for SOQL: select fields (with relationship paths such as 'Owner.Name'),
// ANDed conditions, ORDER BY, LIMIT and OFFSET, and parent-to-child subqueries such as
// (SELECT Id FROM Tasks WHERE ... ORDER BY ... LIMIT n). Text compares case-insensitively and Ids in
// either length, as SOQL does.
import { QueryError } from './errors';
import { compareIds, sameId } from './ids';
import type { FieldDefinition, Schema } from './schema';
import type { FieldValue, SObjectRecord } from './values';

export type ConditionOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'IN' | 'NOT IN' | 'LIKE';

export interface Condition {
    field: string;
    operator?: ConditionOperator;
    value: FieldValue | readonly FieldValue[];
}

export interface OrderBy {
    field: string;
    direction?: 'ASC' | 'DESC';
    nulls?: 'FIRST' | 'LAST';
}

/**
 * A parent-to-child subquery, `(SELECT ... FROM Tasks WHERE ... ORDER BY ... LIMIT n)`: filtered, ordered and
 * limited per parent row. Each parent row gets the child rows under the relationship name, in Apex's JSON form
 * `{ totalSize, done, records }` (read them with `childRecords`). As in Apex, the subquery is not a SOQL
 * statement of its own (Limits.getQueries), while its rows count as query rows.
 */
export interface ChildQuerySpec {
    /** The child relationship name on the parent object, e.g. 'Tasks' on Case. */
    relationship: string;
    select: readonly string[];
    where?: readonly Condition[];
    whereAny?: readonly Condition[];
    orderBy?: readonly OrderBy[];
    limit?: number;
}

export interface QuerySpec {
    select: readonly string[];
    from: string;
    where?: readonly Condition[];
    /** At least one of these holds: SOQL's (a OR b OR c), ANDed with `where`. */
    whereAny?: readonly Condition[];
    orderBy?: readonly OrderBy[];
    limit?: number;
    offset?: number;
    children?: readonly ChildQuerySpec[];
}

/** The rows of a parent-to-child subquery on a queried record, as Apex serializes them. */
export interface ChildRows {
    totalSize: number;
    done: boolean;
    records: SObjectRecord[];
}

/** The child rows a subquery read for a record (none when the relationship was not queried). */
export function childRecords(record: SObjectRecord, relationship: string): SObjectRecord[] {
    const value = record[relationship] as unknown;
    if (value && typeof value === 'object' && Array.isArray((value as ChildRows).records)) {
        return (value as ChildRows).records;
    }
    return [];
}

export interface QuerySource {
    schema: Schema;
    records(objectName: string): readonly SObjectRecord[];
    byId(id: string): SObjectRecord | undefined;
    /**
     * Record sharing, when the query applies it: rows, child rows and parents the user cannot read are left out,
     * so a lookup to an unreadable parent reads as null (relationship queries do not bypass record access).
     */
    canRead?(record: SObjectRecord): boolean;
}

/** The source as the running user sees it when the query applies sharing. */
function visibleSource(source: QuerySource): QuerySource {
    const canRead = source.canRead;
    if (!canRead) return source;
    return {
        schema: source.schema,
        records: (objectName) => source.records(objectName).filter((record) => canRead(record)),
        byId: (id) => {
            const record = source.byId(id);
            return record && canRead(record) ? record : undefined;
        }
    };
}

/** A field path checked against the schema: the lookups to follow, then the leaf field. */
interface ResolvedPath {
    text: string;
    lookups: { field: FieldDefinition; relationshipName: string }[];
    leaf: FieldDefinition;
    /** 'Object.Field' pairs a user-mode query must be able to read. */
    readable: string[];
}

function resolvePath(schema: Schema, objectName: string, path: string): ResolvedPath {
    const segments = path.split('.');
    const lookups: ResolvedPath['lookups'] = [];
    const readable: string[] = [];
    let candidates = [schema.object(objectName).name];
    for (let index = 0; index < segments.length; index++) {
        const segment = segments[index] as string;
        const last = index === segments.length - 1;
        const owners = candidates.filter((candidate) =>
            last ? schema.findField(candidate, segment) : relationshipOf(schema, candidate, segment)
        );
        if (!owners.length) throw new QueryError(`No such column '${segment}' on entity '${candidates.join('/')}'`);
        const fields = owners.map((owner) =>
            last ? schema.field(owner, segment) : (relationshipOf(schema, owner, segment) as FieldDefinition)
        );
        owners.forEach((owner, position) => readable.push(`${owner}.${(fields[position] as FieldDefinition).name}`));
        const field = fields[0] as FieldDefinition;
        if (last) return { text: path, lookups, leaf: field, readable };
        lookups.push({ field, relationshipName: field.relationshipName as string });
        candidates = [...(field.referenceTo ?? [])];
    }
    throw new QueryError(`Empty field path in query`);
}

function relationshipOf(schema: Schema, objectName: string, name: string): FieldDefinition | undefined {
    const lower = name.toLowerCase();
    return Object.values(schema.object(objectName).fields).find(
        (field) => field.relationshipName?.toLowerCase() === lower
    );
}

function valueAt(source: QuerySource, record: SObjectRecord, path: ResolvedPath): FieldValue {
    let current: SObjectRecord | undefined = record;
    for (const lookup of path.lookups) {
        const id: unknown = current?.[lookup.field.name];
        current = typeof id === 'string' ? source.byId(id) : undefined;
        if (!current) return null;
    }
    const value = current?.[path.leaf.name];
    return value === undefined ? null : (value as FieldValue);
}

function compare(left: FieldValue, right: FieldValue, field: FieldDefinition): number {
    if (field.type === 'id' || field.type === 'reference') {
        return sameId(left, right) ? 0 : compareIds(String(left), String(right));
    }
    if (typeof left === 'string' && typeof right === 'string') {
        // SOQL and SOSL Reference, "ORDER BY": for English locales text sorts by the values of the upper-cased
        // characters (apex-runtime/soql/compare.ts makes the same decision).
        const a = left.toUpperCase();
        const b = right.toUpperCase();
        return a === b ? 0 : a < b ? -1 : 1;
    }
    if (left === right) return 0;
    return (left as number) < (right as number) ? -1 : 1;
}

function likePattern(pattern: string): RegExp {
    const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
    return new RegExp(`^${escaped}$`, 'is');
}

function matches(actual: FieldValue, condition: Condition, field: FieldDefinition): boolean {
    const operator = condition.operator ?? '=';
    const expected = condition.value;
    if (operator === 'IN' || operator === 'NOT IN') {
        if (!Array.isArray(expected)) throw new QueryError(`${operator} needs a list for ${condition.field}`);
        const found = actual !== null && expected.some((candidate) => compare(actual, candidate, field) === 0);
        return operator === 'IN' ? found : !found;
    }
    if (Array.isArray(expected)) throw new QueryError(`${operator} needs a single value for ${condition.field}`);
    const single = expected as FieldValue;
    if (operator === '=') return single === null ? actual === null : actual !== null && compare(actual, single, field) === 0;
    if (operator === '!=') return single === null ? actual !== null : actual === null || compare(actual, single, field) !== 0;
    if (actual === null || single === null) return false;
    if (operator === 'LIKE') return likePattern(String(single)).test(String(actual));
    const order = compare(actual, single, field);
    switch (operator) {
        case '<':
            return order < 0;
        case '<=':
            return order <= 0;
        case '>':
            return order > 0;
        default:
            return order >= 0;
    }
}

function setPath(target: SObjectRecord, source: QuerySource, record: SObjectRecord, path: ResolvedPath): void {
    let into: SObjectRecord = target;
    let from: SObjectRecord | undefined = record;
    for (const lookup of path.lookups) {
        const id: unknown = from?.[lookup.field.name];
        from = typeof id === 'string' ? source.byId(id) : undefined;
        if (!from) return;
        const existing = into[lookup.relationshipName] as SObjectRecord | undefined;
        const nested: SObjectRecord = existing ?? { attributes: { type: from.attributes.type }, Id: from.Id };
        into[lookup.relationshipName] = nested;
        into = nested;
    }
    const value = from?.[path.leaf.name];
    into[path.leaf.name] = value === undefined ? null : (value as FieldValue);
}

export interface PreparedQuery {
    objectName: string;
    /** The objects the query reads (the FROM object and those of its subqueries), for user-mode checks. */
    objects: string[];
    /** 'Object.Field' pairs the query reads, for user-mode checks. */
    readable: string[];
    /** The rows, with the child rows of each subquery; `childRowCount` is how many child rows in all. */
    run(source: QuerySource): { rows: SObjectRecord[]; childRowCount: number };
}

/** One SELECT (the query or a subquery) checked against the schema. */
interface PreparedSelect {
    objectName: string;
    readable: string[];
    filter(source: QuerySource, records: readonly SObjectRecord[]): SObjectRecord[];
    project(source: QuerySource, record: SObjectRecord): SObjectRecord;
}

function prepareSelect(
    schema: Schema,
    objectName: string,
    spec: Omit<QuerySpec, 'from' | 'children'>
): PreparedSelect {
    if (!spec.select.length) throw new QueryError('A query needs at least one field');
    const selected = spec.select.map((path) => resolvePath(schema, objectName, path));
    const conditions = (spec.where ?? []).map((condition) => ({
        condition,
        path: resolvePath(schema, objectName, condition.field)
    }));
    const anyConditions = (spec.whereAny ?? []).map((condition) => ({
        condition,
        path: resolvePath(schema, objectName, condition.field)
    }));
    const orderings = (spec.orderBy ?? []).map((order) => ({ order, path: resolvePath(schema, objectName, order.field) }));
    if (spec.limit !== undefined && (!Number.isInteger(spec.limit) || spec.limit < 0)) {
        throw new QueryError(`Invalid LIMIT: ${spec.limit}`);
    }
    const readable = [
        ...new Set([...selected, ...conditions.map((entry) => entry.path), ...anyConditions.map((entry) => entry.path), ...orderings.map((entry) => entry.path)].flatMap((path) => path.readable))
    ];
    return {
        objectName,
        readable,
        filter(source: QuerySource, records: readonly SObjectRecord[]): SObjectRecord[] {
            let rows = records.filter(
                (record) =>
                    conditions.every(({ condition, path }) => matches(valueAt(source, record, path), condition, path.leaf)) &&
                    (!anyConditions.length ||
                        anyConditions.some(({ condition, path }) => matches(valueAt(source, record, path), condition, path.leaf)))
            );
            if (orderings.length) {
                rows = [...rows].sort((left, right) => {
                    for (const { order, path } of orderings) {
                        const a = valueAt(source, left, path);
                        const b = valueAt(source, right, path);
                        const descending = order.direction === 'DESC';
                        const nullsFirst = order.nulls ? order.nulls === 'FIRST' : !descending;
                        if (a === null || b === null) {
                            if (a === b) continue;
                            return (a === null) === nullsFirst ? -1 : 1;
                        }
                        const result = compare(a, b, path.leaf);
                        if (result !== 0) return descending ? -result : result;
                    }
                    return 0;
                });
            }
            const start = spec.offset ?? 0;
            const end = spec.limit === undefined ? undefined : start + spec.limit;
            return rows.slice(start, end);
        },
        project(source: QuerySource, record: SObjectRecord): SObjectRecord {
            const row: SObjectRecord = { attributes: { type: objectName }, Id: record.Id };
            for (const path of selected) setPath(row, source, record, path);
            return row;
        }
    };
}

/** Checks the query against the schema (as the Apex compiler would) and returns a runnable form. */
export function prepareQuery(schema: Schema, spec: QuerySpec): PreparedQuery {
    const objectName = schema.object(spec.from).name;
    const root = prepareSelect(schema, objectName, spec);
    const children = (spec.children ?? []).map((child) => {
        const relationship = schema.findChildRelationship(objectName, child.relationship);
        if (!relationship) {
            throw new QueryError(`Didn't understand relationship '${child.relationship}' in FROM part of query call on ${objectName}`);
        }
        const lookup = schema.field(relationship.childObject, relationship.field);
        return {
            name: relationship.name,
            lookup,
            prepared: prepareSelect(schema, schema.object(relationship.childObject).name, child)
        };
    });
    if (new Set(children.map((child) => child.name)).size !== children.length) {
        throw new QueryError('A child relationship can be queried only once in a query');
    }
    return {
        objectName,
        objects: [objectName, ...children.map((child) => child.prepared.objectName)],
        readable: [
            ...new Set([
                ...root.readable,
                ...children.flatMap((child) => child.prepared.readable)
            ])
        ],
        run(allRecords: QuerySource): { rows: SObjectRecord[]; childRowCount: number } {
            const source = visibleSource(allRecords);
            let childRowCount = 0;
            const rows = root.filter(source, source.records(objectName)).map((record) => {
                const row = root.project(source, record);
                for (const child of children) {
                    const own = source
                        .records(child.prepared.objectName)
                        .filter((candidate) => sameId(candidate[child.lookup.name] as FieldValue, record.Id));
                    const records = child.prepared
                        .filter(source, own)
                        .map((candidate) => child.prepared.project(source, candidate));
                    childRowCount += records.length;
                    const value: ChildRows = { totalSize: records.length, done: true, records };
                    (row as Record<string, unknown>)[child.name] = value;
                }
                return row;
            });
            return { rows, childRowCount };
        }
    };
}
