// The custom notification types the package ships (procedure 004: the creator is told when someone else
// changes the owner or the status or adds a comment). The package installs them; a type deleted afterwards
// makes every notification fail (Apex Reference "CustomNotification Class": send() needs the type's Id).
import { soqlList } from '../../rest.mjs';
import { shippedNotificationTypes } from '../project-facts.mjs';
import { fail, listOf, ok, quoted, warn } from '../outcome.mjs';

export const name = 'notification-type';

export async function run(org) {
    const shipped = shippedNotificationTypes(org.project.root);
    if (!shipped.length) return [ok('the package ships no custom notification type')];
    const found = new Set(
        (await org.query(`SELECT Id, DeveloperName FROM CustomNotificationType WHERE DeveloperName IN ${soqlList(shipped)}`)).map(
            (row) => row.DeveloperName
        )
    );
    const missing = shipped.filter((type) => !found.has(type));
    if (!missing.length) return [ok(`custom notification type ${listOf(quoted(shipped))} exists`)];
    const { installed } = await org.settings();
    const what = `custom notification type ${listOf(quoted(missing))} does not exist, so case creators are not notified`;
    return [
        installed
            ? fail(what, 'deploy the package again (it ships the type), or create it in Setup > Custom Notifications with that API name, Desktop and Mobile channels')
            : warn(`${what} yet; the package installs it`, 'install the package')
    ];
}
