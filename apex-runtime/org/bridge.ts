// The bridge between the evaluator and the in-memory org of spec/: SObject fields, DML, queries,
// System.runAs, the running user and the clock, Schema tokens, custom metadata and labels, and
// the state of the running test. Everything Apex asks of the org goes through here.
import { to18 } from '../../spec/org/ids';
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import type { Schema } from '../../spec/org/schema';
import type { Program } from '../binder/program';
import { PlatformError, UnsupportedError } from '../evaluator/errors';
import type { CallSite, OrgRuntime } from '../evaluator/host';
import type { Interpreter } from '../evaluator/interpreter';
import { runtimeTypeName } from '../evaluator/types';
import { ApexMap, IdValue, isSObject, prim, type Value } from '../evaluator/values';
import type { DmlOperation, Expr } from '../parser/ast';
import { registerApexTriggers } from './apexTriggers';
import type { ApexOrg } from './apexOrg';
import { Describer } from './describe';
import { DmlRunner } from './dml';
import { forField } from './fieldValues';
import { enforcesSharing, QueryRunner } from './queries';
import { toDmlInput, toSObject } from './records';
import { SObjectValue } from './sobject';
import { TestContext } from './testContext';

function notQueried(record: SObjectValue, name: string): PlatformError {
    return new PlatformError('SObjectException', `SObject row was retrieved via SOQL without querying the requested field: ${record.objectName}.${name}`);
}

export class OrgBridge implements OrgRuntime {
    readonly org: InMemoryOrg;
    readonly schema: Schema;
    readonly describer: Describer;
    readonly dml: DmlRunner;
    readonly queries: QueryRunner;
    test: TestContext;
    private interpreter: Interpreter | null = null;
    private readonly zones = new Map<string, string>();

    constructor(readonly apexOrg: ApexOrg) {
        this.org = apexOrg.org;
        this.schema = apexOrg.org.schema;
        this.describer = new Describer(this.org);
        this.dml = new DmlRunner(this.org, apexOrg.apexDml);
        this.queries = new QueryRunner(this.org, this.schema);
        this.test = new TestContext(this.org);
        this.org.triggers.register({
            name: 'ApexRuntime.TimeZoneCache',
            objectName: 'User',
            events: ['afterUpdate'],
            handle: () => this.zones.clear()
        });
    }

    /** Connects the evaluator: the Apex triggers of the program now run on the org's writes. */
    attach(interpreter: Interpreter, program: Program): void {
        this.interpreter = interpreter;
        registerApexTriggers(this.org, program.triggers, () => this.requireInterpreter());
    }

    private requireInterpreter(): Interpreter {
        if (!this.interpreter) throw new Error('The bridge has no evaluator attached');
        return this.interpreter;
    }

    /** A fresh transaction for a test method: test state and counters start over. */
    beginTest(): void {
        this.test = new TestContext(this.org);
        this.queries.soslQueries = 0;
        this.org.limits.begin();
    }

    // ---- SObjects -----------------------------------------------------------------------------------

    sobjectName(name: string): string | null {
        return this.schema.findObject(name)?.name ?? null;
    }

    newSObject(objectName: string): SObjectValue {
        return new SObjectValue(this.schema, this.schema.object(objectName));
    }

    hasField(record: SObjectValue, name: string): boolean {
        return Boolean(record.slots.has(name.toLowerCase()) || record.field(name) || record.relationshipField(name) || this.schema.findChildRelationship(record.objectName, name));
    }

    readField(record: SObjectValue, name: string): Value {
        const slot = record.slots.get(name.toLowerCase());
        if (slot) return slot.value;
        const field = record.field(name);
        if (field) {
            if (record.queried && field.name !== 'Id') throw notQueried(record, field.name);
            return null;
        }
        // A parent relationship or child relationship that was not queried reads as null: a query
        // whose lookup is empty leaves the relationship out too, so the two cannot be told apart.
        if (record.relationshipField(name) || this.schema.findChildRelationship(record.objectName, name)) return null;
        throw new PlatformError('SObjectException', `Invalid field ${name} for ${record.objectName}`);
    }

    writeField(record: SObjectValue, name: string, value: Value): void {
        if (record.readOnly) throw new PlatformError('FinalException', 'Record is read-only');
        const field = record.field(name);
        if (field) {
            if (field.name !== 'Id' && !field.createable && !field.updateable) {
                throw new PlatformError('SObjectException', `Field is not writeable: ${record.objectName}.${field.name}`);
            }
            record.setRaw(field.name, forField(field, value));
            return;
        }
        const lookup = record.relationshipField(name);
        if (lookup && lookup.relationshipName) {
            if (value !== null && !isSObject(value)) throw new PlatformError('SObjectException', `Illegal assignment from ${runtimeTypeName(value)} to SObject`);
            record.setRaw(lookup.relationshipName, value);
            return;
        }
        throw new PlatformError('SObjectException', `Invalid field ${name} for ${record.objectName}`);
    }

    // ---- DML, queries and runAs ---------------------------------------------------------------------

