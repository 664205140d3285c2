/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// Every query the package's Apex holds runs here: each inline [SELECT ...] and [FIND ...] of every class and
// trigger under force-app, and each query string literal ('SELECT ... FROM ...', 'FIND {...} ...') whether it is
// passed to Database.query / queryWithBinds / countQuery directly or through a test helper, extracted with the
// Apex parser and run against a seeded project org with plausible bind values (an existing record's Id for an Id,
// a stored value for a text field, today for a date, ...). The Database calls whose query is not a literal are
// listed: test helpers forwarding their callers' literals, and PlaybookVectorRunner.queryEverything, whose query
// is rebuilt here as that method builds it.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import {
    ApexParserBaseListener,
    ApexParserFactory,
    ApexParseTreeWalker,
    type DotExpressionContext,
    type LiteralContext,
    type QueryContext,
    type SoslLiteralContext
} from '@apexdevtools/apex-parser';
import { projectRoot } from '../../../spec/__tests__/orgFixtures';
import { InMemoryOrg } from '../../../spec/org/InMemoryOrg';
import type { ObjectDefinition } from '../../../spec/org/schema';
import { withEntitlementManagement } from '../../../spec/org/entitlements';
import { withSharedActivities } from '../../../spec/org/sharedActivities';
import { loadSampleData } from '../../../spec/project/createProjectOrg';
import { loadProjectMetadata } from '../../../spec/project/projectMetadata';
import { PACKAGE_TRIGGER_HANDLERS } from '../../../spec/triggers/packageTriggers';
import type { Condition, SelectCore, SoqlBind, SoqlQuery, SoslQuery, Value } from '../ast';
import { sourceText } from '../fromTree';
import { executeSoql, executeSosl, parseSoql, parseSosl, soqlFromTree, soslFromTree } from '../index';
import { resolvePath } from '../paths';
import { unquoteString } from '../literals';

interface Found {
    where: string;
    /** An inline [SELECT ...] / [FIND ...], or a query string literal. */
    inline: boolean;
    testClass: boolean;
    query: SoqlQuery | SoslQuery;
}

const DYNAMIC_METHODS = new Set(['query', 'querywithbinds', 'countquery', 'countquerywithbinds', 'getquerylocator']);
const QUERY_HINT = /\[\s*(select|find)\b|'\s*(select|find)\b|database\s*\.\s*(query|countquery|getquerylocator)/i;
const SOQL_STRING = /^\s*select\b[\s\S]*\bfrom\b/i;
const SOSL_STRING = /^\s*find\s*\{/i;

/**
 * Database calls whose query is not a literal: helpers that run their caller's query string (those literals are
 * collected where they are written), and PlaybookVectorRunner.queryEverything (rebuilt below).
 */
const KNOWN_BUILT_AT_RUN_TIME = new Set([
    'PlaybookVectorRunner.cls Database.query(soql, AccessLevel.SYSTEM_MODE)',
    'PlaybookTestFactory.cls Database.queryWithBinds(soql, binds, AccessLevel.SYSTEM_MODE)',
    'PlaybookTestFactory.cls Database.countQueryWithBinds(soql, binds, AccessLevel.SYSTEM_MODE)',
    // an inline query handed to the batch: collected where it is written
    'PlaybookRequestPurge.cls Database.getQueryLocator( [SELECT Id FROM Playbook_Request__c WHERE CreatedDate < :cutoff WITH SYSTEM_MODE] )',
    'IntegrationCaseMonitor.cls Database.getQueryLocator( [ SELECT Id, CaseNumber, Subject, OwnerId, CreatedById, Overdue_Notified_For__c, May_Close__c, May_Set_No_Response__c, Status, IsClosed, First_Comment_Due__c, First_Comment_At__c, Last_Integrations_Update_At__c, Update_Requested_At__c, Update_Requested_By_ECP__c, Update_Request_Allowed_From__c, Callback_Requested_At__c, Callback_Due__c, ECP_Message_Left_At__c, Close_Allowed_From__c, ECP_Reached_At__c, ECP_Resolved_At__c, Close_Due__c, Outreach_Attempts__c, First_Unanswered_Outreach_At__c, Last_Outreach_At__c, No_Response_Allowed_From__c FROM Case WHERE RecordTypeId = :recordTypeId AND IsClosed = FALSE WITH SYSTEM_MODE ORDER BY Id ] )'
]);

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
        this.found.push({ where: `${this.file}:${query.source.line}`, inline: true, testClass: this.testClass, query });
    };

    enterSoslLiteral = (context: SoslLiteralContext): void => {
        const query = soslFromTree(context, this.file);
        this.found.push({ where: `${this.file}:${query.source.line}`, inline: true, testClass: this.testClass, query });
    };

    enterDotExpression = (context: DotExpressionContext): void => {
        const call = context.dotMethodCall();
        if (!call || context.expression().getText().toLowerCase() !== 'database') return;
        if (!DYNAMIC_METHODS.has(call.anyId().getText().toLowerCase())) return;
        const first = call.expressionList()?.expression(0);
        if (/^'.*'$/s.test(first?.getText() ?? '')) return; // a literal: enterLiteral collects it
        this.builtAtRunTime.push(`${this.file.replace(/^.*[/\\]/, '')} ${sourceText(context)}`);
    };

    enterLiteral = (context: LiteralContext): void => {
        const literal = context.StringLiteral();
        if (!literal) return;
        const text = unquoteString(literal.getText());
        const where = `${this.file}:${context.start.line}`;
        if (SOQL_STRING.test(text))
            this.found.push({ where, inline: false, testClass: this.testClass, query: parseSoql(text, this.file) });
        else if (SOSL_STRING.test(text))
            this.found.push({ where, inline: false, testClass: this.testClass, query: parseSosl(text, this.file) });
    };
}

