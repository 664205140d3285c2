/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// Every query the package's Apex holds runs here: each inline [SELECT ...] and [FIND ...] of every class and
// trigger under force-app, and each Database.query / queryWithBinds / countQuery string literal, extracted with
// the Apex parser and run against a seeded project org with plausible bind values (an existing record's Id for
// an Id, a stored value for a text field, today for a date, ...). The one query built at run time
// (PlaybookVectorRunner.queryEverything) is rebuilt here as that method builds it.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import {
    ApexParserBaseListener,
    ApexParserFactory,
    ApexParseTreeWalker,
    type DotExpressionContext,
    type QueryContext,
    type SoslLiteralContext
} from '@apexdevtools/apex-parser';
import { projectRoot } from '../../../spec/__tests__/orgFixtures';
import { InMemoryOrg } from '../../../spec/org/InMemoryOrg';
import type { ObjectDefinition } from '../../../spec/org/schema';
import { withSharedActivities } from '../../../spec/org/sharedActivities';
import { loadSampleData } from '../../../spec/project/createProjectOrg';
import { loadProjectMetadata } from '../../../spec/project/projectMetadata';
import { PACKAGE_TRIGGER_HANDLERS } from '../../../spec/triggers/packageTriggers';
import type { Condition, SelectCore, SoqlBind, SoqlQuery, SoslQuery, Value } from '../ast';
import { sourceText } from '../fromTree';
import { executeSoql, executeSosl, parseSoql, soqlFromTree, soslFromTree } from '../index';
import { resolvePath } from '../paths';
import { unquoteString } from '../literals';

interface Found {
    where: string;
    testClass: boolean;
    query: SoqlQuery | SoslQuery;
}

const DYNAMIC_METHODS = new Set(['query', 'querywithbinds', 'countquery', 'getquerylocator']);
const QUERY_HINT = /\[\s*(select|find)\b|database\s*\.\s*(query|querywithbinds|countquery|getquerylocator)\b/i;

function apexFiles(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : apexFiles(path);
        return /\.(cls|trigger)$/.test(name) && /[/\\](classes|triggers)[/\\]/.test(path) ? [path] : [];
    });
}

class QueryCollector extends ApexParserBaseListener {
    readonly found: Found[] = [];
    readonly builtAtRunTime: string[] = [];

    constructor(
        private readonly file: string,
        private readonly testClass: boolean
    ) {
        super();
    }

    enterSoqlLiteral = (context: { query(): QueryContext }): void => {
        const query = soqlFromTree(context.query(), this.file);
        this.found.push({ where: `${this.file}:${query.source.line}`, testClass: this.testClass, query });
    };

    enterSoslLiteral = (context: SoslLiteralContext): void => {
        const query = soslFromTree(context, this.file);
        this.found.push({ where: `${this.file}:${query.source.line}`, testClass: this.testClass, query });
    };

    enterDotExpression = (context: DotExpressionContext): void => {
        const call = context.dotMethodCall();
        if (!call || context.expression().getText().toLowerCase() !== 'database') return;
        if (!DYNAMIC_METHODS.has(call.anyId().getText().toLowerCase())) return;
        const first = call.expressionList()?.expression(0);
        const where = `${this.file}:${context.start.line}`;
        const text = first?.getText() ?? '';
        if (!/^'.*'$/s.test(text)) {
            this.builtAtRunTime.push(`${where} ${sourceText(context)}`);
            return;
        }
        const query = parseSoql(unquoteString(sourceText(first as never)), this.file);
        this.found.push({ where, testClass: this.testClass, query });
    };
}

function collect(): { found: Found[]; builtAtRunTime: string[] } {
    const found: Found[] = [];
    const builtAtRunTime: string[] = [];
    for (const path of apexFiles(join(projectRoot, 'force-app')).sort()) {
        const source = readFileSync(path, 'utf8');
        // Parsing is the slow part: skip the files that cannot hold a query (the pattern is a superset).
        if (!QUERY_HINT.test(source)) continue;
        const parser = ApexParserFactory.createParser(source);
        const tree = path.endsWith('.trigger') ? parser.triggerUnit() : parser.compilationUnit();
        const collector = new QueryCollector(relative(projectRoot, path), /^\s*@istest\b/im.test(source));
        ApexParseTreeWalker.DEFAULT.walk(collector, tree);
        found.push(...collector.found);
        builtAtRunTime.push(...collector.builtAtRunTime);
    }
    return { found, builtAtRunTime };
}

/**
 * Stand-ins for setup objects the in-memory org does not model yet (Profile, PermissionSet, StaticResource), so
 * that the queries of PlaybookTestFactory and PlaybookVectorRunner are shown to run once the org has them.
 */
