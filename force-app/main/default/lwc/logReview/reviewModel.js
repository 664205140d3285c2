/** Java's whitespace, as the server spells it, so both sides call the same text blank. */
const WHITESPACE = /[ \t\n\v\f\r]+/g;
export const PROBLEM_MESSAGES = {
    BLANK: 'Fill in the review: the current status, the pending action items and who owns them.',
    TEMPLATE_ONLY: 'Fill in the template: add the current status, the pending action items and who owns them.',
    TOO_LONG: 'Shorten the review to the character limit.'
};
/** "You may fill out this template or overwrite it with your own review comments." */
export function initialComments(context) {
    return context.template;
}
/** The live counter: "N / limit". */
export function counterText(comments, maxLength) {
    return `${comments.length} / ${maxLength}`;
}
/** Why the review cannot be saved yet, or null when it can. */
export function reviewProblem(comments, template, maxLength) {
    const content = comments.replace(WHITESPACE, '');
    if (content === '')
        return 'BLANK';
    if (content === template.replace(WHITESPACE, ''))
        return 'TEMPLATE_ONLY';
    if (comments.length > maxLength)
        return 'TOO_LONG';
    return null;
}
/** The one save: the comments exactly as entered. */
export function saveRequest(requestKey, caseId, comments) {
    return { requestKey, caseId, comments };
}
/** Past reviews, newest first, as the list shows them. */
export function reviewRows(entries) {
    return entries.map((entry) => ({
        id: entry.taskId,
        heading: `${entry.subject} by ${entry.reviewedByName ?? 'a former user'}`,
        comments: entry.comments ?? '',
        reviewedOn: entry.reviewedOn
    }));
}
/** The toast after a save. */
export function savedMessage(caseNumber, response) {
    return response.replayed ? `The review of case ${caseNumber} was already logged.` : `Review logged on case ${caseNumber}.`;
}
