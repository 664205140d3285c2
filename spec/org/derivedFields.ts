// Fields the platform computes on save (formula-like standard fields).
import { addDays, addMonths, type SObjectRecord } from './values';

export interface DerivationRules {
    closedCaseStatuses: ReadonlySet<string>;
    closedTaskStatuses: ReadonlySet<string>;
}

function fullName(record: SObjectRecord): string {
    return [record.FirstName, record.LastName].filter((part) => typeof part === 'string' && part).join(' ');
}

/** Updates the computed fields of `record` in place; `before` is the stored version for updates. */
export function applyDerivedFields(
    objectName: string,
    record: SObjectRecord,
    before: SObjectRecord | undefined,
    nowIso: string,
    rules: DerivationRules
): void {
    switch (objectName) {
        case 'Contact':
        case 'User':
            record.Name = fullName(record);
            break;
        case 'Case': {
            record.IsClosed = rules.closedCaseStatuses.has(String(record.Status));
            record.ClosedDate = record.IsClosed ? (before?.IsClosed ? (before.ClosedDate ?? nowIso) : nowIso) : null;
            break;
        }
        case 'Task': {
            record.IsClosed = rules.closedTaskStatuses.has(String(record.Status));
            record.CompletedDateTime = record.IsClosed
                ? before?.IsClosed
                    ? (before.CompletedDateTime ?? nowIso)
                    : nowIso
                : null;
            break;
        }
        case 'Contract': {
            const { StartDate: start, ContractTerm: term } = record;
            record.EndDate =
                typeof start === 'string' && typeof term === 'number' ? addDays(addMonths(start, term), -1) : null;
            if (record.Status === 'Activated' && before?.Status !== 'Activated') record.ActivatedDate = nowIso;
            break;
        }
        default:
            break;
    }
}
