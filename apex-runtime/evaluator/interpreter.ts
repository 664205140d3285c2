// The evaluator: runs statements and expressions of the compact tree over Apex values. One
// Interpreter serves one test run; `resetTransaction` gives each test method fresh static state
// (Apex Developer Guide "Static and Instance Methods, Variables, and Initialization Code": static
// variables live for one transaction, and each test method is its own transaction).
import type { ClassInfo, FieldInfo, MethodInfo, PropertyInfo } from '../binder/classInfo';
import type { Program } from '../binder/program';
import { SystemClasses } from '../binder/systemClasses';
import type { Block, CatchClause, Expr, Stmt, TypeRef, WhenValue } from '../parser/ast';
import type { Natives } from '../platform/registry';
import { SObjectValue } from '../org/sobject';
import { beginIteration, Collections, endIteration } from './collections';
import { apexEquals, compareValues, ComparisonError, exactEquals, type EqualityHost } from './equality';
import { ApexThrow, PlatformError, RuntimeFault, UnsupportedError } from './errors';
import { callExceptionMethod, exceptionData, initException, SCRIPT_THROWN_MESSAGE, typeNameOf } from './exceptions';
import type { CallSite, OrgRuntime } from './host';
import { isNumberValue } from './numbers';
import { arithmetic, bitwise, bitwiseNot, negate, nullPointer, step } from './operators';
import { concatText, valueOfText, type TextHost } from './text';
import { cast, coerce, isInstanceOf, runtimeTypeName, typeName } from './types';
import {
    ApexDecimal,
    ApexDouble,
    ApexList,
    ApexMap,
    ApexObject,
    ApexSet,
    EnumValue,
    isSObject,
    NativeObject,
    prim,
    TypeValue,
    type ApexType,
    type SObjectLike,
    type Value
} from './values';

const BREAK = { signal: 'break' } as const;
const CONTINUE = { signal: 'continue' } as const;

class ReturnSignal {
    constructor(readonly value: Value) {}
}

type Signal = typeof BREAK | typeof CONTINUE | ReturnSignal | undefined;

interface Variable {
    value: Value;
    type: ApexType;
}

class Scope {
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
interface StaticTarget {
    type: ApexType;
    names: string[];
}

interface NodeCache {
    _st?: StaticTarget | null;
    _lit?: Value;
}

const MAX_STACK_DEPTH = 1000;

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

export interface InterpreterOptions {
    program: Program;
    natives: Natives;
    org: OrgRuntime;
}

export class Interpreter implements TextHost, EqualityHost {
    readonly program: Program;
    readonly natives: Natives;
    readonly org: OrgRuntime;
    readonly collections: Collections;
    readonly frames: Frame[] = [];
    readonly triggerContexts: TriggerContextData[] = [];
    /** System.debug output of the current test method. */
    debugLog: string[] = [];
    /** Lines executed, by file, for coverage. */
    readonly executed = new Map<string, Set<number>>();
    private statics = new Map<ClassInfo, Map<string, Value>>();
    private initialized = new Set<ClassInfo>();

    constructor(options: InterpreterOptions) {
        this.program = options.program;
        this.natives = options.natives;
        this.org = options.org;
        this.collections = new Collections(this);
    }

    /** Fresh static state: a new transaction. */
    resetTransaction(): void {
        this.statics = new Map();
        this.initialized = new Set();
        this.debugLog = [];
        this.frames.length = 0;
        this.triggerContexts.length = 0;
    }

    // ---- failures ------------------------------------------------------------------------------

    get frame(): Frame {
        const frame = this.frames[this.frames.length - 1];
        if (!frame) throw new RuntimeFault('No Apex frame is running');
        return frame;
    }

    where(): string {
        const frame = this.frames[this.frames.length - 1];
        return frame ? `${frame.file}:${frame.line}` : 'outside Apex code';
    }

    unsupported(construct: string): never {
        throw new UnsupportedError(`unsupported: ${construct} (${this.where()})`);
    }

    stackTrace(): string {
        return [...this.frames]
            .reverse()
            .map((frame) => `${frame.label.startsWith('Trigger.') ? '' : 'Class.'}${frame.label}: line ${frame.line}`)
            .join('\n');
    }

    /** A new system exception object, e.g. ('NullPointerException', 'Attempt to de-reference a null object'). */
    newSystemException(typeName: string, message: string | null): ApexObject {
        const simple = typeName.replace(/^System\./i, '');
        const cls = this.program.system.find(simple) ?? this.program.system.find(`System.${simple}`);
        if (!cls) throw new UnsupportedError(`unsupported: system exception type ${typeName} (${this.where()})`);
        const object = new ApexObject(cls);
        initException(object, message, null, this.frames.length ? this.frame.line : 0, this.stackTrace());
        return object;
    }

    throwSystem(typeName: string, message: string | null): never {
        const object = this.newSystemException(typeName, message);
        const simple = object.cls.lower;
        throw new ApexThrow(object, simple === 'limitexception' || simple === 'assertexception');
    }

    /** Converts an error raised by library or org code into the Apex exception it stands for. */
    private toApex(error: unknown): unknown {
        if (error instanceof ApexThrow || error instanceof UnsupportedError || error instanceof RuntimeFault) return error;
        // The SOQL evaluator and the org say `unsupported:` the same way: never an Apex exception.
        if (error instanceof Error && error.message.startsWith('unsupported:')) return new UnsupportedError(error.message);
        if (error instanceof Error && typeof (error as { exceptionType?: unknown }).exceptionType === 'string') {
            const typed = error as Error & {
                exceptionType: string;
                statusCode?: string;
                fields?: readonly string[];
                rowIndex?: number;
                inaccessibleFields?: readonly string[] | Readonly<Record<string, readonly string[]>>;
                apexMessage?: string;
                dmlFailures?: import('./exceptions').DmlFailure[];
            };
            const object = this.newSystemException(typed.exceptionType, typed.apexMessage ?? typed.message);
            const data = exceptionData(object);
            if (typed.dmlFailures) data.dml = typed.dmlFailures;
            const inaccessible = typed.inaccessibleFields;
            if (Array.isArray(inaccessible) && inaccessible.length) {
                // The in-memory org names them 'Object.Field'.
                const byObject: Record<string, string[]> = {};
                for (const pair of inaccessible as readonly string[]) {
                    const [objectName, field] = pair.includes('.') ? (pair.split('.') as [string, string]) : [pair, ''];
                    (byObject[objectName] ??= []).push(field);
                }
                data.inaccessible = byObject;
            } else if (inaccessible && !Array.isArray(inaccessible) && Object.keys(inaccessible).length) {
                data.inaccessible = Object.fromEntries(Object.entries(inaccessible as Record<string, readonly string[]>).map(([name, fields]) => [name, [...fields]]));
            }
            return new ApexThrow(object, /limitexception$/i.test(typed.exceptionType));
        }
        if (error instanceof Error) {
            return new RuntimeFault(`internal error at ${this.where()}: ${error.stack ?? error.message}`);
        }
        return error;
    }

    /** Runs library code, turning its failures into Apex exceptions. */
    native<T>(body: () => T): T {
        try {
            return body();
        } catch (error) {
            throw this.toApex(error);
        }
    }

    // ---- classes and statics ---------------------------------------------------------------------

    resolveType(ref: TypeRef, from: ClassInfo | null = this.currentClass()): ApexType {
        try {
            return this.program.resolveType(ref, from);
        } catch (error) {
            if (error instanceof Error && error.name === 'BindError') this.unsupported(error.message);
            throw error;
        }
    }

    private currentClass(): ClassInfo | null {
        const frame = this.frames[this.frames.length - 1];
        return frame ? frame.cls : null;
    }

    private staticsOf(cls: ClassInfo): Map<string, Value> {
        let values = this.statics.get(cls);
        if (!values) {
            values = new Map();
            this.statics.set(cls, values);
        }
        return values;
    }

