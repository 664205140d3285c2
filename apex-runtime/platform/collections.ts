// List, Set and Map methods (Apex Reference "List Class", "Set Class", "Map Class"). keySet()
// and values() are copies in insertion order; List.sort() sorts primitives ascending (Strings by
// character code, as Java's compareTo), enums by ordinal and Comparable objects with compareTo.
import { requireNotIterating } from '../evaluator/collections';
import { compareValues } from '../evaluator/equality';
import { PlatformError, UnsupportedError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { runtimeTypeName } from '../evaluator/types';
import { ApexList, ApexMap, ApexObject, ApexSet, EnumValue, IdValue, isSObject, type Value } from '../evaluator/values';
import { SObjectValue } from '../org/sobject';
import { arg, bool, int, items, nullArgument } from './args';
import type { Natives } from './registry';

function compareForSort(rt: Interpreter, left: Value, right: Value): number {
    if (left === null || right === null) return left === right ? 0 : left === null ? -1 : 1;
    if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
    if (left instanceof IdValue && right instanceof IdValue) return left.id18 < right.id18 ? -1 : left.id18 > right.id18 ? 1 : 0;
    if (left instanceof EnumValue && right instanceof EnumValue) return left.ordinal - right.ordinal;
    if (left instanceof ApexObject) {
        const result = rt.callUserMethod(left, 'compareto', [right]);
        if (!result) throw new UnsupportedError(`unsupported: sorting ${left.cls.name}, which does not implement Comparable`);
        return result.value as number;
    }
    if (left instanceof SObjectValue && right instanceof SObjectValue) return compareSObjects(left, right);
    if (isSObject(left)) throw new UnsupportedError('unsupported: List.sort() of SObjects mixed with other values');
    const order = compareValues(left, right);
    return order ?? 0;
}

/**
 * The default sort order of SObjects (Apex Developer Guide "Sorting Lists of sObjects"): the label
 * of the object type, then Name, then standard fields in alphabetical order (except Id and Name),
 * then custom fields in alphabetical order; the first that differs decides.
 */
function compareSObjects(left: SObjectValue, right: SObjectValue): number {
    if (left.objectName !== right.objectName) return left.objectName.localeCompare(right.objectName);
    const names = [...new Set([...left.entries(), ...right.entries()].map(([name]) => name))].filter((name) => left.field(name));
    const standard = names.filter((name) => !left.field(name)?.custom && !['id', 'name'].includes(name.toLowerCase())).sort((a, b) => a.localeCompare(b));
    const custom = names.filter((name) => left.field(name)?.custom).sort((a, b) => a.localeCompare(b));
    for (const name of [...names.filter((candidate) => candidate.toLowerCase() === 'name'), ...standard, ...custom]) {
        const a = left.raw(name) ?? null;
        const b = right.raw(name) ?? null;
        if (a === null || b === null) {
            if (a !== b) return a === null ? -1 : 1;
            continue;
        }
        const order = typeof a === 'boolean' && typeof b === 'boolean' ? Number(a) - Number(b) : (compareValues(a, b) ?? 0);
        if (order !== 0) return order;
    }
    return 0;
}

export function registerCollections(natives: Natives): void {
    natives.registerInstance<ApexList>('List', {
        add: (rt, self, args) => {
            if (args.length === 2) rt.collections.listAdd(self, arg(args, 1), int(args, 0));
            else rt.collections.listAdd(self, arg(args, 0));
            return null;
        },
        addall: (rt, self, args) => {
            for (const item of [...items(arg(args, 0))]) rt.collections.listAdd(self, item);
            return null;
        },
        clear: (_rt, self) => {
            requireNotIterating(self);
            self.items.length = 0;
            return null;
        },
        clone: (_rt, self) => new ApexList(self.elementType, [...self.items]),
        // List.deepClone(preserveId, preserveReadonlyTimestamps, preserveAutonumber): SObjects are cloned deeply.
        deepclone: (_rt, self, args) => {
            const flag = (index: number) => (args.length > index ? bool(args, index) : false);
            return new ApexList(
                self.elementType,
                self.items.map((item) => (item instanceof SObjectValue ? item.copy(flag(0), true, flag(1), flag(2)) : item))
            );
        },
        contains: (rt, self, args) => rt.collections.listIndexOf(self, arg(args, 0)) >= 0,
        indexof: (rt, self, args) => rt.collections.listIndexOf(self, arg(args, 0)),
        get: (rt, self, args) => rt.collections.listGet(self, arg(args, 0)),
        set: (rt, self, args) => {
            rt.collections.listSet(self, arg(args, 0), arg(args, 1));
            return null;
        },
        remove: (_rt, self, args) => {
            requireNotIterating(self);
            const index = int(args, 0);
            if (index < 0 || index >= self.items.length) throw new PlatformError('ListException', `List index out of bounds: ${index}`);
            return self.items.splice(index, 1)[0] as Value;
        },
        size: (_rt, self) => self.items.length,
        isempty: (_rt, self) => self.items.length === 0,
        sort: (rt, self, args) => {
            requireNotIterating(self);
            if (args.length) {
                const comparator = arg(args, 0);
                if (!(comparator instanceof ApexObject)) throw nullArgument();
                self.items.sort((a, b) => rt.callUserMethod(comparator, 'compare', [a, b])?.value as number);
            } else {
                self.items.sort((a, b) => compareForSort(rt, a, b));
            }
            return null;
        },
        equals: (rt, self, args) => rt.equals(self, arg(args, 0)),
        hashcode: (rt, self) => hash(rt.collections.key(self)),
        tostring: (rt, self) => rt.concat(self),
        getsobjecttype: (rt, self) => {
            const type = self.elementType;
            if (type.k !== 'sobject' || !type.name) return null;
            return rt.org.sobjectStaticProperty(rt, type.name, 'sobjecttype') ?? null;
        },
        iterator: () => {
            throw new UnsupportedError('unsupported: List.iterator()');
        }
    });

    natives.registerInstance<ApexSet>('Set', {
        add: (rt, self, args) => rt.collections.setAdd(self, arg(args, 0)),
        addall: (rt, self, args) => {
            let changed = false;
            for (const item of [...items(arg(args, 0))]) changed = rt.collections.setAdd(self, item) || changed;
            return changed;
        },
        clear: (_rt, self) => {
            requireNotIterating(self);
            self.entries.clear();
            return null;
        },
        clone: (_rt, self) => {
            const copy = new ApexSet(self.elementType);
            for (const [key, value] of self.entries) copy.entries.set(key, value);
            return copy;
        },
        contains: (rt, self, args) => rt.collections.setContains(self, arg(args, 0)),
        containsall: (rt, self, args) => items(arg(args, 0)).every((item) => rt.collections.setContains(self, item)),
        remove: (rt, self, args) => rt.collections.setRemove(self, arg(args, 0)),
        removeall: (rt, self, args) => {
            let changed = false;
            for (const item of items(arg(args, 0))) changed = rt.collections.setRemove(self, item) || changed;
            return changed;
        },
        retainall: (rt, self, args) => {
            requireNotIterating(self);
            const keep = new Set(items(arg(args, 0)).map((item) => rt.collections.key(item)));
            let changed = false;
            for (const key of [...self.entries.keys()]) {
                if (!keep.has(key)) {
                    self.entries.delete(key);
                    changed = true;
                }
            }
            return changed;
        },
        size: (_rt, self) => self.entries.size,
        isempty: (_rt, self) => self.entries.size === 0,
        equals: (rt, self, args) => rt.equals(self, arg(args, 0)),
        hashcode: (rt, self) => hash(rt.collections.key(self)),
        tostring: (rt, self) => rt.concat(self)
    });

    natives.registerInstance<ApexMap>('Map', {
        get: (rt, self, args) => rt.collections.mapGet(self, arg(args, 0)),
        put: (rt, self, args) => rt.collections.mapPut(self, arg(args, 0), arg(args, 1)),
        putall: (rt, self, args) => {
            const source = arg(args, 0);
            if (source === null) throw nullArgument();
            if (source instanceof ApexMap) {
                for (const entry of [...source.entries.values()]) rt.collections.mapPut(self, entry.key, entry.value);
            } else if (source instanceof ApexList) {
                for (const record of source.items) {
                    if (!(record instanceof SObjectValue)) throw new UnsupportedError('unsupported: Map.putAll of a list that is not of SObjects');
                    rt.collections.mapPut(self, rt.org.readField(record, 'Id'), record);
                }
            } else {
                throw new UnsupportedError(`unsupported: Map.putAll(${runtimeTypeName(source)})`);
            }
            return null;
        },
        containskey: (rt, self, args) => rt.collections.mapContainsKey(self, arg(args, 0)),
        remove: (rt, self, args) => rt.collections.mapRemove(self, arg(args, 0)),
        keyset: (rt, self) => rt.collections.newSet(self.keyType, [...self.entries.values()].map((entry) => entry.key)),
        values: (_rt, self) => new ApexList(self.valueType, [...self.entries.values()].map((entry) => entry.value)),
        size: (_rt, self) => self.entries.size,
        isempty: (_rt, self) => self.entries.size === 0,
        clear: (_rt, self) => {
            requireNotIterating(self);
            self.entries.clear();
            return null;
        },
        clone: (_rt, self) => {
            const copy = new ApexMap(self.keyType, self.valueType);
            copy.caseInsensitive = self.caseInsensitive;
            for (const [key, entry] of self.entries) copy.entries.set(key, { ...entry });
            return copy;
        },
        deepclone: (_rt, self) => {
            const copy = new ApexMap(self.keyType, self.valueType);
            for (const [key, entry] of self.entries) {
                copy.entries.set(key, { key: entry.key, value: entry.value instanceof SObjectValue ? entry.value.copy(true) : entry.value });
            }
            return copy;
        },
        equals: (rt, self, args) => rt.equals(self, arg(args, 0)),
        hashcode: (rt, self) => hash(rt.collections.key(self)),
        tostring: (rt, self) => rt.concat(self),
        getsobjecttype: (rt, self) => {
            const type = self.valueType;
            if (type.k !== 'sobject' || !type.name) return null;
            return rt.org.sobjectStaticProperty(rt, type.name, 'sobjecttype') ?? null;
        }
    });
}

function hash(key: string): number {
    let value = 0;
    for (let index = 0; index < key.length; index++) value = (Math.imul(31, value) + key.charCodeAt(index)) | 0;
    return value;
}
