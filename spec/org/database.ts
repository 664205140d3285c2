// The org's records and the operations Apex code performs on them: queries and DML, each in
// user or system mode, all-or-none per statement, with triggers, savepoints and Limits counting.
import type { AccessGrants, AccessPolicy } from './access';
import { applyDerivedFields, type DerivationRules } from './derivedFields';
import { DmlError, NoAccessError, QueryError } from './errors';
import { normalizeFieldValue, requiredFieldError } from './fieldRules';
import { IdGenerator, isValidId, sameId, to18 } from './ids';
import type { LimitCounters } from './limits';
import { prepareQuery, type QuerySpec } from './query';
import type { FieldDefinition, Schema } from './schema';
import type { TriggerEvent, TriggerRegistry } from './triggers';
import { UndoLog, type UndoEntry } from './undoLog';
import { cloneRecord, type FieldValue, type SObjectInput, type SObjectRecord } from './values';

export type AccessLevel = 'USER_MODE' | 'SYSTEM_MODE';

/** What the database needs from the org around it. */
export interface DatabaseHost {
    readonly schema: Schema;
    readonly access: AccessPolicy;
    readonly limits: LimitCounters;
    readonly triggers: TriggerRegistry;
    readonly derivation: DerivationRules;
    nowIso(): string;
    runningUserId(): string;
    runningGrants(): AccessGrants;
    /** Calls a trigger handler with the org as its context. */
    runTriggerHandler(
        handler: ReturnType<TriggerRegistry['handlersFor']>[number],
        objectName: string,
        event: TriggerEvent,
        newRecords: SObjectRecord[],
        oldRecords: ReadonlyMap<string, SObjectRecord>
    ): void;
}

export interface Savepoint {
    readonly mark: number;
}

interface PendingRow {
    objectName: string;
    rowIndex: number;
    record: SObjectRecord;
    before: SObjectRecord | undefined;
    /** Field names the statement sets explicitly (for access checks). */
    setFields: string[];
}

const MAX_TRIGGER_DEPTH = 16;

export class Database {
    private readonly store = new Map<string, Map<string, SObjectRecord>>();
    private readonly ids = new IdGenerator();
    private readonly undo = new UndoLog();
    private readonly autoNumbers = new Map<string, number>();
    private triggerDepth = 0;
    private transaction: { writes: number; failAtWrite?: number } | undefined;

    constructor(private readonly host: DatabaseHost) {}

    // ---- reading without side effects (for tests, runners and the workbench) -------------

    /** A copy of the record with this Id, not counted as a query and not access-checked. */
    get(id: string): SObjectRecord | undefined {
        const record = this.byId(id);
        return record ? cloneRecord(record) : undefined;
    }

    /** Copies of every record of one object, in insertion order. */
    all(objectName: string): SObjectRecord[] {
        return this.recordsOf(this.host.schema.object(objectName).name).map(cloneRecord);
    }

    // ---- SOQL ------------------------------------------------------------------------------

    query(spec: QuerySpec, accessLevel: AccessLevel): SObjectRecord[] {
        const prepared = prepareQuery(this.host.schema, spec);
        if (accessLevel === 'USER_MODE') this.requireReadable(prepared.objects, prepared.readable);
        const { rows, childRowCount } = prepared.run({
            schema: this.host.schema,
            records: (objectName) => this.recordsOf(objectName),
            byId: (id) => this.byId(id)
        });
        // One SOQL statement whatever its subqueries; their rows are query rows too.
        this.host.limits.countQuery(rows.length + childRowCount);
        return rows;
    }

    // ---- DML -------------------------------------------------------------------------------

    insert(records: SObjectInput | readonly SObjectInput[], accessLevel: AccessLevel): string[] {
        const inputs = listOf(records);
        return this.statement(inputs.length, () => this.performInsert(inputs, accessLevel));
    }

    update(records: SObjectInput | readonly SObjectInput[], accessLevel: AccessLevel): void {
        const inputs = listOf(records);
        this.statement(inputs.length, () => this.performUpdate(inputs, accessLevel));
    }

    delete(ids: string | readonly string[], accessLevel: AccessLevel): void {
        const list = typeof ids === 'string' ? [ids] : [...ids];
        this.statement(list.length, () => this.performDelete(list, accessLevel));
    }

