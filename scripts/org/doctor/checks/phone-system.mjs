// Which open call tasks are the phone system's (procedure 002: "Open the task, Click the 'Assign to me' button, Click
// 'Finish'"): those owned by the integration user named in Phone_System_Username__c, or, with
// Phone_Tasks_By_Call_Object__c, those with a Call Object Identifier still owned by their creator. Log a Call and New
// Case assign such a task to the agent; with neither setting they are not recognised.
import { soqlList } from '../../rest.mjs';
import { fail, ok, warn } from '../outcome.mjs';

export const name = 'phone-system';

const WHERE = 'Setup > Custom Metadata Types > Playbook Setting > Manage Records > Default';

export async function run(org) {
    const { values } = await org.settings();
    const username = values.Phone_System_Username__c;
    const byCallObject = String(values.Phone_Tasks_By_Call_Object__c).toLowerCase() === 'true';
    if (!username) {
        if (byCallObject) return [ok("the phone system's tasks are those with a Call Object Identifier, still owned by their creator")];
        return [
            warn(
                "neither Phone System Username nor Phone Tasks By Call Object is set, so the phone system's open call tasks are not offered to agents and they assign them by hand",
                `fill in the phone system's integration username (or tick Phone Tasks By Call Object) in ${WHERE}`
            )
        ];
    }
    const [user] = await org.query(`SELECT Username, Name, IsActive FROM User WHERE Username IN ${soqlList([username])}`);
    if (!user) return [fail(`Phone System Username "${username}" is not a user of this org`, `correct it in ${WHERE} (the username, not the email)`)];
    if (user.IsActive !== true) {
        return [fail(`Phone System Username "${username}" (${user.Name}) is inactive, so its tasks are not taken over`, `name the active integration user in ${WHERE}`)];
    }
    return [ok(`the phone system's tasks are those owned by ${user.Name} ("${username}")`)];
}
