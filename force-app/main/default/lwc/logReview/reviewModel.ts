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

/** Text as a text box stores it: every line break as \n (a clipboard may hold \r\n). */
export function normalizeLineBreaks(text: string): string {
    return text.replace(/\r\n?/g, '\n');
}

function commonPrefixLength(a: string, b: string): number {
    let length = 0;
    while (length < a.length && length < b.length && a[length] === b[length]) length++;
    return length;
}

function commonSuffixLength(a: string, b: string): number {
    let length = 0;
    while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
    return length;
}

/**
 * How many characters of a paste did not land. The browser puts a paste in place of the selection and, at the box's
 * maximum length, silently cuts the rest. The selection is not visible from outside lightning-textarea, so the
 * landed part is the longest start of the pasted text that explains the change: before = A + replaced + B and
 * after = A + landed + B, with A a start and B an end of both.
 */
export function charactersCut(before: string, after: string, pasted: string): number {
    const prefix = commonPrefixLength(before, after);
    const suffix = commonSuffixLength(before, after);
    for (let landed = Math.min(pasted.length, after.length); landed > 0; landed--) {
        const outside = after.length - landed;
        for (let start = Math.max(0, outside - suffix); start <= Math.min(prefix, outside); start++) {
            const end = outside - start;
            if (start + end <= before.length && after.slice(start, start + landed) === pasted.slice(0, landed)) return pasted.length - landed;
        }
    }
    return pasted.length;
}

/** What the agent reads when a paste was cut. */
export function cutMessage(cut: number, maxLength: number): string {
    const characters = cut === 1 ? 'its last character was' : `its last ${cut} characters were`;
    return `The pasted text did not fit: ${characters} cut at the ${maxLength}-character limit.`;
}
