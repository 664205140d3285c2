// The purge job of Playbook_Request__c. An unlocked package cannot schedule Apex on install, so org:deploy
// schedules it in scratch orgs, once: by anonymous Apex (Tooling API: executeAnonymous, GET
// /tooling/executeAnonymous?anonymousBody=), which runs PlaybookRequestPurge.scheduleDaily() as the deploying
// user. A CronTrigger whose CronJobDetail.Name is the job's name means it is already scheduled.
import { OrgScriptError } from './org-error.mjs';
import { EXIT } from './exit-codes.mjs';
import { apiPath, query, soqlLiteral } from './rest.mjs';
import { PURGE_CLASS, purgeJobName } from './doctor/project-facts.mjs';
import { blockingJobsMessage } from './active-jobs.mjs';

export const SCHEDULE_CALL = `${PURGE_CLASS}.scheduleDaily();`;
export const HOW_TO_SCHEDULE = `schedule it as a user with the Playbooks_Admin permission set: Setup > Apex Classes > Schedule Apex (class ${PURGE_CLASS}), or run the anonymous Apex ${SCHEDULE_CALL}`;

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
 * Salesforce does not replace a class a scheduled job uses, so in a scratch org the purge job org:deploy
 * scheduled last time would block the next deploy. When it is the only blocking job, it is aborted
 * (System.abortJob with its CronTrigger Id) and the deploy goes on; schedulePurgeJob schedules it again
 * after a successful deploy. Returns the jobs that still block.
 */
export async function releasePurgeJobForDeploy(conn, jobs, { project, kind, out }) {
    const jobName = purgeJobName(project.root);
    if (kind !== 'scratch' || !jobName) return jobs;
    const own = jobs.filter((job) => job.kind === 'scheduled' && job.className === PURGE_CLASS && job.name === jobName);
    if (!own.length || own.length !== jobs.length) return jobs;
    for (const job of own) {
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
                `Could not unschedule the purge job for the deploy (${body} ${answer?.compileProblem ?? answer?.exceptionMessage ?? 'failed'}).\n${blockingJobsMessage(jobs)}`,
                EXIT.BLOCKED_BY_JOBS
            );
        }
        out.info(
            `Unscheduled the purge job "${jobName}" (${job.id}) so that the deploy can replace ${PURGE_CLASS}; a successful deploy schedules it again.`
        );
    }
    return [];
}

/** Schedules the purge job in a scratch org unless it is scheduled already; elsewhere says how to schedule it. */
export async function schedulePurgeJob(conn, { project, kind, retry, out }) {
    const jobName = purgeJobName(project.root);
    if (!jobName) return out.info(`No ${PURGE_CLASS} class in the project, so there is no purge job to schedule.`);
    if (kind !== 'scratch') {
        return out.info(
            `Purge job "${jobName}" not scheduled: this is a ${kind} org, where an admin schedules it. To ${HOW_TO_SCHEDULE}`
        );
    }
    const existing = (await findPurgeJobs(conn, jobName, { retry })).find((job) => !GONE.has(job.State));
    if (existing) {
        return out.info(`Purge job "${jobName}" is already scheduled (${describeJob(existing)}); nothing to do.`);
    }
    let answer;
    try {
        answer = await executeAnonymous(conn, SCHEDULE_CALL);
    } catch (error) {
        throw new OrgScriptError(
            `Could not run the anonymous Apex ${SCHEDULE_CALL} (${error.errorCode ?? error.name}: ${error.message}). The deploy succeeded; to finish, ${HOW_TO_SCHEDULE}`,
            EXIT.DEPLOY_FAILED,
            { cause: error }
        );
    }
    if (!answer?.compiled || !answer?.success) {
        const why = answer?.compileProblem ?? answer?.exceptionMessage ?? 'no reason given';
        throw new OrgScriptError(
            `Scheduling the purge job failed: ${SCHEDULE_CALL} ${answer?.compiled ? 'threw' : 'did not compile'}: ${why}. The deploy succeeded; to finish, ${HOW_TO_SCHEDULE}`,
            EXIT.DEPLOY_FAILED
        );
    }
    const scheduled = (await findPurgeJobs(conn, jobName, { retry })).find((job) => !GONE.has(job.State));
    if (!scheduled) {
        throw new OrgScriptError(
            `${SCHEDULE_CALL} ran, but no scheduled job is named "${jobName}": the class's JOB_NAME and the job it schedules differ. Fix ${PURGE_CLASS}, then deploy again.`,
            EXIT.DEPLOY_FAILED
        );
    }
    return out.info(`Scheduled the purge job "${jobName}" (${describeJob(scheduled)}) with ${SCHEDULE_CALL}`);
}
