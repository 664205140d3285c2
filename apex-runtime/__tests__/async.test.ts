/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// Asynchronous Apex in tests: Apex Developer Guide "Testing Asynchronous Apex" ("all asynchronous
// calls made after the startTest method are collected by the system. When stopTest is executed,
// all asynchronous processes are run synchronously"), "Queueable Apex", "Using Batch Apex" (scopes
// of 1 to 2,000 records, 200 by default), "Apex Scheduler" (CronTrigger, unique job names).
import { run } from './helpers';

const JOBS = `
public static List<String> log = new List<String>();
public class Job implements Queueable { public void execute(QueueableContext context) { log.add('queued ' + System.isQueueable()); } }
public class Nightly implements Schedulable { public void execute(SchedulableContext context) { log.add('scheduled ' + (context.getTriggerId() != null)); } }
public class Counting implements Database.Batchable<Integer> {
    public Iterable<Integer> start(Database.BatchableContext context) { List<Integer> rows = new List<Integer>(); for (Integer i = 0; i < 450; i++) { rows.add(i); } return rows; }
    public void execute(Database.BatchableContext context, List<Integer> scope) { log.add('scope ' + scope.size()); }
    public void finish(Database.BatchableContext context) { log.add('finish ' + System.isBatch()); }
}`;

describe('asynchronous Apex', () => {
    it('runs queued work at Test.stopTest, not before', () => {
        expect(run("Test.startTest(); System.enqueueJob(new Job()); String before = String.join(log, ','); Test.stopTest(); return before + '|' + String.join(log, ',');", JOBS).value).toBe('|queued true');
    });

    it('never runs work queued outside startTest and stopTest', () => {
        expect(run('System.enqueueJob(new Job()); return log.size();', JOBS).value).toBe(0);
    });

    it('runs a batch in scopes of its size, then finish', () => {
        expect(run("Test.startTest(); Database.executeBatch(new Counting()); Test.stopTest(); return String.join(log, ',');", JOBS).value).toBe('scope 200,scope 200,scope 50,finish true');
        expect(run('Database.executeBatch(new Counting(), 2001); return null;', JOBS).error).toBe('System.InvalidParameterValueException: The batch size must be between 1 and 2000: 2001');
    });

    it('schedules a job under a unique name and runs it at stopTest', () => {
        expect(run("Test.startTest(); Id jobId = System.schedule('nightly', '0 0 2 * * ?', new Nightly()); Test.stopTest(); return String.join(log, ',') + '|' + String.valueOf(jobId).left(3);", JOBS).value).toBe('scheduled true|08e');
        expect(run("System.schedule('nightly', '0 0 2 * * ?', new Nightly()); System.schedule('nightly', '0 0 3 * * ?', new Nightly()); return null;", JOBS).error).toBe(
            'System.AsyncException: The Apex job named "nightly" is already scheduled for execution.'
        );
    });
});
