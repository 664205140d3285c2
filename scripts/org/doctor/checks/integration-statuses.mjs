// Procedure 004's Case statuses: "Waiting" and "No Response" are values of the standard Status value set,
// which a package cannot ship (docs/org-readiness.md, D2), so the settings name them and an admin adds them
// before the install. The package sets them (No Response) and reads them (no update request while Waiting).
import { fail, listOf, ok, quoted } from '../outcome.mjs';
import { picklistOf } from '../org-reader.mjs';

export const name = 'integration-statuses';

const HOW_TO_ADD = 'Setup > Object Manager > Case > Fields & Relationships > Status > Values > New';
const SETTINGS = [
    ['Integration_Waiting_Status__c', 'the status in which nobody asks for an update'],
    ['Integration_No_Response_Status__c', 'the status Integrations sets after 21 days without an answer']
];

export async function run(org) {
    const { values } = await org.settings();
    const named = SETTINGS.filter(([field]) => values[field]).map(([field, purpose]) => ({ field, purpose, value: values[field] }));
    if (!named.length) return [ok('the settings name no integration case status')];
    const active = new Set(
        (picklistOf(await org.describe('Case'), 'Status') ?? []).filter((value) => value.active).map((value) => value.value)
    );
    const missing = named.filter((entry) => !active.has(entry.value));
    if (missing.length) {
        return [
            fail(
                `Case Status lacks ${listOf(missing.map((entry) => `"${entry.value}" (${entry.field}: ${entry.purpose})`))}, so integration case actions that set or read it fail`,
                `add ${missing.length === 1 ? 'it' : 'them'} as open statuses: ${HOW_TO_ADD}, or correct the name in the Playbook Setting Default record`
            )
        ];
    }
    return [ok(`Case Status has ${listOf(quoted(named.map((entry) => entry.value)))}, the integration case statuses the settings name`)];
}
