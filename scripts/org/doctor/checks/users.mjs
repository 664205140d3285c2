// The manager and data-steward usernames of the settings (custom metadata cannot look up users, so they
// are usernames) must name active users: the manager gets escalations and callbacks, the data steward the
// duplicate-contact merges. Salesforce usernames are unique and compared without regard to case.
import { soqlList } from '../../rest.mjs';
import { fail, ok, warn } from '../outcome.mjs';

export const name = 'users';

const ROLES = [
    { field: 'Manager_Username__c', label: 'Manager Username' },
    { field: 'Data_Steward_Username__c', label: 'Data Steward Username' }
];
const WHERE = 'Setup > Custom Metadata Types > Playbook Setting > Manage Records > Default';

export async function run(org) {
    const { values } = await org.settings();
    const named = ROLES.filter(({ field }) => values[field]);
    const users = named.length
        ? await org.query(
              `SELECT Username, Name, IsActive FROM User WHERE Username IN ${soqlList(named.map(({ field }) => values[field]))}`
          )
        : [];
    return ROLES.map(({ field, label }) => {
        const username = values[field];
        if (!username) return warn(`${label} is blank`, `fill it in: ${WHERE}`);
        const user = users.find((candidate) => String(candidate.Username).toLowerCase() === username.toLowerCase());
        if (!user) {
            return fail(
                `${label} "${username}" is not a user of this org`,
                `correct it in ${WHERE} (the username, not the email)`
            );
        }
        if (user.IsActive !== true) {
            return fail(
                `${label} "${username}" (${user.Name}) is inactive`,
                `name an active user in ${WHERE}, or reactivate the user`
            );
        }
        return ok(`${label} "${username}" is the active user ${user.Name}`);
    });
}
