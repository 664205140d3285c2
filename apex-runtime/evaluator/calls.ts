// Invocation: overload selection, user methods, static and instance calls, platform natives.
import type { ClassInfo, MethodInfo } from '../binder/classInfo';
import type { Expr } from '../parser/ast';
import { callExceptionMethod } from './exceptions';
import { isNumberValue } from './numbers';
import { nullPointer } from './operators';
import { isInstanceOf, runtimeTypeName, typeName } from './types';
import { ApexList, ApexMap, ApexObject, ApexSet, EnumValue, isSObject, NativeObject, prim, TypeValue, type ApexType, type Value } from './values';
import type { Interpreter } from './interpreter';
import { ReturnSignal, Scope, SHORT_CIRCUIT, type Frame, type Link, type StaticTarget, QUERY_RESULT } from './frames';
import { execStatements } from './statements';
import { failUnknownPrefix, staticTarget } from './members';

// ---- invocation --------------------------------------------------------------------------------

export function paramType(it: Interpreter, method: MethodInfo, index: number): ApexType {
    const param = method.params[index]!;
    param.type ??= it.resolveType(param.typeRef, method.owner);
    return param.type;
}

/**
 * The platform's compile error for a call no method matches: "Method does not exist or incorrect signature: void
 * name(Type) from the type Cls" (the platform writes void whatever the call expected; the types here are those of
 * the argument values, which are the declared types except for an argument declared as a supertype).
 */
function missingMethod(name: string, args: readonly Value[], typeName: string | null): string {
    return `Method does not exist or incorrect signature: void ${name}(${args.map(runtimeTypeName).join(', ')})${typeName ? ` from the type ${typeName}` : ''}`;
}

/** Picks the overload whose parameter types fit the argument values best (null fits any type). */
export function selectOverload(it: Interpreter, candidates: readonly MethodInfo[], args: readonly Value[], what: string): MethodInfo {
    const fitting = candidates.filter((method) => method.params.length === args.length);
    if (fitting.length === 1) return fitting[0]!;
    let best: MethodInfo | undefined;
    let bestScore = -1;
    for (const method of fitting) {
        let score = 0;
        for (let index = 0; index < args.length && score >= 0; index++) {
            const fitness = fit(args[index] as Value, paramType(it, method, index));
            score = fitness < 0 ? -1 : score + fitness;
        }
        if (score > bestScore) {
            best = method;
            bestScore = score;
        }
    }
    if (!best) it.unsupported(`no ${what} taking ${args.length} argument(s) of types ${args.map(runtimeTypeName).join(', ')}`);
    return best;
}

export function fit(value: Value, type: ApexType): number {
    if (value === null) return 1;
    if (type.k === 'object') return 1;
    if (typeName(type).toLowerCase() === runtimeTypeName(value).toLowerCase()) return 4;
    if (isInstanceOf(value, type)) return 3;
    if (type.k === 'prim' && isNumberValue(value) && ['Long', 'Double', 'Decimal'].includes(type.name)) return 2;
    if (type.k === 'prim' && type.name === 'Id' && typeof value === 'string') return 2;
    return -1;
}

/** Calls a method with evaluated arguments; `self` is null for static methods. */
export function invoke(it: Interpreter, method: MethodInfo, self: ApexObject | null, args: readonly Value[]): Value {
    if (!method.body) it.unsupported(`calling abstract method ${method.owner.name}.${method.name}`);
    if (method.isStatic && method.annotations.some((annotation) => annotation.name.toLowerCase() === 'future')) {
        if (method.annotations.some((annotation) => annotation.name.toLowerCase() === 'future' && annotation.params.callout?.toLowerCase() === 'true')) {
            // A callout from a test fails in an org unless mocked; mocks are not modelled.
            it.unsupported(`@future(callout=true) method ${method.owner.name}.${method.name}`);
        }
        const copies = [...args];
        it.native(() => it.org.enqueueFuture(it, method.owner.name, method.name, () => void runMethod(it, method, null, copies)));
        return null;
    }
    return runMethod(it, method, self, args);
}

