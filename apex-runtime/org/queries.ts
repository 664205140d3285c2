// SOQL and SOSL from Apex, through the evaluator of apex-runtime/soql/ (the one place the bridge
// calls it). Inline queries are parsed once per site; binds are evaluated in the calling scope and
// handed over as org values. Rows come back as SObjects that know which fields were queried.
// The access mode: a query's WITH USER_MODE / SYSTEM_MODE, or the AccessLevel argument of
// Database.query, else system mode (the evaluator reads the WITH clause); record sharing applies in
// user mode and in system mode inside a `with sharing` class (Apex Developer Guide "Using the with
// sharing, without sharing, and inherited sharing Keywords", "Enforce User Mode for Database
// Operations").
import { ApexParserFactory, type FieldSpecListContext, type QueryContext, type SoslLiteralContext } from '@apexdevtools/apex-parser';
import type { Schema } from '../../spec/org/schema';
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import { UnsupportedError } from '../evaluator/errors';
import type { CallSite } from '../evaluator/host';
import { QUERY_RESULT, type Frame, type Interpreter } from '../evaluator/interpreter';
import { ApexDecimal, ApexList, ApexMap, ApexSet, IdValue, NativeObject, type Value } from '../evaluator/values';
import type { Expr } from '../parser/ast';
import { TreeConverter } from '../parser/convert';
import { toOrg } from './fieldValues';
import { toSObject } from './records';
import { SObjectValue } from './sobject';
import type { SoqlBind, SoqlModule, SoqlQuery, SoqlResult, SoslQuery } from './soqlContract';
import { soqlModule, SOQL_MISSING } from './soqlModule';

export type AccessMode = 'USER_MODE' | 'SYSTEM_MODE';

interface Prepared<T> {
    query: T;
    converter: TreeConverter;
    /** The object (SOQL FROM) or objects (SOSL RETURNING): the element types of the result lists, even when empty. */
    objects: (string | null)[];
}

/** The FROM object of a query, in the schema's spelling; null when the schema does not know it. */
function fromObject(schema: Schema, tree: QueryContext): string | null {
    const name = tree.fromNameList()?.fieldName(0)?.getText();
    return name ? (schema.findObject(name)?.name ?? null) : null;
}

function fromObjectOfText(schema: Schema, text: string): string | null {
    try {
        return fromObject(schema, ApexParserFactory.createParser(text, true).query());
    } catch {
        // The evaluator has already refused a query it cannot parse.
        return null;
    }
}

/** The RETURNING objects of a search, in order. */
function returningObjects(schema: Schema, tree: SoslLiteralContext): (string | null)[] {
    const objects: (string | null)[] = [];
    const visit = (list: FieldSpecListContext | null | undefined): void => {
        if (!list) return;
        const name = list.fieldSpec()?.soslId(0)?.getText();
        if (name) objects.push(schema.findObject(name)?.name ?? null);
        for (const next of list.fieldSpecList_list()) visit(next);
    };
    visit(tree.soslClauses()?.fieldSpecList());
    return objects;
}

const inlineQueries = new WeakMap<object, Prepared<SoqlQuery>>();
const inlineSearches = new WeakMap<object, Prepared<SoslQuery>>();

/** AggregateResult rows of an aggregate query: get('expr0'), get('alias'). */
export class AggregateResultValue extends NativeObject {
    readonly typeName = 'AggregateResult';

    constructor(private readonly values: Map<string, Value>) {
        super();
    }

    invoke(rt: Interpreter, lower: string, args: Value[]): Value {
        if (lower === 'get') return this.values.get(String(args[0]).toLowerCase()) ?? null;
        return rt.unsupported(`AggregateResult.${lower}()`);
    }
}

/** Record sharing applies: user mode, or a `with sharing` class (inherited sharing and no keyword take the caller's). */
export function enforcesSharing(frames: readonly Frame[], mode: AccessMode): boolean {
    if (mode === 'USER_MODE') return true;
    for (let index = frames.length - 1; index >= 0; index--) {
        const sharing = frames[index]?.cls?.sharing;
        if (sharing === 'with') return true;
        if (sharing === 'without') return false;
    }
    return false;
}

function requireModule(): SoqlModule {
    const module = soqlModule();
    if (!module) throw new UnsupportedError(SOQL_MISSING);
    return module;
}

/** Source text padded so that the parser's line numbers are the file's. */
function padded(text: string, line: number, column: number): string {
    return '\n'.repeat(Math.max(0, line - 1)) + ' '.repeat(column) + text;
}

export class QueryRunner {
    /** SOSL statements run in this transaction (Limits.getSoslQueries). */
    soslQueries = 0;

    constructor(
        private readonly org: InMemoryOrg,
        private readonly schema: Schema
    ) {}

    inline(rt: Interpreter, node: Extract<Expr, { k: 'soql' }>, site: CallSite, evaluate: (expr: Expr) => Value): Value {
        const module = requireModule();
        let prepared = inlineQueries.get(node);
        if (!prepared) {
            const source = padded(node.text, node.l, node.col);
            const tree: QueryContext = ApexParserFactory.createParser(source).query();
            prepared = { query: module.soqlFromTree(tree, site.file), converter: new TreeConverter(site.file, source), objects: [fromObject(this.schema, tree)] };
            inlineQueries.set(node, prepared);
        }
        const { converter } = prepared;
        return this.run(rt, module, prepared.query, prepared.objects[0] ?? null, null, (bind) => this.bindValue(rt, bind, converter, evaluate));
    }

