// SOSL: `FIND :term IN NAME FIELDS RETURNING Contact(Id, Name WHERE ... ORDER BY ... LIMIT n) WITH USER_MODE`.
//
// Apex Developer Guide, "Adding SOSL Queries to Unit Tests": in an Apex test a SOSL query returns nothing unless
// Test.setFixedSearchResults set a list of record Ids; those Ids then replace what the search index would return,
// and the query's WHERE and LIMIT clauses apply to them. The in-memory org has no search index, so outside fixed
// results every RETURNING object gets an empty list, as in a test without fixed results.
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import { isValidId, sameId } from '../../spec/org/ids';
import type { SObjectRecord } from '../../spec/org/values';
import type {
    FieldListContext,
    FieldSpecContext,
    FieldSpecListContext,
    SoslClausesContext,
    SoslLiteralContext
} from '@apexdevtools/apex-parser';
import type { FieldPath, ReturningSpec, SearchGroup, SoslQuery } from './ast';
import { checkAccess } from './access';
import { RunContext, returningBinds, type BindValue } from './context';
import { SoqlError, UnsupportedSoqlError } from './errors';
import { sourceText, TreeConverter, type BindStyle } from './fromTree';
import { resolveObject } from './paths';
import { accessScopes, countValue, planSelect, runSelect, type SelectPlan } from './select';
import { accessModeOf, type SoqlRunOptions } from './soql';

/** "Execution Governors and Limits": a single SOSL query retrieves at most 2,000 records. */
const MAXIMUM_SOSL_ROWS = 2000;

function present<T>(node: T | null | undefined): node is T {
    return node !== null && node !== undefined;
}

function pathOf(text: string): FieldPath {
    return { segments: text.split('.'), text };
}

function fieldPaths(
    converter: TreeConverter,
    node: FieldListContext | null | undefined,
    into: FieldPath[]
): FieldPath[] {
    if (!present(node)) return into;
    if (present(node.TOLABEL()) || present(node.CONVERT_CURRENCY()) || present(node.FORMAT())) {
        converter.unsupport(`SOSL ${sourceText(node)}`);
        return into;
    }
    const first = node.soslId_list()[0];
    if (first) into.push(pathOf(first.getText()));
    for (const rest of node.fieldList_list()) fieldPaths(converter, rest, into);
    return into;
}

function returningSpec(converter: TreeConverter, node: FieldSpecContext): ReturningSpec {
    const spec: ReturningSpec = {
        object: (node.soslId_list()[0] as { getText(): string }).getText(),
        fields: fieldPaths(converter, node.fieldList(), []),
        orderBy: converter.orderBy(node.fieldOrderList())
    };
    const where = node.logicalExpression();
    if (present(where)) spec.where = converter.condition(where);
    if (present(node.USING())) converter.unsupport('SOSL USING LISTVIEW');
    const limit = converter.limit(node.limitClause());
    if (limit) spec.limit = limit;
    const offset = converter.offset(node.offsetClause());
    if (offset) spec.offset = offset;
    return spec;
}

function returningSpecs(
    converter: TreeConverter,
    node: FieldSpecListContext | null | undefined,
    into: ReturningSpec[]
): ReturningSpec[] {
    if (!present(node)) return into;
    into.push(returningSpec(converter, node.fieldSpec()));
    for (const rest of node.fieldSpecList_list()) returningSpecs(converter, rest, into);
    return into;
}

/** The search term of `FIND 'term'`: the token holds `[find 'term'`; \x escapes a reserved character. */
function literalTerm(token: string): string {
    const body = token.slice(token.indexOf("'") + 1, token.lastIndexOf("'"));
    return body.replace(/\\(.)/g, '$1');
}

function clauses(converter: TreeConverter, node: SoslClausesContext, query: SoslQuery): SoslQuery {
    const group = node.searchGroup();
    if (present(group))
        query.searchGroup = group
            .getText()
            .toUpperCase()
            .replace(/FIELDS$/, '') as SearchGroup;
    query.returning = returningSpecs(converter, node.fieldSpecList(), []);
    if (!query.returning.length) converter.unsupport('SOSL without RETURNING (every searchable object)');
    for (const clause of node.soslWithClause_list()) {
        if (present(clause.USER_MODE())) query.accessMode = 'USER_MODE';
        else if (present(clause.SYSTEM_MODE())) query.accessMode = 'SYSTEM_MODE';
        else converter.unsupport(`SOSL ${sourceText(clause)}`);
    }
    const limit = converter.limit(node.limitClause());
    if (limit) query.limit = limit;
    if (present(node.UPDATE())) converter.unsupport('SOSL UPDATE TRACKING/VIEWSTAT');
    const unsupported = converter.unsupportedConstructs();
    if (unsupported.length) query.unsupported = unsupported[0];
    return query;
}

