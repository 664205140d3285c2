// One SELECT over one object (a query, a parent-to-child subquery, or a SOSL RETURNING object): its fields,
// filter, order and limit checked against the schema, then run over candidate records and projected into the
// rows Apex receives. Rows hold the Id and exactly the selected fields; a parent relationship is a nested record
// (absent when the lookup is empty); a subquery is the org's child-rows form { totalSize, done, records }.
import { sameId } from '../../spec/org/ids';
import type { ChildRows } from '../../spec/org/query';
import type { FieldValue, SObjectRecord } from '../../spec/org/values';
import type { AccessMode, SelectCore, Value } from './ast';
import { readableFields, type AccessScope } from './access';
import type { RunContext } from './context';
import { queryError, UnsupportedSoqlError } from './errors';
import { nameObjectValue, resolvePath, unknownChildRelationship, type ResolvedPath } from './paths';
import { compileOrder, type CompiledOrder } from './order';
import { compileCondition, type CompiledCondition } from './where';

export interface SelectPlan {
    objectName: string;
    /** What each row holds, FIELDS() expanded. */
    fields: ResolvedPath[];
    /** The SELECT paths as written, for access checks. */
    selected: ResolvedPath[];
    where: CompiledCondition;
    order: CompiledOrder;
    limit?: number;
    children: ChildPlan[];
}

interface ChildPlan {
    relationshipName: string;
    lookupField: string;
    plan: SelectPlan;
}

/** A LIMIT or OFFSET: a non-negative integer, written or bound. */
export function countValue(
    context: RunContext,
    value: Value | undefined,
    clause: 'LIMIT' | 'OFFSET'
): number | undefined {
    if (!value) return undefined;
    const number = value.kind === 'number' ? value.value : value.kind === 'bind' ? context.bind(value) : undefined;
    if (number === null || typeof number !== 'number') {
        throw new UnsupportedSoqlError(`SOQL ${clause} bound to ${JSON.stringify(number)}`, context.source);
    }
    if (!Number.isInteger(number) || number < 0)
        throw queryError(`${clause} must be a non-negative integer, not ${number}`);
    return number;
}

/**
 * FIELDS(STANDARD) selects the object's standard fields, only those the user can read when access is checked;
 * FIELDS(ALL) and FIELDS(CUSTOM) are "unbounded" and Apex refuses them (SOQL and SOSL Reference, "SELECT": FIELDS()).
 */
function expandFields(
    context: RunContext,
    mode: AccessMode,
    objectName: string,
    group: 'STANDARD' | 'CUSTOM' | 'ALL'
): string[] {
    if (group !== 'STANDARD')
        throw queryError('The SOQL FIELDS function is not supported with an unbounded set of fields in this API.');
    const names = Object.values(context.schema.object(objectName).fields)
        .filter((field) => !field.custom)
        .map((field) => field.name);
    return mode === 'SYSTEM_MODE' ? names : readableFields(context.org, objectName, names);
}

export function planSelect(
    context: RunContext,
    mode: AccessMode,
    objectName: string,
    core: SelectCore,
    isSubquery: boolean
): SelectPlan {
    const fields: ResolvedPath[] = [];
    const selected: ResolvedPath[] = [];
    const children: ChildPlan[] = [];
    const seen = new Set<string>();
    const add = (path: ResolvedPath) => {
        const key = path.canonical.toLowerCase();
        if (seen.has(key)) throw queryError(`duplicate field selected: ${path.canonical}`);
        seen.add(key);
        fields.push(path);
    };
    for (const item of core.select) {
        if (item.kind === 'field') {
            if (item.alias)
                throw queryError(
                    `Only aggregate expressions and grouped fields can have an alias: ${item.path.text} ${item.alias}`
                );
            const path = resolvePath(context.schema, objectName, item.path, context.source);
            selected.push(path);
            add(path);
        } else if (item.kind === 'fields') {
            for (const name of expandFields(context, mode, objectName, item.group)) {
                add(resolvePath(context.schema, objectName, { segments: [name], text: name }, context.source));
            }
        } else if (item.kind === 'subquery') {
            if (isSubquery) throw new UnsupportedSoqlError('SOQL subquery inside a subquery', context.source);
            children.push(planChild(context, mode, objectName, item.query));
        } else {
            throw queryError('Aggregate functions cannot be mixed with a parent-to-child subquery or used in one');
        }
    }
    const plan: SelectPlan = {
        objectName,
        fields,
        selected,
        where: compileCondition(context, objectName, core.where),
        order: compileOrder(context, objectName, core.orderBy),
        children
    };
    const limit = countValue(context, core.limit, 'LIMIT');
    if (limit !== undefined) plan.limit = limit;
    return plan;
}

