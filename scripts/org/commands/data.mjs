// org:data: load the sample data plan into the org.
import { join } from 'node:path';
import { EXIT } from '../exit-codes.mjs';
import { usageError } from '../org-error.mjs';
import { orgKind } from '../org-info.mjs';
import { loadDataPlan, readPlan } from '../data-plan.mjs';

export async function runDataLoad(ctx) {
    const { options, out, project } = ctx;
    const planPath = join(project.root, options.plan ?? 'data/sample-plan.json');
    const steps = readPlan(planPath, project.relative);
    const { conn } = await ctx.openOrg();
    const kind = await orgKind(conn, { retry: ctx.retryFor('Reading the org type') });
    if (kind === 'production' && !options['allow-production']) {
        throw usageError(
            'This is a production org: sample records would mix with real ones. Pass --allow-production to load them anyway.'
        );
    }
    const loaded = await loadDataPlan(conn, steps, {
        retry: ctx.retryFor('Resolving a data reference'),
        out,
        interrupt: ctx.interrupt
    });
    if (loaded.interrupted) return EXIT.INTERRUPTED;
    out.info(
        `Sample data loaded into the ${kind} org: ${[...loaded].map(([type, count]) => `${count} ${type}`).join(', ') || 'no records'}.`
    );
    return EXIT.OK;
}
