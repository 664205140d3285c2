// The package's scheduled jobs: PlaybookRequestPurge deletes old Playbook_Request__c rows, and
// IntegrationCaseMonitor (procedure 004) notifies overdue integration cases and marks the ones that may be
// closed or set to No Response. An unlocked package cannot schedule them on install, so an admin does
// (CronTrigger and CronJobDetail: Object Reference).
import { HOW_TO_SCHEDULE } from '../../purge-job.mjs';
import { soqlLiteral } from '../../rest.mjs';
import {
    INTEGRATION_MONITOR_CLASS,
    PURGE_CLASS_FILE,
    integrationMonitorJobName,
    purgeJobName
} from '../project-facts.mjs';
import { fail, ok, warn } from '../outcome.mjs';

export const name = 'scheduled-jobs';
const RUNNING = new Set(['WAITING', 'ACQUIRED', 'EXECUTING']);
const GONE = new Set(['DELETED', 'COMPLETE']);
const HOW_TO_SCHEDULE_MONITOR = `schedule it as a user with the Playbooks_Admin permission set (the job runs as that user): Setup > Apex Classes > Schedule Apex (class ${INTEGRATION_MONITOR_CLASS}), or run the anonymous Apex ${INTEGRATION_MONITOR_CLASS}.scheduleDaily();`;

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
    const outcomes = [
        await jobOutcome(org, {
            label: `the purge job "${jobName}"`,
            jobName,
            whenMissing: 'Playbook_Request__c rows are never deleted',
            howTo: HOW_TO_SCHEDULE
        })
    ];
    const monitorName = integrationMonitorJobName(org.project.root);
    if (monitorName) {
        outcomes.push(
            await jobOutcome(org, {
                label: `the integration case job "${monitorName}"`,
                jobName: monitorName,
                whenMissing: 'overdue integration cases are never notified nor marked May Close or May Set No Response',
                howTo: HOW_TO_SCHEDULE_MONITOR
            })
        );
    }
    return outcomes;
}

async function jobOutcome(org, { label, jobName, whenMissing, howTo }) {
    const jobs = await org.query(
        `SELECT Id, State, NextFireTime, CronJobDetail.Name FROM CronTrigger WHERE CronJobDetail.Name = ${soqlLiteral(jobName)}`
    );
    const job = jobs.find((row) => RUNNING.has(row.State)) ?? jobs.find((row) => !GONE.has(row.State));
    if (!job) {
        const { installed } = await org.settings();
        return warn(`${label} is not scheduled, so ${whenMissing}`, installed ? howTo : `install the package, then ${howTo}`);
    }
    if (RUNNING.has(job.State)) {
        return ok(`${label} is scheduled (${job.State}${job.NextFireTime ? `, next run ${job.NextFireTime}` : ''})`);
    }
    return warn(`${label} is ${job.State}, so it does not run`, `delete it in Setup > Scheduled Jobs, then ${howTo}`);
}
