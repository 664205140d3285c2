// Find Caller's decisions (procedure 003), as pure functions: when a typed term is searched, how each caller is
// shown (their account, open cases, and whether they are entitled to support, or the warning), and what New Case
// starts from. The component wires them to the DOM.
import type { FindCallerResponse, FoundCaller } from 'c/playbookContracts';

/** One search call per pause in typing: the term is sent once the agent stops typing for this long. */
export const SEARCH_PAUSE_MS = 300;
export const TERM_MIN_LENGTH = 2;
export const TERM_MAX_LENGTH = 80;

/** The term to search for, or null when it cannot be searched yet (fewer than 2 letters or digits). */
export function searchableTerm(typed: string): string | null {
    const term = typed.trim();
    if (term.length > TERM_MAX_LENGTH) return null;
    return term.replace(/[^\p{L}\p{N}]/gu, '').length >= TERM_MIN_LENGTH ? term : null;
}

export interface CallerRow {
    key: string;
    recordId: string;
    name: string;
    kindLabel: string;
    detail: string;
    casesText: string;
    cases: { key: string; text: string }[];
    entitled: boolean;
    /** What entitles the caller, or the warning when nothing does. */
    qualificationText: string;
    qualificationClass: string;
    /** A warning is announced; an entitlement is not. */
    qualificationRole: string | null;
    newCaseLabel: string;
}

function dateText(date: string | null): string {
    return date ?? 'no end date';
}

/** "Entitled: Phone Support until 2027-06-08 (Premium Support)" or "Active contract 00000123 until ...". */
export function qualificationText(caller: FoundCaller): string {
    const qualification = caller.qualification;
    if (!qualification.entitled) return qualification.warning ?? 'Not entitled to support.';
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

function detailOf(caller: FoundCaller): string {
    const parts = caller.kind === 'CONTACT' ? [caller.accountName ?? 'No account'] : [];
    if (caller.customerRole) parts.push(caller.customerRole);
    if (caller.phone) parts.push(caller.phone);
    return parts.join(' · ');
}

function casesTextOf(caller: FoundCaller): string {
    const count = caller.openCases.length;
    if (!count) return 'No open cases';
    return `${count}${caller.moreOpenCases ? '+' : ''} open case${count === 1 && !caller.moreOpenCases ? '' : 's'}`;
}

export function callerRows(response: FindCallerResponse | null): CallerRow[] {
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
export function newCaseTarget(response: FindCallerResponse | null, recordId: string): { recordId: string; entitlementId: string | null; name: string } | null {
    const caller = response?.callers.find((candidate) => candidate.recordId === recordId);
    if (!caller) return null;
    const entitlement = caller.qualification.entitled ? caller.qualification.entitlements[0] : undefined;
    return { recordId: caller.recordId, entitlementId: entitlement?.entitlementId ?? null, name: caller.name };
}
