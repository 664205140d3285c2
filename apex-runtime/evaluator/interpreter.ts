// The evaluator: runs statements and expressions of the compact tree over Apex values. One
// Interpreter serves one test run; `resetTransaction` gives each test method fresh static state
// (Apex Developer Guide "Static and Instance Methods, Variables, and Initialization Code": static
// variables live for one transaction, and each test method is its own transaction).
import type { ClassInfo, FieldInfo, MethodInfo, PropertyInfo } from '../binder/classInfo';
import type { Program } from '../binder/program';
import { SystemClasses } from '../binder/systemClasses';
import type { Block, Expr, Stmt, TypeRef } from '../parser/ast';
import type { Natives } from '../platform/registry';
import { SObjectValue } from '../org/sobject';
import { Collections } from './collections';
import { apexEquals, compareValues, ComparisonError, exactEquals, type EqualityHost } from './equality';
import { ApexThrow, CompileError, PlatformError, RuntimeFault, UnsupportedError } from './errors';
import { exceptionData, initException, typeNameOf } from './exceptions';
import type { CallSite, OrgRuntime } from './host';
import { arithmetic, bitwise, bitwiseNot, negate, nullPointer } from './operators';
import { concatText, valueOfText, type TextHost } from './text';
import { cast, coerce, isInstanceOf, runtimeTypeName, typeName } from './types';
import { ApexDecimal, ApexDouble, ApexList, ApexMap, ApexObject, TypeValue, type ApexType, type SObjectLike, type Value } from './values';
import { type Signal, Scope, type Frame, type Link, type NodeCache, MAX_STACK_DEPTH, QUERY_RESULT, SHORT_CIRCUIT, type TriggerContextData } from './frames';
import * as Statements from './statements';
import * as Members from './members';
import * as Calls from './calls';
import * as Construction from './construction';