    /**
     * Apex Developer Guide "Future Methods": the call returns at once and the method runs later, in its own
     * transaction; in a test, at Test.stopTest ("Testing Asynchronous Apex"). A future method cannot call another
     * ("Future method cannot be called from a future or batch method").
     */
    enqueueFuture(rt: Interpreter, className: string, methodName: string, run: () => void): void {
        const running = this.test.runningKind;
        if (running === 'Future' || running === 'BatchApex') {
            throw new PlatformError('AsyncException', `Future method cannot be called from a future or batch method: ${className}.${methodName}()`);
        }
        const [jobId] = this.org.db.insert(
            { attributes: { type: 'AsyncApexJob' }, JobType: 'Future', Status: 'Queued', ApexClassName: className, MethodName: methodName, JobItemsProcessed: 0, TotalJobItems: 0, NumberOfErrors: 0, CreatedDate: new Date(rt.org.nowMillis()).toISOString() },
            'SYSTEM_MODE'
        ) as [string];
        this.test.enqueue({
            kind: 'Future',
            className,
            run: () => {
                run();
                this.org.db.update({ Id: jobId, Status: 'Completed', JobItemsProcessed: 1, TotalJobItems: 1, CompletedDate: new Date(rt.org.nowMillis()).toISOString() }, 'SYSTEM_MODE');
            }
        });
    }

    dmlStatement(rt: Interpreter, op: DmlOperation, access: 'user' | 'system' | null, target: Value, extra: { upsertField: string[] | null; merged: Value }, site: CallSite): void {
        if (extra.upsertField) rt.unsupported(`upsert with an external Id field (${site.file}:${site.line})`);
        const mode = access === 'user' ? 'USER_MODE' : 'SYSTEM_MODE';
        this.dml.statement(op, { mode, withSharing: enforcesSharing(rt.frames, mode) }, target);
    }

    query(rt: Interpreter, node: Extract<Expr, { k: 'soql' }>, site: CallSite, resolveBind: (node: Expr) => Value): Value {
        return this.queries.inline(rt, node, site, resolveBind);
    }

    search(rt: Interpreter, node: Extract<Expr, { k: 'sosl' }>, site: CallSite, resolveBind: (node: Expr) => Value): Value {
        return this.queries.search(rt, node, site, resolveBind, this.test.fixedSearchResults);
    }

    /** Record sharing for a statement at this point of the call stack. */
    sharingEnforced(rt: Interpreter, mode: 'USER_MODE' | 'SYSTEM_MODE'): boolean {
        return enforcesSharing(rt.frames, mode);
    }

    /**
     * System.runAs (Apex Developer Guide "Using the runAs Method"): the block runs as the user,
     * with the user's record sharing, permissions in user mode and time zone; Apex class access is
     * not enforced; setup and non-setup DML may be mixed inside it. A user that was never inserted
     * is created for the block ("You can create new users with runAs").
     */
    runAs(_rt: Interpreter, user: Value, body: () => void): void {
        if (!(user instanceof SObjectValue) || user.objectName !== 'User') {
            throw new UnsupportedError(`unsupported: System.runAs with a ${user === null ? 'null' : runtimeTypeName(user)}`);
        }
        const id = user.raw('Id');
        let userId: string;
        if (id instanceof IdValue) {
            if (!this.org.db.get(id.id18)) throw new PlatformError('IllegalArgumentException', `System.runAs: no user with Id ${id.id18}`);
            userId = id.id18;
        } else {
            this.apexOrg.apexDml.depth += 1;
            try {
                [userId] = this.org.db.insert(toDmlInput(user, 'insert'), 'SYSTEM_MODE') as [string];
            } finally {
                this.apexOrg.apexDml.depth -= 1;
            }
        }
        this.org.runAs(userId, body);
    }

    // ---- static members of SObject types ---------------------------------------------------------

    sobjectStaticProperty(_rt: Interpreter, objectName: string, lower: string): Value | undefined {
        if (lower === 'sobjecttype') return this.describer.objectToken(objectName);
        const field = this.schema.findField(objectName, lower);
        if (field) return this.describer.fieldToken(objectName, field.name);
        return undefined;
    }

    /** Custom metadata: getInstance(developerName) and getAll() (Apex Reference "Custom Metadata Type Methods"); no query is counted. */
    sobjectStaticMethod(rt: Interpreter, objectName: string, lower: string, args: Value[]): { value: Value } | undefined {
        if (!this.apexOrg.metadataTypes.has(objectName.toLowerCase())) return undefined;
        const records = this.org.db.all(objectName).map((row) => toSObject(this.schema, row, false));
        if (lower === 'getinstance') {
            const name = args[0];
            if (name instanceof IdValue) return { value: records.find((record) => (record.raw('Id') as IdValue).id18 === name.id18) ?? null };
            if (typeof name !== 'string') return rt.unsupported(`${objectName}.getInstance with a ${runtimeTypeName(name ?? null)}`);
            return { value: records.find((record) => String(record.raw('DeveloperName')).toLowerCase() === name.toLowerCase()) ?? null };
        }
        if (lower === 'getall') {
            const map = new ApexMap(prim('String'), { k: 'sobject', name: objectName });
            for (const record of records) rt.collections.mapPut(map, record.raw('DeveloperName') as Value, record);
            return { value: map };
        }
        return undefined;
    }

    // ---- the running user and the clock -------------------------------------------------------------

    runningUserId(): string {
        return this.org.runningUserId();
    }

    timeZone(): string {
        const userId = this.org.runningUserId();
        let zone = this.zones.get(userId);
        if (!zone) {
            zone = String(this.org.db.get(userId)?.TimeZoneSidKey ?? this.org.clock.timeZone);
            this.zones.set(userId, zone);
        }
        return zone;
    }

    /** The org's Id (UserInfo.getOrganizationId()): fixed, with the Organization key prefix 00D. */
    organizationId(): string {
        return to18('00DHs0000000001');
    }

    nowMillis(): number {
        return this.org.clock.now().getTime();
    }

    label(name: string): string | undefined {
        return this.apexOrg.labels.get(name.toLowerCase());
    }
}
