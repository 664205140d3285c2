export function assignRequest(requestKey, caseId) {
    return caseId ? { requestKey, caseId } : null;
}
export function assignedMessage(response) {
    return response.replayed
        ? `The case had already been assigned to the ${response.queueName} queue.`
        : `The case is now in the ${response.queueName} queue.`;
}