    /** Runs a class's static initialisers once per transaction, on first use. */
    ensureInitialized(cls: ClassInfo): void {
        if (this.initialized.has(cls) || cls.systemNamespace) return;
        this.initialized.add(cls);
        if (cls.superclass) this.ensureInitialized(cls.superclass);
        const values = this.staticsOf(cls);
        for (const init of cls.staticInits) {
            if (init.kind === 'field') values.set(init.field.name.toLowerCase(), null);
            if (init.kind === 'property') values.set(init.property.name.toLowerCase(), null);
        }
        if (!cls.staticInits.some((init) => (init.kind === 'field' && init.field.init) || init.kind === 'block')) return;
        this.withFrame({ cls, self: null, label: `${cls.name}.<clinit>`, file: cls.file, line: cls.decl?.l ?? 0, scope: new Scope(null), accessor: null }, () => {
            for (const init of cls.staticInits) {
                if (init.kind === 'field' && init.field.init) {
                    this.frame.line = init.field.line;
                    this.markLine(init.field.line);
                    values.set(init.field.name.toLowerCase(), coerce(this.eval(init.field.init), this.fieldType(init.field)));
                } else if (init.kind === 'block') {
                    this.execBlock(init.body, this.frame.scope);
                }
            }
        });
    }

    fieldType(field: FieldInfo): ApexType {
        field.type ??= this.resolveType(field.typeRef, field.owner);
        return field.type;
    }

    propertyType(property: PropertyInfo): ApexType {
        property.type ??= this.resolveType(property.typeRef, property.owner);
        return property.type;
    }

    private withFrame<T>(frame: Frame, body: () => T): T {
        if (this.frames.length >= MAX_STACK_DEPTH) this.throwSystem('LimitException', `Maximum stack depth reached: ${MAX_STACK_DEPTH + 1}`);
        this.frames.push(frame);
        try {
            return body();
        } catch (error) {
            if (error instanceof RangeError && error.message === 'Maximum call stack size exceeded') {
                // The evaluator's own JavaScript stack ran out before Apex's limit of 1,000 frames: say so, never pass.
                throw new UnsupportedError(
                    `unsupported: Apex call depth ${this.frames.length} exhausts the evaluator's JavaScript stack (${this.where()}); npm run apex:test gives it a larger one`
                );
            }
            throw error;
        } finally {
            this.frames.pop();
        }
    }

    private markLine(line: number): void {
        const file = this.frames[this.frames.length - 1]?.file;
        if (!file) return;
        let lines = this.executed.get(file);
        if (!lines) {
            lines = new Set();
            this.executed.set(file, lines);
        }
        lines.add(line);
    }

    // ---- invocation --------------------------------------------------------------------------------

    paramType(method: MethodInfo, index: number): ApexType {
        const param = method.params[index]!;
        param.type ??= this.resolveType(param.typeRef, method.owner);
        return param.type;
    }

    /** Picks the overload whose parameter types fit the argument values best (null fits any type). */
    selectOverload(candidates: readonly MethodInfo[], args: readonly Value[], what: string): MethodInfo {
        const fitting = candidates.filter((method) => method.params.length === args.length);
        if (fitting.length === 1) return fitting[0]!;
        let best: MethodInfo | undefined;
        let bestScore = -1;
        for (const method of fitting) {
            let score = 0;
            for (let index = 0; index < args.length && score >= 0; index++) {
                const fit = this.fit(args[index] as Value, this.paramType(method, index));
                score = fit < 0 ? -1 : score + fit;
            }
            if (score > bestScore) {
                best = method;
                bestScore = score;
            }
        }
        if (!best) this.unsupported(`no ${what} taking ${args.length} argument(s) of types ${args.map(runtimeTypeName).join(', ')}`);
        return best;
    }

    private fit(value: Value, type: ApexType): number {
        if (value === null) return 1;
        if (type.k === 'object') return 1;
        if (typeName(type).toLowerCase() === runtimeTypeName(value).toLowerCase()) return 4;
        if (isInstanceOf(value, type)) return 3;
        if (type.k === 'prim' && isNumberValue(value) && ['Long', 'Double', 'Decimal'].includes(type.name)) return 2;
        if (type.k === 'prim' && type.name === 'Id' && typeof value === 'string') return 2;
        return -1;
    }

    /** Calls a method with evaluated arguments; `self` is null for static methods. */
    invoke(method: MethodInfo, self: ApexObject | null, args: readonly Value[]): Value {
        if (!method.body) this.unsupported(`calling abstract method ${method.owner.name}.${method.name}`);
        this.ensureInitialized(method.owner);
        const scope = new Scope(null);
        method.params.forEach((param, index) => {
            const type = this.paramType(method, index);
            scope.vars.set(param.name.toLowerCase(), { value: this.convertForAssignment(args[index] as Value, type), type });
        });
        const frame: Frame = { cls: method.owner, self, label: `${method.owner.name}.${method.name}`, file: method.owner.file, line: method.line, scope, accessor: null };
        return this.withFrame(frame, () => {
            const signal = this.execStatements(method.body!.b, scope);
            if (signal instanceof ReturnSignal && method.ret) {
                method.retType ??= this.resolveType(method.ret, method.owner);
                return this.convertForAssignment(signal.value, method.retType);
            }
            return null;
        });
    }

    /** Calls an instance method by name with virtual dispatch; null when the class has none. */
    callUserMethod(object: ApexObject, lower: string, args: readonly Value[]): { value: Value } | null {
        const candidates = object.cls.methodsNamed(lower).filter((method) => !method.isStatic);
        if (!candidates.length) return null;
        const method = this.selectOverload(candidates, args, `method ${object.cls.name}.${lower}`);
        return { value: this.invoke(method, object, args) };
    }

    /** `new Cls(args)` for a user class or exception. */
    construct(cls: ClassInfo, args: readonly Value[]): ApexObject {
        if (cls.kind !== 'class' || cls.isAbstract) this.unsupported(`new on ${cls.kind === 'class' ? 'abstract class' : cls.kind} ${cls.name}`);
        this.ensureInitialized(cls);
        const object = new ApexObject(cls);
        if (cls.isException) initException(object, null, null, this.frames.length ? this.frame.line : 0, this.stackTrace());
        this.runConstructor(cls, object, args);
        return object;
    }

    private runConstructor(cls: ClassInfo, object: ApexObject, args: readonly Value[]): void {
        if (cls.systemNamespace) {
            this.applyExceptionArguments(object, args);
            return;
        }
        const declared = cls.ctors.filter((ctor) => ctor.params.length === args.length);
        if (!declared.length) {
            if (cls.isException && args.length <= 2) {
                // The constructors every custom exception has (Apex Developer Guide "Create Custom Exceptions").
                this.runSuperAndInitializers(cls, object, []);
                this.applyExceptionArguments(object, args);
                return;
            }
            if (args.length || cls.ctors.length) this.unsupported(`no constructor of ${cls.name} taking ${args.length} argument(s)`);
            this.runSuperAndInitializers(cls, object, []);
            return;
        }
        const ctor = this.selectOverload(declared, args, `constructor of ${cls.name}`);
        const scope = new Scope(null);
        ctor.params.forEach((param, index) => {
            const type = this.paramType(ctor, index);
            scope.vars.set(param.name.toLowerCase(), { value: this.convertForAssignment(args[index] as Value, type), type });
        });
        const frame: Frame = { cls, self: object, label: `${cls.name}.<init>`, file: cls.file, line: ctor.line, scope, accessor: null };
        this.withFrame(frame, () => {
            const body = ctor.body!.b;
            const first = body[0];
            let rest = body;
            if (first && first.k === 'expr' && first.e.k === 'ctorcall') {
                this.frame.line = first.l;
                this.markLine(first.l);
                const chainedArgs = first.e.a.map((arg) => this.eval(arg));
                rest = body.slice(1);
                if (first.e.which === 'this') this.runConstructor(cls, object, chainedArgs);
                else this.runSuperAndInitializers(cls, object, chainedArgs);
            } else {
                this.runSuperAndInitializers(cls, object, []);
            }
            this.execStatements(rest, scope);
        });
    }