    /** Dynamic query texts already parsed: a query and its FROM object depend on the text alone. */
    private readonly parsedTexts = new Map<string, { query: SoqlQuery; objectName: string | null }>();

    /** Database.query / queryWithBinds / countQuery: `binds` null means binds name variables in scope. */
    dynamic(rt: Interpreter, text: string, mode: AccessMode | null, binds: ApexMap | null, evaluate: (expr: Expr) => Value): Value {
        const module = requireModule();
        let parsed = this.parsedTexts.get(text);
        if (!parsed) {
            parsed = { query: module.parseSoql(text), objectName: fromObjectOfText(this.schema, text) };
            this.parsedTexts.set(text, parsed);
        }
        const { query, objectName } = parsed;
        const converter = new TreeConverter(rt.where(), text);
        return this.run(rt, module, query, objectName, mode, (bind) => {
            if (bind.kind === 'name' && binds) {
                for (const entry of binds.entries.values()) if (String(entry.key).toLowerCase() === bind.name.toLowerCase()) return nativeOf(entry.value);
                throw new UnsupportedError(`unsupported: bind variable :${bind.name} missing from queryWithBinds (${rt.where()})`);
            }
            return this.bindValue(rt, bind, converter, evaluate);
        });
    }

    private bindValue(rt: Interpreter, bind: SoqlBind, converter: TreeConverter, evaluate: (expr: Expr) => Value): unknown {
        if (bind.kind === 'name') return nativeOf(evaluate({ k: 'name', n: bind.name, l: rt.frame.line }));
        const cache = bind.node as unknown as { _expr?: Expr };
        cache._expr ??= converter.expression(bind.node as Parameters<TreeConverter['expression']>[0]);
        return nativeOf(evaluate(cache._expr));
    }

    /** `explicit` is the AccessLevel argument of Database.query; null leaves the mode to the query's WITH clause. */
    private run(rt: Interpreter, module: SoqlModule, query: SoqlQuery, fromName: string | null, explicit: AccessMode | null, resolveBind: (bind: SoqlBind) => unknown): Value {
        const mode = explicit ?? 'SYSTEM_MODE';
        const result: SoqlResult = module.executeSoql(this.org, query, {
            accessLevel: mode,
            accessLevelExplicit: explicit !== null,
            enforceSharing: enforcesSharing(rt.frames, mode),
            resolveBind
        });
        switch (result.kind) {
            case 'count':
                return result.count;
            case 'aggregate': {
                const list = new ApexList(
                    { k: 'native', name: 'AggregateResult' },
                    result.rows.map((row) => new AggregateResultValue(new Map(Object.entries(row).map(([key, value]) => [key.toLowerCase(), aggregateValue(value)]))))
                );
                // Assigned to one AggregateResult it gives its single row, as a query of rows does for an SObject.
                Object.defineProperty(list, QUERY_RESULT, { value: true });
                return list;
            }
            case 'rows': {
                const objectName = fromName ?? result.rows[0]?.attributes.type ?? null;
                const list = new ApexList({ k: 'sobject', name: objectName }, result.rows.map((row) => toSObject(this.schema, row, true)));
                Object.defineProperty(list, QUERY_RESULT, { value: true });
                return list;
            }
        }
    }

    search(rt: Interpreter, node: Extract<Expr, { k: 'sosl' }>, site: CallSite, evaluate: (expr: Expr) => Value, fixedResults: string[] | null): Value {
        const module = requireModule();
        let prepared = inlineSearches.get(node);
        if (!prepared) {
            const source = padded(node.text, node.l, node.col);
            const tree: SoslLiteralContext = ApexParserFactory.createParser(source).soslLiteral();
            prepared = { query: module.soslFromTree(tree, site.file), converter: new TreeConverter(site.file, source), objects: returningObjects(this.schema, tree) };
            inlineSearches.set(node, prepared);
        }
        const { converter, objects } = prepared;
        this.soslQueries += 1;
        const lists = module.executeSosl(this.org, prepared.query, {
            accessLevel: 'SYSTEM_MODE',
            enforceSharing: enforcesSharing(rt.frames, 'SYSTEM_MODE'),
            resolveBind: (bind) => this.bindValue(rt, bind, converter, evaluate),
            fixedResults
        });
        return new ApexList(
            { k: 'list', of: { k: 'sobject', name: null } },
            lists.map((rows, index) => new ApexList({ k: 'sobject', name: objects[index] ?? rows[0]?.attributes.type ?? null }, rows.map((row) => toSObject(this.schema, row, true))))
        );
    }
}

function aggregateValue(value: unknown): Value {
    if (value === null || value === undefined) return null;
    // COUNT() is an Integer; SUM, AVG, MIN and MAX of number fields are Decimals.
    if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) <= 2147483647 ? value : ApexDecimal.of(String(value));
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    throw new UnsupportedError(`unsupported: aggregate value ${JSON.stringify(value)}`);
}

/** An Apex value as a bind value: Ids as text, dates ISO, collections as arrays, SObjects by Id. */
export function nativeOf(value: Value): unknown {
    if (value instanceof ApexList) return value.items.map(nativeOf);
    if (value instanceof ApexSet) return [...value.entries.values()].map(nativeOf);
    if (value instanceof SObjectValue) {
        const id = value.raw('Id');
        return id instanceof IdValue ? id.id18 : null;
    }
    if (value instanceof ApexMap) throw new UnsupportedError('unsupported: a Map as a bind value');
    return toOrg(value);
}
