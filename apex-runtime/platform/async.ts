// Asynchronous Apex in a test (Apex Developer Guide "Queueable Apex", "Using Batch Apex", "Apex
// Scheduler", "Testing Asynchronous Apex"): System.enqueueJob, Database.executeBatch and
// System.schedule record their job (AsyncApexJob; CronTrigger and CronJobDetail) and the work runs
// synchronously at Test.stopTest. A batch reads its rows from a QueryLocator or an Iterable and
// gets them in scopes of at most the batch size (default 200, 1 to 2,000).
// Simplifications, each named: a batch object keeps its instance state between scopes whether or
// not it implements Database.Stateful, and static variables are not reset between scopes.
import { PlatformError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { runtimeTypeName } from '../evaluator/types';
import { ApexDatetime, ApexList, ApexObject, IdValue, NativeObject, type Value } from '../evaluator/values';
import { SObjectValue } from '../org/sobject';
import { arg, int, str } from './args';
import { bridgeOf } from './database';
import type { Natives } from './registry';

const DEFAULT_BATCH_SIZE = 200;
const MAXIMUM_BATCH_SIZE = 2000;

/** QueueableContext, SchedulableContext and Database.BatchableContext. */
class JobContext extends NativeObject {
    constructor(
        readonly typeName: string,
        readonly jobId: string
    ) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        if (lower === 'getjobid' || lower === 'gettriggerid' || lower === 'getchildjobid') return new IdValue(this.jobId);
        return rt.unsupported(`${this.typeName}.${lower}()`);
    }
}

/** Database.QueryLocator: the rows of its query, read when it is created; iterator() walks them. */
export class QueryLocatorValue extends NativeObject {
    readonly typeName = 'Database.QueryLocator';

    constructor(readonly rows: Value[]) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        if (lower === 'iterator') return new QueryLocatorIterator(this.rows);
        if (lower === 'getquery') return rt.unsupported('Database.QueryLocator.getQuery()');
        return rt.unsupported(`Database.QueryLocator.${lower}()`);
    }
}

class QueryLocatorIterator extends NativeObject {
    readonly typeName = 'Database.QueryLocatorIterator';
    private position = 0;

    constructor(private readonly rows: Value[]) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        if (lower === 'hasnext') return this.position < this.rows.length;
        if (lower === 'next') {
            if (this.position >= this.rows.length) return rt.throwSystem('NoSuchElementException', 'Iterator has no more elements.');
            return this.rows[this.position++] as Value;
        }
        return rt.unsupported(`Database.QueryLocatorIterator.${lower}()`);
    }
}

function requireObject(rt: Interpreter, value: Value, what: string): ApexObject {
    if (!(value instanceof ApexObject)) return rt.unsupported(`${what} of a ${value === null ? 'null' : runtimeTypeName(value)}`);
    return value;
}

function recordJob(rt: Interpreter, jobType: string, className: string, methodName: string | null): string {
    const bridge = bridgeOf(rt);
    const [id] = bridge.org.db.insert(
        { attributes: { type: 'AsyncApexJob' }, JobType: jobType, Status: 'Queued', ApexClassName: className, MethodName: methodName, JobItemsProcessed: 0, TotalJobItems: 0, NumberOfErrors: 0, CreatedDate: new Date(rt.org.nowMillis()).toISOString() },
        'SYSTEM_MODE'
    ) as [string];
    return id;
}

function completeJob(rt: Interpreter, jobId: string, items: number): void {
    bridgeOf(rt).org.db.update(
        { Id: jobId, Status: 'Completed', JobItemsProcessed: items, TotalJobItems: items, CompletedDate: new Date(rt.org.nowMillis()).toISOString() },
        'SYSTEM_MODE'
    );
}