    private runSuperAndInitializers(cls: ClassInfo, object: ApexObject, superArgs: readonly Value[]): void {
        if (cls.superclass) this.runConstructor(cls.superclass, object, superArgs);
        for (const init of cls.instanceInits) {
            if (init.kind === 'property') object.fields.set(init.property.name.toLowerCase(), null);
            if (init.kind === 'field') object.fields.set(init.field.name.toLowerCase(), null);
        }
        if (!cls.instanceInits.some((init) => (init.kind === 'field' && init.field.init) || init.kind === 'block')) return;
        const frame: Frame = { cls, self: object, label: `${cls.name}.<init>`, file: cls.file, line: cls.decl?.l ?? 0, scope: new Scope(null), accessor: null };
        this.withFrame(frame, () => {
            for (const init of cls.instanceInits) {
                if (init.kind === 'field' && init.field.init) {
                    this.frame.line = init.field.line;
                    this.markLine(init.field.line);
                    object.fields.set(init.field.name.toLowerCase(), coerce(this.eval(init.field.init), this.fieldType(init.field)));
                } else if (init.kind === 'block') {
                    this.execBlock(init.body, this.frame.scope);
                }
            }
        });
    }

    /**
     * An instance with its field initialisers run but no constructor: how JSON.deserialize creates
     * objects (the class needs no constructor without parameters).
     */
    instantiateBare(cls: ClassInfo): ApexObject {
        if (cls.kind !== 'class' || cls.isAbstract) this.unsupported(`creating ${cls.name}`);
        this.ensureInitialized(cls);
        const object = new ApexObject(cls);
        for (const owner of [...cls.lineage()].reverse()) {
            if (owner.systemNamespace) continue;
            for (const init of owner.instanceInits) {
                if (init.kind === 'property') object.fields.set(init.property.name.toLowerCase(), null);
                if (init.kind === 'field') object.fields.set(init.field.name.toLowerCase(), null);
            }
            const frame: Frame = { cls: owner, self: object, label: `${owner.name}.<init>`, file: owner.file, line: owner.decl?.l ?? 0, scope: new Scope(null), accessor: null };
            this.withFrame(frame, () => {
                for (const init of owner.instanceInits) {
                    if (init.kind === 'field' && init.field.init) {
                        object.fields.set(init.field.name.toLowerCase(), coerce(this.eval(init.field.init), this.fieldType(init.field)));
                    }
                }
            });
        }
        return object;
    }

    /** An instance field or property of an object by name (properties through their getter). */
    readObjectMember(object: ApexObject, name: string): Value {
        return this.readMember(object, name, false);
    }

    /** Exception(), Exception(String), Exception(Exception), Exception(String, Exception). */
    private applyExceptionArguments(object: ApexObject, args: readonly Value[]): void {
        const data = exceptionData(object);
        for (const arg of args) {
            if (arg instanceof ApexObject && arg.cls.isException) data.cause = arg;
            else if (typeof arg === 'string' || arg === null) data.message = arg;
            else this.unsupported(`exception constructor argument of type ${runtimeTypeName(arg)}`);
        }
        if (object.cls.lower === 'aurahandledexception' && object.cls.systemNamespace) {
            // AuraHandledException hides its message from Apex until setMessage is called.
            data.message = SCRIPT_THROWN_MESSAGE;
        }
    }

    // ---- TextHost / EqualityHost -----------------------------------------------------------------

    userToString(object: ApexObject): string | undefined {
        const method = object.cls.methodsNamed('tostring').find((candidate) => !candidate.isStatic && candidate.params.length === 0);
        if (!method) return undefined;
        const value = this.invoke(method, object, []);
        return value === null ? 'null' : String(value);
    }

    userEquals(object: ApexObject, other: Value): boolean | undefined {
        const method = object.cls.methodsNamed('equals').find((candidate) => !candidate.isStatic && candidate.params.length === 1);
        if (!method) return undefined;
        return this.invoke(method, object, [other]) === true;
    }

    userHashCode(object: ApexObject): number | undefined {
        const method = object.cls.methodsNamed('hashcode').find((candidate) => !candidate.isStatic && candidate.params.length === 0);
        if (!method) return undefined;
        const value = this.invoke(method, object, []);
        return typeof value === 'number' ? value : undefined;
    }

    sobjectEntries(record: SObjectLike): [string, Value][] {
        return (record as SObjectValue).entries();
    }

    exceptionMessage(object: ApexObject): string | null {
        const own = this.callUserMethod(object, 'getmessage', []);
        return own ? (own.value as string | null) : exceptionData(object).message;
    }

    timeZone(): string {
        return this.org.timeZone();
    }

    concat(value: Value): string {
        return concatText(value, this);
    }

    valueOf(value: Value): string {
        return valueOfText(value, this);
    }

    equals(left: Value, right: Value): boolean {
        return apexEquals(left, right, this);
    }

    // ---- statements -----------------------------------------------------------------------------------

    execBlock(block: Block, parent: Scope): Signal {
        return this.execStatements(block.b, new Scope(parent));
    }

    private execStatements(statements: readonly Stmt[], scope: Scope): Signal {
        for (const statement of statements) {
            const signal = this.exec(statement, scope);
            if (signal) return signal;
        }
        return undefined;
    }

    private exec(statement: Stmt, scope: Scope): Signal {
        const frame = this.frame;
        if (statement.k !== 'block') {
            frame.line = statement.l;
            this.markLine(statement.l);
        }
        const previousScope = frame.scope;
        frame.scope = scope;
        try {
            return this.execIn(statement, scope);
        } finally {
            frame.scope = previousScope;
        }
    }

    private execIn(statement: Stmt, scope: Scope): Signal {
        switch (statement.k) {
            case 'block':
                return this.execBlock(statement, scope);
            case 'local': {
                const type = this.resolveType(statement.t);
                for (const declarator of statement.d) {
                    const value = declarator.e ? this.convertForAssignment(this.eval(declarator.e), type) : null;
                    scope.vars.set(declarator.n.toLowerCase(), { value, type });
                }
                return undefined;
            }
            case 'expr':
                if (statement.e.k === 'ctorcall') this.unsupported('this(...) or super(...) outside the first line of a constructor');
                this.eval(statement.e);
                return undefined;
            case 'if':
                if (this.condition(statement.c)) return this.exec(statement.t, new Scope(scope));
                return statement.f ? this.exec(statement.f, new Scope(scope)) : undefined;
            case 'return':
                return new ReturnSignal(statement.e ? this.eval(statement.e) : null);
            case 'for':
                return this.execFor(statement, scope);
            case 'foreach':
                return this.execForEach(statement, scope);
            case 'while':
                while (this.condition(statement.c)) {
                    const signal = statement.b ? this.exec(statement.b, new Scope(scope)) : undefined;
                    if (signal === BREAK) break;
                    if (signal instanceof ReturnSignal) return signal;
                }
                return undefined;
            case 'do':
                do {
                    const signal = this.execBlock(statement.b, scope);
                    if (signal === BREAK) break;
                    if (signal instanceof ReturnSignal) return signal;
                } while (this.condition(statement.c));
                return undefined;
            case 'try':
                return this.execTry(statement, scope);
            case 'throw': {
                const value = this.eval(statement.e);
                if (value === null) throw this.toApex(nullPointer());
                if (!(value instanceof ApexObject) || !value.cls.isException) this.unsupported(`throwing a ${runtimeTypeName(value)}`);
                throw new ApexThrow(value);
            }
            case 'break':
                return BREAK;
            case 'continue':
                return CONTINUE;
            case 'switch':
                return this.execSwitch(statement, scope);
            case 'dml': {
                const target = this.eval(statement.e);
                const merged = statement.e2 ? this.eval(statement.e2) : null;
                this.native(() => this.org.dmlStatement(this, statement.op, statement.access, target, { upsertField: statement.field, merged }, this.site()));
                return undefined;
            }
            case 'runas': {
                if (statement.a.length !== 1) this.unsupported('System.runAs with a version argument');
                const user = this.eval(statement.a[0]!);
                let signal: Signal;
                this.native(() => this.org.runAs(this, user, () => {
                    signal = this.execBlock(statement.b, scope);
                }));
                return signal;
            }
            case 'empty':
                return undefined;
        }
    }

