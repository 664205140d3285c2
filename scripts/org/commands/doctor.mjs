// org:doctor: reads the org and reports every precondition the package relies on, one line each
// (`ok|warn|fail <check>: <what> — <how to fix>`). It writes nothing. Exit 0 when nothing fails.
import { EXIT } from '../exit-codes.mjs';
import { isAuthError, isTransientError } from '../retry.mjs';
import { describeError } from '../context.mjs';
import { CHECKS } from '../doctor/registry.mjs';
import { createOrgReader } from '../doctor/org-reader.mjs';
import { fail, formatOutcome } from '../doctor/outcome.mjs';

/** A check that cannot read what it needs fails with the reason, unless the org itself is unreachable or refuses us. */
async function outcomesOf(check, org) {
    try {
        return await check.run(org);
    } catch (error) {
        if (isAuthError(error) || isTransientError(error) || /^E[A-Z]+$/.test(String(error?.code ?? ''))) throw error;
        return [
            fail(
                `could not be checked (${describeError(error)})`,
                'run org:doctor as a user with View Setup and Configuration and API access, or check this by hand as docs/admin-setup.md describes'
            )
        ];
    }
}

export async function runDoctor(ctx) {
    const { out, project } = ctx;
    const { conn } = await ctx.openOrg();
    const org = createOrgReader({ conn, project, retry: ctx.retryFor('Reading the org') });
    const counts = { ok: 0, warn: 0, fail: 0 };
    for (const check of CHECKS) {
        for (const outcome of await outcomesOf(check, org)) {
            counts[outcome.status] += 1;
            out.info(formatOutcome(check.name, outcome));
        }
    }
    out.info(`org:doctor: ${counts.ok} ok, ${counts.warn} warn, ${counts.fail} fail. Nothing was changed in the org.`);
    return counts.fail ? EXIT.PRECONDITIONS_FAILED : EXIT.OK;
}
