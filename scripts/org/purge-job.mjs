// The package's scheduled jobs: the purge job of Playbook_Request__c and the daily integration case job of
// procedure 004 (IntegrationCaseMonitor). An unlocked package cannot schedule Apex on install, so org:deploy
// schedules them in scratch orgs, once: by anonymous Apex (Tooling API: executeAnonymous, GET
// /tooling/executeAnonymous?anonymousBody=), which runs <Class>.scheduleDaily() as the deploying user. A
// CronTrigger whose CronJobDetail.Name is the job's name (the class's JOB_NAME) means it is already scheduled.
import { OrgScriptError } from './org-error.mjs';
import { EXIT } from './exit-codes.mjs';
import { apiPath, query, soqlLiteral } from './rest.mjs';
import {
    INTEGRATION_MONITOR_CLASS,
    PURGE_CLASS,
    integrationMonitorJobName,
    purgeJobName
} from './doctor/project-facts.mjs';
import { blockingJobsMessage } from './active-jobs.mjs';

const scheduleCall = (className) => `${className}.scheduleDaily();`;
const howToSchedule = (className) =>
    `schedule it as a user with the Playbooks_Admin permission set: Setup > Apex Classes > Schedule Apex (class ${className}), or run the anonymous Apex ${scheduleCall(className)}`;

export const SCHEDULE_CALL = scheduleCall(PURGE_CLASS);
export const HOW_TO_SCHEDULE = howToSchedule(PURGE_CLASS);

/** The package's scheduled jobs: the class, what the output calls the job, and its name read from the project. */
export const PACKAGE_JOBS = [
    { className: PURGE_CLASS, label: 'purge job', jobNameOf: purgeJobName },
    { className: INTEGRATION_MONITOR_CLASS, label: 'integration case job', jobNameOf: integrationMonitorJobName, optional: true }
];

export function findPurgeJobs(conn, jobName, { retry } = {}) {
    return query(
        conn,
        `SELECT Id, State, NextFireTime, CronJobDetail.Name FROM CronTrigger WHERE CronJobDetail.Name = ${soqlLiteral(jobName)}`,
        { retry }
    );
}

// CronTrigger states of a job that no longer exists for scheduling purposes (an aborted job may stay listed as DELETED)
const GONE = new Set(['DELETED', 'COMPLETE']);

const describeJob = (job) => `${job.State}${job.NextFireTime ? `, next run ${job.NextFireTime}` : ''}`;

/** Runs anonymous Apex once: it changes the org, so it is never retried. */
async function executeAnonymous(conn, body) {
    const url = `${apiPath(conn, '/executeAnonymous', { tooling: true })}?anonymousBody=${encodeURIComponent(body)}`;
    return conn.request({ method: 'GET', url }, { retry: { maxRetries: 0 } });
}

/**
 * Salesforce does not replace a class a scheduled job uses, so in a scratch org the package's jobs org:deploy
 * scheduled last time would block the next deploy. When they are the only blocking jobs, they are aborted
 * (System.abortJob with the CronTrigger Id) and the deploy goes on; schedulePackageJobs schedules them again
 * after a successful deploy. Returns the jobs that still block.
 */
export async function releasePurgeJobForDeploy(conn, jobs, { project, kind, out }) {
    if (kind !== 'scratch' || !purgeJobName(project.root)) return jobs;
    const known = PACKAGE_JOBS.map((spec) => ({ ...spec, jobName: spec.jobNameOf(project.root) })).filter((spec) => spec.jobName);
    const specOf = (job) =>
        job.kind === 'scheduled' ? known.find((spec) => job.className === spec.className && job.name === spec.jobName) : undefined;
    const own = jobs.filter(specOf);
    if (!own.length || own.length !== jobs.length) return jobs;
    for (const job of own) {
        const { label, className, jobName } = specOf(job);
        const body = `System.abortJob('${job.id}');`;
        let answer;
        try {
            answer = await executeAnonymous(conn, body);
        } catch (error) {
            answer = {
                compiled: true,
                success: false,
                exceptionMessage: `${error.errorCode ?? error.name}: ${error.message}`
            };
        }
        if (!answer?.compiled || !answer?.success) {
            throw new OrgScriptError(
                `Could not unschedule the ${label} for the deploy (${body} ${answer?.compileProblem ?? answer?.exceptionMessage ?? 'failed'}).\n${blockingJobsMessage(jobs)}`,
                EXIT.BLOCKED_BY_JOBS
            );
        }
        out.info(
            `Unscheduled the ${label} "${jobName}" (${job.id}) so that the deploy can replace ${className}; a successful deploy schedules it again.`
        );
    }
    return [];
}

/** Schedules every package job in a scratch org unless it is scheduled already; elsewhere says how to schedule it. */
export async function schedulePurgeJob(conn, options) {
    for (const spec of PACKAGE_JOBS) {
        if (spec.optional && !spec.jobNameOf(options.project.root)) continue;
        await scheduleJob(conn, spec, options);
    }
}

async function scheduleJob(conn, { className, label, jobNameOf }, { project, kind, retry, out }) {
    const jobName = jobNameOf(project.root);
    const call = scheduleCall(className);
    const howTo = howToSchedule(className);
    if (!jobName) return out.info(`No ${className} class in the project, so there is no ${label} to schedule.`);
    const Label = label[0].toUpperCase() + label.slice(1);
    if (kind !== 'scratch') {
        return out.info(`${Label} "${jobName}" not scheduled: this is a ${kind} org, where an admin schedules it. To ${howTo}`);
    }
    const existing = (await findPurgeJobs(conn, jobName, { retry })).find((job) => !GONE.has(job.State));
    if (existing) {
        return out.info(`${Label} "${jobName}" is already scheduled (${describeJob(existing)}); nothing to do.`);
    }
    let answer;
    try {
        answer = await executeAnonymous(conn, call);
    } catch (error) {
        throw new OrgScriptError(
            `Could not run the anonymous Apex ${call} (${error.errorCode ?? error.name}: ${error.message}). The deploy succeeded; to finish, ${howTo}`,
            EXIT.DEPLOY_FAILED,
            { cause: error }
        );
    }
    if (!answer?.compiled || !answer?.success) {
        const why = answer?.compileProblem ?? answer?.exceptionMessage ?? 'no reason given';
        throw new OrgScriptError(
            `Scheduling the ${label} failed: ${call} ${answer?.compiled ? 'threw' : 'did not compile'}: ${why}. The deploy succeeded; to finish, ${howTo}`,
            EXIT.DEPLOY_FAILED
        );
    }
    const scheduled = (await findPurgeJobs(conn, jobName, { retry })).find((job) => !GONE.has(job.State));
    if (!scheduled) {
        throw new OrgScriptError(
            `${call} ran, but no scheduled job is named "${jobName}": the class's JOB_NAME and the job it schedules differ. Fix ${className}, then deploy again.`,
            EXIT.DEPLOY_FAILED
        );
    }
    return out.info(`Scheduled the ${label} "${jobName}" (${describeJob(scheduled)}) with ${call}`);
}