    site(): CallSite {
        const frame = this.frame;
        return { cls: frame.cls, file: frame.file, line: frame.line };
    }

    private condition(expr: Expr): boolean {
        const value = this.eval(expr);
        if (value === null) throw this.toApex(nullPointer());
        if (typeof value !== 'boolean') this.unsupported(`condition of type ${runtimeTypeName(value)}`);
        return value;
    }

    private execFor(statement: Extract<Stmt, { k: 'for' }>, parent: Scope): Signal {
        const scope = new Scope(parent);
        const frame = this.frame;
        frame.scope = scope;
        if (statement.init) {
            if (Array.isArray(statement.init)) for (const expr of statement.init) this.eval(expr);
            else this.exec(statement.init, scope);
        }
        for (;;) {
            frame.line = statement.l;
            frame.scope = scope;
            if (statement.c && !this.condition(statement.c)) break;
            const signal = statement.b ? this.exec(statement.b, new Scope(scope)) : undefined;
            if (signal === BREAK) break;
            if (signal instanceof ReturnSignal) return signal;
            frame.scope = scope;
            for (const update of statement.u) this.eval(update);
        }
        return undefined;
    }

    private execForEach(statement: Extract<Stmt, { k: 'foreach' }>, parent: Scope): Signal {
        const type = this.resolveType(statement.t);
        const collection = this.eval(statement.e);
        if (collection === null) throw this.toApex(nullPointer());
        let items: Value[];
        if (collection instanceof ApexList) {
            items = collection.items;
            // SOQL for loop with a list variable: the rows come in batches of 200 (Apex Developer Guide "SOQL For Loops").
            if (statement.e.k === 'soql' && type.k === 'list') {
                const batches: Value[] = [];
                for (let start = 0; start < items.length; start += 200) batches.push(new ApexList(type.of, items.slice(start, start + 200)));
                items = batches;
            }
        } else if (collection instanceof ApexSet) {
            items = [...collection.entries.values()];
        } else {
            return this.unsupported(`for loop over ${runtimeTypeName(collection)}`);
        }
        const name = statement.n.toLowerCase();
        beginIteration(collection);
        try {
            for (let index = 0; index < items.length; index++) {
                const scope = new Scope(parent);
                scope.vars.set(name, { value: this.convertForAssignment(items[index] as Value, type), type });
                this.frame.line = statement.l;
                const signal = statement.b ? this.exec(statement.b, scope) : undefined;
                if (signal === BREAK) break;
                if (signal instanceof ReturnSignal) return signal;
            }
        } finally {
            endIteration(collection);
        }
        return undefined;
    }

    private execTry(statement: Extract<Stmt, { k: 'try' }>, scope: Scope): Signal {
        let signal: Signal;
        try {
            try {
                signal = this.execBlock(statement.b, scope);
            } catch (error) {
                const thrown = this.toApex(error);
                if (!(thrown instanceof ApexThrow) || thrown.uncatchable) throw thrown;
                const clause = statement.catches.find((candidate) => this.catches(candidate, thrown.exception));
                if (!clause) throw thrown;
                const catchScope = new Scope(scope);
                catchScope.vars.set(clause.n.toLowerCase(), { value: thrown.exception, type: { k: 'class', cls: thrown.exception.cls } });
                signal = this.execBlock(clause.b, catchScope);
            }
        } finally {
            if (statement.f) {
                const finallySignal = this.execBlock(statement.f, scope);
                if (finallySignal) signal = finallySignal;
            }
        }
        return signal;
    }

    private catches(clause: CatchClause, exception: ApexObject): boolean {
        const type = this.resolveType({ names: clause.t, args: [], dims: 0 });
        return type.k === 'class' && exception.cls.isSubclassOf(type.cls);
    }

    private execSwitch(statement: Extract<Stmt, { k: 'switch' }>, scope: Scope): Signal {
        const value = this.eval(statement.e);
        for (const when of statement.whens) {
            const bound = this.whenMatches(when.v, value);
            if (bound === false) continue;
            const whenScope = new Scope(scope);
            if (bound !== true) whenScope.vars.set(bound.name, { value, type: bound.type });
            this.frame.line = when.l;
            return this.execBlock(when.b, whenScope);
        }
        return undefined;
    }

    /**
     * Apex Developer Guide "Switch Statements": literal values (string clauses are case-sensitive),
     * enum values, `when null`, SObject types with a variable, and `when else`.
     */
    private whenMatches(when: WhenValue, value: Value): boolean | { name: string; type: ApexType } {
        if (when.kind === 'else') return true;
        if (when.kind === 'type') {
            const type = this.resolveType(when.t);
            return isInstanceOf(value, type) ? { name: when.n.toLowerCase(), type } : false;
        }
        for (const candidate of when.values) {
            if (candidate.k === 'enumname') {
                if (value instanceof EnumValue && value.name.toLowerCase() === candidate.n.toLowerCase()) return true;
                continue;
            }
            const literal = this.eval(candidate);
            if (literal === null ? value === null : typeof literal === 'string' ? value === literal : value !== null && this.equals(value, literal)) {
                return true;
            }
        }
        return false;
    }

    // ---- expressions ------------------------------------------------------------------------------------

    eval(expr: Expr): Value {
        switch (expr.k) {
            case 'lit':
                return this.literal(expr);
            case 'name':
                return this.readName(expr.n);
            case 'this':
                if (!this.frame.self) this.unsupported('this in a static context');
                return this.frame.self;
            case 'field':
                return this.evalField(expr);
            case 'call':
                this.frame.line = expr.l;
                return this.evalCall(expr);
            case 'index': {
                const target = this.eval(expr.o);
                const index = this.eval(expr.i);
                if (target === null) throw this.toApex(nullPointer());
                if (!(target instanceof ApexList)) return this.unsupported(`[] on ${runtimeTypeName(target)}`);
                return this.native(() => this.collections.listGet(target, index));
            }
            case 'new':
                this.frame.line = expr.l;
                return this.evalNew(expr);
            case 'newarray': {
                const elementType = this.resolveType(expr.t);
                if (expr.size) {
                    const size = this.eval(expr.size);
                    if (typeof size !== 'number') return this.unsupported('array size that is not an Integer');
                    return new ApexList(elementType, new Array(size).fill(null));
                }
                return this.collections.newList(elementType, (expr.items ?? []).map((item) => this.eval(item)));
            }
            case 'newcoll': {
                const type = this.resolveType(expr.t);
                const items = expr.items.map((item) => this.eval(item));
                if (type.k === 'list') return this.native(() => this.collections.newList(type.of, items));
                if (type.k === 'set') return this.native(() => this.collections.newSet(type.of, items));
                if (type.k === 'map' && !items.length) return new ApexMap(type.key, type.value);
                if (type.k === 'sobject' || type.k === 'class') return this.evalNew({ k: 'new', t: expr.t, a: [], l: expr.l });
                return this.unsupported(`initialiser of ${typeName(type)}`);
            }
            case 'newmap': {
                const type = this.resolveType(expr.t);
                if (type.k !== 'map') return this.unsupported(`map initialiser of ${typeName(type)}`);
                const map = new ApexMap(type.key, type.value);
                for (const [key, value] of expr.pairs) {
                    const k = this.eval(key);
                    const v = this.eval(value);
                    this.native(() => this.collections.mapPut(map, k, v));
                }
                return map;
            }
            case 'cast': {
                const type = this.resolveType(expr.t);
                const value = this.eval(expr.e);
                return this.native(() => cast(this.singleRowIfNeeded(value, type), type, this.isStaticallyNumeric(expr.e)));
            }
            case 'incdec':
                return this.evalIncDec(expr);
            case 'unary': {
                const value = this.eval(expr.e);
                switch (expr.op) {
                    case '!':
                        if (value === null) throw this.toApex(nullPointer());
                        return !value;
                    case '-':
                        return this.native(() => negate(value));
                    case '~':
                        return this.native(() => bitwiseNot(value));
                    default:
                        return value;
                }
            }
            case 'bin':
                return this.evalBinary(expr);
            case 'instanceof':
                return isInstanceOf(this.eval(expr.e), this.resolveType(expr.t));
            case 'cond':
                return this.condition(expr.c) ? this.eval(expr.a) : this.eval(expr.b);
            case 'assign':
                return this.evalAssign(expr);
            case 'typelit': {
                if (!expr.t) return new TypeValue({ k: 'void' }, 'void');
                const type = this.resolveType(expr.t);
                return new TypeValue(type, typeName(type));
            }
            case 'soql': {
                this.frame.line = expr.l;
                const list = this.native(() => this.org.query(this, expr, this.site(), (bind) => this.eval(bind)));
                return list;
            }
            case 'sosl':
                this.frame.line = expr.l;
                return this.native(() => this.org.search(this, expr, this.site(), (bind) => this.eval(bind)));
            case 'super':
                return this.unsupported('super used as a value');
            case 'ctorcall':
                return this.unsupported('this(...) or super(...) outside the first line of a constructor');
        }
    }