    /**
     * Test.setCreatedDate (Apex Reference "Test Class"): a test sets the CreatedDate of a record it
     * inserted. Not a DML statement; undone with the transaction like any write.
     */
    setCreatedDateForTest(id: string, createdDate: string): void {
        const existing = this.byId(id);
        if (!existing) throw new DmlError('ENTITY_IS_DELETED', `entity is deleted or does not exist: ${id}`, ['Id']);
        if (!('CreatedDate' in this.host.schema.object(existing.attributes.type).fields)) {
            throw new DmlError('INVALID_FIELD_FOR_INSERT_UPDATE', `${existing.attributes.type} has no CreatedDate`, ['CreatedDate']);
        }
        this.undo.record({ objectName: existing.attributes.type, id: existing.Id, before: cloneRecord(existing) });
        existing.CreatedDate = createdDate;
    }

    /** Database.setSavepoint(): counts as a DML statement, as in Apex. */
    setSavepoint(): Savepoint {
        if (!this.transaction) throw new Error('Savepoints exist only inside a transaction (a controller call)');
        this.host.limits.countDml(0);
        return { mark: this.undo.mark() };
    }

    /** Database.rollback(savepoint): counts as a DML statement, as in Apex. */
    rollback(savepoint: Savepoint): void {
        if (!this.transaction) throw new Error('Rollback exists only inside a transaction (a controller call)');
        this.host.limits.countDml(0);
        this.undo.rollbackTo(savepoint.mark, (entry) => this.restore(entry));
    }

    // ---- transaction boundaries (driven by InMemoryOrg.transaction) -----------------------

    beginTransaction(failAtWrite: number | undefined): void {
        this.undo.clear();
        this.transaction = { writes: 0, failAtWrite };
    }

    commitTransaction(): void {
        this.undo.clear();
        this.transaction = undefined;
    }

    rollbackTransaction(): void {
        this.undo.rollbackTo(0, (entry) => this.restore(entry));
        this.transaction = undefined;
    }

    // ---- internals ----------------------------------------------------------------------------

    private statement<T>(rows: number, body: () => T): T {
        if (this.transaction && this.triggerDepth === 0) {
            this.transaction.writes += 1;
            if (this.transaction.writes === this.transaction.failAtWrite) {
                throw new DmlError('INJECTED_FAILURE', `Injected failure at write ${this.transaction.writes}`);
            }
        }
        this.host.limits.countDml(rows);
        const mark = this.undo.mark();
        try {
            return body();
        } catch (error) {
            // A failed statement leaves nothing behind (all or none), even when the caller goes on.
            this.undo.rollbackTo(mark, (entry) => this.restore(entry));
            throw error;
        } finally {
            if (!this.transaction && this.triggerDepth === 0) this.undo.clear();
        }
    }

    private performInsert(inputs: readonly SObjectInput[], accessLevel: AccessLevel): string[] {
        const rows = inputs.map((input, rowIndex): PendingRow => {
            const typeName = input.attributes?.type;
            if (!typeName) throw new DmlError('MISSING_ARGUMENT', 'attributes.type is required to insert', [], rowIndex);
            const objectName = this.host.schema.object(typeName).name;
            if (input.Id !== undefined && input.Id !== null) {
                throw new DmlError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id'], rowIndex);
            }
            const values = this.writableValues(objectName, input, rowIndex, 'createable');
            return {
                objectName,
                rowIndex,
                record: this.newRecord(objectName, values, rowIndex),
                before: undefined,
                setFields: Object.keys(values)
            };
        });
        if (accessLevel === 'USER_MODE') this.requireWritable(rows, 'create');
        this.fireGrouped(rows, 'beforeInsert');
        for (const row of rows) this.finishRow(row);
        this.checkUnique(rows);
        for (const row of rows) this.put(row);
        this.fireGrouped(rows, 'afterInsert');
        return rows.map((row) => row.record.Id);
    }

