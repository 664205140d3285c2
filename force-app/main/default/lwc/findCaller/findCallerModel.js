/** One search call per pause in typing: the term is sent once the agent stops typing for this long. */
export const SEARCH_PAUSE_MS = 300;
export const TERM_MIN_LENGTH = 2;
export const TERM_MAX_LENGTH = 80;
/** The term to search for, or null when it cannot be searched yet (fewer than 2 letters or digits). */
export function searchableTerm(typed) {
    const term = typed.trim();
    if (term.length > TERM_MAX_LENGTH)
        return null;
    return term.replace(/[^\p{L}\p{N}]/gu, '').length >= TERM_MIN_LENGTH ? term : null;
}
function dateText(date) {
    return date ?? 'no end date';
}
/** "Entitled: Phone Support until 2027-06-08 (Premium Support)" or "Active contract 00000123 until ...". */
export function qualificationText(caller) {
    const qualification = caller.qualification;
    if (!qualification.entitled)
        return qualification.warning ?? 'Not entitled to support.';
    if (qualification.basis === 'ENTITLEMENT') {
        const entitlements = qualification.entitlements.map((entitlement) => {
            const what = entitlement.type ? `${entitlement.name} (${entitlement.type})` : entitlement.name;
            const process = entitlement.processName ? `, ${entitlement.processName}` : '';
            return `${what} until ${dateText(entitlement.endDate)}${process}`;
        });
        return `Entitled: ${entitlements.join('; ')}`;
    }
    const contract = qualification.contract;
    return contract ? `Entitled: active contract ${contract.contractNumber} until ${dateText(contract.endDate)}` : 'Entitled.';
}
function detailOf(caller) {
    const parts = caller.kind === 'CONTACT' ? [caller.accountName ?? 'No account'] : [];
    if (caller.customerRole)
        parts.push(caller.customerRole);
    if (caller.phone)
        parts.push(caller.phone);
    return parts.join(' · ');
}
function casesTextOf(caller) {
    const count = caller.openCases.length;
    if (!count)
        return 'No open cases';
    return `${count}${caller.moreOpenCases ? '+' : ''} open case${count === 1 && !caller.moreOpenCases ? '' : 's'}`;
}
export function callerRows(response) {
    return (response?.callers ?? []).map((caller) => ({
        key: `${caller.kind}-${caller.recordId}`,
        recordId: caller.recordId,
        name: caller.name,
        kindLabel: caller.kind === 'CONTACT' ? 'Contact' : 'Account',
        detail: detailOf(caller),
        casesText: casesTextOf(caller),
        cases: caller.openCases.map((item) => ({
            key: item.caseId,
            text: `${item.caseNumber} · ${item.status}${item.subject ? ` · ${item.subject}` : ''}`
        })),
        entitled: caller.qualification.entitled,
        qualificationText: qualificationText(caller),
        qualificationClass: caller.qualification.entitled ? 'slds-text-color_success' : 'slds-text-color_error',
        qualificationRole: caller.qualification.entitled ? null : 'note',
        newCaseLabel: `New Case for ${caller.name}`
    }));
}
/** Where New Case starts: the contact (its account follows) or the account, with the soonest-ending active entitlement. */
export function newCaseTarget(response, recordId) {
    const caller = response?.callers.find((candidate) => candidate.recordId === recordId);
    if (!caller)
        return null;
    const entitlement = caller.qualification.entitled ? caller.qualification.entitlements[0] : undefined;
    return { recordId: caller.recordId, entitlementId: entitlement?.entitlementId ?? null, name: caller.name };
}
