// LogReviewService: Log Review's rules (procedure 001, "Using the Log Review Feature"), mirroring the
// Apex class of the same name.
import { PlaybookError } from '../errors/PlaybookError';
import { isValidId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { selectLatestReviews, selectReviewCase } from '../selectors/LogReviewSelector';
import { previousResponse, requestRecord, requireKey, responseStoredMeanwhile } from './CaseActionRequests';
import { isBlank, strip } from './PlaybookText';
import { quoted } from './CallInput';

export const SAVE_REVIEW_ACTION = 'LogReview.saveReview';
export const TASK_STATUS_COMPLETED = 'Completed';
/** Java's whitespace (what Apex's regular expressions call \s), so both sides call the same text blank. */
const WHITESPACE = /[ \t\n\v\f\r]+/g;

export interface ReviewContext {
    caseId: string;
    caseNumber: string;
    template: string;
    maxLength: number;
    recentReviews: SObjectRecord[];
}

export interface SavedReview {
    caseId: string;
    reviewedById: string;
    reviewedByName: string;
    reviewedOn: string;
    replayed: boolean;
}

/** The template, the character limit and the latest reviews of a case. */
export function reviewContext(org: InMemoryOrg, caseIdText: unknown): ReviewContext {
    requireReviewAccess(org);
    const caseId = requireCaseId(org, caseIdText);
    const record = requireCase(org, caseId);
    const settings = org.settings();
    return {
        caseId: record.Id,
        caseNumber: String(record.CaseNumber),
        template: String(settings.reviewTemplate),
        maxLength: settings.reviewMaxLength,
        recentReviews: selectLatestReviews(org, record.Id, String(settings.reviewSubject), settings.recentCasesShown)
    };
}

/**
 * Procedure 001, "Save the Review": a completed task (Subject "Case Review", no Name, no Due Date,
 * Comments as entered) and the case's Last Review fields overwritten, all or nothing. A repeated
 * request key returns the first save's result and writes nothing.
 */
export function saveReview(org: InMemoryOrg, requestKeyText: unknown, caseIdText: unknown, comments: unknown, requestHash: string): SavedReview {
    requireReviewAccess(org);
    const requestKey = requireKey(requestKeyText);
    const caseId = requireCaseId(org, caseIdText);
    const settings = org.settings();
    const text = requireFilledIn(comments, String(settings.reviewTemplate), settings.reviewMaxLength);

    const previous = previousResponse<SavedReview>(org, requestKey, SAVE_REVIEW_ACTION, requestHash);
    if (previous) return { ...previous, replayed: true };
    const record = requireCase(org, caseId);

    const me = org.runningUserId();
    const saved: SavedReview = {
        caseId: record.Id,
        reviewedById: me,
        reviewedByName: String(org.runningUser().Name),
        reviewedOn: org.nowIso(),
        replayed: false
    };
    const savepoint = org.db.setSavepoint();
    try {
        org.db.update(
            { Id: record.Id, Last_Review_Comments__c: text, Last_Reviewed_By__c: me, Last_Reviewed_On__c: saved.reviewedOn },
            'USER_MODE'
        );
        // One statement for the task and the request record keeps the save within three DML statements.
        org.db.insert(
            [
                {
                    attributes: { type: 'Task' },
                    WhatId: record.Id,
                    Subject: settings.reviewSubject,
                    Status: TASK_STATUS_COMPLETED,
                    Description: text
                },
                requestRecord(requestKey, SAVE_REVIEW_ACTION, record.Id, saved, requestHash)
            ],
            'USER_MODE'
        );
    } catch (error) {
        org.db.rollback(savepoint);
        const stored = responseStoredMeanwhile<SavedReview>(org, error, requestKey, SAVE_REVIEW_ACTION, requestHash);
        if (!stored) throw error;
        return { ...stored, replayed: true };
    }
    return saved;
}

function requireFilledIn(comments: unknown, template: string, maxLength: number): string {
    const text = typeof comments === 'string' ? comments : '';
    const content = text.replace(WHITESPACE, '');
    if (content === '' || content === template.replace(WHITESPACE, '')) {
        throw new PlaybookError('INVALID_INPUT', 'Fill in the review: the current status, the pending action items and who owns them.');
    }
    if (text.length > maxLength) {
        throw new PlaybookError('INVALID_INPUT', `The review has ${text.length} characters. Shorten it to ${maxLength} characters or fewer.`);
    }
    return text;
}

function requireReviewAccess(org: InMemoryOrg): void {
    const caseDescribe = org.describe('Case');
    const missing: string[] = [];
    if (!org.describe('Task').isCreateable()) missing.push('create Tasks');
    for (const field of ['Last_Review_Comments__c', 'Last_Reviewed_By__c', 'Last_Reviewed_On__c']) {
        if (!caseDescribe.field(field).isUpdateable()) missing.push(`edit Case.${field}`);
    }
    if (!org.describe('Playbook_Request__c').isCreateable()) missing.push('create Playbook Requests');
    if (missing.length) {
        throw new PlaybookError(
            'NO_ACCESS',
            `You cannot log case reviews (missing: ${missing.join(', ')}). Ask your Salesforce admin to assign you the Playbooks Agent permission set.`
        );
    }
}

function requireCaseId(org: InMemoryOrg, value: unknown): string {
    if (typeof value !== 'string' || isBlank(value)) throw new PlaybookError('INVALID_INPUT', 'Choose the case to review.');
    if (!isValidId(strip(value))) throw new PlaybookError('INVALID_INPUT', `${quoted(value)} is not a record id.`);
    const caseId = to18(strip(value));
    if (org.schema.objectForId(caseId)?.name !== 'Case') {
        throw new PlaybookError('WRONG_OBJECT', 'A review is logged on a case, and this record is not a case.');
    }
    return caseId;
}

function requireCase(org: InMemoryOrg, caseId: string): SObjectRecord {
    const record = selectReviewCase(org, caseId);
    if (!record) throw new PlaybookError('NOT_FOUND', 'This case does not exist or you cannot see it.');
    return record;
}