    private performUpdate(inputs: readonly SObjectInput[], accessLevel: AccessLevel): void {
        const seen = new Set<string>();
        const rows = inputs.map((input, rowIndex): PendingRow => {
            if (!isValidId(input.Id)) throw new DmlError('MISSING_ARGUMENT', 'Id not specified in an update call', ['Id'], rowIndex);
            const id = to18(input.Id);
            if (seen.has(id)) throw new DmlError('INVALID_ID_FIELD', `Duplicate id in list: ${id}`, ['Id'], rowIndex);
            seen.add(id);
            const existing = this.byId(id);
            if (!existing) throw new DmlError('ENTITY_IS_DELETED', `entity is deleted or does not exist: ${id}`, ['Id'], rowIndex);
            const objectName = existing.attributes.type;
            if (input.attributes?.type && this.host.schema.object(input.attributes.type).name !== objectName) {
                throw new DmlError('INVALID_ID_FIELD', `Id ${id} is not a ${input.attributes.type}`, ['Id'], rowIndex);
            }
            const values = this.writableValues(objectName, input, rowIndex, 'updateable');
            const record = cloneRecord(existing);
            for (const [name, value] of Object.entries(values)) {
                record[name] = normalizeFieldValue(this.host.schema.field(objectName, name), value, rowIndex);
            }
            if ('LastModifiedDate' in this.host.schema.object(objectName).fields) {
                record.LastModifiedDate = this.host.nowIso();
                record.SystemModstamp = record.LastModifiedDate;
                record.LastModifiedById = this.host.runningUserId();
            }
            return { objectName, rowIndex, record, before: cloneRecord(existing), setFields: Object.keys(values) };
        });
        if (accessLevel === 'USER_MODE') this.requireWritable(rows, 'edit');
        this.fireGrouped(rows, 'beforeUpdate');
        for (const row of rows) this.finishRow(row);
        this.checkUnique(rows);
        for (const row of rows) this.put(row);
        this.fireGrouped(rows, 'afterUpdate');
    }

    private performDelete(ids: readonly string[], accessLevel: AccessLevel): void {
        const rows = ids.map((id, rowIndex): PendingRow => {
            const existing = isValidId(id) ? this.byId(id) : undefined;
            if (!existing) throw new DmlError('ENTITY_IS_DELETED', `entity is deleted or does not exist: ${id}`, [], rowIndex);
            return { objectName: existing.attributes.type, rowIndex, record: existing, before: cloneRecord(existing), setFields: [] };
        });
        if (accessLevel === 'USER_MODE') {
            for (const row of rows) {
                const access = this.host.access.objectAccess(this.host.runningGrants(), row.objectName);
                if (!access.delete) throw new NoAccessError(`Insufficient access to delete ${row.objectName}`);
            }
        }
        this.fireGrouped(rows, 'beforeDelete');
        for (const row of rows) {
            this.undo.record({ objectName: row.objectName, id: row.record.Id, before: row.before });
            this.table(row.objectName).delete(row.record.Id);
        }
        this.fireGrouped(rows, 'afterDelete');
    }

    /** The field values of a DML input by canonical field name, refusing unknown and read-only fields. */
    private writableValues(
        objectName: string,
        input: SObjectInput,
        rowIndex: number,
        permission: 'createable' | 'updateable'
    ): Record<string, unknown> {
        const values: Record<string, unknown> = {};
        for (const [name, value] of Object.entries(input)) {
            if (name === 'attributes' || name === 'Id') continue;
            const field = this.host.schema.field(objectName, name);
            if (!field[permission]) {
                throw new DmlError(
                    'INVALID_FIELD_FOR_INSERT_UPDATE',
                    `Unable to ${permission === 'createable' ? 'create' : 'update'} field: ${objectName}.${field.name}`,
                    [field.name],
                    rowIndex
                );
            }
            values[field.name] = value;
        }
        return values;
    }