function runMethod(it: Interpreter, method: MethodInfo, self: ApexObject | null, args: readonly Value[]): Value {
    it.ensureInitialized(method.owner);
    const scope = new Scope(null);
    method.params.forEach((param, index) => {
        const type = paramType(it, method, index);
        scope.vars.set(param.name.toLowerCase(), { value: it.convertForAssignment(args[index] as Value, type), type });
    });
    const frame: Frame = { cls: method.owner, self, label: `${method.owner.name}.${method.name}`, file: method.owner.file, line: method.line, scope, accessor: null };
    return it.withFrame(frame, () => {
        const signal = execStatements(it, method.body!.b, scope);
        if (signal instanceof ReturnSignal && method.ret) {
            method.retType ??= it.resolveType(method.ret, method.owner);
            return it.convertForAssignment(signal.value, method.retType);
        }
        return null;
    });
}

/** Calls an instance method by name with virtual dispatch; null when the class has none. */
export function callUserMethod(it: Interpreter, object: ApexObject, lower: string, args: readonly Value[]): { value: Value } | null {
    const candidates = object.cls.methodsNamed(lower).filter((method) => !method.isStatic);
    if (!candidates.length) return null;
    const method = selectOverload(it, candidates, args, `method ${object.cls.name}.${lower}`);
    return { value: invoke(it, method, object, args) };
}

// ---- calls and construction ----------------------------------------------------------------------------

export function evalArgs(it: Interpreter, args: readonly Expr[]): Value[] {
    return args.map((arg) => it.eval(arg));
}

export function evalCall(it: Interpreter, expr: Extract<Expr, { k: 'call' }>): Link {
    const lower = expr.n.toLowerCase();
    if (!expr.o) return callUnqualified(it, expr.n, evalArgs(it, expr.a));
    if (expr.o.k === 'super') {
        const self = it.frame.self;
        const parent = it.frame.cls?.superclass;
        if (!self || !parent) return it.unsupported('super call outside an instance method of a subclass');
        const args = evalArgs(it, expr.a);
        const candidates = parent.methodsNamed(lower).filter((method) => !method.isStatic);
        if (candidates.length) return invoke(it, selectOverload(it, candidates, args, `method ${parent.name}.${expr.n}`), self, args);
        return callObjectMethod(it, self, lower, args, expr.n, true);
    }
    const target = staticTarget(it, expr.o);
    if (target) return callStatic(it, target, expr.n, evalArgs(it, expr.a));
    failUnknownPrefix(it, expr.o, `${expr.n}()`);
    const value = it.evalLink(expr.o);
    if (value === SHORT_CIRCUIT) return SHORT_CIRCUIT;
    if (value === null) {
        if (expr.safe) return SHORT_CIRCUIT;
        throw it.toApex(nullPointer());
    }
    return callInstance(it, value, expr.n, evalArgs(it, expr.a));
}

export function callUnqualified(it: Interpreter, name: string, args: Value[]): Value {
    const lower = name.toLowerCase();
    const frame = it.frame;
    if (frame.self) {
        const candidates = frame.self.cls.methodsNamed(lower);
        if (candidates.length) {
            const method = selectOverload(it, candidates, args, `method ${frame.self.cls.name}.${name}`);
            return invoke(it, method, method.isStatic ? null : frame.self, args);
        }
        if (frame.self.cls.isException) {
            const builtIn = it.native(() => callExceptionMethod(frame.self as ApexObject, lower, args, exceptionHost(it)));
            if (builtIn) return builtIn.value;
        }
    }
    for (let outer = frame.cls; outer; outer = outer.outer) {
        const candidates = outer.methodsNamed(lower).filter((method) => method.isStatic);
        if (candidates.length) return invoke(it, selectOverload(it, candidates, args, `method ${outer.name}.${name}`), null, args);
    }
    return it.compileError(missingMethod(name, args, it.frame.cls?.name ?? null));
}

