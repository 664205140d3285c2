// The evaluator's frames, scopes and control-flow signals, shared by the interpreter's modules.
import type { ClassInfo, PropertyInfo } from '../binder/classInfo';
import { ApexList, ApexMap, ApexObject, type ApexType, type Value } from './values';

export const BREAK = { signal: 'break' } as const;
export const CONTINUE = { signal: 'continue' } as const;

export class ReturnSignal {
    constructor(readonly value: Value) {}
}

export type Signal = typeof BREAK | typeof CONTINUE | ReturnSignal | undefined;

export interface Variable {
    value: Value;
    type: ApexType;
}

export class Scope {
    readonly vars = new Map<string, Variable>();

    constructor(readonly parent: Scope | null) {}

    lookup(lower: string): Variable | undefined {
        return this.vars.get(lower) ?? this.parent?.lookup(lower);
    }
}

export interface Frame {
    cls: ClassInfo | null;
    self: ApexObject | null;
    /** 'Class.method' for stack traces; 'Trigger.CaseTrigger' for trigger bodies. */
    label: string;
    file: string;
    line: number;
    scope: Scope;
    /** Inside a property's get or set block, the property name means its backing value. */
    accessor: PropertyInfo | null;
}

/** A static member path such as `CallWizardContract.ContactSummary` or `System.TriggerOperation`. */
export interface StaticTarget {
    type: ApexType;
    names: string[];
}

export interface NodeCache {
    _st?: StaticTarget | null;
    _lit?: Value;
}

export const MAX_STACK_DEPTH = 1000;

/**
 * What a link of a member chain yields when a safe navigation operator met null: the rest of the chain is not
 * evaluated and the whole chain is null (Apex Developer Guide "Safe Navigation Operator": "a?.b.c" is null when a
 * is null). Never stored: Interpreter.eval turns it into null.
 */
export const SHORT_CIRCUIT = Symbol('safe navigation met null');
export type Link = Value | typeof SHORT_CIRCUIT;

/** A query result list: read as one record when assigned to an SObject or dereferenced. */
export const QUERY_RESULT = Symbol('queryResult');

export interface TriggerContextData {
    objectName: string;
    operation: string;
    isBefore: boolean;
    newRecords: ApexList | null;
    oldRecords: ApexList | null;
    newMap: ApexMap | null;
    oldMap: ApexMap | null;
    size: number;
}
