// System, Test, Limits, UserInfo, Type, Label and Trigger (Apex Reference "System Class", "Test
// Class", "Limits Class", "UserInfo Class", "Type Class"; Apex Developer Guide "Trigger Context
// Variables", "Custom Labels"), plus the methods every value has (equals, hashCode, toString) and
// enum methods (name, ordinal).
import { UnsupportedError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { isAssignable, typeName } from '../evaluator/types';
import { ApexDate, ApexDatetime, ApexList, EnumValue, IdValue, NativeObject, prim, TypeValue, type ApexType, type Value } from '../evaluator/values';
import { SYNCHRONOUS_LIMITS } from '../../spec/org/limits';
import { arg, items, str } from './args';
import { bridgeOf } from './database';
import type { Natives } from './registry';
import { dateTimeParts, isKnownTimeZone } from './timeZones';

class TimeZoneValue extends NativeObject {
    readonly typeName = 'System.TimeZone';

    constructor(readonly id: string) {
        super();
    }

    override toText(): string {
        return this.id;
    }

    invoke(rt: Interpreter, lower: string, args: Value[]): Value {
        switch (lower) {
            case 'getid':
                return this.id;
            case 'getdisplayname':
                return new Intl.DateTimeFormat('en-US', { timeZone: this.id, timeZoneName: 'long' }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value ?? this.id;
            case 'getoffset': {
                const at = args[0] as { millis?: number } | null;
                const millis = at && typeof at.millis === 'number' ? at.millis : rt.org.nowMillis();
                const parts = dateTimeParts(millis, this.id);
                return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, parts.millisecond) - millis;
            }
            default:
                return rt.unsupported(`TimeZone.${lower}()`);
        }
    }
}

/** The type a name denotes for Type.forName, or null when there is none. */
function typeForName(rt: Interpreter, name: string): TypeValue | null {
    const type = rt.program.tryResolveNames(name.split('.'), null);
    if (!type) return null;
    return new TypeValue(type, typeName(type));
}

function newInstanceOf(rt: Interpreter, type: ApexType): Value {
    if (type.k === 'class') return rt.construct(type.cls, []);
    if (type.k === 'sobject' && type.name) return rt.org.newSObject(type.name);
    if (type.k === 'list') return new ApexList(type.of);
    return rt.unsupported(`Type.newInstance() of ${typeName(type)}`);
}

function debugLevel(value: Value): string {
    return value instanceof EnumValue ? value.name : 'DEBUG';
}

export function registerSystem(natives: Natives): void {
    natives.registerStatic({
        name: 'System',
        methods: {
            debug: (rt, args) => {
                const level = args.length > 1 ? debugLevel(arg(args, 0)) : 'DEBUG';
                const message = args.length > 1 ? arg(args, 1) : arg(args, 0);
                rt.debugLog.push(`${rt.where()}|${level}|${rt.concat(message)}`);
                return null;
            },
            now: (rt) => new ApexDatetime(rt.org.nowMillis()),
            today: (rt) => {
                const parts = dateTimeParts(rt.org.nowMillis(), rt.org.timeZone());
                return new ApexDate(parts.year, parts.month, parts.day);
            },
            currenttimemillis: (rt) => BigInt(rt.org.nowMillis()),
            equals: (rt, args) => rt.equals(arg(args, 0), arg(args, 1)),
            hashcode: (rt, args) => rt.callInstance(arg(args, 0), 'hashCode', []),
            isbatch: (rt) => bridgeOf(rt).test.runningKind === 'BatchApex',
            isfuture: (rt) => bridgeOf(rt).test.runningKind === 'Future',
            isqueueable: (rt) => bridgeOf(rt).test.runningKind === 'Queueable',
            isscheduled: (rt) => bridgeOf(rt).test.runningKind === 'ScheduledApex'
        }
    });

    natives.registerStatic({
        name: 'Test',
        methods: {
            starttest: (rt) => {
                bridgeOf(rt).test.startTest();
                return null;
            },
            stoptest: (rt) => {
                bridgeOf(rt).test.stopTest();
                return null;
            },
            isrunningtest: () => true,
            setfixedsearchresults: (rt, args) => {
                bridgeOf(rt).test.fixedSearchResults = items(arg(args, 0)).map((value) => (value instanceof IdValue ? value.id18 : String(value)));
                return null;
            },
            setmock: (rt) => rt.unsupported('Test.setMock (callout mocks are not modelled)'),
            loaddata: (rt) => rt.unsupported('Test.loadData')
        }
    });

    const limit = (name: keyof typeof SYNCHRONOUS_LIMITS) => (rt: Interpreter) => bridgeOf(rt).org.limits.usage()[name];
    natives.registerStatic({
        name: 'Limits',
        methods: {
            getqueries: limit('queries'),
            getqueryrows: limit('queryRows'),
            getdmlstatements: limit('dmlStatements'),
            getdmlrows: limit('dmlRows'),
            getlimitqueries: () => SYNCHRONOUS_LIMITS.queries,
            getlimitqueryrows: () => SYNCHRONOUS_LIMITS.queryRows,
            getlimitdmlstatements: () => SYNCHRONOUS_LIMITS.dmlStatements,
            getlimitdmlrows: () => SYNCHRONOUS_LIMITS.dmlRows,
            // The org's own SOSL counter where it has one (the SOQL/SOSL evaluator counts there), else the bridge's.
            getsoslqueries: (rt) => {
                const limits = bridgeOf(rt).org.limits as unknown as { soslQueries?: () => number };
                return typeof limits.soslQueries === 'function' ? limits.soslQueries() : bridgeOf(rt).queries.soslQueries;
            },
            // The runtime's own CPU time for the transaction: real, but of this machine and evaluator, not of an org.
            getcputime: (rt) => bridgeOf(rt).test.cpuMillis(),
            getlimitcputime: () => 10000,
            getlimitsoslqueries: () => 20,
            getcallouts: () => 0,
            getlimitcallouts: () => 100,
            getfuturecalls: () => 0,
            getlimitfuturecalls: () => 50,
            getlimitqueueablejobs: () => 50,
            getemailinvocations: () => 0,
            getlimitemailinvocations: () => 10
        }
    });

    const user = (rt: Interpreter) => {
        const bridge = bridgeOf(rt);
        return bridge.org.db.get(bridge.runningUserId()) as Record<string, unknown>;
    };
    natives.registerStatic({
        name: 'UserInfo',
        methods: {
            getuserid: (rt) => new IdValue(bridgeOf(rt).runningUserId()),
            getname: (rt) => String(user(rt).Name),
            getfirstname: (rt) => (user(rt).FirstName as string | null) ?? null,
            getlastname: (rt) => String(user(rt).LastName),
            getusername: (rt) => String(user(rt).Username),
            getuseremail: (rt) => String(user(rt).Email),
            getprofileid: (rt) => (user(rt).ProfileId ? new IdValue(String(user(rt).ProfileId)) : null),
            getorganizationid: (rt) => new IdValue(bridgeOf(rt).organizationId()),
            getorganizationname: () => 'Service Playbooks',
            gettimezone: (rt) => new TimeZoneValue(rt.org.timeZone()),
            getlocale: (rt) => String(user(rt).LocaleSidKey ?? 'en_US'),
            getlanguage: (rt) => String(user(rt).LanguageLocaleKey ?? 'en_US'),
            getusertype: () => 'Standard',
            getuithemedisplayed: () => 'Theme4d',
            ismulticurrencyorganization: () => false,
            getuserroleid: () => null
        }
    });
    natives.registerStatic({
        name: 'TimeZone',
        methods: {
            gettimezone: (rt, args) => {
                const id = str(args, 0);
                return isKnownTimeZone(id) ? new TimeZoneValue(id) : rt.unsupported(`TimeZone ${id}`);
            }
        }
    });

    natives.registerStatic({
        name: 'Type',
        methods: {
            forname: (rt, args) => {
                const name = args.length > 1 ? `${arg(args, 0) === null || arg(args, 0) === '' ? '' : `${str(args, 0)}.`}${str(args, 1)}` : str(args, 0);
                return typeForName(rt, name);
            }
        }
    });
    natives.registerStatic({ name: 'System.Type', methods: { forname: (rt, args) => typeForName(rt, args.length > 1 ? `${str(args, 0)}.${str(args, 1)}` : str(args, 0)) } });
    natives.registerInstance<TypeValue>('Type', {
        getname: (_rt, self) => self.name,
        tostring: (_rt, self) => self.name,
        newinstance: (rt, self) => newInstanceOf(rt, self.type),
        equals: (_rt, self, args) => args[0] instanceof TypeValue && args[0].name.toLowerCase() === self.name.toLowerCase(),
        hashcode: (_rt, self) => self.name.length,
        isassignablefrom: (_rt, self, args) => args[0] instanceof TypeValue && isAssignable(args[0].type, self.type)
    });

    natives.registerInstance<EnumValue>('Enum', {
        name: (_rt, self) => self.name,
        ordinal: (_rt, self) => self.ordinal,
        tostring: (_rt, self) => self.name,
        equals: (_rt, self, args) => args[0] === self,
        hashcode: (_rt, self) => self.ordinal
    });
    natives.registerInstance<Value>('Object', {
        equals: (rt, self, args) => rt.equals(self, arg(args, 0)),
        tostring: (rt, self) => rt.concat(self),
        hashcode: (rt, self) => {
            const key = rt.collections.key(self);
            let hash = 0;
            for (let index = 0; index < key.length; index++) hash = (Math.imul(31, hash) + key.charCodeAt(index)) | 0;
            return hash;
        }
    });

    // Custom labels: System.Label.Name / Label.Name.
    const labelHolder = {
        dynamicProp: (rt: Interpreter, lower: string) => {
            const value = bridgeOf(rt).label(lower);
            if (value === undefined) throw new UnsupportedError(`unsupported: no custom label ${lower} in labels/ (${rt.where()})`);
            return value;
        }
    };
    natives.registerStatic({ name: 'Label', ...labelHolder });
    natives.registerStatic({ name: 'System.Label', ...labelHolder });

    const trigger = (rt: Interpreter) => {
        const context = rt.triggerContexts[rt.triggerContexts.length - 1];
        if (!context) return rt.unsupported('Trigger context outside a trigger');
        return context;
    };
    const operationValue = (rt: Interpreter) => {
        const operation = trigger(rt).operation;
        return rt.program.system.get('TriggerOperation').enumValues.find((value) => value.name === operation) ?? null;
    };
    natives.registerStatic({
        name: 'Trigger',
        props: {
            new: (rt) => trigger(rt).newRecords,
            old: (rt) => trigger(rt).oldRecords,
            newmap: (rt) => trigger(rt).newMap,
            oldmap: (rt) => trigger(rt).oldMap,
            isbefore: (rt) => trigger(rt).isBefore,
            isafter: (rt) => !trigger(rt).isBefore,
            isinsert: (rt) => trigger(rt).operation.endsWith('INSERT'),
            isupdate: (rt) => trigger(rt).operation.endsWith('UPDATE'),
            isdelete: (rt) => trigger(rt).operation.endsWith('DELETE'),
            isundelete: (rt) => trigger(rt).operation.endsWith('UNDELETE'),
            isexecuting: (rt) => rt.triggerContexts.length > 0,
            size: (rt) => trigger(rt).size,
            operationtype: operationValue
        }
    });

    natives.registerInstance<Value>('Id', {
        getsobjecttype: (rt, self) => {
            const object = bridgeOf(rt).schema.objectForId((self as IdValue).id18);
            return object ? bridgeOf(rt).describer.objectToken(object.name) : rt.unsupported('Id.getSObjectType() of an Id of an unknown object');
        },
        to15: (_rt, self) => (self as IdValue).id18.slice(0, 15),
        to18: (_rt, self) => (self as IdValue).id18,
        equals: (rt, self, args) => rt.equals(self, arg(args, 0)),
        hashcode: (_rt, self) => (self as IdValue).id18.length,
        tostring: (_rt, self) => (self as IdValue).id18
    });
    natives.registerStatic({
        name: 'Id',
        methods: {
            valueof: (rt, args) => rt.convertForAssignment(str(args, 0), prim('Id'))
        }
    });

    // A callout from a test fails as in an org without a mock (Apex Developer Guide "Testing HTTP Callouts").
    natives.registerConstructor('Http', () => new HttpValue());
    natives.registerConstructor('HttpRequest', () => new HttpRequestValue());
}

class HttpValue extends NativeObject {
    readonly typeName = 'System.Http';

    invoke(rt: Interpreter, lower: string): Value {
        if (lower === 'send') return rt.throwSystem('CalloutException', 'Methods defined as TestMethod do not support Web service callouts');
        return rt.unsupported(`Http.${lower}()`);
    }
}

class HttpRequestValue extends NativeObject {
    readonly typeName = 'System.HttpRequest';
    private readonly values = new Map<string, Value>();

    invoke(rt: Interpreter, lower: string, args: Value[]): Value {
        if (lower.startsWith('set')) {
            this.values.set(lower.slice(3), args[args.length - 1] ?? null);
            return null;
        }
        if (lower.startsWith('get')) return this.values.get(lower.slice(3)) ?? null;
        return rt.unsupported(`HttpRequest.${lower}()`);
    }
}
