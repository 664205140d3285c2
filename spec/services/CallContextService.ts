// CallContextService: what the agent sees before a call (procedure 000, Step 1 "Preparing for the
// Call"), read in at most seven queries (the callback tasks come with the case, as a subquery). Mirrors
// the Apex class CallContextService.
import type {
    CallContextResponse,
    ClaState,
    ContactSummary,
    DealershipContact,
    DealershipContactsResponse,
    DuplicateCandidate,
    RecentScore,
    SupportCaseSummary
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { childRecords } from '../org/query';
import type { SObjectRecord } from '../org/values';
import {
    CALLBACK_TASKS,
    CLA_RECORD_TYPE,
    selectCaseForCall,
    selectClaCasesOfContacts,
    selectRecentCasesOfContact,
    selectRecentScoreOfContact
} from '../selectors/ClaCaseSelector';
import { selectContactsOfAccount, selectDealershipContactsPage } from '../selectors/ContactSelector';
import { callbackSubject } from '../triggers/SupportCaseCallback';
import { addDays } from '../org/values';
import { invalid, requireIdOf } from './CallInput';
import { attemptsOf } from './ClaCallAttempts';
import { noScoreApprovers } from './NoScoreApproval';
import { duplicateReasons, normalizePhone, type ContactIdentity } from './DuplicateContactRule';
import { isBlank, strip } from './PlaybookText';

export const ACTIVITY_STATUS_COMPLETE = 'Complete';
/** The duplicate check compares with at most this many contacts of the dealership. */
export const DUPLICATE_SCAN_LIMIT = 200;
/** CLA cases read per page of contacts (a contact rarely has more than one or two). */
export const CLA_CASES_PER_PAGE_LIMIT = 200;
/** SOQL OFFSET cannot go beyond 2000 rows. */
export const MAX_PAGE_OFFSET = 2000;
/**
 * A cursor is standard base64 with its padding, as the cursors this service hands out. Checked before decoding, as
 * in Apex: Node's decoder skips characters it does not know and EncodingUtil.base64Decode throws, so neither twin's
 * answer to a damaged cursor may depend on its decoder.
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const CURSOR = /^offset:([0-9]{1,4})$/;

type Row = SObjectRecord;

function text(value: unknown): string | null {
    return typeof value === 'string' ? value : null;
}

function related(record: Row, name: string): Row | undefined {
    const value = record[name];
    return value && typeof value === 'object' && 'attributes' in value ? (value as Row) : undefined;
}

/** The CLA case for a call: refused when it does not exist, is not visible or is not a CLA case. */
export function loadClaCase(org: InMemoryOrg, caseIdValue: unknown): Row {
    const caseId = requireIdOf(org, caseIdValue, 'Case', 'the CLA case');
    const record = selectCaseForCall(org, caseId);
    if (!record) throw new PlaybookError('NOT_FOUND', 'This case does not exist or you cannot see it.');
    if (related(record, 'RecordType')?.DeveloperName !== CLA_RECORD_TYPE) {
        throw new PlaybookError('NOT_A_CLA', `Case ${String(record.CaseNumber)} is not a Customer Loyalty Assessment case.`);
    }
    return record;
}

export function contactSummary(contact: Row): ContactSummary {
    return {
        id: contact.Id,
        name: String(contact.Name ?? ''),
        title: text(contact.Title),
        phone: text(contact.Phone),
        mobilePhone: text(contact.MobilePhone),
        email: text(contact.Email),
        employmentStatus: text(contact.Employment_Status__c)
    };
}

export function identityOf(contact: Row): ContactIdentity {
    return {
        firstName: text(contact.FirstName),
        lastName: text(contact.LastName),
        phones: [text(contact.Phone), text(contact.MobilePhone)],
        email: text(contact.Email)
    };
}

function isComplete(record: Row): boolean {
    return record.IsClosed === true || record.CL_Activity_Status__c === ACTIVITY_STATUS_COMPLETE;
}

/** "which contacts have CLAs created, and of those, which are completed or are in progress". */
function dealershipContacts(org: InMemoryOrg, contacts: readonly Row[]): DealershipContact[] {
    const claCases = selectClaCasesOfContacts(
        org,
        contacts.map((contact) => contact.Id),
        CLA_CASES_PER_PAGE_LIMIT
    );
    return contacts.map((contact) => {
        const own = claCases.filter((claCase) => sameId(claCase.ContactId, contact.Id));
        const open = own.find((claCase) => !isComplete(claCase));
        const latest = own[0];
        const claState: ClaState = open ? 'IN_PROGRESS' : latest ? 'COMPLETED' : 'NONE';
        return { ...contactSummary(contact), claState, claCaseId: (open ?? latest)?.Id ?? null };
    });
}

export function encodeCursor(offset: number): string {
    return Buffer.from(`offset:${offset}`, 'utf8').toString('base64');
}

export function decodeCursor(cursor: unknown): number {
    if (typeof cursor !== 'string' || isBlank(cursor)) throw invalid('Choose the page of contacts to show.');
    const text = strip(cursor);
    const match = BASE64.test(text) ? CURSOR.exec(Buffer.from(text, 'base64').toString('utf8')) : null;
    const offset = match ? Number(match[1]) : NaN;
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_PAGE_OFFSET) {
        throw invalid('This page of contacts is no longer valid. Reload the wizard.');
    }
    return offset;
}