    private newRecord(objectName: string, values: Record<string, unknown>, rowIndex: number): SObjectRecord {
        const object = this.host.schema.object(objectName);
        const now = this.host.nowIso();
        const userId = this.host.runningUserId();
        const record: SObjectRecord = { attributes: { type: object.name }, Id: this.ids.next(object.keyPrefix as string) };
        for (const field of Object.values(object.fields)) {
            if (field.name === 'Id') continue;
            record[field.name] = field.defaultValue ?? (field.type === 'boolean' ? false : null);
            if (field.autoNumberFormat) record[field.name] = this.nextAutoNumber(object.name, field);
        }
        const platformValues: Record<string, FieldValue> = {
            OwnerId: userId,
            CreatedDate: now,
            LastModifiedDate: now,
            SystemModstamp: now,
            CreatedById: userId,
            LastModifiedById: userId,
            IsDeleted: false
        };
        for (const [name, value] of Object.entries(platformValues)) {
            if (name in object.fields) record[name] = value;
        }
        for (const [name, value] of Object.entries(values)) {
            record[name] = normalizeFieldValue(this.host.schema.field(object.name, name), value, rowIndex);
        }
        return record;
    }

    private nextAutoNumber(objectName: string, field: FieldDefinition): string {
        const key = `${objectName}.${field.name}`;
        const next = (this.autoNumbers.get(key) ?? 1000) + 1;
        this.autoNumbers.set(key, next);
        return (field.autoNumberFormat as string).replace(/\{(0+)\}/, (_match, zeros: string) =>
            String(next).padStart(zeros.length, '0')
        );
    }

    /** Re-checks values set by before-triggers, computes derived fields, and applies save rules. */
    private finishRow(row: PendingRow): void {
        const { objectName, record, rowIndex } = row;
        const object = this.host.schema.object(objectName);
        const missing: string[] = [];
        for (const field of Object.values(object.fields)) {
            if (field.name === 'Id') continue;
            const value = normalizeFieldValue(field, record[field.name] ?? null, rowIndex);
            record[field.name] = value;
            if (value === null && !field.nillable && field.createable) missing.push(field.name);
            if (value !== null && field.type === 'reference') this.checkReference(objectName, field, value as string, rowIndex);
        }
        if (missing.length) throw requiredFieldError(objectName, missing, rowIndex);
        const ownerId = record.OwnerId;
        if (typeof ownerId === 'string' && (!row.before || !sameId(row.before.OwnerId, ownerId)) && this.byId(ownerId)?.IsActive === false) {
            // As the platform does: a record cannot be given to an inactive user.
            throw new DmlError('INACTIVE_OWNER_OR_USER', `operation performed with inactive user [${ownerId}] as owner of ${objectName.toLowerCase()}`, ['OwnerId'], rowIndex);
        }
        if (objectName === 'Contract' && !row.before && record.Status !== 'Draft') {
            throw new DmlError(
                'FIELD_INTEGRITY_EXCEPTION',
                'Status: Choose a valid contract status and save your changes. A contract is inserted as Draft.',
                ['Status'],
                rowIndex
            );
        }
        applyDerivedFields(objectName, record, row.before, this.host.nowIso(), this.host.derivation);
    }

    private checkReference(objectName: string, field: FieldDefinition, id: string, rowIndex: number): void {
        const target = this.byId(id);
        const allowed = (field.referenceTo ?? []).map((name) => name.toLowerCase());
        if (!target || !allowed.includes(target.attributes.type.toLowerCase())) {
            throw new DmlError(
                'FIELD_INTEGRITY_EXCEPTION',
                `${field.name}: id value of incorrect type or not found: ${id}`,
                [field.name],
                rowIndex
            );
        }
        if (field.name === 'OwnerId' && target.attributes.type === 'Group' && target.Type !== 'Queue') {
            throw new DmlError('FIELD_INTEGRITY_EXCEPTION', `OwnerId: a group that is not a queue cannot own records`, [field.name], rowIndex);
        }
        if (field.name === 'RecordTypeId' && String(target.SobjectType).toLowerCase() !== objectName.toLowerCase()) {
            throw new DmlError('INVALID_CROSS_REFERENCE_KEY', `Record Type ID: this ID value isn't valid for ${objectName}`, [field.name], rowIndex);
        }
    }

