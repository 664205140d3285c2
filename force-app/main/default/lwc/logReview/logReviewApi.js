// Typed calls to LogReviewController. Every method takes `{ request }`, as the Apex methods do.
import getReviewContextMethod from '@salesforce/apex/LogReviewController.getReviewContext';
import saveReviewMethod from '@salesforce/apex/LogReviewController.saveReview';
/** Opening Log Review: the one cacheable call. */
export function getReviewContext(request) {
    return getReviewContextMethod({ request });
}
/** The one save of a review. */
export function saveReview(request) {
    return saveReviewMethod({ request });
}