/** How many `[SELECT` / `[FIND` a source holds outside comments: what the parser must find. */
function writtenQueries(source: string): number {
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    return (code.match(/\[\s*(select|find)\b/gi) ?? []).length;
}

function collect(): { found: Found[]; builtAtRunTime: string[]; written: number } {
    const found: Found[] = [];
    const builtAtRunTime: string[] = [];
    let written = 0;
    for (const path of apexFiles(join(projectRoot, 'force-app')).sort()) {
        const source = readFileSync(path, 'utf8');
        // Parsing is the slow part: skip the files that cannot hold a query (the pattern is a superset).
        if (!QUERY_HINT.test(source)) continue;
        written += writtenQueries(source);
        const parser = ApexParserFactory.createParser(source);
        const tree = path.endsWith('.trigger') ? parser.triggerUnit() : parser.compilationUnit();
        const collector = new QueryCollector(relative(projectRoot, path), /^\s*@istest\b/im.test(source));
        ApexParseTreeWalker.DEFAULT.walk(collector, tree);
        found.push(...collector.found);
        builtAtRunTime.push(...collector.builtAtRunTime);
    }
    return { found, builtAtRunTime, written };
}

/** A message with its line numbers blanked, so that edits elsewhere in a class do not change it. */
function withoutLines(text: string): string {
    return text.replace(/\bline \d+\b/g, 'line N');
}

/**
 * Stand-ins for setup objects the in-memory org does not model yet (Profile, PermissionSet, StaticResource,
 * CronTrigger and CronJobDetail), so that the queries of PlaybookTestFactory, PlaybookVectorRunner and
 * PlaybookRequestPurge are shown to run once the org has them.
 */
function standIns(): ObjectDefinition[] {
    const field = (name: string, type: 'id' | 'string' | 'textarea' | 'reference', referenceTo?: string) => ({
        name,
        type,
        custom: false,
        createable: type !== 'id',
        updateable: false,
        nillable: type !== 'id',
        ...(referenceTo ? { referenceTo: [referenceTo], relationshipName: referenceTo } : {})
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
        object('StaticResource', '081', [field('Name', 'string'), field('Body', 'textarea')]),
        object('CronJobDetail', '08a', [field('Name', 'string')]),
        object('CronTrigger', '08e', [
            field('CronExpression', 'string'),
            field('State', 'string'),
            field('CronJobDetailId', 'reference', 'CronJobDetail')
        ])
    ];
}

function seededOrg(withStandIns: boolean): InMemoryOrg {
    const metadata = loadProjectMetadata(projectRoot);
    // Both run-time features on, so that the queries of their paths (TaskRelation, Entitlement) run too.
    const objects = withEntitlementManagement(withSharedActivities(metadata.objects, true), true);
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
    const { found, builtAtRunTime, written } = collect();

    it('finds the inline queries and query strings of the classes', () => {
        expect(found.filter((query) => query.inline)).toHaveLength(written);
        expect(written).toBeGreaterThan(30);
        expect(
            found.some(({ query }) => query.kind === 'soql' && query.select.some((item) => item.kind === 'subquery'))
        ).toBe(true);
        expect(builtAtRunTime.filter((call) => !KNOWN_BUILT_AT_RUN_TIME.has(call))).toEqual([]);
        expect(builtAtRunTime).toContain('PlaybookVectorRunner.cls Database.query(soql, AccessLevel.SYSTEM_MODE)');
        expect(found.some((query) => !query.inline)).toBe(true);
    });

    // The tests run as a System Administrator without the package's permission sets, who has no field-level
    // security on the package's fields (spec/README.md, "What the org enforces"): what such a user runs must be in
    // system mode or on standard objects only (the test classes' own queries). The package's user-mode queries run
    // as an agent (below).
    const asAdministrator = found.filter(({ query, testClass }) => testClass || query.accessMode !== 'USER_MODE');

    it('runs each query the test administrator runs (a System Administrator without the permission sets)', () => {
        const org = seededOrg(true);
        const systemMode = asAdministrator;
        expect(systemMode.length).toBeGreaterThan(5);
        expect(failures(org, systemMode, 'SYSTEM_MODE')).toEqual([]);
    });

    it("refuses the package's user-mode queries to that administrator, as an org does", () => {
        const org = seededOrg(true);
        const userMode = found.filter(({ query, testClass }) => !testClass && query.accessMode === 'USER_MODE');
        expect(userMode.length).toBeGreaterThan(20);
        expect(failures(org, userMode, 'SYSTEM_MODE').length).toBeGreaterThan(0);
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
        expect(
            failures(org, asAdministrator, 'SYSTEM_MODE').map((failure) =>
                withoutLines(failure.slice(failure.indexOf(': ') + 2))
            )
        ).toEqual([
            'unsupported: SOQL on CronTrigger, an object the in-memory org does not model (force-app/main/default/classes/IntegrationCaseMonitor.cls line N)',
            'unsupported: SOQL on CronTrigger, an object the in-memory org does not model (force-app/main/default/classes/IntegrationCaseMonitorTest.cls line N)',
            'unsupported: SOQL on CronTrigger, an object the in-memory org does not model (force-app/main/default/classes/PlaybookRequestPurge.cls line N)',
            'unsupported: SOQL on CronTrigger, an object the in-memory org does not model (force-app/main/default/classes/PlaybookRequestPurgeTest.cls line N)',
            'unsupported: SOQL on Profile, an object the in-memory org does not model (force-app/main/default/classes/PlaybookSettingsTest.cls line N)',
            'unsupported: SOQL on Profile, an object the in-memory org does not model (force-app/main/default/classes/PlaybookTestFactory.cls line N)',
            'unsupported: SOQL on PermissionSet, an object the in-memory org does not model (force-app/main/default/classes/PlaybookTestFactory.cls line N)',
            'unsupported: SOQL on StaticResource, an object the in-memory org does not model (force-app/test/default/classes/PlaybookVectorRunner.cls line N)',
            'unsupported: SOQL on StaticResource, an object the in-memory org does not model (force-app/test/default/classes/RequestFingerprintTest.cls line N)',
        ]);
    });
});
