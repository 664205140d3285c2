// IntegrationCommentStamps: what a comment on an integration case starts or stops (procedure 004),
// mirroring the Apex class of the same name. A comment by someone other than the case's creator is
// Integrations' comment: it stops the 48 hours to comment and the 48 hours to answer a call back, and
// restarts the 7 business days before the creator may ask for an update; the creator is notified of it
// ("a notification email was received that a Case Comment has been added"). The stamps are written in
// system mode with partial success, so a case that cannot be stamped never loses the comment: each
// failure is an ERROR log line.
import { newErrorReference } from '../errors/auraHandled';
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput, SObjectRecord } from '../org/values';
import { readIntegrationCalendar } from '../services/IntegrationCalendar';
import { stampsOf } from '../services/IntegrationClocks';
import { sendNotices, type Notice } from '../services/IntegrationNotices';
import { stampChanges } from '../services/IntegrationStamps';

export const CASE_NOT_STAMPED = 'INTEGRATION_CASE_NOT_STAMPED';
const PREVIEW_LENGTH = 200;

/** After insert: stamp Integrations' comments on their cases and tell the creators. `cases` holds the integration cases by Id. */
export function stampIntegrationComments(org: InMemoryOrg, comments: readonly SObjectRecord[], cases: ReadonlyMap<string, SObjectRecord>): void {
    const byOthers = comments.filter((comment) => {
        const parent = cases.get(String(comment.ParentId));
        return parent !== undefined && !sameId(comment.CreatedById, parent.CreatedById);
    });
    if (!byOthers.length) return;
    const calendar = readIntegrationCalendar(org);
    const settings = org.settings();
    const updates = new Map<string, SObjectInput>();
    for (const comment of byOthers) {
        const parent = cases.get(String(comment.ParentId)) as SObjectRecord;
        if (updates.has(parent.Id)) continue;
        updates.set(parent.Id, { Id: parent.Id, ...stampChanges({ kind: 'INTEGRATIONS_COMMENT' }, stampsOf(parent), settings, calendar, org.nowIso()) });
    }
    // SECURITY (as in Apex): bookkeeping of the package's clocks on cases whose comment the user just saved; partial success.
    const results = org.db.updatePartial([...updates.values()], 'SYSTEM_MODE');
    results.forEach((result, index) => {
        if (result.success) return;
        org.logError({
            reference: newErrorReference(),
            code: CASE_NOT_STAMPED,
            exceptionType: 'DmlException',
            detail: `Case ${[...updates.keys()][index]}: Integrations' comment was saved but its clocks were not stamped: ${result.errors.map((error) => `${error.statusCode}: ${error.message}`).join('; ')}`
        });
    });
    const author = String(org.runningUser().Name);
    const notices: Notice[] = byOthers
        .filter((comment) => (cases.get(String(comment.ParentId))?.CreatedBy as SObjectRecord | null)?.IsActive !== false)
        .map((comment) => {
            const parent = cases.get(String(comment.ParentId)) as SObjectRecord;
            const text = String(comment.CommentBody ?? '');
            return {
                recipientId: String(parent.CreatedById),
                caseId: parent.Id,
                title: `Case ${String(parent.CaseNumber)}: new comment`,
                body: `${author}: ${text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text}`
            };
        });
    sendNotices(org, notices, settings.notifyCreatorByEmail);
}
