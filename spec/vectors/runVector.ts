// Runs one conformance vector against the TypeScript specification and reports every way the
// outcome differs from what the vector expects. PlaybookVectorRunner.cls does the same in Apex.
import type { PlaybookFault } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { invokeController } from '../controllers/registry';
import { AuraHandledError } from '../errors/auraHandled';
import { DmlError } from '../org/errors';
import type { ClockSetting } from '../org/clock';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { LimitUsage } from '../org/limits';
import { searchesOf } from '../org/search';
import { AUDIT_FIELD_NAMES } from '../org/standardObjects';
import type { FieldDefinition } from '../org/schema';
import type { FieldValue, SObjectInput, SObjectRecord } from '../org/values';
import { isSymbolic, resolveSymbol } from '../project/symbolicValues';
import { calendarReadsOf } from '../services/IntegrationCalendar';
import { requestFingerprint } from '../services/RequestFingerprint';
import { subsetMismatches, valuesEqual } from './compare';
import { isDmlCall, type DmlCall, type Vector, type VectorMatch, type VectorMessage, type VectorOrgFeatures } from './vectorTypes';
import type { SentMessage } from '../org/messaging';

/** In a 'records' entry, the flag that puts the record's unlisted fields under "no other change". */
const EXACT = 'exact';

export type OrgFactory = (clock: ClockSetting, features?: VectorOrgFeatures) => InMemoryOrg;

export interface VectorRun {
    failures: string[];
    /** What the package sent during the call. */
    messages: SentMessage[];
    /** The call read the business calendar. */
    calendarRead: boolean;
    response?: unknown;
    fault?: PlaybookFault;
    limits: LimitUsage;
    org: InMemoryOrg;
}

interface Context {
    org: InMemoryOrg;
    refs: Map<string, string>;
    timeZone: string;
}

function resolveValue(context: Context, value: FieldValue, objectName?: string): FieldValue {
    return resolveSymbol(value, { ...context, objectName });
}

/** Resolves every symbolic string inside a params object or an expected response. */
function resolveDeep(context: Context, value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => resolveDeep(context, item));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveDeep(context, item)]));
    }
    return isSymbolic(value) ? resolveValue(context, value) : value;
}

/**
 * '$requestHash' as a field value of a record: the fingerprint of the vector's call's request (symbolic values
 * resolved), as a save with that request stores it in Playbook_Request__c.Request_Hash__c. PlaybookVectorRunner.cls
 * resolves it with RequestFingerprint.of.
 */
export const REQUEST_HASH = '$requestHash';

function requestHashOfCall(vector: Vector, context: Context): string {
    if (isDmlCall(vector.call)) throw new Error(`${REQUEST_HASH} needs a controller call, not a DML call`);
    const params = resolveDeep(context, vector.call.params) as { request?: unknown };
    return requestFingerprint(params.request);
}

function describeId(context: Context, id: unknown): string {
    const ref = [...context.refs.entries()].find(([, candidate]) => valuesEqual(candidate, id));
    return ref ? `@${ref[0]}` : JSON.stringify(id);
}

function snapshot(org: InMemoryOrg): Map<string, SObjectRecord> {
    const records = new Map<string, SObjectRecord>();
    for (const objectName of org.schema.objectNames()) {
        if (org.schema.object(objectName).setup) continue;
        for (const record of org.db.all(objectName)) records.set(record.Id, record);
    }
    return records;
}

function changedFields(before: SObjectRecord, after: SObjectRecord): string[] {
    const names = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...names].filter(
        (name) => name !== 'attributes' && !AUDIT_FIELD_NAMES.includes(name) && !valuesEqual(before[name], after[name])
    );
}

function matching(context: Context, match: Pick<VectorMatch, 'type' | 'where'>): SObjectRecord[] {
    const { org } = context;
    const objectName = org.schema.object(match.type).name;
    const where = Object.entries(match.where).map(([name, value]) => ({
        field: org.schema.field(objectName, name).name,
        value: resolveValue(context, value, objectName)
    }));
    return org.db.all(objectName).filter((record) => where.every(({ field, value }) => valuesEqual(value, record[field])));
}

