// The phone system's "Additional Dispositions" Task field (procedure 002: "you will be able to edit ... Additional
// Dispositions"), which the package names in Additional_Dispositions_Field__c and does not ship. Log a Call offers its
// values when Task has it as a picklist or multi-select picklist (REST API, sObject Describe: a field's `type`).
import { ok, warn, fail } from '../outcome.mjs';

export const name = 'additional-dispositions';

const SETTING = 'Additional Dispositions Field (Additional_Dispositions_Field__c)';
const WHERE = 'Setup > Custom Metadata Types > Playbook Setting > Manage Records > Default';
const PICKLISTS = ['picklist', 'multipicklist'];

export async function run(org) {
    const { values } = await org.settings();
    const apiName = values.Additional_Dispositions_Field__c;
    if (!apiName) {
        return [warn(`${SETTING} is blank, so Log a Call offers no additional dispositions`, `name the phone system's Task field in ${WHERE}, if it has one`)];
    }
    const describe = await org.describe('Task');
    const field = (describe.fields ?? []).find((candidate) => String(candidate.name).toLowerCase() === apiName.toLowerCase());
    if (!field) {
        return [
            warn(
                `Task has no field "${apiName}", so Log a Call offers no additional dispositions`,
                `name the phone system's field in ${WHERE}: its API name, with the namespace prefix of the phone system's package`
            )
        ];
    }
    if (!PICKLISTS.includes(field.type)) {
        return [
            fail(
                `Task.${field.name} is a ${field.type} field, not a picklist, so Log a Call cannot offer its values`,
                `name the phone system's dispositions picklist in ${WHERE}`
            )
        ];
    }
    const active = (field.picklistValues ?? []).filter((value) => value.active !== false).length;
    return [
        ok(
            `Log a Call offers Task.${field.name} (${field.type === 'multipicklist' ? 'several values' : 'one value'}, ${active} active); agents need field-level security to edit it`
        )
    ];
}
