// What the evaluator needs from the org side (implemented by org/bridge.ts): SObject fields,
// DML statements, queries, System.runAs, and the static members of SObject types.
import type { ClassInfo } from '../binder/classInfo';
import type { DmlOperation, Expr } from '../parser/ast';
import type { SObjectValue } from '../org/sobject';
import type { Interpreter } from './interpreter';
import type { Value } from './values';

/** Where a query or DML statement runs: the class decides sharing, the statement its access mode. */
export interface CallSite {
    cls: ClassInfo | null;
    file: string;
    line: number;
}

export interface OrgRuntime {
    /** The canonical name of an SObject type, or null. */
    sobjectName(name: string): string | null;
    newSObject(objectName: string): SObjectValue;
    readField(record: SObjectValue, name: string): Value;
    /** Whether the object has this field, relationship or child relationship in the org's schema. */
    hasField(record: SObjectValue, name: string): boolean;
    writeField(record: SObjectValue, name: string, value: Value): void;
    /** `insert/update/upsert/delete/undelete/merge [as user|as system] target`. */
    dmlStatement(rt: Interpreter, op: DmlOperation, access: 'user' | 'system' | null, target: Value, extra: { upsertField: string[] | null; merged: Value }, site: CallSite): void;
    /** An inline `[SELECT ...]`; `resolveBind` evaluates a bind expression in the current scope. */
    query(rt: Interpreter, node: Extract<Expr, { k: 'soql' }>, site: CallSite, resolveBind: (node: Expr) => Value): Value;
    search(rt: Interpreter, node: Extract<Expr, { k: 'sosl' }>, site: CallSite, resolveBind: (node: Expr) => Value): Value;
    runAs(rt: Interpreter, user: Value, body: () => void): void;
    /** A call of an @future method: recorded as an AsyncApexJob, run at Test.stopTest (testContext.ts). */
    enqueueFuture(rt: Interpreter, className: string, methodName: string, run: () => void): void;
    /** `Case.SObjectType`, `Case.Subject`: a static member of an SObject type; undefined when it has none. */
    sobjectStaticProperty(rt: Interpreter, objectName: string, lower: string): Value | undefined;
    /** `Playbook_Setting__mdt.getInstance('Default')`; undefined when the type has no such method. */
    sobjectStaticMethod(rt: Interpreter, objectName: string, lower: string, args: Value[]): { value: Value } | undefined;
    /** The running user's time zone. */
    timeZone(): string;
    /** The org clock: Datetime.now(). */
    nowMillis(): number;
}
