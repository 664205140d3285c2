// The Status values of the Case business processes the package ships. A business process naming a Status
// value the org lacks fails the install ("Picklist value ... in business process not found"), and the
// package closes a CLA with the value the scratch value set marks closed, so that one must be a closed status.
// CaseStatus (Object Reference: CaseStatus) tells whether a value is closed: IsClosed.
import { caseBusinessProcesses, scratchValueSet } from '../project-facts.mjs';
import { fail, listOf, ok, quoted } from '../outcome.mjs';
import { picklistOf } from '../org-reader.mjs';

export const name = 'case-status';

const HOW_TO_ADD = 'Setup > Object Manager > Case > Fields & Relationships > Status > Values';

export async function run(org) {
    const processes = caseBusinessProcesses(org.project.root);
    if (!processes.length) return [ok('the package ships no Case business process, so it needs no Status values')];
    const active = new Set(
        (picklistOf(await org.describe('Case'), 'Status') ?? [])
            .filter((value) => value.active)
            .map((value) => value.value)
    );
    const closedInOrg = new Map(
        (await org.query('SELECT ApiName, IsClosed FROM CaseStatus')).map((row) => [row.ApiName, row.IsClosed === true])
    );
    const mustBeClosed = new Set(
        (scratchValueSet(org.project.root, 'CaseStatus') ?? [])
            .filter((value) => value.closed)
            .map((value) => value.name)
    );
    return processes.map((process) => {
        const missing = process.values.filter((value) => !active.has(value));
        if (missing.length) {
            return fail(
                `Case Status lacks ${listOf(quoted(missing))}, which the business process ${process.name} lists, so the package does not install`,
                `add or activate ${missing.length === 1 ? 'it' : 'them'} before installing: ${HOW_TO_ADD}`
            );
        }
        const notClosed = process.values.filter((value) => mustBeClosed.has(value) && closedInOrg.get(value) !== true);
        if (notClosed.length) {
            return fail(
                `Case Status ${listOf(quoted(notClosed))} is not a closed status, so a completed CLA case would stay open`,
                `tick "Closed" on ${notClosed.length === 1 ? 'that value' : 'those values'}: ${HOW_TO_ADD} > Edit`
            );
        }
        const closedNote = process.values.filter((value) => mustBeClosed.has(value));
        return ok(
            `Case Status has ${listOf(quoted(process.values))}, the values of ${process.name}${closedNote.length ? ` (${listOf(quoted(closedNote))} closed)` : ''}`
        );
    });
}
