// Case Type and Case Reason: a support case opened from a CLA call takes one active value of each, and the
// package refuses values the org does not have. The scratch-only value sets hold the values the Apex replay
// vectors send; an org without them fails those tests.
import { scratchValueSet } from '../project-facts.mjs';
import { fail, listOf, ok, quoted, warn } from '../outcome.mjs';
import { picklistOf } from '../org-reader.mjs';

export const name = 'case-type-reason';

const FIELDS = [
    { field: 'Type', label: 'Case Type', valueSet: 'CaseType' },
    { field: 'Reason', label: 'Case Reason', valueSet: 'CaseReason' }
];

export async function run(org) {
    const describe = await org.describe('Case');
    return FIELDS.map(({ field, label, valueSet }) => {
        const where = `Setup > Object Manager > Case > Fields & Relationships > ${label} > Values`;
        const active = (picklistOf(describe, field) ?? []).filter((value) => value.active).map((value) => value.value);
        if (!active.length) {
            return fail(
                `${label} has no active value, so a support case cannot be opened from a CLA call`,
                `add the values your teams use: ${where}`
            );
        }
        const missing = (scratchValueSet(org.project.root, valueSet) ?? [])
            .map((value) => value.name)
            .filter((value) => !active.includes(value));
        if (missing.length) {
            return warn(
                `${label} has ${active.length} active values but not ${listOf(quoted(missing))}, which the Apex replay vectors send: those tests fail in this org`,
                `add ${missing.length === 1 ? 'it' : 'them'} (${where}) or run the package's tests in a scratch org`
            );
        }
        return ok(`${label} has ${active.length} active value${active.length === 1 ? '' : 's'}`);
    });
}
