// DML statements and Database methods over the in-memory org (Apex Developer Guide "Working with
// Data in Apex", "DML Statements vs. Database Class Methods", "Bulk DML Exception Handling";
// Apex Reference "Database Class", "SaveResult Class", "DMLOptions Class").
// - A statement is all or none; a failure is a System.DmlException whose message names the
//   operation, the first failed row and its status code, and getDmlType/getDmlMessage/
//   getDmlFieldNames/getDmlIndex describe each failed row.
// - `as user` / AccessLevel.USER_MODE enforce the running user's object and field access;
//   without it DML runs in system mode.
// - Database methods with allOrNone false save the rows that can be saved: a failed row is set
//   aside and the statement is tried again with the others, as the platform retries; the
//   statement counts once against the DML limits. The org reports one failed row per attempt,
//   so each retry sets aside one row.
// - After an insert, the SObjects in memory get their new Ids and nothing else.
import type { AccessLevel } from '../../spec/org/database';
import { DmlError } from '../../spec/org/errors';
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import type { SObjectInput } from '../../spec/org/values';
import { UnsupportedError } from '../evaluator/errors';
import type { DmlFailure } from '../evaluator/exceptions';
import type { Interpreter } from '../evaluator/interpreter';
import { runtimeTypeName } from '../evaluator/types';
import { ApexList, EnumValue, IdValue, NativeObject, prim, type Value } from '../evaluator/values';
import type { DmlOperation } from '../parser/ast';
import { FAILS_EVERY_ROW, REJECTED_ROWS } from './apexTriggers';
import { toDmlInput } from './records';
import { SObjectValue } from './sobject';

/** A System.DmlException raised by the bridge (converted by the evaluator). */
export class ApexDmlError extends Error {
    readonly exceptionType = 'System.DmlException';

    constructor(
        readonly apexMessage: string,
        readonly dmlFailures: DmlFailure[]
    ) {
        super(apexMessage);
        this.name = 'ApexDmlError';
    }
}

const OPERATION_NAMES: Record<string, string> = { insert: 'Insert', update: 'Update', upsert: 'Upsert', delete: 'Delete', undelete: 'Undelete' };

export interface DmlOptionsData {
    allowSave: boolean;
    allOrNone: boolean | null;
}

/** Database.DMLOptions, with its DuplicateRuleHeader, EmailHeader and AssignmentRuleHeader. */
export class DmlOptionsValue extends NativeObject {
    readonly typeName = 'Database.DMLOptions';
    readonly duplicateRuleHeader = new HeaderValue('Database.DMLOptions.DuplicateRuleHeader', { allowsave: false, includerecorddetails: false, runascurrentuser: false });
    readonly emailHeader = new HeaderValue('Database.DMLOptions.EmailHeader', { triggerautoresponseemail: false, triggerotheremail: false, triggeruseremail: false });
    readonly assignmentRuleHeader = new HeaderValue('Database.DMLOptions.AssignmentRuleHeader', { useDefaultRule: null, assignmentruleid: null });
    optAllOrNone: boolean | null = null;
    allowFieldTruncation = false;

    override getProperty(rt: Interpreter, lower: string): Value {
        switch (lower) {
            case 'duplicateruleheader':
                return this.duplicateRuleHeader;
            case 'emailheader':
                return this.emailHeader;
            case 'assignmentruleheader':
                return this.assignmentRuleHeader;
            case 'optallornone':
                return this.optAllOrNone;
            case 'allowfieldtruncation':
                return this.allowFieldTruncation;
            default:
                return rt.unsupported(`Database.DMLOptions.${lower}`);
        }
    }

    override setProperty(rt: Interpreter, lower: string, value: Value): void {
        if (lower === 'optallornone') this.optAllOrNone = value as boolean | null;
        else if (lower === 'allowfieldtruncation') this.allowFieldTruncation = value === true;
        else rt.unsupported(`assigning Database.DMLOptions.${lower}`);
    }

    invoke(rt: Interpreter, lower: string): Value {
        return rt.unsupported(`Database.DMLOptions.${lower}()`);
    }

    data(rt: Interpreter): DmlOptionsData {
        if (this.assignmentRuleHeader.values.usedefaultrule === true || this.assignmentRuleHeader.values.assignmentruleid !== null) {
            rt.unsupported('DMLOptions.AssignmentRuleHeader (case assignment rules are not modelled)');
        }
        if (this.allowFieldTruncation) rt.unsupported('DMLOptions.allowFieldTruncation');
        return { allowSave: this.duplicateRuleHeader.values.allowsave === true, allOrNone: this.optAllOrNone };
    }
}

class HeaderValue extends NativeObject {
    constructor(
        readonly typeName: string,
        readonly values: Record<string, Value>
    ) {
        super();
    }

    override getProperty(rt: Interpreter, lower: string): Value {
        if (!(lower in this.values)) return rt.unsupported(`${this.typeName}.${lower}`);
        return this.values[lower] as Value;
    }

    override setProperty(rt: Interpreter, lower: string, value: Value): void {
        if (!(lower in this.values)) rt.unsupported(`${this.typeName}.${lower}`);
        this.values[lower] = value;
    }