export function soslFromClauses(
    file: string,
    bindStyle: BindStyle,
    node:
        | SoslLiteralContext
        | {
              FindLiteralAlt(): { getText(): string };
              soslClauses(): SoslClausesContext;
              start: SoslLiteralContext['start'];
          },
    text: string
): SoslQuery {
    const converter = new TreeConverter(file, bindStyle);
    const source = converter.sourceOf(node as SoslLiteralContext);
    let term: SoslQuery['term'];
    if ('FindLiteralAlt' in node) {
        const token = node.FindLiteralAlt().getText();
        term = {
            kind: 'literal',
            value: token.slice(token.indexOf('{') + 1, token.lastIndexOf('}')).replace(/\\(.)/g, '$1')
        };
    } else {
        const literal = node.FindLiteral();
        if (present(literal)) term = { kind: 'literal', value: literalTerm(literal.getText()) };
        else {
            const bound = converter.bind(node.boundExpression());
            term =
                bound.kind === 'bind'
                    ? { kind: 'bind', bind: bound.bind, text: bound.text }
                    : { kind: 'literal', value: '' };
        }
    }
    return clauses(converter, node.soslClauses(), {
        kind: 'sosl',
        text,
        term,
        searchGroup: 'ALL',
        returning: [],
        source
    });
}

/** An inline `[FIND ...]` of an Apex class. */
export function soslFromTree(node: SoslLiteralContext, file: string): SoslQuery {
    return soslFromClauses(file, 'inline', node, sourceText(node));
}

export interface SoslRunOptions extends SoqlRunOptions {
    /** Test.setFixedSearchResults: the Ids a search returns in this test; null when none were set. */
    fixedResults: readonly string[] | null;
}

function searchTerm(context: RunContext, query: SoslQuery, options: SoslRunOptions): string {
    if (query.term.kind === 'literal') return query.term.value;
    const value = options.resolveBind(query.term.bind);
    if (typeof value !== 'string')
        throw new UnsupportedSoqlError(`SOSL FIND bound to ${JSON.stringify(value)}`, context.source);
    return value;
}

export function executeSosl(org: InMemoryOrg, query: SoslQuery, options: SoslRunOptions): SObjectRecord[][] {
    if (query.unsupported) throw new UnsupportedSoqlError(query.unsupported, query.source);
    const mode = accessModeOf(query, options);
    const context = new RunContext(org, mode === 'USER_MODE' || options.enforceSharing, query.source);
    const term = searchTerm(context, query, options);
    // SOQL and SOSL Reference, "FIND {SearchQuery}": a search term needs at least two characters besides wildcards.
    if (term.replace(/[*?]/g, '').trim().length < 2)
        throw new SoqlError('SearchException', `search term must be longer than one character: ${term}`);
    const binds: BindValue[] = [];
    for (const spec of query.returning) returningBinds(spec, binds);
    if (query.limit?.kind === 'bind') binds.push(query.limit);
    context.resolveBinds(binds, (bind) => options.resolveBind(bind));

    const plans = query.returning.map((spec) => {
        const objectName = resolveObject(org.schema, spec.object, query.source);
        const select = spec.fields.map((path) => ({ kind: 'field' as const, path }));
        const core = {
            from: spec.object,
            select,
            orderBy: spec.orderBy,
            source: query.source,
            ...(spec.where ? { where: spec.where } : {}),
            ...(spec.limit ? { limit: spec.limit } : {})
        };
        return {
            plan: planSelect(context, mode, objectName, core, true),
            offset: countValue(context, spec.offset, 'OFFSET') ?? 0
        };
    });
    checkAccess(
        org,
        mode,
        plans.flatMap(({ plan }) => accessScopes(plan)),
        query.source
    );
    org.limits.countSoslQuery();
    let remaining = Math.min(countValue(context, query.limit, 'LIMIT') ?? MAXIMUM_SOSL_ROWS, MAXIMUM_SOSL_ROWS);
    return plans.map(({ plan, offset }) => {
        if (options.fixedResults === null) return [];
        const rows = runSelect(context, plan, fixedRecords(context, plan, options.fixedResults), offset).rows.slice(
            0,
            remaining
        );
        remaining -= rows.length;
        return rows;
    });
}

/** The fixed result records of one RETURNING object, in the order the test set them, each once. */
function fixedRecords(context: RunContext, plan: SelectPlan, ids: readonly string[]): SObjectRecord[] {
    const prefix = context.schema.keyPrefix(plan.objectName);
    const records: SObjectRecord[] = [];
    for (const id of ids) {
        if (!isValidId(id) || !id.startsWith(prefix) || records.some((record) => sameId(record.Id, id))) continue;
        const record = context.records.byId(id);
        if (record) records.push(record);
    }
    return records;
}
