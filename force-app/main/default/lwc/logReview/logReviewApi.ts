// Typed calls to LogReviewController. Every method takes `{ request }`, as the Apex methods do.
import getReviewContextMethod from '@salesforce/apex/LogReviewController.getReviewContext';
import saveReviewMethod from '@salesforce/apex/LogReviewController.saveReview';
import type { ReviewContextRequest, ReviewContextResponse, SaveReviewRequest, SaveReviewResponse } from 'c/playbookContracts';

/** Opening Log Review: the one cacheable call. */
export function getReviewContext(request: ReviewContextRequest): Promise<ReviewContextResponse> {
    return getReviewContextMethod({ request }) as Promise<ReviewContextResponse>;
}

/** The one save of a review. */
export function saveReview(request: SaveReviewRequest): Promise<SaveReviewResponse> {
    return saveReviewMethod({ request }) as Promise<SaveReviewResponse>;
}