function standIns(): ObjectDefinition[] {
    const field = (name: string, type: 'id' | 'string' | 'textarea') => ({
        name,
        type,
        custom: false,
        createable: type !== 'id',
        updateable: false,
        nillable: type !== 'id'
    });
    const object = (name: string, keyPrefix: string, fields: ReturnType<typeof field>[]): ObjectDefinition => ({
        name,
        keyPrefix,
        custom: false,
        setup: true,
        fields: Object.fromEntries([field('Id', 'id'), ...fields].map((definition) => [definition.name, definition]))
    });
    return [
        object('Profile', '00e', [field('Name', 'string')]),
        object('PermissionSet', '0PS', [field('Name', 'string'), field('Label', 'string')]),
        object('StaticResource', '081', [field('Name', 'string'), field('Body', 'textarea')])
    ];
}

function seededOrg(withStandIns: boolean): InMemoryOrg {
    const metadata = loadProjectMetadata(projectRoot);
    const objects = withSharedActivities(metadata.objects, true);
    const org = new InMemoryOrg({
        objects: withStandIns ? [...objects, ...standIns()] : objects,
        permissionSets: metadata.permissionSets,
        recordTypes: metadata.recordTypes,
        queues: metadata.queues,
        settingsDefaults: metadata.settingsDefaults,
        settingsSource: metadata.settingsSource,
        closedCaseStatuses: metadata.closedCaseStatuses,
        closedTaskStatuses: metadata.closedTaskStatuses,
        clock: { instant: '2026-11-20T15:00:00Z', timeZone: 'America/New_York' },
        triggerHandlers: PACKAGE_TRIGGER_HANDLERS
    });
    loadSampleData(org, projectRoot);
    if (withStandIns) {
        org.db.insert(
            [
                { attributes: { type: 'Profile' }, Name: 'System Administrator' },
                { attributes: { type: 'Profile' }, Name: 'Standard User' },
                { attributes: { type: 'PermissionSet' }, Name: 'Playbooks_Agent', Label: 'Playbooks Agent' },
                { attributes: { type: 'StaticResource' }, Name: 'PlaybookVectors', Body: '{}' }
            ],
            'SYSTEM_MODE'
        );
    }
    return org;
}

/** Plausible values for each bind of a query, from the field it is compared with and the seeded records. */
function plausibleBinds(org: InMemoryOrg, query: SoqlQuery | SoslQuery): Map<SoqlBind, unknown> {
    const values = new Map<SoqlBind, unknown>();
    const source = query.source;
    const objectOf = (name: string) => org.schema.findObject(name)?.name;
    if (query.kind === 'soql' ? !objectOf(query.from) : query.returning.some((spec) => !objectOf(spec.object)))
        return values;
    const count = (value: Value | undefined, amount: number) => {
        if (value?.kind === 'bind') values.set(value.bind, amount);
    };
    const fromCondition = (objectName: string, condition: Condition | undefined) => {
        if (!condition) return;
        if (condition.kind === 'not') return fromCondition(objectName, condition.item);
        if (condition.kind !== 'compare') return condition.items.forEach((item) => fromCondition(objectName, item));
        const binds =
            condition.value.kind === 'bind'
                ? [condition.value]
                : condition.value.kind === 'list'
                  ? condition.value.items
                  : [];
        for (const bind of binds) {
            if (bind.kind !== 'bind') continue;
            const path = resolvePath(org.schema, objectName, condition.path, source);
            const owner = path.hops.length
                ? (path.hops[path.hops.length - 1]?.field.referenceTo?.[0] as string)
                : objectName;
            const sample = (name: string) =>
                org.db
                    .all(name)
                    .find((record) => record[path.leaf.name] !== null && record[path.leaf.name] !== undefined);
            let value: unknown;
            switch (path.leaf.type) {
                case 'id':
                    value = org.db.all(owner)[0]?.Id ?? `${org.schema.keyPrefix(owner)}000000000001`;
                    break;
                case 'reference': {
                    const target = path.leaf.definition?.referenceTo?.[0] as string;
                    value = org.db.all(target)[0]?.Id ?? `${org.schema.keyPrefix(target)}000000000001`;
                    break;
                }
                case 'double':
                case 'int':
                case 'currency':
                case 'percent':
                    value = 1;
                    break;
                case 'boolean':
                    value = true;
                    break;
                case 'date':
                    value = org.today();
                    break;
                case 'datetime':
                    value = org.nowIso();
                    break;
                default:
                    value = condition.operator === 'LIKE' ? '%a%' : (sample(owner)?.[path.leaf.name] ?? 'x');
            }
            values.set(bind.bind, condition.operator === 'IN' || condition.operator === 'NOT IN' ? [value] : value);
        }
    };
    const fromCore = (objectName: string, core: SelectCore) => {
        fromCondition(objectName, core.where);
        count(core.limit, 50);
        for (const item of core.select) {
            if (item.kind !== 'subquery') continue;
            const relationship = org.schema.findChildRelationship(objectName, item.query.from);
            if (relationship) fromCore(relationship.childObject, item.query);
        }
    };
    if (query.kind === 'soql') {
        fromCore(org.schema.findObject(query.from)?.name ?? query.from, query);
        count(query.offset, 0);
    } else {
        if (query.term.kind === 'bind') values.set(query.term.bind, 'Okafor');
        for (const spec of query.returning) {
            fromCondition(org.schema.findObject(spec.object)?.name ?? spec.object, spec.where);
            count(spec.limit, 50);
            count(spec.offset, 0);
        }
        count(query.limit, 50);
    }
    return values;
}