    private literal(expr: Extract<Expr, { k: 'lit' }>): Value {
        const cached = expr as typeof expr & NodeCache;
        if (cached._lit !== undefined) return cached._lit;
        let value: Value;
        switch (expr.t) {
            case 'int': {
                const number = Number(expr.v);
                if (number > 2147483648) this.unsupported(`Integer literal out of range: ${String(expr.v)}`);
                value = number | 0;
                break;
            }
            case 'long':
                value = BigInt.asIntN(64, BigInt(expr.v as string));
                break;
            case 'decimal':
                value = ApexDecimal.of(expr.v as string);
                break;
            case 'double':
                value = new ApexDouble(Number(expr.v));
                break;
            default:
                value = expr.v;
        }
        Object.defineProperty(cached, '_lit', { value, enumerable: false, writable: true });
        return value;
    }

    /** Best-effort static knowledge that an expression is numeric (for numeric casts). */
    private isStaticallyNumeric(expr: Expr): boolean {
        if (expr.k === 'lit') return expr.t === 'int' || expr.t === 'long' || expr.t === 'decimal' || expr.t === 'double';
        if (expr.k === 'name') {
            const variable = this.frame.scope.lookup(expr.n.toLowerCase());
            return Boolean(variable && variable.type.k === 'prim' && ['Integer', 'Long', 'Double', 'Decimal'].includes(variable.type.name));
        }
        if (expr.k === 'bin') return ['+', '-', '*', '/'].includes(expr.op) && this.isStaticallyNumeric(expr.x) && this.isStaticallyNumeric(expr.y);
        if (expr.k === 'unary' && expr.op === '-') return this.isStaticallyNumeric(expr.e);
        if (expr.k === 'call' && expr.o && expr.o.k !== 'this' && expr.o.k !== 'super') {
            // Methods of numbers and Math return numbers.
            return ['intvalue', 'longvalue', 'doublevalue', 'round', 'floor', 'ceil', 'abs', 'setscale', 'size', 'length'].includes(expr.n.toLowerCase());
        }
        return false;
    }

    /** Assignment conversion: widening, String to Id, and a query result list read as one record. */
    convertForAssignment(value: Value, type: ApexType): Value {
        return this.native(() => coerce(this.singleRowIfNeeded(value, type), type));
    }

    /**
     * A query assigned to a single SObject yields its one row (Apex Developer Guide "SOQL
     * Statements": "List has no rows for assignment to SObject" / "List has more than 1 row for
     * assignment to SObject").
     */
    private singleRowIfNeeded(value: Value, type: ApexType): Value {
        if (!(value instanceof ApexList) || !(value as ApexList & { [QUERY_RESULT]?: boolean })[QUERY_RESULT]) return value;
        if (type.k !== 'sobject') return value;
        if (value.items.length === 0) throw new PlatformError('QueryException', 'List has no rows for assignment to SObject');
        if (value.items.length > 1) throw new PlatformError('QueryException', 'List has more than 1 row for assignment to SObject');
        return value.items[0] as Value;
    }

    private evalBinary(expr: Extract<Expr, { k: 'bin' }>): Value {
        switch (expr.op) {
            case '&&': {
                const left = this.eval(expr.x);
                if (left === null) throw this.toApex(nullPointer());
                if (!left) return false;
                const right = this.eval(expr.y);
                if (right === null) throw this.toApex(nullPointer());
                return right;
            }
            case '||': {
                const left = this.eval(expr.x);
                if (left === null) throw this.toApex(nullPointer());
                if (left) return true;
                const right = this.eval(expr.y);
                if (right === null) throw this.toApex(nullPointer());
                return right;
            }
            case '??': {
                const left = this.eval(expr.x);
                return left !== null ? left : this.eval(expr.y);
            }
        }
        const left = this.eval(expr.x);
        const right = this.eval(expr.y);
        switch (expr.op) {
            case '==':
                return this.equals(left, right);
            case '!=':
                return !this.equals(left, right);
            case '===':
                return exactEquals(left, right);
            case '!==':
                return !exactEquals(left, right);
            case '<':
            case '>':
            case '<=':
            case '>=': {
                const order = this.native(() => {
                    try {
                        return compareValues(left, right);
                    } catch (error) {
                        if (error instanceof ComparisonError) return this.unsupported(`${expr.op} on ${runtimeTypeName(left)} and ${runtimeTypeName(right)}`);
                        throw error;
                    }
                });
                if (order === null) return false;
                return expr.op === '<' ? order < 0 : expr.op === '>' ? order > 0 : expr.op === '<=' ? order <= 0 : order >= 0;
            }
            case '+':
            case '-':
            case '*':
            case '/':
                return this.native(() => arithmetic(expr.op, left, right, (value) => this.concat(value)));
            case '&':
            case '|':
            case '^':
            case '<<':
            case '>>':
            case '>>>':
                return this.native(() => bitwise(expr.op, left, right));
            default:
                return this.unsupported(`operator ${expr.op}`);
        }
    }

    // ---- names, fields and assignment -------------------------------------------------------------------

    private readName(name: string): Value {
        const lower = name.toLowerCase();
        const frame = this.frame;
        const variable = frame.scope.lookup(lower);
        if (variable) return variable.value;
        const member = this.memberSlot(lower);
        if (member) return member.get();
        return this.unsupported(`unknown name ${name}`);
    }

    /** A field or property visible by simple name from the current frame: own, inherited, or an outer class's static. */
    private memberSlot(lower: string): { get(): Value; set(value: Value): void; type: ApexType } | null {
        const frame = this.frame;
        const accessor = frame.accessor;
        if (accessor && accessor.name.toLowerCase() === lower) {
            const store = accessor.isStatic ? this.staticsOf(accessor.owner) : (frame.self as ApexObject).fields;
            return { get: () => store.get(lower) ?? null, set: (value) => store.set(lower, value), type: this.propertyType(accessor) };
        }
        if (frame.self) {
            const field = frame.self.cls.findField(lower);
            if (field && !field.isStatic) {
                const self = frame.self;
                return { get: () => self.fields.get(lower) ?? null, set: (value) => self.fields.set(lower, value), type: this.fieldType(field) };
            }
            const property = frame.self.cls.findProperty(lower);
            if (property && !property.isStatic) return this.propertySlot(property, frame.self);
        }
        for (let outer = frame.cls; outer; outer = outer.outer) {
            for (let cls: ClassInfo | null = outer; cls; cls = cls.superclass) {
                const field = cls.fields.get(lower);
                if (field && field.isStatic) return this.staticFieldSlot(field);
                const property = cls.properties.get(lower);
                if (property && property.isStatic) return this.propertySlot(property, null);
            }
        }
        return null;
    }

