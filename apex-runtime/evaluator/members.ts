// Names, fields, properties and assignment: reading and writing variables, members and static paths.
import type { ClassInfo, FieldInfo, PropertyInfo } from '../binder/classInfo';
import type { Expr } from '../parser/ast';
import { SObjectValue } from '../org/sobject';
import { arithmetic, bitwise, nullPointer, step } from './operators';
import { runtimeTypeName, typeName } from './types';
import { ApexList, ApexObject, NativeObject, type ApexType, type Value } from './values';
import type { Interpreter } from './interpreter';
import { ReturnSignal, Scope, SHORT_CIRCUIT, type Frame, type Link, type StaticTarget, type NodeCache, QUERY_RESULT } from './frames';
import { execBlock } from './statements';

// ---- names, fields and assignment -------------------------------------------------------------------

export function readName(it: Interpreter, name: string): Value {
    const lower = name.toLowerCase();
    const frame = it.frame;
    const variable = frame.scope.lookup(lower);
    if (variable) return variable.value;
    const member = memberSlot(it, lower);
    if (member) return member.get();
    return it.compileError(`Variable does not exist: ${name}`);
}

/** A field or property visible by simple name from the current frame: own, inherited, or an outer class's static. */
export function memberSlot(it: Interpreter, lower: string): { get(): Value; set(value: Value): void; type: ApexType } | null {
    const frame = it.frame;
    const accessor = frame.accessor;
    if (accessor && accessor.name.toLowerCase() === lower) {
        const store = accessor.isStatic ? it.staticsOf(accessor.owner) : (frame.self as ApexObject).fields;
        return { get: () => store.get(lower) ?? null, set: (value) => store.set(lower, value), type: it.propertyType(accessor) };
    }
    if (frame.self) {
        const field = frame.self.cls.findField(lower);
        if (field && !field.isStatic) {
            const self = frame.self;
            return { get: () => self.fields.get(lower) ?? null, set: (value) => self.fields.set(lower, value), type: it.fieldType(field) };
        }
        const property = frame.self.cls.findProperty(lower);
        if (property && !property.isStatic) return propertySlot(it, property, frame.self);
    }
    for (let outer = frame.cls; outer; outer = outer.outer) {
        for (let cls: ClassInfo | null = outer; cls; cls = cls.superclass) {
            const field = cls.fields.get(lower);
            if (field && field.isStatic) return staticFieldSlot(it, field);
            const property = cls.properties.get(lower);
            if (property && property.isStatic) return propertySlot(it, property, null);
        }
    }
    return null;
}

export function staticFieldSlot(it: Interpreter, field: FieldInfo): { get(): Value; set(value: Value): void; type: ApexType } {
    const lower = field.name.toLowerCase();
    return {
        get: () => {
            it.ensureInitialized(field.owner);
            return it.staticsOf(field.owner).get(lower) ?? null;
        },
        set: (value) => {
            it.ensureInitialized(field.owner);
            it.staticsOf(field.owner).set(lower, value);
        },
        type: it.fieldType(field)
    };
}

export function propertySlot(it: Interpreter, property: PropertyInfo, self: ApexObject | null): { get(): Value; set(value: Value): void; type: ApexType } {
    return {
        get: () => readProperty(it, property, self),
        set: (value) => writeProperty(it, property, self, value),
        type: it.propertyType(property)
    };
}

export function readProperty(it: Interpreter, property: PropertyInfo, self: ApexObject | null): Value {
    const lower = property.name.toLowerCase();
    if (property.isStatic) it.ensureInitialized(property.owner);
    const store = property.isStatic ? it.staticsOf(property.owner) : (self as ApexObject).fields;
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
    return it.withFrame(frame, () => {
        const signal = execBlock(it, property.get!.body!, frame.scope);
        return signal instanceof ReturnSignal ? it.convertForAssignment(signal.value, it.propertyType(property)) : null;
    });
}