function setUp(vector: Vector, context: Context): void {
    const { org, refs } = context;
    for (const [name, user] of Object.entries(vector.users)) {
        if (refs.has(name)) throw new Error(`Reference ${name} is defined twice`);
        const { FirstName, LastName, profile, permissionSets } = user;
        refs.set(name, org.createUser({ FirstName, LastName, profile, permissionSets, TimeZoneSidKey: vector.clock.timeZone }));
    }
    // After the users, so that a setting may name one ('$username:@manager'); before the records, whose triggers read them.
    const settings = Object.entries(vector.settings ?? {}).map(([name, value]) => [name, resolveValue(context, value)]);
    org.overrideSettings(Object.fromEntries(settings) as Record<string, FieldValue>);
    org.runAs(org.adminUserId, () => {
        for (const record of vector.calendar ? [...vector.calendar.businessHours, ...vector.calendar.holidays] : []) {
            const objectName = org.schema.object(record.attributes.type).name;
            const input: SObjectInput = { attributes: { type: objectName } };
            for (const [name, value] of Object.entries(record)) {
                if (name !== 'attributes') input[name] = resolveValue(context, value as FieldValue, objectName);
            }
            org.db.insert(input, 'SYSTEM_MODE');
        }
        for (const record of vector.records) {
            const { type, referenceId } = record.attributes;
            if (refs.has(referenceId)) throw new Error(`Reference ${referenceId} is defined twice`);
            const objectName = org.schema.object(type).name;
            const input: SObjectInput = { attributes: { type: objectName } };
            for (const [name, value] of Object.entries(record)) {
                if (name === 'attributes') continue;
                input[name] = value === REQUEST_HASH ? requestHashOfCall(vector, context) : resolveValue(context, value as FieldValue, objectName);
            }
            // As PlaybookVectorRunner.cls: a record with a CreatedById is inserted by that user (its creator).
            const creatorId = input.CreatedById as string | undefined;
            delete input.CreatedById;
            // As PlaybookVectorRunner.cls: a contract is inserted as Draft and then given its Status.
            const finalStatus = objectName === 'Contract' && input.Status != null && input.Status !== 'Draft' ? input.Status : undefined;
            if (finalStatus !== undefined) input.Status = 'Draft';
            const [id] = creatorId ? org.runAs(creatorId, () => org.db.insert(input, 'SYSTEM_MODE')) : org.db.insert(input, 'SYSTEM_MODE');
            if (finalStatus !== undefined) org.db.update({ Id: id as string, Status: finalStatus }, 'SYSTEM_MODE');
            refs.set(referenceId, id as string);
        }
        // As PlaybookVectorRunner.cls: a user who has since left is deactivated once the records exist,
        // since the platform refuses to give records to an inactive user.
        const leavers = Object.entries(vector.users).filter(([, user]) => user.active === false);
        if (leavers.some(([name]) => `@${name}` === vector.runAs)) throw new Error(`The runAs user ${vector.runAs} cannot be inactive`);
        if (leavers.length) {
            org.db.update(
                leavers.map(([name]) => ({ attributes: { type: 'User' }, Id: refs.get(name) as string, IsActive: false })),
                'SYSTEM_MODE'
            );
        }
    });
}