    private staticFieldSlot(field: FieldInfo): { get(): Value; set(value: Value): void; type: ApexType } {
        const lower = field.name.toLowerCase();
        return {
            get: () => {
                this.ensureInitialized(field.owner);
                return this.staticsOf(field.owner).get(lower) ?? null;
            },
            set: (value) => {
                this.ensureInitialized(field.owner);
                this.staticsOf(field.owner).set(lower, value);
            },
            type: this.fieldType(field)
        };
    }

    private propertySlot(property: PropertyInfo, self: ApexObject | null): { get(): Value; set(value: Value): void; type: ApexType } {
        return {
            get: () => this.readProperty(property, self),
            set: (value) => this.writeProperty(property, self, value),
            type: this.propertyType(property)
        };
    }

    private readProperty(property: PropertyInfo, self: ApexObject | null): Value {
        const lower = property.name.toLowerCase();
        if (property.isStatic) this.ensureInitialized(property.owner);
        const store = property.isStatic ? this.staticsOf(property.owner) : (self as ApexObject).fields;
        if (!property.get?.body) return store.get(lower) ?? null;
        const frame: Frame = {
            cls: property.owner,
            self,
            label: `${property.owner.name}.${property.name}`,
            file: property.owner.file,
            line: property.get.l,
            scope: new Scope(null),
            accessor: property
        };
        return this.withFrame(frame, () => {
            const signal = this.execBlock(property.get!.body!, frame.scope);
            return signal instanceof ReturnSignal ? this.convertForAssignment(signal.value, this.propertyType(property)) : null;
        });
    }

    private writeProperty(property: PropertyInfo, self: ApexObject | null, value: Value): void {
        const lower = property.name.toLowerCase();
        if (property.isStatic) this.ensureInitialized(property.owner);
        const store = property.isStatic ? this.staticsOf(property.owner) : (self as ApexObject).fields;
        const converted = this.convertForAssignment(value, this.propertyType(property));
        if (!property.set?.body) {
            if (property.set === null && property.get?.body) this.unsupported(`assigning read-only property ${property.owner.name}.${property.name}`);
            store.set(lower, converted);
            return;
        }
        const scope = new Scope(null);
        scope.vars.set('value', { value: converted, type: this.propertyType(property) });
        const frame: Frame = { cls: property.owner, self, label: `${property.owner.name}.${property.name}`, file: property.owner.file, line: property.set.l, scope, accessor: property };
        this.withFrame(frame, () => this.execBlock(property.set!.body!, scope));
    }

    /** Whether a simple name is a variable, field or property here (else it may name a type). */
    private isValueName(name: string): boolean {
        const lower = name.toLowerCase();
        return Boolean(this.frame.scope.lookup(lower) || this.memberSlot(lower));
    }

    /** The type or namespace an expression names (`Foo`, `Outer.Inner`, `System.TriggerOperation`), or null for a value. */
    private staticTarget(expr: Expr): StaticTarget | null {
        if (expr.k !== 'name' && expr.k !== 'field') return null;
        const cached = expr as Expr & NodeCache;
        if (cached._st !== undefined) return cached._st;
        let target: StaticTarget | null = null;
        if (expr.k === 'name') {
            if (!this.isValueName(expr.n)) {
                const type = this.program.tryResolveNames([expr.n], this.currentClass());
                if (type) target = { type, names: [expr.n] };
            }
        } else if (!expr.safe) {
            const base = this.staticTarget(expr.o);
            if (base) {
                const names = [...base.names, expr.n];
                const type = this.isStaticMemberOf(base, expr.n) ? null : this.program.tryResolveNames(names, this.currentClass());
                if (type) target = { type, names };
            }
        }
        Object.defineProperty(cached, '_st', { value: target, enumerable: false, writable: true });
        return target;
    }

    /** True when `name` is a static field, property or enum value of a user class (not a nested type). */
    private isStaticMemberOf(base: StaticTarget, name: string): boolean {
        if (base.type.k !== 'class') return false;
        const lower = name.toLowerCase();
        const cls = base.type.cls;
        return Boolean(cls.findField(lower) || cls.findProperty(lower) || cls.enumValues.some((value) => value.name.toLowerCase() === lower));
    }

    private evalField(expr: Extract<Expr, { k: 'field' }>): Value {
        const target = this.staticTarget(expr.o);
        if (target) return this.staticMember(target, expr.n);
        if (expr.o.k === 'super') return this.readMember(this.frame.self, expr.n, false);
        const value = this.eval(expr.o);
        if (value === null) {
            if (expr.safe) return null;
            throw this.toApex(nullPointer());
        }
        return this.readMember(value, expr.n, expr.safe);
    }

    private readMember(value: Value, name: string, safe: boolean): Value {
        const lower = name.toLowerCase();
        if (value === null) {
            if (safe) return null;
            throw this.toApex(nullPointer());
        }
        if (value instanceof SObjectValue) return this.native(() => this.org.readField(value, name));
        if (value instanceof ApexList && (value as ApexList & { [QUERY_RESULT]?: boolean })[QUERY_RESULT]) {
            const row = this.native(() => this.singleRowIfNeeded(value, { k: 'sobject', name: null }));
            return this.readMember(row, name, safe);
        }
        if (value instanceof ApexObject) {
            const field = value.cls.findField(lower);
            if (field && !field.isStatic) return value.fields.get(lower) ?? null;
            const property = value.cls.findProperty(lower);
            if (property && !property.isStatic) return this.readProperty(property, value);
            return this.unsupported(`field ${name} of ${value.cls.name}`);
        }
        if (value instanceof NativeObject) return this.native(() => value.getProperty(this, lower));
        return this.unsupported(`field ${name} of ${runtimeTypeName(value)}`);
    }

    private staticMember(target: StaticTarget, name: string): Value {
        const lower = name.toLowerCase();
        const type = target.type;
        if (type.k === 'class') {
            const cls = type.cls;
            const enumValue = cls.enumValues.find((value) => value.name.toLowerCase() === lower);
            if (enumValue) return enumValue;
            for (let owner: ClassInfo | null = cls; owner; owner = owner.superclass) {
                const field = owner.fields.get(lower);
                if (field && field.isStatic) return this.staticFieldSlot(field).get();
                const property = owner.properties.get(lower);
                if (property && property.isStatic) return this.readProperty(property, null);
            }
            return this.unsupported(`static member ${cls.name}.${name}`);
        }
        if (type.k === 'sobject' && type.name) {
            const value = this.native(() => this.org.sobjectStaticProperty(this, type.name as string, lower));
            if (value !== undefined) return value;
            return this.unsupported(`${type.name}.${name}`);
        }
        const holder = this.natives.holder(typeName(type)) ?? this.natives.holder(target.names.join('.'));
        const property = holder?.props?.[lower];
        if (property) return this.native(() => property(this));
        const dynamic = holder?.dynamicProp ? this.native(() => holder.dynamicProp!(this, lower)) : undefined;
        if (dynamic !== undefined) return dynamic;
        return this.unsupported(`${target.names.join('.')}.${name}`);
    }

