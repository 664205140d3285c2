// FindCallerService: the rules of Find Caller (procedure 003), mirroring FindCallerService.cls. One search call
// finds contacts and accounts by name or phone, one page at a time, each with its open cases and whether the
// customer is entitled to support: by their active entitlements where the org has Entitlement Management,
// otherwise by procedure 001's active contract. Not entitled is a warning, never a refusal.
import type {
    FindCallerResponse,
    FoundCaller,
    FoundCase,
    FoundEntitlement,
    Qualification
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { childRecords } from '../org/query';
import type { SObjectRecord } from '../org/values';
import {
    selectAccountsFound,
    selectAccountsWithCasesAndContracts,
    selectAccountsWithEntitlements,
    selectContactsFound,
    selectContactsWithCases
} from '../selectors/FindCallerSelector';
import { contactSearchTerm } from './ContactSearchTerm';
import { isActive } from './ContractWarningService';
import { isEntitlementManagementOn, requireEntitlementAccess } from './EntitlementManagement';

/** Contacts, and accounts, per page. */
export const PAGE_SIZE = 10;
/** "The maximum offset is 2,000 rows" (SOSL and SOQL Reference, "OFFSET n"). */
export const MAX_OFFSET = 2000;
/** Open cases listed per caller; one more is read to know whether there are more. */
export const OPEN_CASES_SHOWN = 3;
/** Activated contracts running today read per account, to find one not cancelled. */
export const CONTRACTS_READ = 5;
/** Entitlements in effect read per account. */
export const ENTITLEMENTS_READ = 5;

interface AccountFacts {
    openCases: SObjectRecord[];
    contracts: SObjectRecord[];
    entitlements: SObjectRecord[];
}

export function findCallers(org: InMemoryOrg, request: { term?: unknown; pageToken?: unknown } | null | undefined): FindCallerResponse {
    requireSearchAccess(org);
    if (!request) throw new PlaybookError('INVALID_INPUT', 'Type a name or phone number to search.');
    const search = contactSearchTerm(request.term);
    const offset = pageOffset(request.pageToken);
    const entitlementManagement = isEntitlementManagementOn(org);
    if (entitlementManagement) requireEntitlementAccess(org);

    const group = search.isPhone ? 'PHONE FIELDS' : 'NAME FIELDS';
    const contacts = selectContactsFound(org, search.searchQuery, group, PAGE_SIZE + 1, offset);
    const accounts = selectAccountsFound(org, search.searchQuery, group, PAGE_SIZE + 1, offset);
    const morePages = (contacts.length > PAGE_SIZE || accounts.length > PAGE_SIZE) && offset + PAGE_SIZE <= MAX_OFFSET;
    const pageContacts = contacts.slice(0, PAGE_SIZE);
    const pageAccounts = accounts.slice(0, PAGE_SIZE);

    const accountIds = unique([...pageContacts.map((row) => row.AccountId), ...pageAccounts.map((row) => row.Id)]);
    const facts = accountFacts(org, accountIds, entitlementManagement);
    const contactCases = new Map(
        selectContactsWithCases(org, pageContacts.map((row) => row.Id), OPEN_CASES_SHOWN + 1).map((row) => [row.Id, childRecords(row, 'Cases')])
    );
    const today = org.today();
    const warningStatuses = org.settings().warningCancellationStatuses;
    const qualify = (accountId: string | null, accountName: string | null, personName: string): Qualification =>
        qualification(entitlementManagement, accountId ? facts.get(accountId) : undefined, accountName, personName, today, warningStatuses);

    const callers: FoundCaller[] = [
        ...pageContacts.map((row) => {
            const accountId = idOrNull(row.AccountId);
            const accountName = related(row, 'Account', 'Name');
            return caller('CONTACT', row, accountId, accountName, related(row, 'Account', 'Customer_Role__c'), contactCases.get(row.Id) ?? [], qualify(accountId, accountName, String(row.Name)));
        }),
        ...pageAccounts.map((row) =>
            caller('ACCOUNT', row, row.Id, String(row.Name), text(row.Customer_Role__c), facts.get(row.Id)?.openCases ?? [], qualify(row.Id, String(row.Name), String(row.Name)))
        )
    ];
    return { callers, nextPageToken: morePages ? String(offset + PAGE_SIZE) : null, entitlementManagement };
}

function accountFacts(org: InMemoryOrg, accountIds: string[], entitlementManagement: boolean): Map<string, AccountFacts> {
    const today = org.today();
    const facts = new Map<string, AccountFacts>();
    for (const row of selectAccountsWithCasesAndContracts(org, accountIds, today, OPEN_CASES_SHOWN + 1, CONTRACTS_READ)) {
        facts.set(row.Id, { openCases: childRecords(row, 'Cases'), contracts: childRecords(row, 'Contracts'), entitlements: [] });
    }
    if (entitlementManagement) {
        for (const row of selectAccountsWithEntitlements(org, accountIds, today, ENTITLEMENTS_READ)) {
            const entry = facts.get(row.Id);
            if (entry) entry.entitlements = childRecords(row, 'Entitlements');
        }
    }
    return facts;
}

/** Procedure 003's qualification: entitled, or a warning saying why not. */
function qualification(
    entitlementManagement: boolean,
    facts: AccountFacts | undefined,
    accountName: string | null,
    personName: string,
    today: string,
    warningStatuses: readonly string[]
): Qualification {
    const basis = entitlementManagement ? 'ENTITLEMENT' : 'CONTRACT';
    if (!facts) {
        return {
            basis,
            entitled: false,
            entitlements: [],
            contract: null,
            warning: `${personName} is not under an account, so their entitlement to support cannot be checked. Check it before opening a case.`
        };
    }
    if (entitlementManagement) {
        const entitlements = facts.entitlements.filter((row) => row.StartDate === null || String(row.StartDate) <= today).map(entitlementOf);
        return {
            basis,
            entitled: entitlements.length > 0,
            entitlements,
            contract: null,
            warning: entitlements.length ? null : `${accountName} has no active entitlement. Check the customer's support agreement before opening a case.`
        };
    }
    const contract = facts.contracts.find((row) => isActive(row, warningStatuses, today));
    return {
        basis,
        entitled: contract !== undefined,
        entitlements: [],
        contract: contract ? { contractId: contract.Id, contractNumber: String(contract.ContractNumber), endDate: text(contract.EndDate) } : null,
        warning: contract ? null : `${accountName} has no active contract. Check the customer's support agreement before opening a case.`
    };
}

function caller(
    kind: FoundCaller['kind'],
    row: SObjectRecord,
    accountId: string | null,
    accountName: string | null,
    customerRole: string | null,
    openCases: SObjectRecord[],
    qualified: Qualification
): FoundCaller {
    return {
        kind,
        recordId: row.Id,
        name: String(row.Name),
        phone: text(row.Phone),
        accountId,
        accountName,
        customerRole,
        openCases: openCases.slice(0, OPEN_CASES_SHOWN).map(caseOf),
        moreOpenCases: openCases.length > OPEN_CASES_SHOWN,
        qualification: qualified
    };
}

function caseOf(row: SObjectRecord): FoundCase {
    return { caseId: row.Id, caseNumber: String(row.CaseNumber), subject: text(row.Subject), status: String(row.Status) };
}

function entitlementOf(row: SObjectRecord): FoundEntitlement {
    return {
        entitlementId: row.Id,
        name: String(row.Name),
        type: text(row.Type),
        startDate: text(row.StartDate),
        endDate: text(row.EndDate),
        processName: related(row, 'SlaProcess', 'Name')
    };
}

/** The page token is the offset of the page: a multiple of the page size, at most the SOSL maximum. */
function pageOffset(token: unknown): number {
    if (token === null || token === undefined || token === '') return 0;
    const offset = typeof token === 'string' && /^\d{1,4}$/.test(token) ? Number(token) : NaN;
    if (!(offset % PAGE_SIZE === 0 && offset <= MAX_OFFSET)) {
        throw new PlaybookError('INVALID_INPUT', 'That page of results does not exist. Search again from the first page.');
    }
    return offset;
}

function requireSearchAccess(org: InMemoryOrg): void {
    const missing: string[] = [];
    if (!org.describe('Account').field('Customer_Role__c').isAccessible()) missing.push('read Account.Customer_Role__c');
    if (!org.describe('Contract').field('Cancellation_Status__c').isAccessible()) missing.push('read Contract.Cancellation_Status__c');
    if (!org.describe('Case').isAccessible()) missing.push('read Cases');
    if (missing.length) {
        throw new PlaybookError(
            'NO_ACCESS',
            `You cannot search callers (missing: ${missing.join(', ')}). Ask your Salesforce admin to assign you the Playbooks Agent permission set.`
        );
    }
}

function unique(values: unknown[]): string[] {
    const seen = new Map<string, string>();
    for (const value of values) {
        if (typeof value === 'string' && value) seen.set(value.slice(0, 15), value);
    }
    return [...seen.values()];
}

function related(record: SObjectRecord, relationship: string, field: string): string | null {
    const parent = record[relationship] as SObjectRecord | null | undefined;
    return text(parent?.[field]);
}

function text(value: unknown): string | null {
    return typeof value === 'string' && value !== '' ? value : null;
}

function idOrNull(value: unknown): string | null {
    return typeof value === 'string' && value ? value : null;
}
