// Salesforce refuses to replace an Apex class while a job of it is queued, running or scheduled
// (unless the org allows it in Deployment Settings). Finding them first turns a cryptic deploy
// failure into a list of jobs and what to do about them.
import { query, soqlList } from './rest.mjs';

const ACTIVE_JOB_STATUSES = ['Queued', 'Processing', 'Preparing', 'Holding'];
const ACTIVE_TRIGGER_STATES = ['WAITING', 'ACQUIRED', 'EXECUTING'];

export async function findBlockingJobs(conn, classNames, { retry } = {}) {
    if (classNames.length === 0) return [];
    const jobs = [];
    const scheduledClassByTrigger = new Map();
    for (let i = 0; i < classNames.length; i += 200) {
        const names = classNames.slice(i, i + 200);
        const rows = await query(
            conn,
            'SELECT Id, JobType, Status, ApexClass.Name, CronTriggerId FROM AsyncApexJob' +
                ` WHERE ApexClass.Name IN ${soqlList(names)} AND ApexClass.NamespacePrefix = null` +
                ` AND (Status IN ${soqlList(ACTIVE_JOB_STATUSES)} OR JobType = 'ScheduledApex')`,
            { retry }
        );
        for (const row of rows) {
            const className = row.ApexClass?.Name ?? '?';
            if (row.JobType === 'ScheduledApex') {
                if (row.CronTriggerId) scheduledClassByTrigger.set(row.CronTriggerId, className);
            } else if (ACTIVE_JOB_STATUSES.includes(row.Status)) {
                jobs.push({ kind: 'async', id: row.Id, className, jobType: row.JobType, status: row.Status });
            }
        }
    }
    const triggerIds = [...scheduledClassByTrigger.keys()];
    for (let i = 0; i < triggerIds.length; i += 200) {
        const rows = await query(
            conn,
            'SELECT Id, State, NextFireTime, CronJobDetail.Name FROM CronTrigger' +
                ` WHERE Id IN ${soqlList(triggerIds.slice(i, i + 200))} AND State IN ${soqlList(ACTIVE_TRIGGER_STATES)}`,
            { retry }
        );
        for (const row of rows) {
            jobs.push({
                kind: 'scheduled',
                id: row.Id,
                className: scheduledClassByTrigger.get(row.Id),
                name: row.CronJobDetail?.Name ?? row.Id,
                state: row.State,
                nextFireTime: row.NextFireTime ?? null
            });
        }
    }
    return jobs;
}

export function blockingJobsMessage(jobs) {
    const lines = [
        `The deploy would be blocked: ${jobs.length} active job${jobs.length === 1 ? '' : 's'} of the package's Apex classes:`
    ];
    for (const job of jobs) {
        lines.push(
            job.kind === 'scheduled'
                ? `  - scheduled job "${job.name}" (${job.className}), state ${job.state}${job.nextFireTime ? `, next run ${job.nextFireTime}` : ''}, id ${job.id}`
                : `  - ${job.jobType} job of ${job.className}, status ${job.status}, id ${job.id}`
        );
    }
    lines.push(
        'Salesforce does not replace a class while a job of it is pending or running. Either:',
        '  1. abort the jobs: Setup > Scheduled Jobs (Del next to the job) for scheduled ones, Setup > Apex Jobs (Abort) for batch and',
        '     queueable ones; then deploy again; or',
        '  2. in Setup > Deployment Settings, tick "Allow deployments of components when corresponding Apex jobs are pending or in',
        '     progress", then deploy again with --allow-pending-jobs (running jobs then finish with the old code).'
    );
    return lines.join('\n');
}
