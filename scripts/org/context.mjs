// What every command gets: the project, the output, Ctrl-C, timing and retry settings, and the org.
import { resolve } from 'node:path';
import { findProjectRoot, readProject } from './project.mjs';
import { numberOption } from './options.mjs';
import { connect } from './auth.mjs';
import { whoAmI } from './org-info.mjs';

// a dropped request's message repeats its URL, query string included: the path is enough
export const describeError = (error) =>
    `${error.errorCode ?? error.code ?? error.name}: ${String(error.message).replace(/\?q=[^\s,]*/g, '?q=...')}`;

export function createContext({ options, env, out, interrupt, defaultWaitMinutes }) {
    const root = options['project-dir'] ? resolve(options['project-dir']) : findProjectRoot();
    const project = readProject(root);
    const retries = numberOption(options, 'retries', 5, { min: 0, max: 20, integer: true });
    const baseDelayMs = numberOption(options, 'retry-delay', 2, { min: 0, max: 600 }) * 1000;
    const context = {
        options,
        env,
        out,
        interrupt,
        project,
        authSource: null,
        intervalMs: numberOption(options, 'poll-interval', 5, { min: 0.001, max: 3600 }) * 1000,
        timeoutMs: numberOption(options, 'wait', defaultWaitMinutes, { min: 0.0001, max: 24 * 60 }) * 60 * 1000,
        /** Retry settings for an idempotent call, announcing each retry with what was being done. */
        retryFor: (what) => ({
            retries,
            baseDelayMs,
            maxDelayMs: Math.max(baseDelayMs, 30000),
            onRetry: (error, { attempt, delayMs }) =>
                out.error(
                    `${what}: ${describeError(error)}; retrying in ${(delayMs / 1000).toFixed(delayMs < 1000 ? 2 : 1)} s (retry ${attempt} of ${retries}).`
                )
        }),
        /** Connects and proves the credentials with one call; prints which org this is. */
        async openOrg() {
            const { conn, source } = await connect({ options, env, apiVersion: project.apiVersion });
            context.authSource = source;
            const me = await whoAmI(conn, { retry: context.retryFor('Reading the running user') });
            out.info(`Org: ${me.username} (${me.orgId}) at ${conn.instanceUrl}`);
            return { conn, me };
        }
    };
    return context;
}