function execute(org: InMemoryOrg, query: SoqlQuery | SoslQuery, accessLevel: 'USER_MODE' | 'SYSTEM_MODE'): unknown {
    const binds = plausibleBinds(org, query);
    const resolveBind = (bind: SoqlBind) => binds.get(bind);
    if (query.kind === 'sosl') {
        const fixed = org.db.all('Contact').map((record) => record.Id);
        return executeSosl(org, query, { accessLevel, enforceSharing: true, resolveBind, fixedResults: fixed });
    }
    return executeSoql(org, query, { accessLevel, enforceSharing: true, resolveBind });
}

function failures(org: InMemoryOrg, found: readonly Found[], accessLevel: 'USER_MODE' | 'SYSTEM_MODE'): string[] {
    return found.flatMap(({ where, query }) => {
        try {
            execute(org, query, accessLevel);
            return [];
        } catch (error) {
            return [`${where}: ${(error as Error).message}`];
        }
    });
}

/** PlaybookVectorRunner.queryEverything: every standard field and every custom field of an object, in system mode. */
function queryEverythingText(org: InMemoryOrg, objectName: string): string {
    const custom = Object.values(org.schema.object(objectName).fields)
        .filter((field) => field.custom)
        .map((field) => field.name);
    return `SELECT ${['FIELDS(STANDARD)', ...custom].join(', ')} FROM ${objectName} LIMIT 5000`;
}

describe('every query of the package runs', () => {
    const { found, builtAtRunTime } = collect();

    it('finds the inline queries and query strings of the classes', () => {
        expect(found.length).toBeGreaterThan(100);
        expect(
            found.some(({ query }) => query.kind === 'soql' && query.select.some((item) => item.kind === 'subquery'))
        ).toBe(true);
        expect(builtAtRunTime).toEqual([
            'force-app/test/default/classes/PlaybookVectorRunner.cls:456 Database.query(soql, AccessLevel.SYSTEM_MODE)'
        ]);
    });

    it('runs each one as the tests run (a System Administrator), in the mode of the call', () => {
        const org = seededOrg(true);
        expect(failures(org, found, 'SYSTEM_MODE')).toEqual([]);
    });

    it("runs each query of the package's own classes as an agent holding Playbooks_Agent, in user mode", () => {
        const org = seededOrg(true);
        org.setRunningUser(
            org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] })
        );
        const packageQueries = found.filter(({ testClass }) => !testClass);
        expect(packageQueries.length).toBeGreaterThan(30);
        expect(failures(org, packageQueries, 'USER_MODE')).toEqual([]);
    });

    it('runs the query PlaybookVectorRunner builds for every object it compares', () => {
        const org = seededOrg(true);
        for (const objectName of ['Account', 'Contact', 'Contract', 'Case', 'Task', 'Playbook_Request__c']) {
            const result = executeSoql(org, parseSoql(queryEverythingText(org, objectName)), {
                accessLevel: 'SYSTEM_MODE',
                enforceSharing: true,
                resolveBind: () => undefined
            });
            expect(result.kind === 'rows' && result.rows.length === org.db.all(objectName).length).toBe(true);
        }
    });

    it('names the setup objects the project org does not model yet as unsupported, never as a query error', () => {
        const org = seededOrg(false);
        expect(failures(org, found, 'SYSTEM_MODE').map((failure) => failure.slice(failure.indexOf(': ') + 2))).toEqual([
            'unsupported: SOQL on Profile, an object the in-memory org does not model (force-app/main/default/classes/PlaybookSettingsTest.cls line 323)',
            'unsupported: SOQL on Profile, an object the in-memory org does not model (force-app/main/default/classes/PlaybookTestFactory.cls line 71)',
            'unsupported: SOQL on PermissionSet, an object the in-memory org does not model (force-app/main/default/classes/PlaybookTestFactory.cls line 76)',
            'unsupported: SOQL on StaticResource, an object the in-memory org does not model (force-app/test/default/classes/PlaybookVectorRunner.cls line 71)'
        ]);
    });
});
