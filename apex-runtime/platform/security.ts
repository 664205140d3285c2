// Security.stripInaccessible (Apex Reference "Security Class", "SObjectAccessDecision Class"; Apex Developer
// Guide "Enforce Security with the stripInaccessible Method"): copies of the records without the fields the
// running user cannot read (READABLE), create (CREATABLE), update (UPDATABLE) or either (UPSERTABLE), the removed
// fields by object, and the indexes of the records that lost a field. Parent records and child lists in the
// records are stripped the same way. With enforceRootObjectCRUD (true unless false is given) a user without the
// access to the records' object gets a NoAccessException.
import { PlatformError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { ApexList, ApexMap, ApexSet, EnumValue, NativeObject, prim, type Value } from '../evaluator/values';
import { SObjectValue } from '../org/sobject';
import { arg } from './args';
import { bridgeOf } from './database';
import type { Natives } from './registry';

type Check = 'CREATABLE' | 'READABLE' | 'UPDATABLE' | 'UPSERTABLE';

class SObjectAccessDecision extends NativeObject {
    readonly typeName = 'SObjectAccessDecision';

    constructor(
        private readonly records: ApexList,
        private readonly removed: ApexMap,
        private readonly modified: ApexSet
    ) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        if (lower === 'getrecords') return this.records;
        if (lower === 'getremovedfields') return this.removed;
        if (lower === 'getmodifiedindexes') return this.modified;
        return rt.unsupported(`SObjectAccessDecision.${lower}()`);
    }
}

function stripInaccessible(rt: Interpreter, args: Value[]): Value {
    const check = arg(args, 0);
    const source = arg(args, 1);
    const enforceRoot = args.length > 2 ? arg(args, 2) !== false : true;
    if (!(check instanceof EnumValue) || check.type.name !== 'AccessType') return rt.unsupported('Security.stripInaccessible without an AccessType');
    if (!(source instanceof ApexList)) return rt.unsupported('Security.stripInaccessible of something other than a list of SObjects');
    const bridge = bridgeOf(rt);
    const grants = bridge.org.grantsOf(bridge.org.runningUserId());
    const access = bridge.org.access;
    const removedByObject = new Map<string, Set<string>>();
    const fieldAllowed = (record: SObjectValue, fieldName: string): boolean => {
        const field = record.field(fieldName);
        if (!field || field.name === 'Id') return true;
        const granted = access.fieldAccess(grants, record.objectName, field.name);
        switch (check.name as Check) {
            case 'READABLE':
                return granted.read;
            case 'CREATABLE':
                return field.createable && granted.edit;
            case 'UPDATABLE':
                return field.updateable && granted.edit;
            case 'UPSERTABLE':
                return field.createable && field.updateable && granted.edit;
        }
    };
    const strip = (record: SObjectValue): { copy: SObjectValue; changed: boolean } => {
        const copy = record.copy(true, false, true, true);
        let changed = false;
        for (const [name, value] of record.entries()) {
            if (value instanceof SObjectValue) {
                copy.setRaw(name, strip(value).copy);
            } else if (value instanceof ApexList && value.items.every((item) => item instanceof SObjectValue)) {
                copy.setRaw(name, new ApexList(value.elementType, value.items.map((item) => strip(item as SObjectValue).copy)));
            } else if (!fieldAllowed(record, name)) {
                copy.remove(name);
                changed = true;
                const fieldName = record.field(name)?.name ?? name;
                const removed = removedByObject.get(record.objectName) ?? new Set<string>();
                removed.add(fieldName);
                removedByObject.set(record.objectName, removed);
            }
        }
        copy.queried = record.queried;
        return { copy, changed };
    };
    const records: Value[] = [];
    const modified = new ApexSet(prim('Integer'));
    source.items.forEach((item, index) => {
        if (!(item instanceof SObjectValue)) return rt.unsupported('Security.stripInaccessible of a list holding something other than SObjects');
        if (enforceRoot) {
            const objectAccess = access.objectAccess(grants, item.objectName);
            const allowed = check.name === 'READABLE' ? objectAccess.read : check.name === 'CREATABLE' ? objectAccess.create : check.name === 'UPDATABLE' ? objectAccess.edit : objectAccess.create && objectAccess.edit;
            if (!allowed) throw new PlatformError('NoAccessException', 'No access to entity');
        }
        const { copy, changed } = strip(item);
        records.push(copy);
        if (changed) rt.collections.setAdd(modified, index);
    });
    const removed = new ApexMap(prim('String'), { k: 'set', of: prim('String') });
    for (const [objectName, fields] of removedByObject) {
        const set = new ApexSet(prim('String'));
        for (const field of fields) rt.collections.setAdd(set, field);
        rt.collections.mapPut(removed, objectName, set);
    }
    return new SObjectAccessDecision(new ApexList(source.elementType, records), removed, modified);
}

export function registerSecurity(natives: Natives): void {
    natives.registerStatic({ name: 'Security', methods: { stripinaccessible: stripInaccessible } });
}