function contactsPage(org: InMemoryOrg, claCase: Row, offset: number): DealershipContactsResponse {
    const accountId = text(claCase.AccountId);
    if (!accountId) return { contacts: [], nextContactsPage: null };
    const pageSize = org.settings().pageSize;
    const rows = selectDealershipContactsPage(org, accountId, text(claCase.ContactId), pageSize + 1, offset);
    const hasMore = rows.length > pageSize && offset + pageSize <= MAX_PAGE_OFFSET;
    return {
        contacts: dealershipContacts(org, rows.slice(0, pageSize)),
        nextContactsPage: hasMore ? encodeCursor(offset + pageSize) : null
    };
}

function duplicatesOf(org: InMemoryOrg, claCase: Row): DuplicateCandidate[] {
    const contact = related(claCase, 'Contact');
    const accountId = text(claCase.AccountId);
    if (!contact || !accountId) return [];
    const identity = identityOf(contact);
    return selectContactsOfAccount(org, accountId, DUPLICATE_SCAN_LIMIT)
        .filter((candidate) => !sameId(candidate.Id, contact.Id))
        .map((candidate) => ({ contact: contactSummary(candidate), reasons: duplicateReasons(identity, identityOf(candidate)) }))
        .filter((candidate) => candidate.reasons.length > 0);
}

function supportCaseSummary(claCase: Row): SupportCaseSummary | null {
    const support = related(claCase, 'Related_Support_Case__r');
    if (!support) return null;
    return {
        id: support.Id,
        caseNumber: String(support.CaseNumber),
        subject: text(support.Subject),
        status: String(support.Status),
        isClosed: support.IsClosed === true,
        closedDate: text(support.ClosedDate),
        ownerName: text(related(support, 'Owner')?.Name)
    };
}

/**
 * The callback tasks ("Callback: <support case number> closed") of a CLA case whose related support
 * case is closed while the CLA is not complete, open ones first; none otherwise. No query: they come
 * with the case (selectCaseForCall's subquery of callback tasks), picked here by the exact subject
 * (compared case-insensitively, as SOQL and Apex compare text).
 */
export function callbackTasksOf(claCase: Row): Row[] {
    const support = related(claCase, 'Related_Support_Case__r');
    if (!support || support.IsClosed !== true || isComplete(claCase)) return [];
    const subject = callbackSubject(String(support.CaseNumber)).toLowerCase();
    return childRecords(claCase, CALLBACK_TASKS).filter((task) => String(task.Subject).toLowerCase() === subject);
}

/** The callback is due once the support case closed, until the CLA is complete or its callback task is done. */
function isCallbackDue(claCase: Row, supportCase: SupportCaseSummary | null): boolean {
    if (supportCase === null || !supportCase.isClosed || isComplete(claCase)) return false;
    const callbacks = callbackTasksOf(claCase);
    return callbacks.length === 0 || callbacks.some((task) => task.IsClosed !== true);
}

