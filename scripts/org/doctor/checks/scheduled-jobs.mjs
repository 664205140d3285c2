// The package's scheduled job: PlaybookRequestPurge deletes old Playbook_Request__c rows. An unlocked
// package cannot schedule it on install, so an admin does (CronTrigger and CronJobDetail: Object Reference).
import { HOW_TO_SCHEDULE } from '../../purge-job.mjs';
import { soqlLiteral } from '../../rest.mjs';
import { PURGE_CLASS_FILE, purgeJobName } from '../project-facts.mjs';
import { fail, ok, warn } from '../outcome.mjs';

export const name = 'scheduled-jobs';
const RUNNING = new Set(['WAITING', 'ACQUIRED', 'EXECUTING']);
const GONE = new Set(['DELETED', 'COMPLETE']);

export async function run(org) {
    const jobName = purgeJobName(org.project.root);
    if (!jobName) {
        return [
            fail(
                `unsupported: ${PURGE_CLASS_FILE} is not in the project, so the purge job's name is unknown`,
                'run org:doctor from a checkout of the package that has it'
            )
        ];
    }
    const jobs = await org.query(
        `SELECT Id, State, NextFireTime, CronJobDetail.Name FROM CronTrigger WHERE CronJobDetail.Name = ${soqlLiteral(jobName)}`
    );
    const job = jobs.find((row) => RUNNING.has(row.State)) ?? jobs.find((row) => !GONE.has(row.State));
    if (!job) {
        const { installed } = await org.settings();
        return [
            warn(
                `the purge job "${jobName}" is not scheduled, so Playbook_Request__c rows are never deleted`,
                installed ? HOW_TO_SCHEDULE : `install the package, then ${HOW_TO_SCHEDULE}`
            )
        ];
    }
    if (RUNNING.has(job.State)) {
        return [
            ok(
                `the purge job "${jobName}" is scheduled (${job.State}${job.NextFireTime ? `, next run ${job.NextFireTime}` : ''})`
            )
        ];
    }
    return [
        warn(
            `the purge job "${jobName}" is ${job.State}, so it does not run`,
            `delete it in Setup > Scheduled Jobs, then ${HOW_TO_SCHEDULE}`
        )
    ];
}
