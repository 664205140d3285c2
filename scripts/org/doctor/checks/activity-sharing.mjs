// The organization-wide default of Activity (tasks and events). A new org has Private: only the owner and
// users above the owner in the role hierarchy edit a task; users who can read the parent record see it
// (Help: "Default Organization-Wide Access Levels"). The Organization object has no field for it; the
// Tooling API's EntityDefinition.InternalSharingModel of Task holds it (Tooling API: EntityDefinition).
import { soqlLiteral } from '../../rest.mjs';
import { ok, warn } from '../outcome.mjs';

export const name = 'activity-sharing';

const SETUP = 'Setup > Sharing Settings > Organization-Wide Defaults > Activity';
const MEANING = {
    Private:
        "Private (the default): only a task's owner and the users above the owner in the role hierarchy edit it; users who can read the case see its tasks",
    ControlledByParent: 'Controlled by Parent: whoever can edit the case, contact or account can edit its tasks'
};

export async function run(org) {
    const [row] = await org.query(
        `SELECT QualifiedApiName, InternalSharingModel FROM EntityDefinition WHERE QualifiedApiName = ${soqlLiteral('Task')}`,
        { tooling: true }
    );
    const model = row?.InternalSharingModel;
    if (!model) {
        return [
            warn(
                'the Activity org-wide default could not be read (no EntityDefinition of Task)',
                `check it in ${SETUP}; the running user needs View Setup and Configuration to read it`
            )
        ];
    }
    if (MEANING[model]) return [ok(`Activity org-wide default is ${MEANING[model]}`)];
    return [
        warn(
            `Activity org-wide default is ${model}, which the package was not built for`,
            `set it to Private or Controlled by Parent in ${SETUP}`
        )
    ];
}