    private checkUnique(rows: readonly PendingRow[]): void {
        for (const row of rows) {
            const object = this.host.schema.object(row.objectName);
            for (const field of Object.values(object.fields)) {
                if (!field.unique) continue;
                const value = row.record[field.name];
                if (value === null || value === undefined) continue;
                const key = String(value).toLowerCase();
                const clash = [
                    ...this.recordsOf(object.name).filter((other) => other.Id !== row.record.Id),
                    ...rows.filter((other) => other !== row && other.objectName === object.name).map((other) => other.record)
                ].find((other) => other[field.name] !== null && String(other[field.name]).toLowerCase() === key);
                if (clash) {
                    throw new DmlError(
                        'DUPLICATE_VALUE',
                        `duplicate value found: ${field.name} duplicates value on record with id: ${clash.Id}`,
                        [field.name],
                        row.rowIndex
                    );
                }
            }
        }
    }

    private requireReadable(objectNames: readonly string[], readable: readonly string[]): void {
        const grants = this.host.runningGrants();
        const denied = readable.filter((pair) => {
            const [object, field] = pair.split('.') as [string, string];
            return !this.host.access.fieldAccess(grants, object, field).read;
        });
        denied.unshift(...objectNames.filter((objectName) => !this.host.access.objectAccess(grants, objectName).read));
        if (denied.length) {
            throw new QueryError('Insufficient permissions: secure query included inaccessible field', denied);
        }
    }

    private requireWritable(rows: readonly PendingRow[], operation: 'create' | 'edit'): void {
        const grants = this.host.runningGrants();
        for (const row of rows) {
            const objectAccess = this.host.access.objectAccess(grants, row.objectName);
            if (!(operation === 'create' ? objectAccess.create : objectAccess.edit)) {
                throw new NoAccessError(`Insufficient access to ${operation} ${row.objectName}`);
            }
            const denied = this.host.access.deniedFields(grants, row.objectName, row.setFields, 'edit');
            if (denied.length) {
                throw new DmlError('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on fields', denied, row.rowIndex);
            }
        }
    }

    private fireGrouped(rows: readonly PendingRow[], event: TriggerEvent): void {
        const objectNames = [...new Set(rows.map((row) => row.objectName))];
        for (const objectName of objectNames) {
            const handlers = this.host.triggers.handlersFor(objectName, event);
            if (!handlers.length) continue;
            const group = rows.filter((row) => row.objectName === objectName);
            const after = event.startsWith('after');
            const isDelete = event.endsWith('Delete');
            // Trigger.new is writable in before triggers and read-only (copies) in after triggers.
            const newRecords = isDelete ? [] : group.map((row) => (after ? cloneRecord(row.record) : row.record));
            const oldRecords = new Map(
                group.filter((row) => row.before).map((row) => [row.record.Id, cloneRecord(row.before as SObjectRecord)])
            );
            this.triggerDepth += 1;
            try {
                if (this.triggerDepth > MAX_TRIGGER_DEPTH) throw new DmlError('FIELD_INTEGRITY_EXCEPTION', 'maximum trigger depth exceeded');
                for (const handler of handlers) this.host.runTriggerHandler(handler, objectName, event, newRecords, oldRecords);
            } finally {
                this.triggerDepth -= 1;
            }
        }
    }

    private put(row: PendingRow): void {
        const before = this.table(row.objectName).get(row.record.Id);
        this.undo.record({ objectName: row.objectName, id: row.record.Id, before: before ? cloneRecord(before) : undefined });
        this.table(row.objectName).set(row.record.Id, cloneRecord(row.record));
    }

    private restore(entry: UndoEntry): void {
        if (entry.before) this.table(entry.objectName).set(entry.id, entry.before);
        else this.table(entry.objectName).delete(entry.id);
    }

    private table(objectName: string): Map<string, SObjectRecord> {
        let table = this.store.get(objectName);
        if (!table) {
            table = new Map();
            this.store.set(objectName, table);
        }
        return table;
    }

    private recordsOf(objectName: string): SObjectRecord[] {
        return [...this.table(objectName).values()];
    }

    private byId(id: string): SObjectRecord | undefined {
        if (!isValidId(id)) return undefined;
        const object = this.host.schema.objectForId(id);
        return object ? this.table(object.name).get(to18(id)) : undefined;
    }
}

function listOf(records: SObjectInput | readonly SObjectInput[]): readonly SObjectInput[] {
    return Array.isArray(records) ? records : [records as SObjectInput];
}