export function registerAsync(natives: Natives): void {
    natives.registerStatic({
        name: 'System',
        methods: {
            enqueuejob: (rt, args) => {
                const job = requireObject(rt, arg(args, 0), 'System.enqueueJob');
                const jobId = recordJob(rt, 'Queueable', job.cls.name, null);
                bridgeOf(rt).test.enqueue({
                    kind: 'Queueable',
                    className: job.cls.name,
                    run: () => {
                        rt.callInstance(job, 'execute', [new JobContext('QueueableContext', jobId)]);
                        completeJob(rt, jobId, 1);
                    }
                });
                return new IdValue(jobId);
            },
            schedule: (rt, args) => {
                const name = str(args, 0);
                const cron = str(args, 1);
                const job = requireObject(rt, arg(args, 2), 'System.schedule');
                if (cron.trim().split(/\s+/).length < 6) throw new PlatformError('StringException', `Unexpected end of expression: ${cron}`);
                const org = bridgeOf(rt).org;
                if (org.db.all('CronJobDetail').some((detail) => detail.Name === name)) {
                    throw new PlatformError('AsyncException', `The Apex job named "${name}" is already scheduled for execution.`);
                }
                const [detailId] = org.db.insert({ attributes: { type: 'CronJobDetail' }, Name: name, JobType: '7' }, 'SYSTEM_MODE') as [string];
                const [triggerId] = org.db.insert(
                    { attributes: { type: 'CronTrigger' }, CronJobDetailId: detailId, CronExpression: cron, State: 'WAITING', TimesTriggered: 0, OwnerId: org.runningUserId() },
                    'SYSTEM_MODE'
                ) as [string];
                bridgeOf(rt).test.enqueue({
                    kind: 'ScheduledApex',
                    className: job.cls.name,
                    run: () => {
                        rt.callInstance(job, 'execute', [new JobContext('SchedulableContext', triggerId)]);
                        org.db.update({ Id: triggerId, TimesTriggered: 1 }, 'SYSTEM_MODE');
                    }
                });
                return new IdValue(triggerId);
            },
            abortjob: (rt, args) => {
                const id = str(args, 0);
                const org = bridgeOf(rt).org;
                const cronTrigger = org.db.get(id);
                if (!cronTrigger || cronTrigger.attributes.type !== 'CronTrigger') return rt.unsupported('System.abortJob of a job that is not a scheduled job');
                org.db.delete([id, String(cronTrigger.CronJobDetailId)], 'SYSTEM_MODE');
                return null;
            }
        }
    });
    natives.registerStatic({
        name: 'Database',
        methods: {
            executebatch: (rt, args) => {
                const batch = requireObject(rt, arg(args, 0), 'Database.executeBatch');
                const size = args.length > 1 ? int(args, 1) : DEFAULT_BATCH_SIZE;
                if (size < 1 || size > MAXIMUM_BATCH_SIZE) throw new PlatformError('InvalidParameterValueException', `The batch size must be between 1 and ${MAXIMUM_BATCH_SIZE}: ${size}`);
                const jobId = recordJob(rt, 'BatchApex', batch.cls.name, null);
                bridgeOf(rt).test.enqueue({
                    kind: 'BatchApex',
                    className: batch.cls.name,
                    run: () => {
                        const context = new JobContext('Database.BatchableContext', jobId);
                        const source = rt.callInstance(batch, 'start', [context]);
                        const rows = source instanceof QueryLocatorValue ? source.rows : source instanceof ApexList ? source.items : rt.unsupported(`a batch start() returning ${runtimeTypeName(source)}`);
                        let scopes = 0;
                        for (let start = 0; start < rows.length; start += size) {
                            const scope = rows.slice(start, start + size);
                            const elementType = scope[0] instanceof SObjectValue ? { k: 'sobject' as const, name: null } : { k: 'object' as const };
                            rt.callInstance(batch, 'execute', [context, new ApexList(elementType, scope)]);
                            scopes += 1;
                        }
                        rt.callInstance(batch, 'finish', [context]);
                        completeJob(rt, jobId, scopes);
                    }
                });
                return new IdValue(jobId);
            },
            getquerylocator: (rt, args) => {
                const source = arg(args, 0);
                if (source instanceof ApexList) return new QueryLocatorValue([...source.items]);
                const rows = bridgeOf(rt).queries.dynamic(rt, str(args, 0), null, null, (expr) => rt.eval(expr));
                return new QueryLocatorValue(rows instanceof ApexList ? [...rows.items] : []);
            }
        }
    });
    natives.registerStatic({
        name: 'Test',
        methods: {
            setcreateddate: (rt, args) => {
                const id = arg(args, 0);
                const when = arg(args, 1);
                if (!(id instanceof IdValue) || !(when instanceof ApexDatetime)) return rt.unsupported('Test.setCreatedDate without an Id and a Datetime');
                bridgeOf(rt).org.db.setCreatedDateForTest(id.id18, when.toIso());
                return null;
            }
        }
    });
}