export function callStaticMethod(it: Interpreter, cls: ClassInfo, name: string, args: Value[]): Value {
    const candidates = cls.methodsNamed(name.toLowerCase()).filter((method) => method.isStatic);
    if (!candidates.length) {
        if (!cls.systemNamespace) return it.compileError(missingMethod(name, args, cls.name));
        return it.unsupported(`static method ${cls.name}.${name}`);
    }
    return invoke(it, selectOverload(it, candidates, args, `method ${cls.name}.${name}`), null, args);
}

export function callStatic(it: Interpreter, target: StaticTarget, name: string, args: Value[]): Value {
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
    if (type.k === 'class' && !type.cls.systemNamespace) return callStaticMethod(it, type.cls, name, args);
    if (type.k === 'sobject' && type.name) {
        const result = it.native(() => it.org.sobjectStaticMethod(it, type.name as string, lower, args));
        if (result) return result.value;
        return it.unsupported(`${type.name}.${name}()`);
    }
    const holder = it.natives.holder(typeName(type)) ?? it.natives.holder(target.names.join('.'));
    const method = holder?.methods?.[lower];
    if (method) return it.native(() => method(it, args));
    return it.unsupported(`${target.names.join('.')}.${name}()`);
}

/** Calls a method on a value: user classes dispatch virtually; platform values use the library. */
export function callInstance(it: Interpreter, value: Value, name: string, args: Value[]): Value {
    const lower = name.toLowerCase();
    if (value instanceof ApexObject) {
        const own = callUserMethod(it, value, lower, args);
        if (own) return own.value;
        return callObjectMethod(it, value, lower, args, name, false);
    }
    if (value instanceof ApexList && (value as ApexList & { [QUERY_RESULT]?: boolean })[QUERY_RESULT] && !it.natives.instanceMethod('List', lower)) {
        return callInstance(it, it.native(() => it.singleRowIfNeeded(value, { k: 'sobject', name: null })), name, args);
    }
    if (value instanceof NativeObject) return it.native(() => value.invoke(it, lower, args));
    const kind = kindOf(value);
    const method = it.natives.instanceMethod(kind, lower) ?? (kind === 'Id' ? it.natives.instanceMethod('String', lower) : undefined);
    if (method) {
        const self = kind === 'String' && typeof value !== 'string' ? String(value) : value;
        return it.native(() => method(it, self as never, args));
    }
    const common = it.natives.instanceMethod('Object', lower);
    if (common) return it.native(() => common(it, value as never, args));
    return it.unsupported(`${kind}.${name}()`);
}

export function callObjectMethod(it: Interpreter, object: ApexObject, lower: string, args: Value[], name: string, fromSuper: boolean): Value {
    if (object.cls.isException) {
        const builtIn = it.native(() => callExceptionMethod(object, lower, args, exceptionHost(it)));
        if (builtIn) return builtIn.value;
    }
    switch (lower) {
        case 'equals':
            return args.length === 1 ? object === args[0] : it.unsupported('equals arity');
        case 'hashcode':
            return it.native(() => Number(it.collections.key(object).replace(/\D/g, '') || '0') | 0);
        case 'tostring':
            return it.concat(object);
    }
    if (!object.cls.systemNamespace) return it.compileError(missingMethod(name, args, object.cls.name));
    return it.unsupported(`${fromSuper ? 'super.' : ''}method ${object.cls.name}.${name}()`);
}

export function exceptionHost(it: Interpreter) {
    return {
        system: it.program.system,
        statusCode: (code: string) => {
            const cls = it.program.system.get('StatusCode');
            const found = cls.enumValues.find((value) => value.name === code);
            if (!found) it.unsupported(`StatusCode.${code}`);
            return found;
        },
        stringType: () => prim('String')
    };
}

export function kindOf(value: Value): string {
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