/** The owner is an active user other than the running user: a current employee's claim ("Begin by finding a contact who hasn't been claimed by a current employee"). */
function isOwnedByColleague(org: InMemoryOrg, claCase: Row): boolean {
    const owner = related(claCase, 'Owner');
    return org.schema.objectForId(String(claCase.OwnerId))?.name === 'User' && owner?.IsActive === true && !sameId(claCase.OwnerId, org.runningUserId());
}

/** Survey fatigue: the contact's latest score on another CLA case within the configured days (none when set to 0). */
function recentScoreOf(org: InMemoryOrg, claCase: Row, contact: Row | undefined): RecentScore | null {
    const days = org.settings().surveyFatigueDays;
    if (!contact || days === 0) return null;
    const scored = selectRecentScoreOfContact(org, contact.Id, claCase.Id, addDays(org.today(), -days));
    if (!scored) return null;
    return {
        caseId: scored.Id,
        caseNumber: String(scored.CaseNumber),
        score: String(scored.CL_Satisfaction_Score__c),
        scoreDate: String(scored.CL_Score_Date__c)
    };
}

function phoneMismatch(dealershipPhone: string | null, contact: Row | undefined): boolean {
    const dealer = normalizePhone(dealershipPhone);
    if (!dealer || !contact) return false;
    const phones = [text(contact.Phone), text(contact.MobilePhone)].map(normalizePhone).filter((phone) => phone !== '');
    return phones.length > 0 && !phones.includes(dealer);
}

export function getCallContext(org: InMemoryOrg, caseIdValue: unknown): CallContextResponse {
    const claCase = loadClaCase(org, caseIdValue);
    const settings = org.settings();
    const contact = related(claCase, 'Contact');
    const account = related(claCase, 'Account');
    const page = contactsPage(org, claCase, 0);
    const supportCase = supportCaseSummary(claCase);
    const dealershipPhone = text(account?.Phone);
    return {
        caseId: claCase.Id,
        caseNumber: String(claCase.CaseNumber),
        caseStatus: String(claCase.Status),
        isClosed: claCase.IsClosed === true,
        ownerId: String(claCase.OwnerId),
        ownerName: text(related(claCase, 'Owner')?.Name),
        isMine: sameId(claCase.OwnerId, org.runningUserId()),
        ownedByColleague: isOwnedByColleague(org, claCase),
        activityStatus: text(claCase.CL_Activity_Status__c),
        score: text(claCase.CL_Satisfaction_Score__c),
        callAttempts: attemptsOf(claCase),
        lastAttempt: text(claCase.CL_Last_Attempt__c),
        contact: contact ? contactSummary(contact) : null,
        dealership: account ? { id: account.Id, name: String(account.Name), phone: dealershipPhone } : null,
        phoneMismatch: phoneMismatch(dealershipPhone, contact),
        recentCases: contact
            ? selectRecentCasesOfContact(org, contact.Id, claCase.Id, settings.recentCasesShown).map((recent) => ({
                  id: recent.Id,
                  caseNumber: String(recent.CaseNumber),
                  subject: text(recent.Subject),
                  status: String(recent.Status),
                  createdDate: String(recent.CreatedDate)
              }))
            : [],
        dealershipContacts: page.contacts,
        nextContactsPage: page.nextContactsPage,
        duplicates: duplicatesOf(org, claCase),
        supportCase,
        // "Once a support case has been closed ... Eric will be sending them back to us to follow up on".
        callbackDue: isCallbackDue(claCase, supportCase),
        noScoreApprovers: noScoreApprovers(org),
        recentScore: recentScoreOf(org, claCase, contact),
        settings: {
            maxCallAttempts: settings.maxCallAttempts,
            referralPromptMinScore: settings.referralPromptMinScore,
            callNotesPrefix: settings.callNotesPrefix ?? '',
            claCallSubject: settings.claCallSubject ?? '',
            surveyFatigueDays: settings.surveyFatigueDays,
            pageSize: settings.pageSize
        }
    };
}

export function getDealershipContacts(org: InMemoryOrg, caseIdValue: unknown, page: unknown): DealershipContactsResponse {
    const offset = decodeCursor(page);
    return contactsPage(org, loadClaCase(org, caseIdValue), offset);
}