function checkOutcome(vector: Vector, context: Context, before: Map<string, SObjectRecord>, run: VectorRun): void {
    const { org } = context;
    const { expect } = vector;
    const failures = run.failures;
    // 'exists' first: an entry with "as" names the record it matched for the response and 'records'.
    const matched = checkExists(vector, context, before, failures);
    if (expect.error) {
        if (!run.fault) failures.push(`expected error ${expect.error.code}, but the call succeeded`);
        else if (run.fault.code !== expect.error.code) {
            failures.push(`expected error ${expect.error.code}, got ${run.fault.code}: ${run.fault.message}`);
        } else if (!isDmlCall(vector.call) && !org.errorLog.some((entry) => entry.reference === run.fault?.reference)) {
            failures.push(`error reference ${run.fault.reference} was not logged`);
        }
    } else if (run.fault) {
        failures.push(`expected a response, got error ${run.fault.code}: ${run.fault.message}`);
    } else if (!namesUnboundRecord(vector, context, expect.response)) {
        failures.push(...subsetMismatches(resolveDeep(context, expect.response), run.response));
    }

    const listed = checkRecords(vector, context, before, failures);
    if (expect.noOtherChanges) {
        const allowed = new Set([...listed, ...matched]);
        const after = snapshot(org);
        for (const [id, record] of after) {
            if (allowed.has(id)) continue;
            const previous = before.get(id);
            if (!previous) failures.push(`a ${record.attributes.type} ${id} was created that the vector does not expect`);
            else {
                const changed = changedFields(previous, record);
                if (changed.length) failures.push(`${record.attributes.type} ${describeId(context, id)} changed: ${changed.join(', ')}`);
            }
        }
        for (const [id, record] of before) {
            if (!after.has(id) && !allowed.has(id)) failures.push(`${record.attributes.type} ${describeId(context, id)} was deleted`);
        }
    }

    checkSearches(vector, context, failures);
    checkMessages(vector, context, run.messages, failures);
    if (run.calendarRead && !vector.calendar) {
        failures.push('the call read the business calendar (business hours and holidays): give them in "calendar", as the Apex replay cannot read an org\'s');
    }

    for (const [counter, maximum] of Object.entries(expect.limits ?? {}) as [keyof LimitUsage, number][]) {
        if (run.limits[counter] > maximum) failures.push(`limits.${counter}: used ${run.limits[counter]}, at most ${maximum} allowed`);
    }
}

/** The messages the package sent: notifications and its own email, not the email Salesforce sends for triggerUserEmail. */
function packageMessages(sent: readonly SentMessage[]): SentMessage[] {
    return sent.filter((message) => message.kind === 'notification' || message.source === 'apex');
}

function messageMatches(context: Context, expected: VectorMessage, message: SentMessage): boolean {
    return (
        message.kind === expected.kind &&
        valuesEqual(resolveValue(context, expected.to), message.to) &&
        (expected.about === undefined || valuesEqual(resolveValue(context, expected.about), message.about))
    );
}

/** As PlaybookVectorRunner.cls compares what PlaybookMessages recorded. */
function checkMessages(vector: Vector, context: Context, sent: readonly SentMessage[], failures: string[]): void {
    const expected = vector.expect.messages ?? [];
    const matched = new Set<SentMessage>();
    for (const entry of expected) {
        const found = sent.filter((message) => messageMatches(context, entry, message));
        found.forEach((message) => matched.add(message));
        const ok = entry.count === undefined ? found.length > 0 : found.length === entry.count;
        if (!ok) failures.push(`messages ${JSON.stringify(entry)}: expected ${entry.count ?? 'at least 1'}, found ${found.length}`);
    }
    if (vector.expect.noOtherChanges) {
        for (const message of sent.filter((candidate) => !matched.has(candidate))) {
            failures.push(`a ${message.kind} "${message.title}" to ${describeId(context, message.to)} was sent that the vector does not expect`);
        }
    }
}

/** The listed fields of the listed records; returns their Ids (they may change). */
function checkRecords(vector: Vector, context: Context, before: Map<string, SObjectRecord>, failures: string[]): string[] {
    const { org } = context;
    const ids: string[] = [];
    for (const [ref, expectation] of Object.entries(vector.expect.records ?? {})) {
        const id = resolveValue(context, ref) as string;
        ids.push(id);
        const record = org.db.get(id);
        if (!record) {
            failures.push(`${ref} no longer exists`);
            continue;
        }
        const fields = Object.entries(expectation).filter(([name]) => name !== EXACT) as [string, FieldValue][];
        for (const [name, expected] of fields) {
            const field = org.schema.field(record.attributes.type, name).name;
            const want = resolveValue(context, expected, record.attributes.type);
            if (!valuesEqual(want, record[field])) {
                failures.push(`${ref}.${field}: expected ${describeId(context, want)}, got ${describeId(context, record[field])}`);
            }
        }
        if (expectation[EXACT] === true) checkExact(context, before, record, fields.map(([name]) => name), ref, failures);
    }
    return ids;
}