    /** A place to store a value: variable, field, property, SObject field, list element. */
    private lvalue(expr: Expr): { get(): Value; set(value: Value): void } {
        switch (expr.k) {
            case 'name': {
                const lower = expr.n.toLowerCase();
                const variable = this.frame.scope.lookup(lower);
                if (variable) {
                    return {
                        get: () => variable.value,
                        set: (value) => {
                            variable.value = this.convertForAssignment(value, variable.type);
                        }
                    };
                }
                const member = this.memberSlot(lower);
                if (member) {
                    return { get: member.get, set: (value) => member.set(this.convertForAssignment(value, member.type)) };
                }
                return this.unsupported(`assignment to unknown name ${expr.n}`);
            }
            case 'field': {
                const target = this.staticTarget(expr.o);
                if (target) return this.staticLvalue(target, expr.n);
                const object = expr.o.k === 'super' ? this.frame.self : this.eval(expr.o);
                if (object === null) throw this.toApex(nullPointer());
                return this.memberLvalue(object, expr.n);
            }
            case 'index': {
                const list = this.eval(expr.o);
                const index = this.eval(expr.i);
                if (list === null) throw this.toApex(nullPointer());
                if (!(list instanceof ApexList)) return this.unsupported(`[] on ${runtimeTypeName(list)}`);
                return {
                    get: () => this.native(() => this.collections.listGet(list, index)),
                    set: (value) => this.native(() => this.collections.listSet(list, index, value))
                };
            }
            default:
                return this.unsupported(`assignment to ${expr.k}`);
        }
    }

    private memberLvalue(object: Value, name: string): { get(): Value; set(value: Value): void } {
        const lower = name.toLowerCase();
        if (object instanceof SObjectValue) {
            return {
                get: () => this.native(() => this.org.readField(object, name)),
                set: (value) => this.native(() => this.org.writeField(object, name, value))
            };
        }
        if (object instanceof ApexObject) {
            const field = object.cls.findField(lower);
            if (field && !field.isStatic) {
                const type = this.fieldType(field);
                return { get: () => object.fields.get(lower) ?? null, set: (value) => object.fields.set(lower, this.convertForAssignment(value, type)) };
            }
            const property = object.cls.findProperty(lower);
            if (property && !property.isStatic) return this.propertySlot(property, object);
            return this.unsupported(`field ${name} of ${object.cls.name}`);
        }
        if (object instanceof NativeObject) {
            return {
                get: () => this.native(() => object.getProperty(this, lower)),
                set: (value) => this.native(() => object.setProperty(this, lower, value))
            };
        }
        return this.unsupported(`assignment to ${name} of ${runtimeTypeName(object)}`);
    }

    private staticLvalue(target: StaticTarget, name: string): { get(): Value; set(value: Value): void } {
        const lower = name.toLowerCase();
        if (target.type.k === 'class') {
            for (let owner: ClassInfo | null = target.type.cls; owner; owner = owner.superclass) {
                const field = owner.fields.get(lower);
                if (field && field.isStatic) {
                    const slot = this.staticFieldSlot(field);
                    return { get: slot.get, set: (value) => slot.set(this.convertForAssignment(value, slot.type)) };
                }
                const property = owner.properties.get(lower);
                if (property && property.isStatic) return this.propertySlot(property, null);
            }
        }
        return this.unsupported(`assignment to ${target.names.join('.')}.${name}`);
    }

    private evalAssign(expr: Extract<Expr, { k: 'assign' }>): Value {
        const place = this.lvalue(expr.target);
        if (expr.op === '=') {
            const value = this.eval(expr.e);
            place.set(value);
            return place.get();
        }
        const operator = expr.op.slice(0, -1);
        const current = place.get();
        const operand = this.eval(expr.e);
        const result = ['+', '-', '*', '/'].includes(operator)
            ? this.native(() => arithmetic(operator, current, operand, (value) => this.concat(value)))
            : this.native(() => bitwise(operator, current, operand));
        place.set(result);
        return place.get();
    }

    private evalIncDec(expr: Extract<Expr, { k: 'incdec' }>): Value {
        const place = this.lvalue(expr.e);
        const before = place.get();
        const after = this.native(() => step(before, expr.op === '++' ? 1 : -1));
        place.set(after);
        return expr.prefix ? place.get() : before;
    }

    // ---- calls and construction ----------------------------------------------------------------------------

    private evalArgs(args: readonly Expr[]): Value[] {
        return args.map((arg) => this.eval(arg));
    }

    private evalCall(expr: Extract<Expr, { k: 'call' }>): Value {
        const lower = expr.n.toLowerCase();
        if (!expr.o) return this.callUnqualified(expr.n, this.evalArgs(expr.a));
        if (expr.o.k === 'super') {
            const self = this.frame.self;
            const parent = this.frame.cls?.superclass;
            if (!self || !parent) return this.unsupported('super call outside an instance method of a subclass');
            const args = this.evalArgs(expr.a);
            const candidates = parent.methodsNamed(lower).filter((method) => !method.isStatic);
            if (candidates.length) return this.invoke(this.selectOverload(candidates, args, `method ${parent.name}.${expr.n}`), self, args);
            return this.callObjectMethod(self, lower, args, expr.n, true);
        }
        const target = this.staticTarget(expr.o);
        if (target) return this.callStatic(target, expr.n, this.evalArgs(expr.a));
        const value = this.eval(expr.o);
        if (value === null) {
            if (expr.safe) return null;
            throw this.toApex(nullPointer());
        }
        return this.callInstance(value, expr.n, this.evalArgs(expr.a));
    }

    private callUnqualified(name: string, args: Value[]): Value {
        const lower = name.toLowerCase();
        const frame = this.frame;
        if (frame.self) {
            const candidates = frame.self.cls.methodsNamed(lower);
            if (candidates.length) {
                const method = this.selectOverload(candidates, args, `method ${frame.self.cls.name}.${name}`);
                return this.invoke(method, method.isStatic ? null : frame.self, args);
            }
            if (frame.self.cls.isException) {
                const builtIn = this.native(() => callExceptionMethod(frame.self as ApexObject, lower, args, this.exceptionHost()));
                if (builtIn) return builtIn.value;
            }
        }
        for (let outer = frame.cls; outer; outer = outer.outer) {
            const candidates = outer.methodsNamed(lower).filter((method) => method.isStatic);
            if (candidates.length) return this.invoke(this.selectOverload(candidates, args, `method ${outer.name}.${name}`), null, args);
        }
        return this.unsupported(`unknown method ${name}()`);
    }

    callStaticMethod(cls: ClassInfo, name: string, args: Value[]): Value {
        const candidates = cls.methodsNamed(name.toLowerCase()).filter((method) => method.isStatic);
        if (!candidates.length) return this.unsupported(`static method ${cls.name}.${name}`);
        return this.invoke(this.selectOverload(candidates, args, `method ${cls.name}.${name}`), null, args);
    }

    private callStatic(target: StaticTarget, name: string, args: Value[]): Value {
        const lower = name.toLowerCase();
        const type = target.type;
        if (type.k === 'class' && type.cls.kind === 'enum') {
            // Apex Developer Guide "Enums": values() in declaration order; valueOf(name) by exact name.
            if (lower === 'values') return new ApexList({ k: 'class', cls: type.cls }, [...type.cls.enumValues]);
            if (lower === 'valueof') {
                const found = type.cls.enumValues.find((value) => value.name === args[0]);
                return found ?? null;
            }
        }
        if (type.k === 'class' && !type.cls.systemNamespace) return this.callStaticMethod(type.cls, name, args);
        if (type.k === 'sobject' && type.name) {
            const result = this.native(() => this.org.sobjectStaticMethod(this, type.name as string, lower, args));
            if (result) return result.value;
            return this.unsupported(`${type.name}.${name}()`);
        }
        const holder = this.natives.holder(typeName(type)) ?? this.natives.holder(target.names.join('.'));
        const method = holder?.methods?.[lower];
        if (method) return this.native(() => method(this, args));
        return this.unsupported(`${target.names.join('.')}.${name}()`);
    }

