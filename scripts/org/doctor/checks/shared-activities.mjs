// Shared Activities: TaskRelation exists only when it is on (Object Reference: TaskRelation, "only available
// if you've enabled Shared Activities"). It can only be switched on in Setup: the Metadata API's
// ActivitiesSettings.allowUsersToRelateMultipleContactsToTasksAndEvents cannot enable or disable it.
import { ok, warn } from '../outcome.mjs';

export const name = 'shared-activities';

export async function run(org) {
    if ((await org.objectNames()).has('TaskRelation')) {
        return [ok('on (TaskRelation exists): a logged call can be related to several contacts')];
    }
    return [
        warn(
            'off (no TaskRelation): a logged call names one contact; the actions work either way',
            'to relate several contacts to one call, tick Setup > Activity Settings > "Allow Users to Relate Multiple Contacts to Tasks and Events" (it cannot be turned off again, and no deploy can turn it on)'
        )
    ];
}
