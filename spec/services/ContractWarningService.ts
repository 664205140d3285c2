// ContractWarningService: the contract warning and the back-office action (procedure 001), mirroring
// the Apex class of the same name. "If the agent attempts to make a case on a contract that is either
// cancelled or pending cancellation, a warning panel will show up asking if this was the intended
// action." The warning does not block: the agent moves the case to the active contract or confirms it.
import { PlaybookError } from '../errors/PlaybookError';
import { isValidId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput, SObjectRecord } from '../org/values';
import { ACTIVATED, selectActivatedContractsOn, selectContract, selectQueue, selectWarningCase } from '../selectors/ContractWarningSelector';
import { previousResponse, requestRecord, requireKey, responseStoredMeanwhile } from './CaseActionRequests';
import { isBlank, strip } from './PlaybookText';
import { quoted } from './CallInput';

export const MOVE_ACTION = 'ContractWarning.moveToContract';
export const ACKNOWLEDGE_ACTION = 'ContractWarning.acknowledge';
export const BACK_OFFICE_ACTION = 'ContractWarning.assignToBackOffice';
/** An account has a handful of contracts; the cap keeps the lookup bounded whatever the data. */
export const MAX_CONTRACTS_CONSIDERED = 20;

export interface ContractStatus {
    record: SObjectRecord;
    warning: boolean;
    acknowledged: boolean;
    activeContract: SObjectRecord | undefined;
}

export interface Moved {
    caseId: string;
    contractId: string;
    replayed: boolean;
}

export interface Acknowledged {
    caseId: string;
    acknowledgedById: string;
    acknowledgedByName: string;
    acknowledgedOn: string;
    replayed: boolean;
}

export interface Assigned {
    caseId: string;
    queueId: string;
    queueName: string;
    replayed: boolean;
}

type Related = { [field: string]: unknown } | null | undefined;

function cancellationStatusOf(record: SObjectRecord): unknown {
    return (record.Contract__r as Related)?.Cancellation_Status__c;
}

function warns(record: SObjectRecord, warningStatuses: readonly string[]): boolean {
    return record.Contract__c != null && warningStatuses.includes(cancellationStatusOf(record) as string);
}

/** The case's contract, whether it warns, whether the warning was confirmed, and the account's active contract. */
export function contractStatus(org: InMemoryOrg, caseIdText: unknown): ContractStatus {
    requireAccess(org, false, false);
    const record = requireCase(org, requireId(org, caseIdText, 'Case', 'the case'));
    const warningStatuses = org.settings().warningCancellationStatuses;
    const warning = warns(record, warningStatuses);
    return {
        record,
        warning,
        acknowledged: warning && record.Contract_Warning_Acknowledged_On__c != null,
        activeContract: warning && record.AccountId ? activeContract(org, record.AccountId as string, warningStatuses) : undefined
    };
}

/** Moves a case to an active contract of its account, which re-arms the warning. */
export function moveToContract(org: InMemoryOrg, requestKeyText: unknown, caseIdText: unknown, contractIdText: unknown, requestHash: string): Moved {
    requireAccess(org, true, false);
    const requestKey = requireKey(requestKeyText);
    const caseId = requireId(org, caseIdText, 'Case', 'the case');
    const contractId = requireId(org, contractIdText, 'Contract', 'the contract to move the case to');
    const previous = previousResponse<Moved>(org, requestKey, MOVE_ACTION, requestHash);
    if (previous) return { ...previous, replayed: true };
    const record = requireCase(org, caseId);
    const target = selectContract(org, contractId);
    if (!target) throw new PlaybookError('NOT_FOUND', 'This contract does not exist or you cannot see it.');
    if (target.AccountId !== record.AccountId) {
        throw new PlaybookError(
            'INVALID_INPUT',
            `Contract ${String(target.ContractNumber)} belongs to another account than case ${String(record.CaseNumber)}.`
        );
    }
    if (!isActive(target, org.settings().warningCancellationStatuses, org.today())) {
        throw new PlaybookError(
            'INVALID_INPUT',
            `Contract ${String(target.ContractNumber)} is not active: a case is moved only to an activated contract that is not cancelled and runs today.`
        );
    }
    const moved: Moved = { caseId: record.Id, contractId: target.Id, replayed: false };
    const storedMeanwhile = writeCase<Moved>(
        org,
        { Id: record.Id, Contract__c: target.Id, Contract_Warning_Acknowledged_On__c: null, Contract_Warning_Acknowledged_By__c: null },
        requestRecord(requestKey, MOVE_ACTION, record.Id, moved, requestHash)
    );
    return storedMeanwhile ? { ...storedMeanwhile, replayed: true } : moved;
}

/** "Yes, this is intended": records who confirmed the case on its cancelled or pending contract. */
export function acknowledge(org: InMemoryOrg, requestKeyText: unknown, caseIdText: unknown, requestHash: string): Acknowledged {
    requireAccess(org, true, false);
    const requestKey = requireKey(requestKeyText);
    const caseId = requireId(org, caseIdText, 'Case', 'the case');
    const previous = previousResponse<Acknowledged>(org, requestKey, ACKNOWLEDGE_ACTION, requestHash);
    if (previous) return { ...previous, replayed: true };
    const record = requireCase(org, caseId);
    if (!warns(record, org.settings().warningCancellationStatuses)) {
        throw new PlaybookError(
            'INVALID_INPUT',
            `Case ${String(record.CaseNumber)} is not on a cancelled or pending contract, so there is nothing to confirm.`
        );
    }
    const acknowledged: Acknowledged = {
        caseId: record.Id,
        acknowledgedById: org.runningUserId(),
        acknowledgedByName: String(org.runningUser().Name),
        acknowledgedOn: org.nowIso(),
        replayed: false
    };
    const storedMeanwhile = writeCase<Acknowledged>(
        org,
        {
            Id: record.Id,
            Contract_Warning_Acknowledged_On__c: acknowledged.acknowledgedOn,
            Contract_Warning_Acknowledged_By__c: acknowledged.acknowledgedById
        },
        requestRecord(requestKey, ACKNOWLEDGE_ACTION, record.Id, acknowledged, requestHash)
    );
    return storedMeanwhile ? { ...storedMeanwhile, replayed: true } : acknowledged;
}

