// Gives the running user the package's agent permission set, once.
import { OrgScriptError } from './org-error.mjs';
import { EXIT } from './exit-codes.mjs';
import { apiPath, query, sendJson, soqlLiteral } from './rest.mjs';

export async function assignPermissionSet(conn, { name, userId, username, retry, out }) {
    const [permissionSet] = await query(
        conn,
        `SELECT Id FROM PermissionSet WHERE Name = ${soqlLiteral(name)} AND NamespacePrefix = null`,
        { retry }
    );
    if (!permissionSet) {
        throw new OrgScriptError(
            `Permission set ${name} is not in the org although the deploy succeeded. Check that force-app/main deploys it.`,
            EXIT.DEPLOY_FAILED
        );
    }
    const existing = await query(
        conn,
        `SELECT Id FROM PermissionSetAssignment WHERE AssigneeId = ${soqlLiteral(userId)} AND PermissionSetId = ${soqlLiteral(permissionSet.Id)}`,
        { retry }
    );
    if (existing.length) {
        out.info(`Permission set ${name} is already assigned to ${username}.`);
        return 'already-assigned';
    }
    try {
        await sendJson(conn, 'POST', apiPath(conn, '/sobjects/PermissionSetAssignment'), {
            AssigneeId: userId,
            PermissionSetId: permissionSet.Id
        });
    } catch (error) {
        throw new OrgScriptError(
            `Could not assign permission set ${name} to ${username} (${error.errorCode ?? error.name}: ${error.message}). Assign it in Setup > Users.`,
            EXIT.DEPLOY_FAILED,
            { cause: error }
        );
    }
    out.info(`Assigned permission set ${name} to ${username}.`);
    return 'assigned';
}
