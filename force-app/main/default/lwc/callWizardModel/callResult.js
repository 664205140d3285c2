const SAVED_MESSAGES = {
    SCORED: (response) => `Score ${response.score} recorded and the CLA case completed.`,
    NO_SCORE_FOLLOW_UP: () => 'Call logged and a follow-up call scheduled.',
    SUPPORT_CASE: (response) => (response.activityStatus === 'Complete'
        ? `Score ${response.score} recorded and a support case opened.`
        : 'Call logged and a support case opened; the CLA waits for it to close.'),
    NO_SCORE_COMPLETE: () => 'Call logged and the CLA case completed with No Score.',
    MAX_ATTEMPTS_COMPLETE: () => 'Call logged and the CLA case completed with No Score.',
    NOT_REACHED: (response) => `Attempt ${response.callAttempts} logged and a follow-up reminder set.`,
    CONTACT_LEFT: () => 'Contact marked as a former employee and the call with the new contact logged.',
    ASK_MANAGER: () => 'The manager has a task with your notes.'
};
/** The toast after a save: what was done, in the agent's words. */
export function savedMessage(outcome, response) {
    const message = SAVED_MESSAGES[outcome](response);
    return response.replayed ? `${message} (This call had already been saved.)` : message;
}
/** Every record the save may have changed, for notifyRecordUpdateAvailable. */
export function changedRecordIds(response) {
    const ids = [
        response.caseId,
        response.supportCaseId,
        response.replacementContactId,
        response.replacementCaseId
    ].filter((id) => Boolean(id));
    return [...new Set(ids)];
}
/** What the agent is likely to do next, most useful first. */
export function nextSteps(response) {
    const steps = [];
    if (response.supportCaseId)
        steps.push('OPEN_SUPPORT_CASE');
    if (response.replacementCaseId && response.replacementCaseId !== response.caseId)
        steps.push('OPEN_NEW_CONTACT_CASE');
    if (response.activityStatus !== 'Complete' && !response.replacementCaseId)
        steps.push('LOG_ANOTHER_CALL');
    steps.push('NEXT_CASE');
    return steps;
}
/** The context after a save, so that "Log another call" starts from what the server now holds. */
export function contextAfterSave(context, response) {
    return {
        ...context,
        caseStatus: response.caseStatus,
        activityStatus: response.activityStatus,
        score: response.score,
        callAttempts: response.callAttempts,
        isClosed: response.activityStatus === 'Complete' ? true : context.isClosed
    };
}
/** A completed CLA takes no more calls (the server answers ALREADY_COMPLETE). */
export function isComplete(context) {
    return context.isClosed || context.activityStatus === 'Complete';
}