/** Procedure 001, "Assigning a case to the back-office queue (frontline agents)". */
export function assignToBackOffice(org: InMemoryOrg, requestKeyText: unknown, caseIdText: unknown, requestHash: string): Assigned {
    requireAccess(org, false, true);
    const requestKey = requireKey(requestKeyText);
    const caseId = requireId(org, caseIdText, 'Case', 'the case');
    const previous = previousResponse<Assigned>(org, requestKey, BACK_OFFICE_ACTION, requestHash);
    if (previous) return { ...previous, replayed: true };
    const record = requireCase(org, caseId);
    const queueName = String(org.settings().backOfficeQueue);
    const queue = selectQueue(org, queueName);
    if (!queue) {
        throw new PlaybookError(
            'BACK_OFFICE_QUEUE_NOT_FOUND',
            `There is no queue "${queueName}", the back-office queue named in the Playbook Setting Back_Office_Queue__c. Ask your Salesforce admin to create the queue or correct the setting.`
        );
    }
    const assigned: Assigned = { caseId: record.Id, queueId: queue.Id, queueName: String(queue.Name), replayed: false };
    const storedMeanwhile = writeCase<Assigned>(org, { Id: record.Id, OwnerId: queue.Id }, requestRecord(requestKey, BACK_OFFICE_ACTION, record.Id, assigned, requestHash));
    return storedMeanwhile ? { ...storedMeanwhile, replayed: true } : assigned;
}

export function isActive(candidate: SObjectRecord, warningStatuses: readonly string[], day: string): boolean {
    const start = candidate.StartDate as string | null;
    const end = candidate.EndDate as string | null;
    return (
        candidate.Status === ACTIVATED &&
        !warningStatuses.includes(candidate.Cancellation_Status__c as string) &&
        start !== null &&
        start <= day &&
        end !== null &&
        end >= day
    );
}

function activeContract(org: InMemoryOrg, accountId: string, warningStatuses: readonly string[]): SObjectRecord | undefined {
    const today = org.today();
    return selectActivatedContractsOn(org, accountId, today, MAX_CONTRACTS_CONSIDERED).find((candidate) =>
        isActive(candidate, warningStatuses, today)
    );
}

/**
 * The case update and the request record, all or nothing. Returns undefined when saved, or the response a
 * concurrent repeat of the request stored when it saved first.
 */
function writeCase<T>(org: InMemoryOrg, changes: SObjectInput, request: SObjectInput): T | undefined {
    const savepoint = org.db.setSavepoint();
    try {
        org.db.update(changes, 'USER_MODE');
        org.db.insert(request, 'USER_MODE');
        return undefined;
    } catch (error) {
        org.db.rollback(savepoint);
        const stored = responseStoredMeanwhile<T>(org, error, String(request.Key__c), String(request.Action__c), String(request.Request_Hash__c));
        if (!stored) throw error;
        return stored;
    }
}

function requireAccess(org: InMemoryOrg, editingContract: boolean, reassigning: boolean): void {
    const caseDescribe = org.describe('Case');
    const contractDescribe = org.describe('Contract');
    const missing: string[] = [];
    if (!contractDescribe.isAccessible()) missing.push('read Contracts');
    if (!caseDescribe.field('Contract__c').isAccessible()) missing.push('read Case.Contract__c');
    if (!contractDescribe.field('Cancellation_Status__c').isAccessible()) missing.push('read Contract.Cancellation_Status__c');
    if (editingContract) {
        for (const field of ['Contract__c', 'Contract_Warning_Acknowledged_On__c', 'Contract_Warning_Acknowledged_By__c']) {
            if (!caseDescribe.field(field).isUpdateable()) missing.push(`edit Case.${field}`);
        }
    }
    if (reassigning && !caseDescribe.field('OwnerId').isUpdateable()) missing.push('edit Case.OwnerId');
    if ((editingContract || reassigning) && !org.describe('Playbook_Request__c').isCreateable()) missing.push('create Playbook Requests');
    if (missing.length) {
        throw new PlaybookError(
            'NO_ACCESS',
            `You cannot work with case contracts (missing: ${missing.join(', ')}). Ask your Salesforce admin to assign you the Playbooks Agent permission set.`
        );
    }
}

function requireId(org: InMemoryOrg, value: unknown, expected: string, what: string): string {
    if (typeof value !== 'string' || isBlank(value)) throw new PlaybookError('INVALID_INPUT', `Choose ${what}.`);
    if (!isValidId(strip(value))) throw new PlaybookError('INVALID_INPUT', `${quoted(value)} is not a record id.`);
    const id = to18(strip(value));
    if (org.schema.objectForId(id)?.name !== expected) {
        throw new PlaybookError('WRONG_OBJECT', `Choose ${what}: this record is not a ${expected.toLowerCase()}.`);
    }
    return id;
}

function requireCase(org: InMemoryOrg, caseId: string): SObjectRecord {
    const record = selectWarningCase(org, caseId);
    if (!record) throw new PlaybookError('NOT_FOUND', 'This case does not exist or you cannot see it.');
    return record;
}
