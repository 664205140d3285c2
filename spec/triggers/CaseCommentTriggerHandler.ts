// CaseCommentTriggerHandler: the TypeScript counterpart of CaseCommentTrigger -> CaseCommentTriggerHandler
// in Apex. It reads the comments' integration cases once per event and hands them to the small actions.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { sameId } from '../org/ids';
import type { TriggerHandler } from '../org/triggers';
import type { SObjectRecord } from '../org/values';
import { STAMP_QUERY_FIELDS } from '../services/IntegrationClocks';
import { keepIntegrationCommentsPrivate } from './CaseCommentPrivacy';
import { stampIntegrationComments } from './IntegrationCommentStamps';
import { integrationRecordTypeIdForTrigger } from './integrationRecordType';

/** The integration cases among the comments' parents, by Id (one query; none when the record type is missing). */
function integrationParents(org: InMemoryOrg, comments: readonly SObjectRecord[]): Map<string, SObjectRecord> {
    const parentIds = [...new Set(comments.map((comment) => String(comment.ParentId)))];
    const recordTypeId = parentIds.length ? integrationRecordTypeIdForTrigger(org, 'keeping integration case comments private') : null;
    if (!recordTypeId) return new Map();
    // SECURITY (as in Apex): whatever path wrote the comment (email, an integration user), its case's type decides; system mode.
    const parents = org.db.query(
        {
            select: ['Id', 'RecordTypeId', 'CaseNumber', 'CreatedById', 'CreatedBy.IsActive', ...STAMP_QUERY_FIELDS],
            from: 'Case',
            where: [{ field: 'Id', operator: 'IN', value: parentIds }]
        },
        'SYSTEM_MODE'
    );
    return new Map(parents.filter((parent) => sameId(parent.RecordTypeId, recordTypeId)).map((parent) => [parent.Id, parent]));
}

export const CASE_COMMENT_TRIGGER_HANDLER: TriggerHandler = {
    name: 'CaseCommentTriggerHandler',
    objectName: 'CaseComment',
    events: ['beforeInsert', 'beforeUpdate', 'afterInsert'],
    handle({ org, event, newRecords }) {
        const cases = integrationParents(org, newRecords);
        if (!cases.size) return;
        if (event === 'afterInsert') stampIntegrationComments(org, newRecords, cases);
        else keepIntegrationCommentsPrivate(newRecords, new Set(cases.keys()));
    }
};
