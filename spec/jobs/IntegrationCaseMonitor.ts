// IntegrationCaseMonitor: what procedure 004 needs written or sent at a time rather than at an event,
// mirroring the Apex class of the same name (Schedulable and Batchable, run daily). For each open
// integration case with a running clock it
//   - notifies once when a clock becomes overdue: the owner (Integrations) for the first comment and the
//     call back, the creator for the close after a resolution; Overdue_Notified_For__c keeps the due time
//     notified, so a second run sends nothing and a new overdue due time is notified again;
//   - marks May_Close__c once the 48 hours after a detailed message have passed, and May_Set_No_Response__c
//     once the 21 days of unanswered outreach have, for list views and reports (and clears them).
// Idempotent: a run that finds nothing new writes and sends nothing. Each batch writes with partial
// success, so one case that cannot be written does not stop the others (ERROR log line), and only the
// cases written get their notification.
import { newErrorReference } from '../errors/auraHandled';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { FieldValue, SObjectInput, SObjectRecord } from '../org/values';
import { clockState, STAMP_QUERY_FIELDS, stampsOf, type DueClock } from '../services/IntegrationClocks';
import { sendNotices, type Notice } from '../services/IntegrationNotices';
import { findIntegrationRecordTypeId } from '../triggers/integrationRecordType';

export const BATCH_SIZE = 200;
export const CASE_NOT_MARKED = 'INTEGRATION_CASE_NOT_MARKED';
export const JOB_NAME = 'Service Playbooks: integration case clocks';

/** Test seam, as the Apex class's @TestVisible refusedCaseIdsForTest: these cases are written with a Subject too long to save. */
export const monitorTestSeam = { refusedCaseIds: new Set<string>() };

const CLOCK_WORDS: Readonly<Record<DueClock, string>> = {
    FIRST_COMMENT: 'Integrations has not commented within the 48 hours to open and comment',
    CALLBACK: 'the call back request has not been answered in time',
    CLOSE: 'the case was not closed within 24 hours of the ECP confirming it resolved'
};

export interface MonitorRun {
    scanned: number;
    marked: number;
    notified: number;
    failed: number;
}

/** start(): the open integration cases with a clock or a mark, read in system mode (the job runs as the scheduling admin). */
function scope(org: InMemoryOrg): SObjectRecord[] {
    const recordTypeId = findIntegrationRecordTypeId(org);
    if (!recordTypeId) return [];
    return org.db.query(
        {
            select: ['Id', 'CaseNumber', 'Subject', 'OwnerId', 'CreatedById', 'Overdue_Notified_For__c', 'May_Close__c', 'May_Set_No_Response__c', ...STAMP_QUERY_FIELDS],
            from: 'Case',
            where: [
                { field: 'RecordTypeId', value: recordTypeId },
                { field: 'IsClosed', value: false }
            ],
            orderBy: [{ field: 'Id' }]
        },
        'SYSTEM_MODE'
    );
}

/** The whole job: start, then each batch in its own transaction, as Database.executeBatch runs it. */
export function runIntegrationCaseMonitor(org: InMemoryOrg): MonitorRun {
    const run: MonitorRun = { scanned: 0, marked: 0, notified: 0, failed: 0 };
    const cases = org.transaction(() => scope(org));
    for (let start = 0; start < cases.length; start += BATCH_SIZE) {
        const batch = cases.slice(start, start + BATCH_SIZE);
        org.transaction(() => executeBatch(org, batch, run));
    }
    return run;
}

/** execute(): the marks and notices of one batch. */
export function executeBatch(org: InMemoryOrg, batch: readonly SObjectRecord[], run: MonitorRun): void {
    const settings = org.settings();
    const statuses = { waitingStatus: String(settings.integrationWaitingStatus), noResponseStatus: String(settings.integrationNoResponseStatus) };
    const now = org.nowIso();
    const writes: { input: SObjectInput; notice: Notice | null }[] = [];
    for (const record of batch) {
        run.scanned += 1;
        const stamps = stampsOf(record);
        const state = clockState(stamps, statuses, now);
        const changes: Record<string, FieldValue> = {};
        let notice: Notice | null = null;
        const overdue = state.dues.find((due) => due.overdue);
        if (overdue && !sameInstant(record.Overdue_Notified_For__c, overdue.dueAt)) {
            changes.Overdue_Notified_For__c = overdue.dueAt;
            notice = {
                recipientId: String(overdue.owedBy === 'CREATOR' ? record.CreatedById : record.OwnerId),
                caseId: record.Id,
                title: `Case ${String(record.CaseNumber)} is overdue`,
                body: `${CLOCK_WORDS[overdue.clock]}. ${String(record.Subject ?? '')}`.trim()
            };
        }
        const mayClose = stamps.closeAllowedFrom !== null && state.closeAllowed;
        if ((record.May_Close__c === true) !== mayClose) changes.May_Close__c = mayClose;
        if ((record.May_Set_No_Response__c === true) !== state.noResponseAllowed) changes.May_Set_No_Response__c = state.noResponseAllowed;
        if (!Object.keys(changes).length) continue;
        if (monitorTestSeam.refusedCaseIds.has(record.Id)) changes.Subject = 'x'.repeat(256);
        writes.push({ input: { attributes: { type: 'Case' }, Id: record.Id, ...changes }, notice });
    }
    if (!writes.length) return;
    // SECURITY (as in Apex): the scheduled job marks every user's integration cases; partial success.
    const results = org.db.updatePartial(
        writes.map((write) => write.input),
        'SYSTEM_MODE'
    );
    const notices: Notice[] = [];
    results.forEach((result, index) => {
        const write = writes[index] as { input: SObjectInput; notice: Notice | null };
        if (result.success) {
            run.marked += 1;
            if (write.notice) notices.push(write.notice);
            return;
        }
        run.failed += 1;
        org.logError({
            reference: newErrorReference(),
            code: CASE_NOT_MARKED,
            exceptionType: 'DmlException',
            detail: `Case ${String(write.input.Id)}: its clock marks were not saved, and nobody was notified: ${result.errors.map((error) => `${error.statusCode}: ${error.message}`).join('; ')}`
        });
    });
    run.notified += notices.length;
    sendNotices(org, notices, false);
}

function sameInstant(value: unknown, iso: string): boolean {
    return typeof value === 'string' && Date.parse(value) === Date.parse(iso);
}
