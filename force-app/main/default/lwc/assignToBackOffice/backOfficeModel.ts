// The back-office action's decisions, free of the DOM (procedure 001, "Assigning a case to the
// back-office queue (frontline agents)"): the one request and what the toast says afterwards.
import type { AssignToBackOfficeRequest, AssignToBackOfficeResponse } from 'c/playbookContracts';

export function assignRequest(requestKey: string, caseId: string | undefined): AssignToBackOfficeRequest | null {
    return caseId ? { requestKey, caseId } : null;
}

export function assignedMessage(response: AssignToBackOfficeResponse): string {
    return response.replayed
        ? `The case had already been assigned to the ${response.queueName} queue.`
        : `The case is now in the ${response.queueName} queue.`;
}
