// Request and response shapes of Log Review (procedure 001, "Using the Log Review Feature"):
// LogReviewController.getReviewContext (opening, not cacheable) and saveReview (the one save). The Apex
// controller mirrors them as inner classes; spec/controllers/LogReviewController.ts implements them.
import type { IsoDateTime, RecordId } from './playbookContracts';

export interface ReviewContextRequest {
    caseId: RecordId;
}

/** One logged review: a completed "Case Review" task on the case. The tasks are the review history. */
export interface ReviewEntry {
    taskId: RecordId;
    subject: string;
    comments: string | null;
    reviewedByName: string | null;
    reviewedOn: IsoDateTime;
}

export interface ReviewContextResponse {
    caseId: RecordId;
    caseNumber: string;
    /** The template the comments box starts with, one heading per line ("Current Status: ..."). */
    template: string;
    /** Most characters the comments may have (settings, never above the field length). */
    maxLength: number;
    /** The latest reviews, newest first, at most settings.recentCasesShown. */
    recentReviews: ReviewEntry[];
}

export interface SaveReviewRequest {
    /** Client-generated key; a repeat of the same key returns the first result and writes nothing. */
    requestKey: string;
    caseId: RecordId;
    /** The review exactly as entered; becomes the task's Comments and the case's Last Review Comments. */
    comments: string;
}

export interface SaveReviewResponse {
    caseId: RecordId;
    reviewedById: RecordId;
    reviewedByName: string;
    reviewedOn: IsoDateTime;
    /** True when the same requestKey had already been saved and nothing new was written. */
    replayed: boolean;
}

export interface LogReviewControllerContract {
    getReviewContext: { params: { request: ReviewContextRequest }; result: ReviewContextResponse; cacheable: false };
    saveReview: { params: { request: SaveReviewRequest }; result: SaveReviewResponse; cacheable: false };
}

// Registers the controller in the contract registry without editing the shared file's interface.
declare module './playbookContracts' {
    interface PlaybookControllerContracts {
        LogReviewController: LogReviewControllerContract;
    }
}
