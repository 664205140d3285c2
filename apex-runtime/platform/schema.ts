// The Schema class and SObject methods (Apex Reference "Schema Class", "SObject Class"):
// getGlobalDescribe (a map of every object's token, keys ignoring case), describeSObjects,
// Schema.SObjectType.<Object> (the object's describe result), and get/put/clone/getSObjectType/
// getPopulatedFieldsAsMap/addError on records.
import { PlatformError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { runtimeTypeName } from '../evaluator/types';
import { ApexList, ApexMap, OBJECT_TYPE, prim, type Value } from '../evaluator/values';
import { ROW_ERRORS } from '../org/apexTriggers';
import { DescribeSObjectResult, requireObject, SObjectFieldToken } from '../org/describe';
import type { SObjectValue } from '../org/sobject';
import { arg, bool, items } from './args';
import { bridgeOf } from './database';
import type { Natives } from './registry';

function fieldName(rt: Interpreter, value: Value): string {
    if (typeof value === 'string') return value;
    if (value instanceof SObjectFieldToken) return value.field.name;
    if (value === null) throw new PlatformError('NullPointerException', 'Argument cannot be null.');
    return rt.unsupported(`SObject field given as a ${runtimeTypeName(value)}`);
}

export function registerSchema(natives: Natives): void {
    natives.registerStatic({
        name: 'Schema',
        methods: {
            getglobaldescribe: (rt) => {
                const bridge = bridgeOf(rt);
                const map = new ApexMap(prim('String'), { k: 'native', name: 'Schema.SObjectType' });
                map.caseInsensitive = true;
                for (const name of bridge.schema.objectNames()) rt.collections.mapPut(map, name.toLowerCase(), bridge.describer.objectToken(name));
                return map;
            },
            describesobjects: (rt, args) => {
                const bridge = bridgeOf(rt);
                return new ApexList(
                    { k: 'native', name: 'Schema.DescribeSObjectResult' },
                    items(arg(args, 0)).map((name) => new DescribeSObjectResult(bridge.describer, requireObject(bridge.describer, String(name))))
                );
            }
        }
    });
    const describeOf = (rt: Interpreter, lower: string) => {
        const bridge = bridgeOf(rt);
        const definition = bridge.schema.findObject(lower);
        return definition ? new DescribeSObjectResult(bridge.describer, definition) : undefined;
    };
    natives.registerStatic({ name: 'Schema.SObjectType', dynamicProp: describeOf });

    natives.registerInstance<SObjectValue>('SObject', {
        get: (rt, self, args) => rt.org.readField(self, fieldName(rt, arg(args, 0))),
        put: (rt, self, args) => {
            const name = fieldName(rt, arg(args, 0));
            const previous = self.raw(name) ?? null;
            rt.org.writeField(self, name, arg(args, 1));
            return previous;
        },
        getsobject: (rt, self, args) => rt.org.readField(self, fieldName(rt, arg(args, 0))),
        getsobjects: (rt, self, args) => rt.org.readField(self, fieldName(rt, arg(args, 0))),
        putsobject: (rt, self, args) => {
            rt.org.writeField(self, fieldName(rt, arg(args, 0)), arg(args, 1));
            return null;
        },
        getsobjecttype: (rt, self) => bridgeOf(rt).describer.objectToken(self.objectName),
        clone: (_rt, self, args) => {
            const flag = (index: number) => (args.length > index ? bool(args, index) : false);
            return self.copy(flag(0), flag(1), flag(2), flag(3));
        },
        getpopulatedfieldsasmap: (rt, self) => {
            const map = new ApexMap(prim('String'), OBJECT_TYPE);
            for (const [name, value] of self.entries()) rt.collections.mapPut(map, name, value);
            return map;
        },
        isset: (rt, self, args) => self.has(fieldName(rt, arg(args, 0))),
        adderror: (rt, self, args) => {
            if (!rt.triggerContexts.length) return rt.unsupported('SObject.addError outside a trigger');
            const errors = ROW_ERRORS.get(self) ?? [];
            errors.push(rt.concat(arg(args, args.length > 1 ? 1 : 0)));
            ROW_ERRORS.set(self, errors);
            return null;
        },
        equals: (rt, self, args) => rt.equals(self, arg(args, 0)),
        hashcode: (rt, self) => rt.collections.key(self).length,
        tostring: (rt, self) => rt.concat(self)
    });
}
