// The Database class (Apex Reference "Database Class"): DML methods with allOrNone, DMLOptions and
// AccessLevel; setSavepoint and rollback (each a DML statement against the limits, as the
// reference notes); dynamic SOQL with query, queryWithBinds and countQuery; and AccessLevel.
import { UnsupportedError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { runtimeTypeName } from '../evaluator/types';
import { ApexList, ApexMap, NativeObject, type Value } from '../evaluator/values';
import type { OrgBridge } from '../org/bridge';
import { DmlOptionsValue, SaveResultValue, type DmlOptionsData } from '../org/dml';
import { enforcesSharing } from '../org/queries';
import { SObjectValue } from '../org/sobject';
import { arg, str } from './args';
import type { Natives } from './registry';

export function bridgeOf(rt: Interpreter): OrgBridge {
    return rt.org as OrgBridge;
}

/** System.AccessLevel.USER_MODE / SYSTEM_MODE. */
export class AccessLevelValue extends NativeObject {
    readonly typeName = 'System.AccessLevel';

    constructor(readonly mode: 'USER_MODE' | 'SYSTEM_MODE') {
        super();
    }

    override toText(): string {
        return this.mode;
    }

    invoke(rt: Interpreter, lower: string): Value {
        return rt.unsupported(`AccessLevel.${lower}()`);
    }
}

const USER_MODE = new AccessLevelValue('USER_MODE');
const SYSTEM_MODE = new AccessLevelValue('SYSTEM_MODE');

class SavepointValue extends NativeObject {
    readonly typeName = 'System.Savepoint';

    constructor(readonly savepoint: { readonly mark: number }) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        return rt.unsupported(`Savepoint.${lower}()`);
    }
}

/**
 * The allOrNone, DMLOptions and access level of a Database DML call, from its optional arguments.
 * With DMLOptions, allOrNone is its optAllOrNone, false when not set (Apex Reference "DMLOptions
 * Class": "The default for this property is false").
 */
function dmlArguments(rt: Interpreter, args: Value[]): { allOrNone: boolean; mode: 'USER_MODE' | 'SYSTEM_MODE'; options: DmlOptionsData | null } {
    let allOrNone = true;
    let mode: 'USER_MODE' | 'SYSTEM_MODE' = 'SYSTEM_MODE';
    let options: DmlOptionsData | null = null;
    for (const extra of args.slice(1)) {
        if (typeof extra === 'boolean') allOrNone = extra;
        else if (extra instanceof AccessLevelValue) mode = extra.mode;
        else if (extra instanceof DmlOptionsValue) {
            options = extra.data(rt);
            allOrNone = options.allOrNone ?? false;
        } else if (extra !== null) {
            rt.unsupported(`Database DML argument of type ${runtimeTypeName(extra)}`);
        }
    }
    return { allOrNone, mode, options };
}

export function registerDatabase(natives: Natives): void {
    const dmlMethod = (op: 'insert' | 'update' | 'upsert' | 'delete') => (rt: Interpreter, args: Value[]) => {
        const { allOrNone, mode, options } = dmlArguments(rt, args);
        const target = arg(args, 0);
        const outcomes = bridgeOf(rt).dml.method(op, { mode, withSharing: enforcesSharing(rt.frames, mode) }, options, target, allOrNone);
        const typeName = op === 'delete' ? 'Database.DeleteResult' : op === 'upsert' ? 'Database.UpsertResult' : 'Database.SaveResult';
        const results = outcomes.map((outcome) => new SaveResultValue(typeName, outcome.id, outcome.failure ? [outcome.failure] : []));
        if (target instanceof SObjectValue) return results[0] ?? null;
        return new ApexList({ k: 'native', name: typeName }, results);
    };
    const queryMode = (value: Value): 'USER_MODE' | 'SYSTEM_MODE' | null => {
        if (value === null || value === undefined) return null;
        if (value instanceof AccessLevelValue) return value.mode;
        throw new UnsupportedError(`unsupported: query access level of type ${runtimeTypeName(value)}`);
    };
    const evaluateName = (rt: Interpreter) => (expr: Parameters<Interpreter['eval']>[0]) => rt.eval(expr);
    natives.registerStatic({
        name: 'Database',
        methods: {
            insert: dmlMethod('insert'),
            update: dmlMethod('update'),
            upsert: dmlMethod('upsert'),
            delete: dmlMethod('delete'),
            setsavepoint: (rt) => new SavepointValue(bridgeOf(rt).org.db.setSavepoint()),
            rollback: (rt, args) => {
                const savepoint = arg(args, 0);
                if (!(savepoint instanceof SavepointValue)) return rt.unsupported('Database.rollback without a Savepoint');
                bridgeOf(rt).org.db.rollback(savepoint.savepoint);
                return null;
            },
            query: (rt, args) => bridgeOf(rt).queries.dynamic(rt, str(args, 0), queryMode(arg(args, 1)), null, evaluateName(rt)),
            querywithbinds: (rt, args) => {
                const binds = arg(args, 1);
                if (!(binds instanceof ApexMap)) return rt.unsupported('Database.queryWithBinds without a bind map');
                return bridgeOf(rt).queries.dynamic(rt, str(args, 0), queryMode(arg(args, 2)), binds, evaluateName(rt));
            },
            countquery: (rt, args) => bridgeOf(rt).queries.dynamic(rt, str(args, 0), queryMode(arg(args, 1)), null, evaluateName(rt)),
            countquerywithbinds: (rt, args) => {
                const binds = arg(args, 1);
                if (!(binds instanceof ApexMap)) return rt.unsupported('Database.countQueryWithBinds without a bind map');
                return bridgeOf(rt).queries.dynamic(rt, str(args, 0), queryMode(arg(args, 2)), binds, evaluateName(rt));
            }
        }
    });
    natives.registerConstructor('Database.DMLOptions', () => new DmlOptionsValue());
    natives.registerStatic({
        name: 'AccessLevel',
        props: {
            user_mode: () => USER_MODE,
            system_mode: () => SYSTEM_MODE
        }
    });
    natives.registerStatic({ name: 'System.AccessLevel', props: { user_mode: () => USER_MODE, system_mode: () => SYSTEM_MODE } });
}
