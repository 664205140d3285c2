// Construction: `new` for classes, exceptions, SObjects and collections; constructor chains.
import type { ClassInfo } from '../binder/classInfo';
import type { Expr } from '../parser/ast';
import { SObjectValue } from '../org/sobject';
import { exceptionData, initException, SCRIPT_THROWN_MESSAGE } from './exceptions';
import { nullPointer } from './operators';
import { coerce, runtimeTypeName, typeName } from './types';
import { ApexList, ApexMap, ApexObject, ApexSet, type ApexType, type Value } from './values';
import type { Interpreter } from './interpreter';
import { Scope, type Frame } from './frames';
import { execBlock, execStatements } from './statements';
import { requireSchemaField } from './members';
import { readMember } from './members';
import { paramType, selectOverload, evalArgs } from './calls';

/** `new Cls(args)` for a user class or exception. */
export function construct(it: Interpreter, cls: ClassInfo, args: readonly Value[]): ApexObject {
    if (cls.kind !== 'class' || cls.isAbstract) it.unsupported(`new on ${cls.kind === 'class' ? 'abstract class' : cls.kind} ${cls.name}`);
    it.ensureInitialized(cls);
    const object = new ApexObject(cls);
    if (cls.isException) initException(object, null, null, it.frames.length ? it.frame.line : 0, it.stackTrace());
    runConstructor(it, cls, object, args);
    return object;
}

export function runConstructor(it: Interpreter, cls: ClassInfo, object: ApexObject, args: readonly Value[]): void {
    if (cls.systemNamespace) {
        applyExceptionArguments(it, object, args);
        return;
    }
    const declared = cls.ctors.filter((ctor) => ctor.params.length === args.length);
    if (!declared.length) {
        if (cls.isException && args.length <= 2) {
            // The constructors every custom exception has (Apex Developer Guide "Create Custom Exceptions").
            runSuperAndInitializers(it, cls, object, []);
            applyExceptionArguments(it, object, args);
            return;
        }
        if (args.length || cls.ctors.length) it.unsupported(`no constructor of ${cls.name} taking ${args.length} argument(s)`);
        runSuperAndInitializers(it, cls, object, []);
        return;
    }
    const ctor = selectOverload(it, declared, args, `constructor of ${cls.name}`);
    const scope = new Scope(null);
    ctor.params.forEach((param, index) => {
        const type = paramType(it, ctor, index);
        scope.vars.set(param.name.toLowerCase(), { value: it.convertForAssignment(args[index] as Value, type), type });
    });
    const frame: Frame = { cls, self: object, label: `${cls.name}.<init>`, file: cls.file, line: ctor.line, scope, accessor: null };
    it.withFrame(frame, () => {
        const body = ctor.body!.b;
        const first = body[0];
        let rest = body;
        if (first && first.k === 'expr' && first.e.k === 'ctorcall') {
            it.frame.line = first.l;
            it.markLine(first.l);
            const chainedArgs = first.e.a.map((arg) => it.eval(arg));
            rest = body.slice(1);
            if (first.e.which === 'this') runConstructor(it, cls, object, chainedArgs);
            else runSuperAndInitializers(it, cls, object, chainedArgs);
        } else {
            runSuperAndInitializers(it, cls, object, []);
        }
        execStatements(it, rest, scope);
    });
}

export function runSuperAndInitializers(it: Interpreter, cls: ClassInfo, object: ApexObject, superArgs: readonly Value[]): void {
    if (cls.superclass) runConstructor(it, cls.superclass, object, superArgs);
    for (const init of cls.instanceInits) {
        if (init.kind === 'property') object.fields.set(init.property.name.toLowerCase(), null);
        if (init.kind === 'field') object.fields.set(init.field.name.toLowerCase(), null);
    }
    if (!cls.instanceInits.some((init) => (init.kind === 'field' && init.field.init) || init.kind === 'block')) return;
    const frame: Frame = { cls, self: object, label: `${cls.name}.<init>`, file: cls.file, line: cls.decl?.l ?? 0, scope: new Scope(null), accessor: null };
    it.withFrame(frame, () => {
        for (const init of cls.instanceInits) {
            if (init.kind === 'field' && init.field.init) {
                it.frame.line = init.field.line;
                it.markLine(init.field.line);
                object.fields.set(init.field.name.toLowerCase(), coerce(it.eval(init.field.init), it.fieldType(init.field)));
            } else if (init.kind === 'block') {
                execBlock(it, init.body, it.frame.scope);
            }
        }
    });
}

/**
 * An instance with its field initialisers run but no constructor: how JSON.deserialize creates
 * objects (the class needs no constructor without parameters).
 */
export function instantiateBare(it: Interpreter, cls: ClassInfo): ApexObject {
    if (cls.kind !== 'class' || cls.isAbstract) it.unsupported(`creating ${cls.name}`);
    it.ensureInitialized(cls);
    const object = new ApexObject(cls);
    for (const owner of [...cls.lineage()].reverse()) {
        if (owner.systemNamespace) continue;
        for (const init of owner.instanceInits) {
            if (init.kind === 'property') object.fields.set(init.property.name.toLowerCase(), null);
            if (init.kind === 'field') object.fields.set(init.field.name.toLowerCase(), null);
        }
        const frame: Frame = { cls: owner, self: object, label: `${owner.name}.<init>`, file: owner.file, line: owner.decl?.l ?? 0, scope: new Scope(null), accessor: null };
        it.withFrame(frame, () => {
            for (const init of owner.instanceInits) {
                if (init.kind === 'field' && init.field.init) {
                    object.fields.set(init.field.name.toLowerCase(), coerce(it.eval(init.field.init), it.fieldType(init.field)));
                }
            }
        });
    }
    return object;
}