/** Checks 'exists' (binding "as") and 'notExists'; returns the Ids 'exists' matched (they may be new or changed). */
function checkExists(vector: Vector, context: Context, before: Map<string, SObjectRecord>, failures: string[]): Set<string> {
    const matched = new Set<string>();
    for (const match of vector.expect.exists ?? []) {
        const found = matching(context, match);
        found.forEach((record) => matched.add(record.Id));
        const label = `exists ${match.type} ${JSON.stringify(match.where)}`;
        const ok = match.count === undefined ? found.length > 0 : found.length === match.count;
        if (!ok) failures.push(`${label}: expected ${match.count ?? 'at least 1'}, found ${found.length}`);
        if (match.as !== undefined) {
            if (context.refs.has(match.as)) throw new Error(`Reference ${match.as} is defined twice`);
            if (found.length === 1) context.refs.set(match.as, (found[0] as SObjectRecord).Id);
            else failures.push(`${label} as @${match.as}: expected exactly 1 to name, found ${found.length}`);
        }
        if (match.exact) {
            for (const record of found) checkExact(context, before, record, Object.keys(match.where), label, failures);
        }
    }
    for (const match of vector.expect.notExists ?? []) {
        const found = matching(context, match);
        if (found.length) failures.push(`notExists ${match.type} ${JSON.stringify(match.where)}: found ${found.length}`);
    }
    return matched;
}

/** True when the value names an "as" of 'exists' that matched no single record (reported already): not compared. */
function namesUnboundRecord(vector: Vector, context: Context, value: unknown): boolean {
    const text = JSON.stringify(value ?? null);
    return (vector.expect.exists ?? []).some((match) => match.as !== undefined && !context.refs.has(match.as) && text.includes(`"@${match.as}"`));
}

/** What a custom field holds on a record inserted without it: its default value, or null (false for a checkbox). */
function defaultOf(field: FieldDefinition): FieldValue {
    return field.defaultValue ?? (field.type === 'boolean' ? false : null);
}

/**
 * "exact": the fields an expectation does not list did not change (a record that existed before the call), or, on a
 * record the call created, every custom field it does not list holds its default (the platform fills standard fields
 * such as Status, OwnerId or IsClosed, so a vector lists the standard fields it pins).
 */
function checkExact(context: Context, before: Map<string, SObjectRecord>, record: SObjectRecord, listedFields: string[], label: string, failures: string[]): void {
    const { org } = context;
    const objectName = record.attributes.type;
    const listed = new Set(listedFields.map((name) => org.schema.field(objectName, name).name));
    const previous = before.get(record.Id);
    if (previous) {
        const changed = changedFields(previous, record).filter((name) => !listed.has(name));
        if (changed.length) failures.push(`${label} (exact): ${describeId(context, record.Id)} also changed ${changed.join(', ')}`);
        return;
    }
    const set = Object.values(org.schema.object(objectName).fields)
        .filter((field) => field.custom && !field.autoNumberFormat && !listed.has(field.name) && !valuesEqual(defaultOf(field), record[field.name]))
        .map((field) => field.name);
    if (set.length) failures.push(`${label} (exact): the new ${objectName} ${describeId(context, record.Id)} also has ${set.join(', ')}`);
}

/**
 * The vector's searchIndex states what the search index returns for the call's SOSL search; the Apex replay
 * feeds it to Test.setFixedSearchResults, so it must be what this org's approximation of the index finds.
 */
