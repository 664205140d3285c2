// The Case Origin value support cases from a CLA call get ("Case Origin should be selected at Customer
// Loyalty"), named by the settings. Standard value sets cannot be packaged, so the admin adds the value.
import { ok, fail } from '../outcome.mjs';
import { picklistOf } from '../org-reader.mjs';

export const name = 'case-origin';

export async function run(org) {
    const { values } = await org.settings();
    const origin = values.Support_Case_Origin__c;
    if (!origin) {
        return [
            fail(
                'the settings name no Support Case Origin',
                'set Support Case Origin in Setup > Custom Metadata Types > Playbook Setting > Manage Records > Default'
            )
        ];
    }
    const picklist = picklistOf(await org.describe('Case'), 'Origin') ?? [];
    const value = picklist.find((candidate) => candidate.value === origin);
    const howToAdd =
        'Setup > Object Manager > Case > Fields & Relationships > Case Origin > Values: New (or Activate), then make it available on the record types of support cases';
    if (!value) {
        return [
            fail(
                `Case Origin has no value "${origin}" (the settings' Support Case Origin), so a support case cannot be opened from a CLA call`,
                `add it: ${howToAdd}`
            )
        ];
    }
    if (!value.active) {
        return [
            fail(
                `Case Origin "${origin}" is inactive, so a support case cannot be opened from a CLA call`,
                `activate it: ${howToAdd}`
            )
        ];
    }
    return [ok(`Case Origin has the active value "${origin}" (the settings' Support Case Origin)`)];
}
