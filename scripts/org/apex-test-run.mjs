// Runs Apex tests through the Tooling API: runTestsAsynchronous, then polling ApexTestRunResult,
// then reading ApexTestResult and ApexTestQueueItem. Every read is retried; the submission is not.
import { OrgScriptError } from './org-error.mjs';
import { EXIT } from './exit-codes.mjs';
import { isAuthError } from './retry.mjs';
import { apiPath, query, sendJson, soqlList, soqlLiteral } from './rest.mjs';
import { pollUntil } from './poll.mjs';

const FINISHED = ['Completed', 'Failed', 'Aborted'];
const ACTIVE_QUEUE_ITEM = ['Holding', 'Queued', 'Preparing', 'Processing'];

export async function submitTestRun(conn, classNames) {
    let runId;
    try {
        runId = await sendJson(conn, 'POST', apiPath(conn, '/runTestsAsynchronous', { tooling: true }), {
            tests: classNames.map((className) => ({ className })),
            testLevel: 'RunSpecifiedTests',
            skipCodeCoverage: false
        });
    } catch (error) {
        if (isAuthError(error)) throw error;
        throw new OrgScriptError(
            `The org did not accept the test run (${error.errorCode ?? error.code ?? error.name}: ${error.message}). ` +
                'If it was a dropped connection, look at Setup > Apex Test Execution before running again.',
            EXIT.TESTS_FAILED,
            { cause: error }
        );
    }
    if (typeof runId !== 'string' || !/^707/.test(runId)) {
        throw new OrgScriptError(
            `The org answered the test run request with ${JSON.stringify(runId)} instead of a test run id.`,
            EXIT.UNEXPECTED
        );
    }
    return runId;
}

export async function testRunStatus(conn, runId, { retry }) {
    const [run] = await query(
        conn,
        'SELECT AsyncApexJobId, Status, ClassesCompleted, ClassesEnqueued, MethodsCompleted, MethodsEnqueued, MethodsFailed, StartTime, EndTime, TestTime' +
            ` FROM ApexTestRunResult WHERE AsyncApexJobId = ${soqlLiteral(runId)}`,
        { tooling: true, retry }
    );
    return run ?? { Status: 'Queued' };
}

export async function waitForTestRun(conn, runId, { intervalMs, timeoutMs, interrupt, retry, out }) {
    let last = '';
    return pollUntil({
        check: () => testRunStatus(conn, runId, { retry }),
        isDone: (run) => FINISHED.includes(run.Status),
        intervalMs,
        timeoutMs,
        interrupt,
        onProgress: (run) => {
            const failed = Number(run.MethodsFailed) || 0;
            const line =
                `Test run ${runId}: ${run.Status}, classes ${Number(run.ClassesCompleted) || 0}/${Number(run.ClassesEnqueued) || 0}` +
                (failed ? `, ${failed} method${failed === 1 ? '' : 's'} failed so far` : '');
            if (line !== last) out.info(line);
            last = line;
        }
    });
}

/** Method outcomes, plus one failure per class that failed as a whole (for example it did not compile). */
export async function testRunResults(conn, runId, { retry }) {
    const rows = await query(
        conn,
        'SELECT Id, QueueItemId, ApexClass.Name, MethodName, Outcome, Message, StackTrace, RunTime' +
            ` FROM ApexTestResult WHERE AsyncApexJobId = ${soqlLiteral(runId)}`,
        { tooling: true, retry }
    );
    const results = rows.map((row) => ({
        className: row.ApexClass?.Name ?? '?',
        methodName: row.MethodName ?? '',
        outcome: row.Outcome,
        message: row.Message ?? '',
        stackTrace: row.StackTrace ?? '',
        runTimeMs: Number(row.RunTime) || 0
    }));
    const queueItems = await query(
        conn,
        `SELECT Id, Status, ExtendedStatus, ApexClass.Name FROM ApexTestQueueItem WHERE ParentJobId = ${soqlLiteral(runId)}`,
        { tooling: true, retry }
    );
    const withResults = new Set(rows.map((row) => row.QueueItemId));
    for (const item of queueItems) {
        if (item.Status === 'Failed' && !withResults.has(item.Id)) {
            results.push({
                className: item.ApexClass?.Name ?? '?',
                methodName: '',
                outcome: 'Fail',
                message: item.ExtendedStatus || 'the test class failed before any method ran',
                stackTrace: '',
                runTimeMs: 0
            });
        }
    }
    return results;
}

/** Ctrl-C: the queue items still waiting or running are set to Aborted, which is how a test run is stopped. */
export async function abortTestRun(conn, runId, { retry, out }) {
    try {
        const items = await query(
            conn,
            `SELECT Id FROM ApexTestQueueItem WHERE ParentJobId = ${soqlLiteral(runId)} AND Status IN ${soqlList(ACTIVE_QUEUE_ITEM)}`,
            { tooling: true, retry }
        );
        if (items.length === 0) {
            out.error(`Test run ${runId} has nothing left to abort.`);
            return;
        }
        const answers = await sendJson(conn, 'PATCH', apiPath(conn, '/composite/sobjects'), {
            allOrNone: false,
            records: items.map((item) => ({
                attributes: { type: 'ApexTestQueueItem' },
                Id: item.Id,
                Status: 'Aborted'
            }))
        });
        const failed = (answers ?? []).filter((answer) => !answer.success);
        out.error(
            `Aborted ${items.length - failed.length} of ${items.length} queued test classes of run ${runId}` +
                (failed.length ? '; abort the rest in Setup > Apex Test Execution.' : '.')
        );
    } catch (error) {
        out.error(`Could not abort test run ${runId} (${error.message}). Abort it in Setup > Apex Test Execution.`);
    }
}
