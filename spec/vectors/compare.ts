// How a vector's expected values are compared with what the org holds or the call returned,
// the same way in both runners: Ids in either length, numbers by value, instants by instant, '$notNull' as any value.
import { isValidId, sameId } from '../org/ids';
import { isDateTimeString } from '../org/values';

/** Matches any value but null (an Id the call created, a time it wrote). */
export const NOT_NULL = '$notNull';

export function valuesEqual(expected: unknown, actual: unknown): boolean {
    if (expected === null || expected === undefined) return actual === null || actual === undefined;
    if (actual === null || actual === undefined) return false;
    if (expected === NOT_NULL) return true;
    if (isValidId(expected) && isValidId(actual)) return sameId(expected, actual);
    if (typeof expected === 'number' && typeof actual === 'number') return expected === actual;
    if (isDateTimeString(expected) && isDateTimeString(actual)) return Date.parse(expected) === Date.parse(actual);
    return expected === actual;
}

/** Where `actual` differs from `expected`, reading `expected` as a subset (unlisted keys are ignored). */
export function subsetMismatches(expected: unknown, actual: unknown, path = 'response'): string[] {
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual)) return [`${path}: expected a list, got ${JSON.stringify(actual)}`];
        if (actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${actual.length}`];
        return expected.flatMap((item, index) => subsetMismatches(item, actual[index], `${path}[${index}]`));
    }
    if (expected !== null && typeof expected === 'object') {
        if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
            return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
        }
        return Object.entries(expected).flatMap(([key, value]) =>
            subsetMismatches(value, (actual as Record<string, unknown>)[key], `${path}.${key}`)
        );
    }
    return valuesEqual(expected, actual) ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
