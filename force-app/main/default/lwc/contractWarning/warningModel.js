export function warningState(status) {
    if (!status?.warning)
        return 'NONE';
    return status.acknowledged ? 'CONFIRMED' : 'WARNING';
}
function contractName(contract) {
    return contract ? `contract ${contract.contractNumber}` : 'no contract';
}
/** "If the agent attempts to make a case on a contract that is either cancelled or pending cancellation, a warning panel will show up asking if this was the intended action." */
export function warningMessage(status) {
    const cancellation = status.contract?.cancellationStatus ?? 'cancelled';
    return `Case ${status.caseNumber} is on ${contractName(status.contract)}, which is ${cancellation}. Cases belong under the contract the issue pertains to, most likely the active one. Was this intended?`;
}
/** The button that moves the case to the account's active contract, or null when there is none. */
export function moveLabel(status) {
    return status.activeContract ? `Move to active ${contractName(status.activeContract)}` : null;
}
/** The note once confirmed (the date is shown beside it, formatted for the user). */
export function confirmedNote(status) {
    const who = status.acknowledgedByName ?? 'a former user';
    return `${contractName(status.contract)} is ${status.contract?.cancellationStatus ?? 'cancelled'}. Confirmed by ${who} on`;
}
export function statusAfterAcknowledge(status, response) {
    return { ...status, acknowledged: true, acknowledgedByName: response.acknowledgedByName, acknowledgedOn: response.acknowledgedOn };
}
/** After a move to the active contract there is nothing left to warn about. */
export function statusAfterMove(status, response) {
    const moved = status.activeContract && status.activeContract.id === response.contractId ? status.activeContract : status.contract;
    return { ...status, contract: moved, warning: false, acknowledged: false, acknowledgedByName: null, acknowledgedOn: null, activeContract: null };
}
export function movedMessage(status, response) {
    if (response.replayed)
        return `Case ${status.caseNumber} had already been moved.`;
    return `Case ${status.caseNumber} is now on ${contractName(status.activeContract)}.`;
}