export function writeProperty(it: Interpreter, property: PropertyInfo, self: ApexObject | null, value: Value): void {
    const lower = property.name.toLowerCase();
    if (property.isStatic) it.ensureInitialized(property.owner);
    const store = property.isStatic ? it.staticsOf(property.owner) : (self as ApexObject).fields;
    const converted = it.convertForAssignment(value, it.propertyType(property));
    if (!property.set?.body) {
        if (property.set === null && property.get?.body) it.unsupported(`assigning read-only property ${property.owner.name}.${property.name}`);
        store.set(lower, converted);
        return;
    }
    const scope = new Scope(null);
    scope.vars.set('value', { value: converted, type: it.propertyType(property) });
    const frame: Frame = { cls: property.owner, self, label: `${property.owner.name}.${property.name}`, file: property.owner.file, line: property.set.l, scope, accessor: property };
    it.withFrame(frame, () => execBlock(it, property.set!.body!, scope));
}

/** Whether a simple name is a variable, field or property here (else it may name a type). */
export function isValueName(it: Interpreter, name: string): boolean {
    const lower = name.toLowerCase();
    return Boolean(it.frame.scope.lookup(lower) || memberSlot(it, lower));
}

/** The type or namespace an expression names (`Foo`, `Outer.Inner`, `System.TriggerOperation`), or null for a value. */
export function staticTarget(it: Interpreter, expr: Expr): StaticTarget | null {
    if (expr.k !== 'name' && expr.k !== 'field') return null;
    const cached = expr as Expr & NodeCache;
    if (cached._st !== undefined) return cached._st;
    let target: StaticTarget | null = null;
    if (expr.k === 'name') {
        if (!isValueName(it, expr.n)) {
            const type = it.program.tryResolveNames([expr.n], it.currentClass());
            if (type) target = { type, names: [expr.n] };
        }
    } else if (!expr.safe) {
        const base = staticTarget(it, expr.o);
        if (base) {
            const names = [...base.names, expr.n];
            const type = isStaticMemberOf(base, expr.n) ? null : it.program.tryResolveNames(names, it.currentClass());
            if (type) target = { type, names };
        }
    }
    Object.defineProperty(cached, '_st', { value: target, enumerable: false, writable: true });
    return target;
}

/** True when `name` is a static field, property or enum value of a user class (not a nested type). */
export function isStaticMemberOf(base: StaticTarget, name: string): boolean {
    if (base.type.k !== 'class') return false;
    const lower = name.toLowerCase();
    const cls = base.type.cls;
    return Boolean(cls.findField(lower) || cls.findProperty(lower) || cls.enumValues.some((value) => value.name.toLowerCase() === lower));
}

/**
 * `record.Field` in code: a field the org's schema lacks. A custom field (`__c`, `__r`) comes from the project's
 * metadata, so an unknown one would not compile in an org ("Variable does not exist"). The in-memory org models only
 * some standard fields, so an unknown standard name may be a platform field it lacks: unsupported, saying both.
 * Dynamic access (get, put) keeps the platform's SObjectException "Invalid field".
 */
export function requireSchemaField(it: Interpreter, record: SObjectValue, name: string): void {
    if (it.org.hasField(record, name)) return;
    if (/__(c|r)$/i.test(name)) it.compileError(`Variable does not exist: ${name}`);
    it.unsupported(
        `field ${record.objectName}.${name} is not in the in-memory org's schema: a standard field spec/org does not model (add it there), or, if the platform has no such field either, an org does not compile it: Variable does not exist: ${name}`
    );
}

/**
 * `X.member` where X is neither a variable nor a type the program knows: a platform class the runtime does not model
 * (unsupported), or a misspelling an org would not compile. The runtime cannot tell the two apart, so it says both.
 */
export function failUnknownPrefix(it: Interpreter, prefix: Expr, member: string): void {
    if (prefix.k !== 'name' || isValueName(it, prefix.n)) return;
    it.unsupported(
        `${prefix.n}.${member}: ${prefix.n} is not a variable, a class of the package or a platform class this runtime models (if it is no platform class either, an org does not compile it: Variable does not exist: ${prefix.n})`
    );
}

