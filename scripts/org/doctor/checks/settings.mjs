// The package's settings: the Default record of Playbook_Setting__mdt. The other checks read their names
// (Origin value, queues, usernames) from it, or from the record the package ships before it is installed.
import { SETTINGS_RECORD, SETTINGS_TYPE } from '../project-facts.mjs';
import { ok, warn } from '../outcome.mjs';

export const name = 'settings';

export async function run(org) {
    const settings = await org.settings();
    if (!settings.installed) {
        return [
            warn(
                `${SETTINGS_TYPE} is not in the org (the package is not installed yet), so the checks below use the settings the package ships (${SETTINGS_RECORD})`,
                'install the package, fill in the Default record, then run org:doctor again'
            )
        ];
    }
    if (!settings.found) {
        return [
            warn(
                `${SETTINGS_TYPE} has no Default record, so the package runs on its built-in values`,
                'restore the Default record (reinstall the package), then review it: Setup > Custom Metadata Types > Playbook Setting > Manage Records'
            )
        ];
    }
    return [ok(`${SETTINGS_TYPE}.Default read from the org`)];
}
