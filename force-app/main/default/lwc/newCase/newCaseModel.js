export const PROBLEM_MESSAGES = {
    NO_CONTRACT: 'Choose the contract: homeowner cases are only created under the contract.',
    CONFIRM_CONTRACT: 'This contract is cancelled or pending cancellation. Confirm that the case belongs under it, or choose the active contract.',
    NO_INSTALLER_CONTACT: 'Choose the installer contact. If the sales rep has no contact record, first create it under the organisation.',
    NO_SUBJECT: 'Enter the subject of the case.',
    SUBJECT_TOO_LONG: 'The subject is too long.',
    DESCRIPTION_TOO_LONG: 'The description is too long.'
};
export function caseKind(context) {
    return context.customerRole === 'Installer' && context.sourceContractId === null ? 'INSTALLER' : 'HOMEOWNER';
}
/** From a Contract page that contract, otherwise the account's active contract ("most likely the active contract"). */
export function initialDraft(context) {
    return {
        contractId: context.sourceContractId ?? context.activeContractId,
        contactId: null,
        installerContactId: null,
        subject: '',
        description: '',
        productType: '',
        confirmedWarningContract: false
    };
}
/** A new value for one field; choosing another contract asks for the confirmation again. */
export function withValue(draft, field, value) {
    const next = { ...draft, [field]: field === 'subject' || field === 'description' || field === 'productType' ? (value ?? '') : value || null };
    if (field === 'contractId' && next.contractId !== draft.contractId)
        next.confirmedWarningContract = false;
    return next;
}
export function withConfirmation(draft, confirmed) {
    return { ...draft, confirmedWarningContract: confirmed };
}
function contractLabel(contract) {
    const state = contract.active ? 'active' : contract.warning ? (contract.cancellationStatus ?? 'cancelled') : contract.status;
    const dates = contract.startDate ? ` · ${contract.startDate} to ${contract.endDate ?? '…'}` : '';
    return `${contract.contractNumber} (${state})${dates}`;
}
export function contractOptions(context) {
    return context.contracts.map((contract) => ({ label: contractLabel(contract), value: contract.id }));
}
export function contactOptions(context) {
    return context.contacts.map((contact) => ({ label: contact.title ? `${contact.name} (${contact.title})` : contact.name, value: contact.id }));
}
export function selectedContract(context, draft) {
    return context.contracts.find((contract) => contract.id === draft.contractId) ?? null;
}
/** "If the agent attempts to make a case on a contract that is either cancelled or pending cancellation, a warning panel will show up asking if this was the intended action." */
export function contractWarning(context, draft) {
    const contract = selectedContract(context, draft);
    if (caseKind(context) !== 'HOMEOWNER' || !contract?.warning)
        return null;
    return `Contract ${contract.contractNumber} is ${contract.cancellationStatus ?? 'cancelled'}. Cases belong under the contract the issue pertains to, most likely the active one. Is this the contract you intend?`;
}
/** The first thing that stops the save, or null when the draft can be sent. */
export function draftProblem(context, draft) {
    if (caseKind(context) === 'HOMEOWNER') {
        if (!selectedContract(context, draft))
            return 'NO_CONTRACT';
        if (contractWarning(context, draft) && !draft.confirmedWarningContract)
            return 'CONFIRM_CONTRACT';
    }
    else if (!draft.installerContactId) {
        return 'NO_INSTALLER_CONTACT';
    }
    const subject = draft.subject.trim();
    if (!subject)
        return 'NO_SUBJECT';
    if (subject.length > context.subjectMaxLength)
        return 'SUBJECT_TOO_LONG';
    if (draft.description.length > context.descriptionMaxLength)
        return 'DESCRIPTION_TOO_LONG';
    return null;
}
export function homeownerRequest(requestKey, context, draft) {
    const warning = contractWarning(context, draft) !== null;
    return {
        requestKey,
        accountId: context.accountId,
        contractId: draft.contractId ?? '',
        contactId: draft.contactId,
        subject: draft.subject.trim(),
        description: draft.description.trim() ? draft.description : null,
        productType: draft.productType || null,
        confirmedWarningContract: warning && draft.confirmedWarningContract
    };
}
/** Created from the installer organisation's page: under the account, with the installer contact. */
export function installerRequest(requestKey, context, draft) {
    return {
        requestKey,
        accountId: context.accountId,
        contactId: null,
        installerContactId: draft.installerContactId,
        subject: draft.subject.trim(),
        description: draft.description.trim() ? draft.description : null,
        productType: draft.productType || null
    };
}
/** "A pop-up page with a clickable link appears when a new case is created": the toast's text, {0} being the link. */
export function createdMessage(response) {
    return response.replayed ? 'Case {0} had already been created. It is assigned to you.' : 'Case {0} was created and is assigned to you.';
}
/** The records whose pages list the new case. */
export function recordsToRefresh(response) {
    return [response.accountId, response.contractId].filter((id) => Boolean(id)).map((recordId) => ({ recordId }));
}