    invoke(rt: Interpreter, lower: string): Value {
        return rt.unsupported(`${this.typeName}.${lower}()`);
    }
}

/** Database.Error. */
export class DatabaseErrorValue extends NativeObject {
    readonly typeName = 'Database.Error';

    constructor(readonly failure: DmlFailure) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        switch (lower) {
            case 'getstatuscode':
                return statusCode(rt, this.failure.statusCode);
            case 'getmessage':
                return this.failure.message;
            case 'getfields':
                return new ApexList(prim('String'), [...this.failure.fields]);
            default:
                return rt.unsupported(`Database.Error.${lower}()`);
        }
    }
}

/** Database.SaveResult and Database.DeleteResult. */
export class SaveResultValue extends NativeObject {
    constructor(
        readonly typeName: string,
        readonly id: string | null,
        readonly errors: DmlFailure[]
    ) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        switch (lower) {
            case 'getid':
                return this.id ? new IdValue(this.id) : null;
            case 'issuccess':
                return this.errors.length === 0;
            case 'geterrors':
                return new ApexList({ k: 'native', name: 'Database.Error' }, this.errors.map((failure) => new DatabaseErrorValue(failure)));
            default:
                return rt.unsupported(`${this.typeName}.${lower}()`);
        }
    }
}

function statusCode(rt: Interpreter, code: string): EnumValue {
    const found = rt.program.system.get('StatusCode').enumValues.find((value) => value.name === code);
    if (!found) return rt.unsupported(`StatusCode.${code}`);
    return found;
}

/** How a DML statement runs: user or system mode, and whether record sharing applies (user mode, or a `with sharing` class). */
export interface DmlAccess {
    mode: AccessLevel;
    withSharing: boolean;
}

/** What a statement hands to the org besides its rows: record sharing and the DMLOptions the org applies. */
interface OrgStatementOptions {
    withSharing: boolean;
    duplicateRuleHeader?: { allowSave: boolean };
}

/**
 * The org's DML calls with the statement's options. An org that models record sharing and
 * duplicate rules reads them (withSharing: a system-mode statement of a `with sharing` class;
 * DuplicateRuleHeader.allowSave); one that does not ignores the extra argument.
 */
function orgDml(org: InMemoryOrg) {
    type Insert = (records: SObjectInput[], access: AccessLevel, options: OrgStatementOptions) => string[];
    type Update = (records: SObjectInput[], access: AccessLevel, options: OrgStatementOptions) => void;
    type Delete = (ids: string[], access: AccessLevel, options: OrgStatementOptions) => void;
    return {
        insert: (org.db.insert as unknown as Insert).bind(org.db),
        update: (org.db.update as unknown as Update).bind(org.db),
        delete: (org.db.delete as unknown as Delete).bind(org.db)
    };
}

interface RowOutcome {
    id: string | null;
    failure: DmlFailure | null;
}

export class DmlRunner {
    constructor(
        private readonly org: InMemoryOrg,
        /** Counted while Apex DML runs (apexOrg.ts tells Apex inserts of users from the TypeScript API's). */
        private readonly apexDml: { depth: number } = { depth: 0 }
    ) {}

    /** The SObjects a DML target holds: one record or a list. */
    records(target: Value): SObjectValue[] {
        if (target === null) throw new UnsupportedError('unsupported: DML on null');
        if (target instanceof SObjectValue) return [target];
        if (target instanceof ApexList) {
            return target.items.map((item) => {
                if (!(item instanceof SObjectValue)) throw new UnsupportedError(`unsupported: DML on a list holding ${runtimeTypeName(item)}`);
                return item;
            });
        }
        throw new UnsupportedError(`unsupported: DML on ${runtimeTypeName(target)}`);
    }

    /** A DML statement: all or none; failure is a DmlException. */
    statement(op: DmlOperation, access: DmlAccess, target: Value): void {
        if (op === 'undelete' || op === 'merge') throw new UnsupportedError(`unsupported: ${op} statement`);
        const records = this.records(target);
        if (!records.length) return;
        const outcomes = this.run(op, access, null, records, true);
        const failed = outcomes.findIndex((outcome) => outcome.failure);
        if (failed >= 0) throw this.exception(op, outcomes[failed] as RowOutcome, outcomes);
    }

    /** Database.insert/update/upsert/delete: SaveResults, or a DmlException when allOrNone. */
    method(op: 'insert' | 'update' | 'upsert' | 'delete', access: DmlAccess, options: DmlOptionsData | null, target: Value, allOrNone: boolean): RowOutcome[] {
        const records = this.records(target);
        if (!records.length) return [];
        const outcomes = this.run(op, access, options, records, allOrNone);
        const failed = outcomes.findIndex((outcome) => outcome.failure);
        if (allOrNone && failed >= 0) throw this.exception(op, outcomes[failed] as RowOutcome, outcomes);
        return outcomes;
    }