export function evalField(it: Interpreter, expr: Extract<Expr, { k: 'field' }>): Link {
    const target = staticTarget(it, expr.o);
    if (target) return staticMember(it, target, expr.n);
    if (expr.o.k === 'super') return readMember(it, it.frame.self, expr.n, false);
    failUnknownPrefix(it, expr.o, expr.n);
    const value = it.evalLink(expr.o);
    if (value === SHORT_CIRCUIT) return SHORT_CIRCUIT;
    if (value === null) {
        if (expr.safe) return SHORT_CIRCUIT;
        throw it.toApex(nullPointer());
    }
    return readMember(it, value, expr.n, expr.safe);
}

export function readMember(it: Interpreter, value: Value, name: string, safe: boolean): Value {
    const lower = name.toLowerCase();
    if (value === null) {
        if (safe) return null;
        throw it.toApex(nullPointer());
    }
    if (value instanceof SObjectValue) {
        requireSchemaField(it, value, name);
        return it.native(() => it.org.readField(value, name));
    }
    if (value instanceof ApexList && (value as ApexList & { [QUERY_RESULT]?: boolean })[QUERY_RESULT]) {
        const row = it.native(() => it.singleRowIfNeeded(value, { k: 'sobject', name: null }));
        return readMember(it, row, name, safe);
    }
    if (value instanceof ApexObject) {
        const field = value.cls.findField(lower);
        if (field && !field.isStatic) return value.fields.get(lower) ?? null;
        const property = value.cls.findProperty(lower);
        if (property && !property.isStatic) return readProperty(it, property, value);
        if (!value.cls.systemNamespace) return it.compileError(`Variable does not exist: ${name}`);
        return it.unsupported(`field ${name} of ${value.cls.name}`);
    }
    if (value instanceof NativeObject) return it.native(() => value.getProperty(it, lower));
    return it.unsupported(`field ${name} of ${runtimeTypeName(value)}`);
}

export function staticMember(it: Interpreter, target: StaticTarget, name: string): Value {
    const lower = name.toLowerCase();
    const type = target.type;
    if (type.k === 'class') {
        const cls = type.cls;
        const enumValue = cls.enumValues.find((value) => value.name.toLowerCase() === lower);
        if (enumValue) return enumValue;
        for (let owner: ClassInfo | null = cls; owner; owner = owner.superclass) {
            const field = owner.fields.get(lower);
            if (field && field.isStatic) return staticFieldSlot(it, field).get();
            const property = owner.properties.get(lower);
            if (property && property.isStatic) return readProperty(it, property, null);
        }
        if (!cls.systemNamespace) return it.compileError(`Variable does not exist: ${name}`);
        return it.unsupported(`static member ${cls.name}.${name}`);
    }
    if (type.k === 'sobject' && type.name) {
        const value = it.native(() => it.org.sobjectStaticProperty(it, type.name as string, lower));
        if (value !== undefined) return value;
        return it.unsupported(`${type.name}.${name}`);
    }
    const holder = it.natives.holder(typeName(type)) ?? it.natives.holder(target.names.join('.'));
    const property = holder?.props?.[lower];
    if (property) return it.native(() => property(it));
    const dynamic = holder?.dynamicProp ? it.native(() => holder.dynamicProp!(it, lower)) : undefined;
    if (dynamic !== undefined) return dynamic;
    return it.unsupported(`${target.names.join('.')}.${name}`);
}