/** An instance field or property of an object by name (properties through their getter). */
export function readObjectMember(it: Interpreter, object: ApexObject, name: string): Value {
    return readMember(it, object, name, false);
}

/** Exception(), Exception(String), Exception(Exception), Exception(String, Exception). */
export function applyExceptionArguments(it: Interpreter, object: ApexObject, args: readonly Value[]): void {
    const data = exceptionData(object);
    for (const arg of args) {
        if (arg instanceof ApexObject && arg.cls.isException) data.cause = arg;
        else if (typeof arg === 'string' || arg === null) data.message = arg;
        else it.unsupported(`exception constructor argument of type ${runtimeTypeName(arg)}`);
    }
    if (object.cls.lower === 'aurahandledexception' && object.cls.systemNamespace) {
        // AuraHandledException hides its message from Apex until setMessage is called.
        data.message = SCRIPT_THROWN_MESSAGE;
    }
}

export function evalNew(it: Interpreter, expr: Extract<Expr, { k: 'new' }>): Value {
    const type = it.resolveType(expr.t);
    switch (type.k) {
        case 'class': {
            if (type.cls.systemNamespace) {
                if (!type.cls.isException) return it.unsupported(`new ${type.cls.name}`);
                const object = it.newSystemException(type.cls.name, null);
                applyExceptionArguments(it, object, evalArgs(it, expr.a));
                return object;
            }
            return construct(it, type.cls, evalArgs(it, expr.a));
        }
        case 'sobject':
            return newSObject(it, type.name, expr.a);
        case 'list':
        case 'set':
        case 'map':
            return newCollection(it, type, evalArgs(it, expr.a));
        case 'prim':
        case 'native': {
            const constructor = it.natives.constructorOf(typeName(type));
            if (constructor) {
                const args = evalArgs(it, expr.a);
                return it.native(() => constructor(it, args));
            }
            return it.unsupported(`new ${typeName(type)}`);
        }
        default:
            return it.unsupported(`new ${typeName(type)}`);
    }
}

/** `new Case(Subject = 'x', ...)`: the arguments are field assignments. */
export function newSObject(it: Interpreter, objectName: string | null, args: readonly Expr[]): Value {
    if (!objectName) return it.unsupported('new SObject()');
    const record = it.native(() => it.org.newSObject(objectName));
    for (const arg of args) {
        if (arg.k !== 'assign' || arg.op !== '=' || arg.target.k !== 'name') return it.unsupported(`SObject constructor argument`);
        const value = it.eval(arg.e);
        requireSchemaField(it, record, arg.target.n);
        it.native(() => it.org.writeField(record, (arg.target as Extract<Expr, { k: 'name' }>).n, value));
    }
    return record;
}

/** List, Set and Map constructors: empty, with a size... or copying another collection. */
export function newCollection(it: Interpreter, type: ApexType, args: Value[]): Value {
    if (args.length > 1) return it.unsupported(`${typeName(type)} constructor with ${args.length} arguments`);
    const source = args[0];
    if (type.k === 'list') {
        if (source === undefined) return new ApexList(type.of);
        if (source instanceof ApexList) return it.native(() => it.collections.newList(type.of, source.items));
        if (source instanceof ApexSet) return it.native(() => it.collections.newList(type.of, source.entries.values()));
        if (source === null) throw it.toApex(nullPointer());
    }
    if (type.k === 'set') {
        if (source === undefined) return new ApexSet(type.of);
        if (source instanceof ApexList) return it.native(() => it.collections.newSet(type.of, source.items));
        if (source instanceof ApexSet) return it.native(() => it.collections.newSet(type.of, source.entries.values()));
        if (source === null) throw it.toApex(nullPointer());
    }
    if (type.k === 'map') {
        const map = new ApexMap(type.key, type.value);
        if (source === undefined) return map;
        if (source === null) throw it.toApex(nullPointer());
        if (source instanceof ApexMap) {
            for (const entry of source.entries.values()) it.native(() => it.collections.mapPut(map, entry.key, entry.value));
            return map;
        }
        if (source instanceof ApexList) {
            // Map<Id, SObject>(List<SObject>): each record by its Id (Apex Reference "Map Constructors").
            for (const item of source.items) {
                if (!(item instanceof SObjectValue)) return it.unsupported('Map constructor from a list that is not of SObjects');
                const id = it.native(() => it.org.readField(item, 'Id'));
                if (id === null) it.throwSystem('ListException', 'Row with null Id at index: ' + source.items.indexOf(item));
                it.native(() => it.collections.mapPut(map, id, item));
            }
            return map;
        }
    }
    return it.unsupported(`${typeName(type)} constructor from ${runtimeTypeName(source ?? null)}`);
}
