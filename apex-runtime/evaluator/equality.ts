// Equality, ordering and collection keys (Apex Developer Guide "Expression Operators"):
// - `==` compares values, not references, except for user-defined types (reference equality
//   unless the class declares equals); String comparison with `==` ignores case; Id comparison
//   does not; collections compare element by element; a String compared with an Id is read as an Id.
// - `===` is reference equality.
// - `<`, `>`: "The comparison of two strings is ... case-insensitive"; a null Integer, Double, Date
//   or Datetime operand makes the comparison false; a non-null String or Id is greater than null.
// - Map keys and Set elements of type String are case-sensitive (Apex Developer Guide "Maps",
//   "Sets"); Id keys match in either length.
import { isValidId, to18 } from '../../spec/org/ids';
import { compareNumbers, isNumberValue } from './numbers';
import {
    ApexDate,
    ApexDatetime,
    ApexDecimal,
    ApexDouble,
    ApexList,
    ApexMap,
    ApexObject,
    ApexSet,
    ApexTime,
    Blob,
    EnumValue,
    IdValue,
    isSObject,
    TypeValue,
    type SObjectLike,
    type Value
} from './values';

export interface EqualityHost {
    /** Calls the class's own equals(Object)/hashCode() if it declares one; undefined otherwise. */
    userEquals(object: ApexObject, other: Value): boolean | undefined;
    userHashCode(object: ApexObject): number | undefined;
    sobjectEntries(record: SObjectLike): [string, Value][];
}

/**
 * `==`; with `caseSensitive`, the equals() comparison that System.assertEquals and Assert.areEqual make, where
 * Strings differing in case are not equal (String Class, equals: "case-sensitive"; the `==` operator alone
 * ignores case).
 */
export function apexEquals(left: Value, right: Value, host: EqualityHost, caseSensitive = false): boolean {
    if (left === null || right === null) return left === right;
    if (typeof left === 'string' && typeof right === 'string') return left === right || (!caseSensitive && left.toLowerCase() === right.toLowerCase());
    if (left instanceof IdValue || right instanceof IdValue) return idOf(left) !== null && idOf(left) === idOf(right);
    if (isNumberValue(left) && isNumberValue(right)) return compareNumbers(left, right) === 0;
    if (typeof left === 'boolean' || typeof right === 'boolean') return left === right;
    if (left instanceof ApexDate && right instanceof ApexDate) return left.epochDay() === right.epochDay();
    if (left instanceof ApexDatetime && right instanceof ApexDatetime) return left.millis === right.millis;
    if (left instanceof ApexTime && right instanceof ApexTime) return left.millis === right.millis;
    if (left instanceof Blob && right instanceof Blob) return Buffer.from(left.bytes).equals(Buffer.from(right.bytes));
    if (left instanceof ApexList && right instanceof ApexList) {
        return left.items.length === right.items.length && left.items.every((item, index) => apexEquals(item, right.items[index] as Value, host, caseSensitive));
    }
    if (left instanceof ApexSet && right instanceof ApexSet) {
        return left.entries.size === right.entries.size && [...left.entries.keys()].every((key) => right.entries.has(key));
    }
    if (left instanceof ApexMap && right instanceof ApexMap) {
        if (left.entries.size !== right.entries.size) return false;
        for (const [key, entry] of left.entries) {
            const other = right.entries.get(key);
            if (!other || !apexEquals(entry.value, other.value, host, caseSensitive)) return false;
        }
        return true;
    }
    if (isSObject(left) && isSObject(right)) {
        if (left.objectName !== right.objectName) return false;
        const a = host.sobjectEntries(left);
        const b = new Map(host.sobjectEntries(right).map(([name, value]) => [name.toLowerCase(), value]));
        return a.length === b.size && a.every(([name, value]) => b.has(name.toLowerCase()) && apexEquals(value, b.get(name.toLowerCase()) as Value, host, caseSensitive));
    }
    if (left instanceof ApexObject) {
        const own = host.userEquals(left, right);
        if (own !== undefined) return own;
        return left === right;
    }
    if (left instanceof TypeValue && right instanceof TypeValue) return left.name.toLowerCase() === right.name.toLowerCase();
    return left === right;
}

