// IntegrationCaseView: what the integration case component shows (procedure 004, "ECP Follow Ups":
// "view the Activity and Case Comments ... If comments/action is taken, you should now follow up"): the
// comments and the activity, the next required action, who owes it, when it is due or how overdue it is,
// and the actions the procedure allows the running user now. Mirrors the Apex class of the same name.
import type {
    IntegrationAction,
    IntegrationCaseResponse
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { selectActivity, selectComments, selectIntegrationCase } from '../selectors/IntegrationCaseSelector';
import { integrationRecordTypeIdForTrigger } from '../triggers/integrationRecordType';
import { readIntegrationCalendar } from './IntegrationCalendar';
import { clockState, stampsOf } from './IntegrationClocks';
import { COMMENT_MAX_LENGTH, requireCaseId } from './IntegrationCaseInput';
import { requireAccess } from './IntegrationCaseService';

export const COMMENTS_SHOWN = 50;
export const ACTIVITIES_SHOWN = 20;

const nameOf = (related: unknown): string | null => ((related as SObjectRecord | null)?.Name as string | undefined) ?? null;

/** The case as the running user sees it now. */
export function integrationCaseView(org: InMemoryOrg, caseIdText: unknown): IntegrationCaseResponse {
    requireAccess(org);
    const caseId = requireCaseId(org, caseIdText);
    const record = selectIntegrationCase(org, caseId);
    if (!record) throw new PlaybookError('NOT_FOUND', 'This case does not exist or you cannot see it.');
    const recordTypeId = integrationRecordTypeIdForTrigger(org, 'the integration case view');
    if (!recordTypeId || !sameId(record.RecordTypeId, recordTypeId)) {
        throw new PlaybookError('NOT_AN_INTEGRATION_CASE', `Case ${String(record.CaseNumber)} is not an integration case, so its follow-up clocks do not apply.`);
    }
    return viewOf(org, record);
}

/** The view of a case already read with IntegrationCaseSelector.selectIntegrationCase. */
export function viewOf(org: InMemoryOrg, record: SObjectRecord): IntegrationCaseResponse {
    const settings = org.settings();
    const now = org.nowIso();
    const stamps = stampsOf(record);
    const state = clockState(stamps, { waitingStatus: String(settings.integrationWaitingStatus), noResponseStatus: String(settings.integrationNoResponseStatus) }, now);
    const me = org.runningUserId();
    const isCreator = sameId(record.CreatedById, me);
    const actions: IntegrationAction[] = [];
    if (!stamps.isClosed) {
        actions.push('LOG_CONTACT');
        if (isCreator) {
            actions.push('ASK');
            if (!state.waiting) actions.push('REQUEST_UPDATE');
            if (state.closeAllowed) actions.push('CLOSE');
        } else {
            actions.push('POST_UPDATE');
            if (state.noResponseAllowed) actions.push('SET_NO_RESPONSE');
        }
    }
    const creatorId = String(record.CreatedById);
    const worker = record.Integrations_Worker__r as SObjectRecord | null;
    return {
        caseId: record.Id,
        caseNumber: String(record.CaseNumber),
        subject: (record.Subject as string | null) ?? null,
        status: stamps.status,
        isClosed: stamps.isClosed,
        ownerId: String(record.OwnerId),
        ownerName: nameOf(record.Owner),
        ownerIsQueue: org.schema.objectForId(String(record.OwnerId))?.name === 'Group',
        creatorId,
        creatorName: nameOf(record.CreatedBy),
        workerId: worker && worker.IsActive !== false ? String(record.Integrations_Worker__c) : null,
        workerName: worker && worker.IsActive !== false ? nameOf(worker) : null,
        role: isCreator ? 'CREATOR' : 'INTEGRATIONS',
        clock: {
            nextAction: state.nextAction,
            owedBy: state.owedBy,
            dueAt: state.dueAt,
            overdue: state.overdue,
            overdueMinutes: state.overdueMinutes,
            allowedFrom: state.allowedFrom,
            waiting: state.waiting,
            dues: state.dues.map((due) => ({ ...due })),
            updateRequestAllowed: state.updateRequestAllowed,
            updateRequestAllowedFrom: state.updateRequestAllowedFrom,
            closeAllowed: state.closeAllowed,
            closeAllowedFrom: state.closeAllowedFrom,
            noResponseAllowed: state.noResponseAllowed,
            noResponseAllowedFrom: state.noResponseAllowedFrom,
            outreachAttempts: stamps.outreachAttempts
        },
        actions,
        suggestedMessageComment: String(settings.ecpMessageComment),
        commentMaxLength: COMMENT_MAX_LENGTH,
        comments: selectComments(org, record.Id, COMMENTS_SHOWN).map((comment) => ({
            id: comment.Id,
            body: String(comment.CommentBody ?? ''),
            createdByName: nameOf(comment.CreatedBy),
            createdOn: String(comment.CreatedDate),
            byCreator: sameId(comment.CreatedById, creatorId)
        })),
        activities: selectActivity(org, record.Id, ACTIVITIES_SHOWN).map((task) => ({
            id: task.Id,
            subject: (task.Subject as string | null) ?? null,
            status: (task.Status as string | null) ?? null,
            activityDate: (task.ActivityDate as string | null) ?? null,
            ownerName: nameOf(task.Owner)
        })),
        calendarProblems: [...readIntegrationCalendar(org).problems],
        now
    };
}
