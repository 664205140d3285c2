// ORDER BY as SOQL sorts (SOQL and SOSL Reference, "ORDER BY"): ascending unless DESC; null values are the low
// end, so they come first in ascending order ("By default, null values are sorted first") and last in descending
// order unless NULLS FIRST / NULLS LAST says otherwise; text sorts case-insensitively by the UTF-8 values of the
// upper-cased characters in English locales (other locales sort linguistically, which is not modelled);
// multi-select picklists and long text areas cannot be sorted.
import type { SObjectRecord } from '../../spec/org/values';
import type { OrderItem } from './ast';
import { classOf, compareComparables, storedComparable, type Comparable, type ValueClass } from './compare';
import type { RunContext } from './context';
import { queryError, UnsupportedSoqlError } from './errors';
import { resolvePath, type ResolvedPath } from './paths';
import { readPath } from './read';

export interface SortKey {
    valueClass: ValueClass;
    descending: boolean;
    nullsFirst: boolean;
}

export function sortKey(context: RunContext, valueClass: ValueClass, item: OrderItem, text: string): SortKey {
    if (valueClass === 'text' && !context.locale.toLowerCase().startsWith('en')) {
        throw new UnsupportedSoqlError(
            `SOQL ORDER BY ${text} for the locale ${context.locale} (linguistic sort order)`,
            context.source
        );
    }
    return {
        valueClass,
        descending: item.descending,
        nullsFirst: item.nulls ? item.nulls === 'FIRST' : !item.descending
    };
}

/** Compares two values under one ORDER BY item. */
export function compareUnder(key: SortKey, left: Comparable | null, right: Comparable | null): number {
    if (left === null || right === null) {
        if (left === right) return 0;
        return (left === null) === key.nullsFirst ? -1 : 1;
    }
    const order = compareComparables(key.valueClass, left, right);
    return key.descending ? -order : order;
}

export interface CompiledOrder {
    /** Sorts records in place; a no-op without ORDER BY. */
    sort(records: SObjectRecord[]): SObjectRecord[];
    paths: ResolvedPath[];
}

export function compileOrder(context: RunContext, objectName: string, items: readonly OrderItem[]): CompiledOrder {
    const keys = items.map((item) => {
        if (!item.path) throw queryError('An aggregate function can be used in ORDER BY only in an aggregate query');
        const path = resolvePath(context.schema, objectName, item.path, context.source);
        if (path.leaf.longText || path.leaf.multiPicklist)
            throw queryError(`field '${path.text}' can not be sorted in a query call`);
        const valueClass = classOf(path.leaf.type);
        return { path, key: sortKey(context, valueClass, item, path.text) };
    });
    return {
        paths: keys.map((entry) => entry.path),
        sort(records: SObjectRecord[]): SObjectRecord[] {
            if (!keys.length) return records;
            const decorated = records.map((record) => ({
                record,
                values: keys.map(({ path, key }) => storedComparable(key.valueClass, readPath(context, record, path)))
            }));
            decorated.sort((left, right) => {
                for (let index = 0; index < keys.length; index++) {
                    const result = compareUnder(
                        keys[index]!.key,
                        left.values[index] ?? null,
                        right.values[index] ?? null
                    );
                    if (result !== 0) return result;
                }
                return 0;
            });
            return decorated.map((entry) => entry.record);
        }
    };
}
