// Log Review's decisions, free of the DOM: what the comments box starts with, the live counter,
// whether the review can be saved, the one save request, and what the list of past reviews shows.
// The server checks the same rules again (LogReviewService).
import type { ReviewContextResponse, ReviewEntry, SaveReviewRequest, SaveReviewResponse } from 'c/playbookContracts';

/** Java's whitespace, as the server spells it, so both sides call the same text blank. */
const WHITESPACE = /[ \t\n\v\f\r]+/g;

export type ReviewProblem = 'BLANK' | 'TEMPLATE_ONLY' | 'TOO_LONG';

export const PROBLEM_MESSAGES: Record<ReviewProblem, string> = {
    BLANK: 'Fill in the review: the current status, the pending action items and who owns them.',
    TEMPLATE_ONLY: 'Fill in the template: add the current status, the pending action items and who owns them.',
    TOO_LONG: 'Shorten the review to the character limit.'
};

/** "You may fill out this template or overwrite it with your own review comments." */
export function initialComments(context: Pick<ReviewContextResponse, 'template'>): string {
    return context.template;
}

/** The live counter: "N / limit". */
export function counterText(comments: string, maxLength: number): string {
    return `${comments.length} / ${maxLength}`;
}

/** Why the review cannot be saved yet, or null when it can. */
export function reviewProblem(comments: string, template: string, maxLength: number): ReviewProblem | null {
    const content = comments.replace(WHITESPACE, '');
    if (content === '') return 'BLANK';
    if (content === template.replace(WHITESPACE, '')) return 'TEMPLATE_ONLY';
    if (comments.length > maxLength) return 'TOO_LONG';
    return null;
}

/** The one save: the comments exactly as entered. */
export function saveRequest(requestKey: string, caseId: string, comments: string): SaveReviewRequest {
    return { requestKey, caseId, comments };
}

export interface ReviewRow {
    id: string;
    heading: string;
    comments: string;
    reviewedOn: string;
}

/** Past reviews, newest first, as the list shows them. */
export function reviewRows(entries: readonly ReviewEntry[]): ReviewRow[] {
    return entries.map((entry) => ({
        id: entry.taskId,
        heading: `${entry.subject} by ${entry.reviewedByName ?? 'a former user'}`,
        comments: entry.comments ?? '',
        reviewedOn: entry.reviewedOn
    }));
}

/** The toast after a save. */
export function savedMessage(caseNumber: string, response: SaveReviewResponse): string {
    return response.replayed ? `The review of case ${caseNumber} was already logged.` : `Review logged on case ${caseNumber}.`;
}