    private exception(op: string, first: RowOutcome, outcomes: RowOutcome[]): ApexDmlError {
        const failure = first.failure as DmlFailure;
        const failures = outcomes.map((outcome) => outcome.failure).filter((item): item is DmlFailure => item !== null);
        // "first error: STATUS, message: [fields]": the field list closes the text, empty brackets when there is none.
        const message = `${OPERATION_NAMES[op] ?? op} failed. First exception on row ${failure.index}${failure.id ? ` with id ${failure.id}` : ''}; first error: ${failure.statusCode}, ${failure.message}: [${failure.fields.join(', ')}]`;
        return new ApexDmlError(message, failures);
    }

    private run(op: DmlOperation, access: DmlAccess, dmlOptions: DmlOptionsData | null, records: SObjectValue[], allOrNone: boolean): RowOutcome[] {
        const statementOptions: OrgStatementOptions = { withSharing: access.withSharing };
        if (dmlOptions) statementOptions.duplicateRuleHeader = { allowSave: dmlOptions.allowSave };
        const outcomes: RowOutcome[] = records.map((record) => ({ id: idOf(record), failure: null }));
        let remaining = records.map((_record, index) => index);
        // The retries after the first attempt are not statements of their own (Limits counts the call once).
        const retries = { statements: 0, rows: 0 };
        for (let attempt = 1; ; attempt++) {
            if (attempt > 1) {
                retries.statements += 1;
                retries.rows += remaining.length;
            }
            try {
                this.execute(op, access.mode, statementOptions, remaining.map((index) => records[index] as SObjectValue), (position, id) => {
                    const index = remaining[position] as number;
                    (outcomes[index] as RowOutcome).id = id;
                    if (op === 'insert') (records[index] as SObjectValue).setRaw('Id', new IdValue(id));
                });
                break;
            } catch (error) {
                if (!(error instanceof DmlError)) throw error;
                const failed = failedRows(error, remaining);
                for (const [index, message] of failed) {
                    (outcomes[index] as RowOutcome).failure = {
                        statusCode: error.statusCode,
                        message,
                        fields: [...error.fields],
                        index,
                        id: op === 'insert' ? null : idOf(records[index] as SObjectValue)
                    };
                }
                if (allOrNone) break;
                remaining = remaining.filter((candidate) => !failed.has(candidate));
                if (!remaining.length) break;
            }
        }
        if (retries.statements) {
            const usage = this.org.limits.usage();
            this.org.limits.restore({ ...usage, dmlStatements: usage.dmlStatements - retries.statements, dmlRows: usage.dmlRows - retries.rows });
        }
        return outcomes;
    }

    private execute(op: DmlOperation, access: AccessLevel, options: OrgStatementOptions, records: SObjectValue[], saved: (position: number, id: string) => void): void {
        this.apexDml.depth += 1;
        try {
            this.executeStatement(op, access, options, records, saved);
        } finally {
            this.apexDml.depth -= 1;
        }
    }

    private executeStatement(op: DmlOperation, access: AccessLevel, options: OrgStatementOptions, records: SObjectValue[], saved: (position: number, id: string) => void): void {
        const db = orgDml(this.org);
        switch (op) {
            case 'insert': {
                const ids = db.insert(
                    records.map((record) => toDmlInput(record, 'insert')),
                    access,
                    options
                );
                ids.forEach((id, position) => saved(position, id));
                return;
            }
            case 'update':
                db.update(
                    records.map((record) => {
                        if (!record.raw('Id')) throw new DmlError('MISSING_ARGUMENT', 'Id not specified in an update call', ['Id'], records.indexOf(record));
                        return toDmlInput(record, 'update');
                    }),
                    access,
                    options
                );
                records.forEach((record, position) => saved(position, idOf(record) as string));
                return;
            case 'upsert': {
                const withId = records.filter((record) => record.raw('Id'));
                if (withId.length && withId.length !== records.length) {
                    throw new UnsupportedError('unsupported: upsert of a list mixing new and existing records');
                }
                this.executeStatement(withId.length ? 'update' : 'insert', access, options, records, saved);
                return;
            }
            case 'delete':
                db.delete(
                    records.map((record) => {
                        const id = idOf(record);
                        if (!id) throw new DmlError('MISSING_ARGUMENT', 'Id not specified in a delete call', ['Id'], records.indexOf(record));
                        return id;
                    }),
                    access,
                    { withSharing: options.withSharing }
                );
                records.forEach((record, position) => saved(position, idOf(record) as string));
                return;
            default:
                throw new UnsupportedError(`unsupported: ${op}`);
        }
    }
}

function idOf(record: SObjectValue): string | null {
    const id = record.raw('Id');
    return id instanceof IdValue ? id.id18 : null;
}

/**
 * The rows (statement index → message) a failed attempt sets aside: every remaining row for an exception a trigger
 * did not handle, every row an addError rejected, else the one row the org reports.
 */
function failedRows(error: DmlError, remaining: readonly number[]): Map<number, string> {
    if (FAILS_EVERY_ROW.has(error)) return new Map(remaining.map((index) => [index, error.dmlMessage]));
    const rejected = REJECTED_ROWS.get(error);
    if (rejected) return new Map(rejected.map((row) => [remaining[row.rowIndex] as number, row.message]));
    return new Map([[(remaining[error.rowIndex] ?? remaining[0]) as number, error.dmlMessage]]);
}