function checkSearches(vector: Vector, context: Context, failures: string[]): void {
    const searches = searchesOf(context.org);
    if (!vector.searchIndex) {
        for (const search of searches) {
            failures.push(`the call searched the index (FIND {${search.find}} IN ${search.in}): list what it returns in "searchIndex"`);
        }
        return;
    }
    if (!searches.length) {
        failures.push('"searchIndex" is given, but the call made no search');
        return;
    }
    const expected = vector.searchIndex.map((ref) => resolveValue(context, ref) as string);
    const searchedObjects = new Set(searches.flatMap((search) => search.objectName.split(', ')));
    for (const id of expected) {
        if (!searchedObjects.has(context.org.schema.objectForId(id)?.name ?? '')) {
            failures.push(`searchIndex: ${describeId(context, id)} is of an object no search of the call returns`);
        }
    }
    for (const search of searches) {
        // Test.setFixedSearchResults serves every statement of the call, and each RETURNING clause keeps its own
        // object's records (Apex Developer Guide, "Adding SOSL Queries to Unit Tests"): a statement is compared with
        // the listed records of the objects it returns.
        const searched = search.objectName.split(', ');
        const expectedHere = expected.filter((id) => searched.includes(context.org.schema.objectForId(id)?.name ?? ''));
        const missing = expectedHere.filter((id) => !search.foundIds.some((found) => valuesEqual(id, found)));
        const unexpected = search.foundIds.filter((found) => !expectedHere.some((id) => valuesEqual(id, found)));
        if (missing.length || unexpected.length) {
            const names = (ids: readonly string[]) => ids.map((id) => describeId(context, id)).join(', ') || 'none';
            failures.push(
                `searchIndex: the index finds ${names(search.foundIds)} for FIND {${search.find}} IN ${search.in}; the vector says ${names(expected)}`
            );
        }
    }
}

/**
 * A DML call: one user-mode statement by the runAs user in its own transaction, as an edit in the
 * UI, so the package's triggers run. It has no response (null); a DmlException is SAVE_FAILED. The
 * records an insert creates are named by their attributes.referenceId.
 */
function runDml(call: DmlCall, context: Context, runAs: string, run: VectorRun): void {
    const { org } = context;
    const { operation, records } = call.dml;
    if (operation !== 'update' && operation !== 'insert') throw new Error(`Unsupported DML operation ${String(operation)}: update or insert`);
    const inputs = records.map((record) => {
        const objectName = org.schema.object(record.attributes.type).name;
        const input: SObjectInput = { attributes: { type: objectName } };
        for (const [name, value] of Object.entries(record)) {
            if (name !== 'attributes') input[name] = resolveValue(context, value as FieldValue, objectName);
        }
        return input;
    });
    try {
        const ids = org.runAs(runAs, () =>
            org.transaction((): string[] => {
                if (operation === 'insert') return org.db.insert(inputs, 'USER_MODE');
                org.db.update(inputs, 'USER_MODE');
                return [];
            })
        );
        if (operation === 'insert') {
            records.forEach((record, index) => {
                const { referenceId } = record.attributes as { referenceId: string };
                if (context.refs.has(referenceId)) throw new Error(`Reference ${referenceId} is defined twice`);
                context.refs.set(referenceId, ids[index] as string);
            });
        }
        run.response = null;
    } catch (error) {
        if (error instanceof DmlError) run.fault = { code: 'SAVE_FAILED', message: error.message, reference: '' };
        else run.failures.push(`the update threw ${String(error)} instead of a DmlException`);
    }
}

export function runVector(vector: Vector, createOrg: OrgFactory): VectorRun {
    const org = createOrg(vector.clock, vector.orgFeatures);
    const context: Context = { org, refs: new Map(), timeZone: vector.clock.timeZone };
    setUp(vector, context);
    if (vector.failure) org.failures.failAtWrite(vector.failure.atWrite);
    const before = snapshot(org);
    const sentBefore = org.messaging.outbox.length;
    const calendarReadsBefore = calendarReadsOf(org);
    const run: VectorRun = { failures: [], messages: [], calendarRead: false, limits: org.lastCallLimits, org };
    const runAs = resolveValue(context, vector.runAs) as string;
    const { call } = vector;
    if (isDmlCall(call)) runDml(call, context, runAs, run);
    else {
        const params = resolveDeep(context, call.params);
        try {
            run.response = org.runAs(runAs, () => invokeController(org, call.controller, call.method, params));
        } catch (error) {
            if (error instanceof AuraHandledError) run.fault = error.fault;
            else run.failures.push(`the call threw ${String(error)} instead of an AuraHandledException`);
        }
    }
    run.limits = org.lastCallLimits;
    run.messages = packageMessages(org.messaging.outbox.slice(sentBefore));
    run.calendarRead = calendarReadsOf(org) > calendarReadsBefore;
    checkOutcome(vector, context, before, run);
    return run;
}