/** A place to store a value: variable, field, property, SObject field, list element. */
export function lvalue(it: Interpreter, expr: Expr): { get(): Value; set(value: Value): void } {
    switch (expr.k) {
        case 'name': {
            const lower = expr.n.toLowerCase();
            const variable = it.frame.scope.lookup(lower);
            if (variable) {
                return {
                    get: () => variable.value,
                    set: (value) => {
                        variable.value = it.convertForAssignment(value, variable.type);
                    }
                };
            }
            const member = memberSlot(it, lower);
            if (member) {
                return { get: member.get, set: (value) => member.set(it.convertForAssignment(value, member.type)) };
            }
            return it.compileError(`Variable does not exist: ${expr.n}`);
        }
        case 'field': {
            const target = staticTarget(it, expr.o);
            if (target) return staticLvalue(it, target, expr.n);
            const object = expr.o.k === 'super' ? it.frame.self : it.eval(expr.o);
            if (object === null) throw it.toApex(nullPointer());
            return memberLvalue(it, object, expr.n);
        }
        case 'index': {
            const list = it.eval(expr.o);
            const index = it.eval(expr.i);
            if (list === null) throw it.toApex(nullPointer());
            if (!(list instanceof ApexList)) return it.unsupported(`[] on ${runtimeTypeName(list)}`);
            return {
                get: () => it.native(() => it.collections.listGet(list, index)),
                set: (value) => it.native(() => it.collections.listSet(list, index, value))
            };
        }
        default:
            return it.unsupported(`assignment to ${expr.k}`);
    }
}

export function memberLvalue(it: Interpreter, object: Value, name: string): { get(): Value; set(value: Value): void } {
    const lower = name.toLowerCase();
    if (object instanceof SObjectValue) {
        requireSchemaField(it, object, name);
        return {
            get: () => it.native(() => it.org.readField(object, name)),
            set: (value) => it.native(() => it.org.writeField(object, name, value))
        };
    }
    if (object instanceof ApexObject) {
        const field = object.cls.findField(lower);
        if (field && !field.isStatic) {
            const type = it.fieldType(field);
            return { get: () => object.fields.get(lower) ?? null, set: (value) => object.fields.set(lower, it.convertForAssignment(value, type)) };
        }
        const property = object.cls.findProperty(lower);
        if (property && !property.isStatic) return propertySlot(it, property, object);
        if (!object.cls.systemNamespace) return it.compileError(`Variable does not exist: ${name}`);
        return it.unsupported(`field ${name} of ${object.cls.name}`);
    }
    if (object instanceof NativeObject) {
        return {
            get: () => it.native(() => object.getProperty(it, lower)),
            set: (value) => it.native(() => object.setProperty(it, lower, value))
        };
    }
    return it.unsupported(`assignment to ${name} of ${runtimeTypeName(object)}`);
}

export function staticLvalue(it: Interpreter, target: StaticTarget, name: string): { get(): Value; set(value: Value): void } {
    const lower = name.toLowerCase();
    if (target.type.k === 'class') {
        for (let owner: ClassInfo | null = target.type.cls; owner; owner = owner.superclass) {
            const field = owner.fields.get(lower);
            if (field && field.isStatic) {
                const slot = staticFieldSlot(it, field);
                return { get: slot.get, set: (value) => slot.set(it.convertForAssignment(value, slot.type)) };
            }
            const property = owner.properties.get(lower);
            if (property && property.isStatic) return propertySlot(it, property, null);
        }
    }
    return it.unsupported(`assignment to ${target.names.join('.')}.${name}`);
}

export function evalAssign(it: Interpreter, expr: Extract<Expr, { k: 'assign' }>): Value {
    // The value of an assignment is the value assigned: a property's getter does not run again.
    const place = lvalue(it, expr.target);
    if (expr.op === '=') {
        const value = it.eval(expr.e);
        place.set(value);
        return value;
    }
    const operator = expr.op.slice(0, -1);
    const current = place.get();
    const operand = it.eval(expr.e);
    const result = ['+', '-', '*', '/'].includes(operator)
        ? it.native(() => arithmetic(operator, current, operand, (value) => it.concat(value)))
        : it.native(() => bitwise(operator, current, operand));
    place.set(result);
    return result;
}

export function evalIncDec(it: Interpreter, expr: Extract<Expr, { k: 'incdec' }>): Value {
    const place = lvalue(it, expr.e);
    const before = place.get();
    const after = it.native(() => step(before, expr.op === '++' ? 1 : -1));
    place.set(after);
    return expr.prefix ? after : before;
}
