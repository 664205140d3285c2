// List, Set and Map storage. Elements are converted to the collection's element type on the way in
// (a Set<Id> stores Ids, a Set<String> stores Strings), Set elements and Map keys are found by
// keyOf (String keys case-sensitive, Id keys in either length), and iteration follows insertion
// order (Summer '15 release notes, "Predictable Iteration Order for Unordered Collections").
// Changing a collection while a for loop iterates over it fails as on the platform
// (System.FinalException "Cannot modify a collection while it is being iterated.").
import { apexEquals, keyOf, type EqualityHost } from './equality';
import { PlatformError } from './errors';
import { coerce } from './types';
import { ApexList, ApexMap, ApexObject, ApexSet, type ApexType, type Value } from './values';

const iterating = new WeakMap<object, number>();

export function beginIteration(collection: object): void {
    iterating.set(collection, (iterating.get(collection) ?? 0) + 1);
}

export function endIteration(collection: object): void {
    const count = (iterating.get(collection) ?? 1) - 1;
    if (count <= 0) iterating.delete(collection);
    else iterating.set(collection, count);
}

export function requireNotIterating(collection: object): void {
    if (iterating.has(collection)) throw new PlatformError('FinalException', 'Cannot modify a collection while it is being iterated.');
}

export class Collections {
    constructor(private readonly host: EqualityHost) {}

    key(value: Value): string {
        const key = keyOf(value, this.host);
        return key;
    }

    /** The stored key of `value` in `entries`: objects with their own hashCode are matched with their equals. */
    private findKey(entries: Map<string, unknown>, value: Value): string {
        const key = this.key(value);
        if (!key.startsWith('h:') || !(value instanceof ApexObject)) return key;
        for (const existing of entries.keys()) {
            if (existing === key || existing.startsWith(`${key}#`)) {
                const stored = entries.get(existing) as Value | { key: Value };
                const storedValue = stored && typeof stored === 'object' && 'key' in stored ? stored.key : (stored as Value);
                if (apexEquals(value, storedValue, this.host)) return existing;
            }
        }
        return entries.has(key) ? `${key}#${entries.size}` : key;
    }

    listAdd(list: ApexList, value: Value, index?: number): void {
        requireNotIterating(list);
        const element = coerce(value, list.elementType);
        if (index === undefined) list.items.push(element);
        else {
            if (index < 0 || index > list.items.length) throw new PlatformError('ListException', `List index out of bounds: ${index}`);
            list.items.splice(index, 0, element);
        }
    }

    listGet(list: ApexList, index: Value): Value {
        if (typeof index !== 'number' || index < 0 || index >= list.items.length) {
            throw new PlatformError('ListException', `List index out of bounds: ${String(index)}`);
        }
        return list.items[index] as Value;
    }

    listSet(list: ApexList, index: Value, value: Value): void {
        if (typeof index !== 'number' || index < 0 || index >= list.items.length) {
            throw new PlatformError('ListException', `List index out of bounds: ${String(index)}`);
        }
        list.items[index] = coerce(value, list.elementType);
    }

    /** List.contains / indexOf compare with equals, Strings case-sensitively (as Set and Map keys do). */
    listIndexOf(list: ApexList, value: Value): number {
        const key = this.key(value);
        return list.items.findIndex((item) => this.key(item) === key || (!key.startsWith('s:') && apexEquals(item, value, this.host)));
    }

    setAdd(set: ApexSet, value: Value): boolean {
        requireNotIterating(set);
        const element = coerce(value, set.elementType);
        const key = this.findKey(set.entries, element);
        if (set.entries.has(key)) return false;
        set.entries.set(key, element);
        return true;
    }

    setContains(set: ApexSet, value: Value): boolean {
        return set.entries.has(this.findKey(set.entries, coerceKey(value, set.elementType)));
    }

    setRemove(set: ApexSet, value: Value): boolean {
        requireNotIterating(set);
        return set.entries.delete(this.findKey(set.entries, coerceKey(value, set.elementType)));
    }

    private mapKey(map: ApexMap, key: Value): string {
        const converted = coerceKey(key, map.keyType);
        if (map.caseInsensitive && typeof converted === 'string') return `s:${converted.toLowerCase()}`;
        return this.findKey(map.entries, converted);
    }

    mapPut(map: ApexMap, key: Value, value: Value): Value {
        requireNotIterating(map);
        const storedKey = coerce(key, map.keyType);
        const mapKey = this.mapKey(map, storedKey);
        const previous = map.entries.get(mapKey);
        const storedValue = coerce(value, map.valueType);
        if (previous) previous.value = storedValue;
        else map.entries.set(mapKey, { key: map.caseInsensitive && typeof storedKey === 'string' ? storedKey.toLowerCase() : storedKey, value: storedValue });
        return previous ? previous.value : null;
    }

    mapGet(map: ApexMap, key: Value): Value {
        return map.entries.get(this.mapKey(map, key))?.value ?? null;
    }

    mapContainsKey(map: ApexMap, key: Value): boolean {
        return map.entries.has(this.mapKey(map, key));
    }

    mapRemove(map: ApexMap, key: Value): Value {
        requireNotIterating(map);
        const mapKey = this.mapKey(map, key);
        const previous = map.entries.get(mapKey);
        map.entries.delete(mapKey);
        return previous ? previous.value : null;
    }

    newList(elementType: ApexType, items: Iterable<Value> = []): ApexList {
        const list = new ApexList(elementType);
        for (const item of items) list.items.push(coerce(item, elementType));
        return list;
    }

    newSet(elementType: ApexType, items: Iterable<Value> = []): ApexSet {
        const set = new ApexSet(elementType);
        for (const item of items) this.setAdd(set, item);
        return set;
    }
}

/** A lookup key converted like a stored key (a String looked up in a Set<Id> is read as an Id), without failing. */
function coerceKey(value: Value, type: ApexType): Value {
    try {
        return coerce(value, type);
    } catch {
        return value;
    }
}