function idOf(value: Value): string | null {
    if (value instanceof IdValue) return value.id18;
    if (typeof value === 'string' && isValidId(value)) return to18(value);
    return null;
}

/** `===`: the same object; primitives by exact value. */
export function exactEquals(left: Value, right: Value): boolean {
    if (left instanceof IdValue && right instanceof IdValue) return left.id18 === right.id18;
    if (left instanceof ApexDecimal && right instanceof ApexDecimal) return left.value.equals(right.value);
    if (left instanceof ApexDouble && right instanceof ApexDouble) return left.value === right.value;
    if (left instanceof ApexDate && right instanceof ApexDate) return left.epochDay() === right.epochDay();
    if (left instanceof ApexDatetime && right instanceof ApexDatetime) return left.millis === right.millis;
    return left === right;
}

export class ComparisonError extends Error {}

/**
 * The ordering of `<`/`>`: negative, zero, positive, or null when the comparison is false
 * whatever the operator (a null number or date).
 */
export function compareValues(left: Value, right: Value): number | null {
    if (left === null || right === null) {
        const other = left === null ? right : left;
        if (typeof other === 'string' || other instanceof IdValue) return left === null ? -1 : 1;
        if (left === null && right === null) return null;
        return null;
    }
    if (isNumberValue(left) && isNumberValue(right)) return compareNumbers(left, right);
    if ((typeof left === 'string' || left instanceof IdValue) && (typeof right === 'string' || right instanceof IdValue)) {
        const a = String(left).toLowerCase();
        const b = String(right).toLowerCase();
        return a === b ? 0 : a < b ? -1 : 1;
    }
    if (left instanceof ApexDate && right instanceof ApexDate) return left.epochDay() - right.epochDay();
    if (left instanceof ApexDatetime && right instanceof ApexDatetime) return left.millis - right.millis;
    if (left instanceof ApexTime && right instanceof ApexTime) return left.millis - right.millis;
    throw new ComparisonError('Comparison arguments must be compatible types');
}

let nextIdentity = 0;
const identities = new WeakMap<object, number>();

function identityOf(object: object): number {
    let identity = identities.get(object);
    if (identity === undefined) {
        identity = ++nextIdentity;
        identities.set(object, identity);
    }
    return identity;
}

/** The key of a value in a Set or Map: equal keys for values Apex treats as the same element. */
export function keyOf(value: Value, host: EqualityHost): string {
    if (value === null) return 'null';
    switch (typeof value) {
        case 'string':
            return `s:${value}`;
        case 'number':
            return `n:${value}`;
        case 'bigint':
            return `n:${value}`;
        case 'boolean':
            return `b:${value}`;
    }
    if (value instanceof IdValue) return `s:${value.id18}`;
    if (value instanceof ApexDecimal) return `n:${value.value.toString()}`;
    if (value instanceof ApexDouble) return `n:${value.value}`;
    if (value instanceof ApexDate) return `d:${value.toIso()}`;
    if (value instanceof ApexDatetime) return `t:${value.millis}`;
    if (value instanceof ApexTime) return `h:${value.millis}`;
    if (value instanceof EnumValue) return `e:${value.type.name}.${value.name}`;
    if (value instanceof TypeValue) return `y:${value.name.toLowerCase()}`;
    if (value instanceof ApexList) return `l:[${value.items.map((item) => keyOf(item, host)).join(',')}]`;
    if (value instanceof ApexSet) return `S:{${[...value.entries.keys()].join(',')}}`;
    if (value instanceof ApexMap) return `m:{${[...value.entries.entries()].map(([key, entry]) => `${key}=${keyOf(entry.value, host)}`).join(',')}}`;
    if (isSObject(value)) {
        const fields = host
            .sobjectEntries(value)
            .map(([name, fieldValue]) => `${name.toLowerCase()}=${keyOf(fieldValue, host)}`)
            .sort();
        return `o:${value.objectName}{${fields.join(',')}}`;
    }
    if (value instanceof ApexObject) {
        const hash = host.userHashCode(value);
        if (hash !== undefined) return `h:${hash}`;
    }
    return `i:${identityOf(value as object)}`;
}