function planChild(context: RunContext, mode: AccessMode, parentObject: string, core: SelectCore): ChildPlan {
    const relationship = context.schema.findChildRelationship(parentObject, core.from);
    if (!relationship) throw unknownChildRelationship(core.from, parentObject, context.source);
    const childObject = context.schema.object(relationship.childObject).name;
    return {
        relationshipName: relationship.name,
        lookupField: relationship.field,
        plan: planSelect(context, mode, childObject, core, true)
    };
}

/** The objects and paths a plan reads, its subqueries included. */
export function accessScopes(plan: SelectPlan, extraFiltered: readonly ResolvedPath[] = []): AccessScope[] {
    return [
        {
            objectName: plan.objectName,
            selected: plan.selected,
            filtered: [...plan.where.paths, ...plan.order.paths, ...extraFiltered]
        },
        ...plan.children.flatMap((child) => accessScopes(child.plan))
    ];
}

export interface SelectRun {
    rows: SObjectRecord[];
    /** Rows of parent-to-child subqueries, which count as query rows too. */
    childRows: number;
}

/** The records of a plan among `candidates` the user may see, filtered, sorted, offset and limited. */
function matchingRecords(
    context: RunContext,
    plan: SelectPlan,
    candidates: readonly SObjectRecord[],
    offset = 0
): SObjectRecord[] {
    const matched = candidates.filter((record) => context.visible(record) && plan.where.test(record));
    const sorted = plan.order.sort(matched);
    return sorted.slice(offset, plan.limit === undefined ? undefined : offset + plan.limit);
}

export function runSelect(
    context: RunContext,
    plan: SelectPlan,
    candidates: readonly SObjectRecord[],
    offset = 0
): SelectRun {
    let childRows = 0;
    const rows = matchingRecords(context, plan, candidates, offset).map((record) => {
        const row = project(context, plan, record);
        for (const child of plan.children) {
            const own = context.records
                .records(child.plan.objectName)
                .filter((candidate) => sameId(candidate[child.lookupField], record.Id));
            const records = runSelect(context, child.plan, own).rows;
            childRows += records.length;
            const value: ChildRows = { totalSize: records.length, done: true, records };
            (row as Record<string, unknown>)[child.relationshipName] = value;
        }
        return row;
    });
    return { rows, childRows };
}

function project(context: RunContext, plan: SelectPlan, record: SObjectRecord): SObjectRecord {
    const row: SObjectRecord = { attributes: { type: plan.objectName }, Id: record.Id };
    for (const path of plan.fields) {
        let into = row;
        let from: SObjectRecord | undefined = record;
        for (const hop of path.hops) {
            from = context.visibleById(from[hop.field.name]);
            if (!from) break;
            const existing = into[hop.relationshipName] as SObjectRecord | undefined;
            const nested: SObjectRecord = existing ?? { attributes: { type: from.attributes.type }, Id: from.Id };
            into[hop.relationshipName] = nested;
            into = nested;
        }
        if (!from) continue;
        const polymorphic = path.hops[path.hops.length - 1]?.polymorphic;
        const value = polymorphic ? nameObjectValue(context.schema, from, path.leaf.name) : from[path.leaf.name];
        into[path.leaf.name] = (value ?? null) as FieldValue;
    }
    return row;
}
