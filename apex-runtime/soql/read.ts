// Reading a field path from a record: lookups are followed to the records the running user may see (a parent
// the user cannot see reads as null), and a polymorphic relationship ends on a field of the Name object.
import type { SObjectRecord } from '../../spec/org/values';
import type { RunContext } from './context';
import { nameObjectValue, type ResolvedPath } from './paths';

/** The record at the end of a path's lookups, or undefined when a lookup is empty or not visible. */
export function parentAt(context: RunContext, record: SObjectRecord, path: ResolvedPath): SObjectRecord | undefined {
    let current: SObjectRecord | undefined = record;
    for (const hop of path.hops) {
        current = context.visibleById(current[hop.field.name]);
        if (!current) return undefined;
    }
    return current;
}

/** The value of a path for a record: null when absent. */
export function readPath(context: RunContext, record: SObjectRecord, path: ResolvedPath): unknown {
    const target = parentAt(context, record, path);
    if (!target) return null;
    const last = path.hops[path.hops.length - 1];
    if (last?.polymorphic) return nameObjectValue(context.schema, target, path.leaf.name);
    return target[path.leaf.name] ?? null;
}
