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
/** Text as a text box stores it: every line break as \n (a clipboard may hold \r\n). */
export function normalizeLineBreaks(text) {
    return text.replace(/\r\n?/g, '\n');
}
function commonPrefixLength(a, b) {
    let length = 0;
    while (length < a.length && length < b.length && a[length] === b[length])
        length++;
    return length;
}
function commonSuffixLength(a, b) {
    let length = 0;
    while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length])
        length++;
    return length;
}
/**
 * How many characters of a paste did not land. The browser puts a paste in place of the selection and, at the box's
 * maximum length, silently cuts the rest. The selection is not visible from outside lightning-textarea, so the
 * landed part is the longest start of the pasted text that explains the change: before = A + replaced + B and
 * after = A + landed + B, with A a start and B an end of both.
 */
export function charactersCut(before, after, pasted) {
    const prefix = commonPrefixLength(before, after);
    const suffix = commonSuffixLength(before, after);
    for (let landed = Math.min(pasted.length, after.length); landed > 0; landed--) {
        const outside = after.length - landed;
        for (let start = Math.max(0, outside - suffix); start <= Math.min(prefix, outside); start++) {
            const end = outside - start;
            if (start + end <= before.length && after.slice(start, start + landed) === pasted.slice(0, landed))
                return pasted.length - landed;
        }
    }
    return pasted.length;
}
/** What the agent reads when a paste was cut. */
export function cutMessage(cut, maxLength) {
    const characters = cut === 1 ? 'its last character was' : `its last ${cut} characters were`;
    return `The pasted text did not fit: ${characters} cut at the ${maxLength}-character limit.`;
}