export { QUERY_RESULT, type Frame, type TriggerContextData } from './frames';

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
    statics = new Map<ClassInfo, Map<string, Value>>();
    initialized = new Set<ClassInfo>();

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

    /** An error an org reports when the class is compiled, in the platform's words (CompileError). */
    compileError(message: string): never {
        throw new CompileError(`compile: ${message} (${this.where()})`);
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
    toApex(error: unknown): unknown {
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

    currentClass(): ClassInfo | null {
        const frame = this.frames[this.frames.length - 1];
        return frame ? frame.cls : null;
    }

    staticsOf(cls: ClassInfo): Map<string, Value> {
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
                    Statements.execBlock(this, init.body, this.frame.scope);
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

    withFrame<T>(frame: Frame, body: () => T): T {
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

    markLine(line: number): void {
        const file = this.frames[this.frames.length - 1]?.file;
        if (!file) return;
        let lines = this.executed.get(file);
        if (!lines) {
            lines = new Set();
            this.executed.set(file, lines);
        }
        lines.add(line);
    }

    paramType(method: MethodInfo, index: number): ApexType {
        return Calls.paramType(this, method, index);
    }

    /** Picks the overload whose parameter types fit the argument values best (null fits any type). */
    selectOverload(candidates: readonly MethodInfo[], args: readonly Value[], what: string): MethodInfo {
        return Calls.selectOverload(this, candidates, args, what);
    }


    /** Calls a method with evaluated arguments; `self` is null for static methods. */
    invoke(method: MethodInfo, self: ApexObject | null, args: readonly Value[]): Value {
        return Calls.invoke(this, method, self, args);
    }

    /** Calls an instance method by name with virtual dispatch; null when the class has none. */
    callUserMethod(object: ApexObject, lower: string, args: readonly Value[]): { value: Value } | null {
        return Calls.callUserMethod(this, object, lower, args);
    }

    /** `new Cls(args)` for a user class or exception. */
    construct(cls: ClassInfo, args: readonly Value[]): ApexObject {
        return Construction.construct(this, cls, args);
    }



    /**
     * An instance with its field initialisers run but no constructor: how JSON.deserialize creates
     * objects (the class needs no constructor without parameters).
     */
    instantiateBare(cls: ClassInfo): ApexObject {
        return Construction.instantiateBare(this, cls);
    }

    /** An instance field or property of an object by name (properties through their getter). */
    readObjectMember(object: ApexObject, name: string): Value {
        return Construction.readObjectMember(this, object, name);
    }


    // ---- TextHost / EqualityHost -----------------------------------------------------------------

    userToString(object: ApexObject): string | undefined {
        const method = object.cls.methodsNamed('tostring').find((candidate) => !candidate.isStatic && candidate.params.length === 0);
        if (!method) return undefined;
        const value = Calls.invoke(this, method, object, []);
        return value === null ? 'null' : String(value);
    }

    userEquals(object: ApexObject, other: Value): boolean | undefined {
        const method = object.cls.methodsNamed('equals').find((candidate) => !candidate.isStatic && candidate.params.length === 1);
        if (!method) return undefined;
        return Calls.invoke(this, method, object, [other]) === true;
    }

    userHashCode(object: ApexObject): number | undefined {
        const method = object.cls.methodsNamed('hashcode').find((candidate) => !candidate.isStatic && candidate.params.length === 0);
        if (!method) return undefined;
        const value = Calls.invoke(this, method, object, []);
        return typeof value === 'number' ? value : undefined;
    }

    sobjectEntries(record: SObjectLike): [string, Value][] {
        return (record as SObjectValue).entries();
    }

    exceptionMessage(object: ApexObject): string | null {
        const own = Calls.callUserMethod(this, object, 'getmessage', []);
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

    execBlock(block: Block, parent: Scope): Signal {
        return Statements.execBlock(this, block, parent);
    }




    site(): CallSite {
        const frame = this.frame;
        return { cls: frame.cls, file: frame.file, line: frame.line };
    }








    // ---- expressions ------------------------------------------------------------------------------------

    eval(expr: Expr): Value {
        switch (expr.k) {
            case 'lit':
                return this.literal(expr);
            case 'name':
                return Members.readName(this, expr.n);
            case 'this':
                if (!this.frame.self) this.unsupported('this in a static context');
                return this.frame.self;
            case 'field':
            case 'call':
            case 'index': {
                const value = this.evalLink(expr);
                return value === SHORT_CIRCUIT ? null : value;
            }
            case 'new':
                this.frame.line = expr.l;
                return Construction.evalNew(this, expr);
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
                if (type.k === 'sobject' || type.k === 'class') return Construction.evalNew(this, { k: 'new', t: expr.t, a: [], l: expr.l });
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
                return Members.evalIncDec(this, expr);
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
                return Statements.condition(this, expr.c) ? this.eval(expr.a) : this.eval(expr.b);
            case 'assign':
                return Members.evalAssign(this, expr);
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

    /** A link of a member chain (field, call, index): SHORT_CIRCUIT when a safe navigation operator before it met null. */
    evalLink(expr: Expr): Link {
        switch (expr.k) {
            case 'field':
                return Members.evalField(this, expr);
            case 'call':
                this.frame.line = expr.l;
                return Calls.evalCall(this, expr);
            case 'index': {
                const target = this.evalLink(expr.o);
                if (target === SHORT_CIRCUIT) return SHORT_CIRCUIT;
                const index = this.eval(expr.i);
                if (target === null) throw this.toApex(nullPointer());
                if (!(target instanceof ApexList)) return this.unsupported(`[] on ${runtimeTypeName(target)}`);
                return this.native(() => this.collections.listGet(target, index));
            }
            default:
                return this.eval(expr);
        }
    }

    literal(expr: Extract<Expr, { k: 'lit' }>): Value {
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
    isStaticallyNumeric(expr: Expr): boolean {
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
    singleRowIfNeeded(value: Value, type: ApexType): Value {
        if (!(value instanceof ApexList) || !(value as ApexList & { [QUERY_RESULT]?: boolean })[QUERY_RESULT]) return value;
        // AggregateResult is an SObject type too: `AggregateResult total = [SELECT COUNT(Id) n FROM Account];`.
        const aggregate = type.k === 'native' && type.name.toLowerCase() === 'aggregateresult';
        if (type.k !== 'sobject' && !aggregate) return value;
        if (value.items.length === 0) throw new PlatformError('QueryException', 'List has no rows for assignment to SObject');
        if (value.items.length > 1) throw new PlatformError('QueryException', 'List has more than 1 row for assignment to SObject');
        return value.items[0] as Value;
    }

    evalBinary(expr: Extract<Expr, { k: 'bin' }>): Value {
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





















    callStaticMethod(cls: ClassInfo, name: string, args: Value[]): Value {
        return Calls.callStaticMethod(this, cls, name, args);
    }


    /** Calls a method on a value: user classes dispatch virtually; platform values use the library. */
    callInstance(value: Value, name: string, args: Value[]): Value {
        return Calls.callInstance(this, value, name, args);
    }



    kindOf(value: Value): string {
        return Calls.kindOf(value);
    }




    // ---- entry points for the runner and the org ------------------------------------------------------------

    /** Runs a static method of a class outside any frame (a test method, a trigger handler). */
    runStatic(method: MethodInfo, args: Value[] = []): Value {
        return Calls.invoke(this, method, null, args);
    }

    /** Runs a trigger body with its context (Apex Developer Guide "Trigger Context Variables"). */
    runTrigger(decl: { name: string; body: readonly Stmt[]; file: string; line: number }, context: TriggerContextData): void {
        this.triggerContexts.push(context);
        try {
            const scope = new Scope(null);
            this.withFrame({ cls: null, self: null, label: `Trigger.${decl.name}`, file: decl.file, line: decl.line, scope, accessor: null }, () => {
                Statements.execStatements(this, decl.body, scope);
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
