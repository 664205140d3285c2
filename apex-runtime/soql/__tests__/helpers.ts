// Shared by the SOQL/SOSL tests: queries written as in Apex (inline, with Apex bind expressions) or as
// Database.query strings, run over a project org with named bind values.
import {
    ApexParserBaseListener,
    ApexParserFactory,
    ApexParseTreeWalker,
    type QueryContext,
    type SoslLiteralContext
} from '@apexdevtools/apex-parser';
import { InMemoryOrg } from '../../../spec/org/InMemoryOrg';
import type { FieldDefinition, FieldType, ObjectDefinition } from '../../../spec/org/schema';
import { customObjectStandardFields, standardObjects } from '../../../spec/org/standardObjects';
import { sourceText } from '../fromTree';
import {
    executeSoql,
    executeSosl,
    parseSoql,
    soqlFromTree,
    soslFromTree,
    type SoqlBind,
    type SoqlQuery,
    type SoqlResult,
    type SoslQuery
} from '../index';

class QueryFinder extends ApexParserBaseListener {
    soql: QueryContext[] = [];
    sosl: SoslLiteralContext[] = [];

    enterSoqlLiteral = (context: { query(): QueryContext }): void => {
        this.soql.push(context.query());
    };

    enterSoslLiteral = (context: SoslLiteralContext): void => {
        this.sosl.push(context);
    };
}

/** The inline queries of an Apex class source, in order. */
export function inlineQueriesOf(source: string): QueryFinder {
    const finder = new QueryFinder();
    ApexParseTreeWalker.DEFAULT.walk(finder, ApexParserFactory.createParser(source).compilationUnit());
    return finder;
}

/** `[SELECT ...]` as an Apex class would hold it. */
export function inline(soql: string): SoqlQuery {
    const finder = inlineQueriesOf(`public class Queries { void run() { Object result = [${soql}]; } }`);
    return soqlFromTree(finder.soql[0] as QueryContext, 'Queries.cls');
}

/** `[FIND ...]` as an Apex class would hold it. */
export function inlineSosl(sosl: string): SoslQuery {
    const finder = inlineQueriesOf(`public class Queries { void run() { Object result = [${sosl}]; } }`);
    return soslFromTree(finder.sosl[0] as SoslLiteralContext, 'Queries.cls');
}

export type Binds = Record<string, unknown>;

/** Resolves a bind by its Apex expression text (inline) or variable name (dynamic). */
export function bindResolver(binds: Binds): (bind: SoqlBind) => unknown {
    return (bind) => {
        const key = bind.kind === 'name' ? bind.name : sourceText(bind.node);
        if (!(key in binds)) throw new Error(`The test gives no value for the bind :${key}`);
        return binds[key];
    };
}

export interface RunSettings {
    binds?: Binds;
    accessLevel?: 'USER_MODE' | 'SYSTEM_MODE';
    enforceSharing?: boolean;
}

export function run(org: InMemoryOrg, query: string | SoqlQuery, settings: RunSettings = {}): SoqlResult {
    const parsed = typeof query === 'string' ? inline(query) : query;
    return executeSoql(org, parsed, {
        accessLevel: settings.accessLevel ?? 'SYSTEM_MODE',
        enforceSharing: settings.enforceSharing ?? false,
        resolveBind: bindResolver(settings.binds ?? {})
    });
}

/** The rows of a row query. */
export function rows(org: InMemoryOrg, query: string | SoqlQuery, settings: RunSettings = {}) {
    const result = run(org, query, settings);
    if (result.kind !== 'rows') throw new Error(`Expected rows, got ${result.kind}`);
    return result.rows;
}

export function dynamic(text: string): SoqlQuery {
    return parseSoql(text);
}

export function search(
    org: InMemoryOrg,
    sosl: string | SoslQuery,
    fixedResults: string[] | null,
    settings: RunSettings = {}
) {
    const parsed = typeof sosl === 'string' ? inlineSosl(sosl) : sosl;
    return executeSosl(org, parsed, {
        accessLevel: settings.accessLevel ?? 'SYSTEM_MODE',
        enforceSharing: settings.enforceSharing ?? false,
        resolveBind: bindResolver(settings.binds ?? {}),
        fixedResults
    });
}

/** Runs `body` as one transaction and returns its result with the Limits it used. */
export function counted<T>(org: InMemoryOrg, body: () => T) {
    return org.transaction(() => {
        const result = body();
        return {
            result,
            queries: org.limits.usage().queries,
            queryRows: org.limits.usage().queryRows,
            aggregateQueries: org.limits.aggregateQueries(),
            soslQueries: org.limits.soslQueries()
        };
    });
}

/** An org of the standard objects plus Gadget__c, a custom object with the field types the project lacks. */
export function gadgetOrg(): InMemoryOrg {
    const field = (name: string, type: FieldType, options: Partial<FieldDefinition> = {}): FieldDefinition => ({
        name,
        type,
        custom: name.endsWith('__c'),
        createable: true,
        updateable: true,
        nillable: true,
        ...options
    });
    const gadget: ObjectDefinition = {
        name: 'Gadget__c',
        custom: true,
        setup: false,
        fields: Object.fromEntries(
            [
                ...customObjectStandardFields(field('Name', 'string', { length: 80 })),
                field('Colours__c', 'multipicklist', { picklistValues: ['Red', 'Green', 'Blue'] }),
                field('Score__c', 'double'),
                field('Launched__c', 'date'),
                field('Checked_At__c', 'datetime'),
                field('Active__c', 'boolean', { nillable: false, defaultValue: false }),
                field('Notes__c', 'textarea', { length: 32768 }),
                field('Account__c', 'reference', { referenceTo: ['Account'], relationshipName: 'Account__r' })
            ].map((definition) => [definition.name, definition])
        )
    };
    return new InMemoryOrg({
        objects: [...standardObjects(), gadget],
        clock: { instant: '2026-11-20T15:00:00Z', timeZone: 'America/New_York' }
    });
}
