// Who we are in the org, and what kind of org it is.
import { getJson, query } from './rest.mjs';

/** The running user; the first call of every command, so bad credentials fail here. */
export async function whoAmI(conn, { retry } = {}) {
    const info = await getJson(conn, '/services/oauth2/userinfo', { retry });
    return {
        userId: info.user_id,
        orgId: info.organization_id,
        username: info.preferred_username ?? info.email ?? info.user_id
    };
}

/** 'scratch', 'sandbox' or 'production', read the way the sf CLI reads it (Organization.IsSandbox + TrialExpirationDate). */
export async function orgKind(conn, { retry } = {}) {
    const [org] = await query(conn, 'SELECT IsSandbox, TrialExpirationDate, OrganizationType FROM Organization', {
        retry
    });
    if (!org) return 'production';
    if (org.IsSandbox && org.TrialExpirationDate) return 'scratch';
    return org.IsSandbox ? 'sandbox' : 'production';
}