    /** Calls a method on a value: user classes dispatch virtually; platform values use the library. */
    callInstance(value: Value, name: string, args: Value[]): Value {
        const lower = name.toLowerCase();
        if (value instanceof ApexObject) {
            const own = this.callUserMethod(value, lower, args);
            if (own) return own.value;
            return this.callObjectMethod(value, lower, args, name, false);
        }
        if (value instanceof ApexList && (value as ApexList & { [QUERY_RESULT]?: boolean })[QUERY_RESULT] && !this.natives.instanceMethod('List', lower)) {
            return this.callInstance(this.native(() => this.singleRowIfNeeded(value, { k: 'sobject', name: null })), name, args);
        }
        if (value instanceof NativeObject) return this.native(() => value.invoke(this, lower, args));
        const kind = this.kindOf(value);
        const method = this.natives.instanceMethod(kind, lower) ?? (kind === 'Id' ? this.natives.instanceMethod('String', lower) : undefined);
        if (method) {
            const self = kind === 'String' && typeof value !== 'string' ? String(value) : value;
            return this.native(() => method(this, self as never, args));
        }
        const common = this.natives.instanceMethod('Object', lower);
        if (common) return this.native(() => common(this, value as never, args));
        return this.unsupported(`${kind}.${name}()`);
    }

    private callObjectMethod(object: ApexObject, lower: string, args: Value[], name: string, fromSuper: boolean): Value {
        if (object.cls.isException) {
            const builtIn = this.native(() => callExceptionMethod(object, lower, args, this.exceptionHost()));
            if (builtIn) return builtIn.value;
        }
        switch (lower) {
            case 'equals':
                return args.length === 1 ? object === args[0] : this.unsupported('equals arity');
            case 'hashcode':
                return this.native(() => Number(this.collections.key(object).replace(/\D/g, '') || '0') | 0);
            case 'tostring':
                return this.concat(object);
        }
        return this.unsupported(`${fromSuper ? 'super.' : ''}method ${object.cls.name}.${name}()`);
    }

    private exceptionHost() {
        return {
            system: this.program.system,
            statusCode: (code: string) => {
                const cls = this.program.system.get('StatusCode');
                const found = cls.enumValues.find((value) => value.name === code);
                if (!found) this.unsupported(`StatusCode.${code}`);
                return found;
            },
            stringType: () => prim('String')
        };
    }

    kindOf(value: Value): string {
        if (value === null) return 'null';
        switch (typeof value) {
            case 'string':
                return 'String';
            case 'number':
                return 'Integer';
            case 'bigint':
                return 'Long';
            case 'boolean':
                return 'Boolean';
        }
        if (value instanceof ApexList) return 'List';
        if (value instanceof ApexSet) return 'Set';
        if (value instanceof ApexMap) return 'Map';
        if (isSObject(value)) return 'SObject';
        if (value instanceof EnumValue) return 'Enum';
        if (value instanceof TypeValue) return 'Type';
        const type = runtimeTypeName(value);
        return type;
    }

    private evalNew(expr: Extract<Expr, { k: 'new' }>): Value {
        const type = this.resolveType(expr.t);
        switch (type.k) {
            case 'class': {
                if (type.cls.systemNamespace) {
                    if (!type.cls.isException) return this.unsupported(`new ${type.cls.name}`);
                    const object = this.newSystemException(type.cls.name, null);
                    this.applyExceptionArguments(object, this.evalArgs(expr.a));
                    return object;
                }
                return this.construct(type.cls, this.evalArgs(expr.a));
            }
            case 'sobject':
                return this.newSObject(type.name, expr.a);
            case 'list':
            case 'set':
            case 'map':
                return this.newCollection(type, this.evalArgs(expr.a));
            case 'prim':
            case 'native': {
                const constructor = this.natives.constructorOf(typeName(type));
                if (constructor) {
                    const args = this.evalArgs(expr.a);
                    return this.native(() => constructor(this, args));
                }
                return this.unsupported(`new ${typeName(type)}`);
            }
            default:
                return this.unsupported(`new ${typeName(type)}`);
        }
    }

    /** `new Case(Subject = 'x', ...)`: the arguments are field assignments. */
    private newSObject(objectName: string | null, args: readonly Expr[]): Value {
        if (!objectName) return this.unsupported('new SObject()');
        const record = this.native(() => this.org.newSObject(objectName));
        for (const arg of args) {
            if (arg.k !== 'assign' || arg.op !== '=' || arg.target.k !== 'name') return this.unsupported(`SObject constructor argument`);
            const value = this.eval(arg.e);
            this.native(() => this.org.writeField(record, (arg.target as Extract<Expr, { k: 'name' }>).n, value));
        }
        return record;
    }

    /** List, Set and Map constructors: empty, with a size... or copying another collection. */
    private newCollection(type: ApexType, args: Value[]): Value {
        if (args.length > 1) return this.unsupported(`${typeName(type)} constructor with ${args.length} arguments`);
        const source = args[0];
        if (type.k === 'list') {
            if (source === undefined) return new ApexList(type.of);
            if (source instanceof ApexList) return this.native(() => this.collections.newList(type.of, source.items));
            if (source instanceof ApexSet) return this.native(() => this.collections.newList(type.of, source.entries.values()));
            if (source === null) throw this.toApex(nullPointer());
        }
        if (type.k === 'set') {
            if (source === undefined) return new ApexSet(type.of);
            if (source instanceof ApexList) return this.native(() => this.collections.newSet(type.of, source.items));
            if (source instanceof ApexSet) return this.native(() => this.collections.newSet(type.of, source.entries.values()));
            if (source === null) throw this.toApex(nullPointer());
        }
        if (type.k === 'map') {
            const map = new ApexMap(type.key, type.value);
            if (source === undefined) return map;
            if (source === null) throw this.toApex(nullPointer());
            if (source instanceof ApexMap) {
                for (const entry of source.entries.values()) this.native(() => this.collections.mapPut(map, entry.key, entry.value));
                return map;
            }
            if (source instanceof ApexList) {
                // Map<Id, SObject>(List<SObject>): each record by its Id (Apex Reference "Map Constructors").
                for (const item of source.items) {
                    if (!(item instanceof SObjectValue)) return this.unsupported('Map constructor from a list that is not of SObjects');
                    const id = this.native(() => this.org.readField(item, 'Id'));
                    if (id === null) this.throwSystem('ListException', 'Row with null Id at index: ' + source.items.indexOf(item));
                    this.native(() => this.collections.mapPut(map, id, item));
                }
                return map;
            }
        }
        return this.unsupported(`${typeName(type)} constructor from ${runtimeTypeName(source ?? null)}`);
    }

    // ---- entry points for the runner and the org ------------------------------------------------------------

    /** Runs a static method of a class outside any frame (a test method, a trigger handler). */
    runStatic(method: MethodInfo, args: Value[] = []): Value {
        return this.invoke(method, null, args);
    }

    /** Runs a trigger body with its context (Apex Developer Guide "Trigger Context Variables"). */
    runTrigger(decl: { name: string; body: readonly Stmt[]; file: string; line: number }, context: TriggerContextData): void {
        this.triggerContexts.push(context);
        try {
            const scope = new Scope(null);
            this.withFrame({ cls: null, self: null, label: `Trigger.${decl.name}`, file: decl.file, line: decl.line, scope, accessor: null }, () => {
                this.execStatements(decl.body, scope);
            });
        } finally {
            this.triggerContexts.pop();
        }
    }

    /** The message and stack of an uncaught exception, for a failed test. */
    describeThrow(thrown: ApexThrow): { message: string; stack: string } {
        const data = exceptionData(thrown.exception);
        const message = this.exceptionMessage(thrown.exception);
        return { message: `${typeNameOf(thrown.exception.cls)}: ${message ?? 'null'}`, stack: data.stack };
    }

    systemClasses(): SystemClasses {
        return this.program.system;
    }
}
