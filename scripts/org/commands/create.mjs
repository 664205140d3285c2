// org:create: a scratch org from config/project-scratch-def.json. Only the sf CLI can ask a Dev Hub for
// one (its scratch-org service needs the CLI's Dev Hub authorisation), so this wraps `sf org create scratch`,
// with the CLI the project pins (sf-cli.mjs).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT } from '../exit-codes.mjs';
import { OrgScriptError, usageError } from '../org-error.mjs';
import { numberOption } from '../options.mjs';
import { registerSecret } from '../redact.mjs';
import { findSf, runSf } from '../sf-cli.mjs';

export const SF_NOT_INSTALLED = [
    'The Salesforce CLI (sf) is not installed, and creating a scratch org needs it: only sf can ask a Dev Hub for one.',
    'The project pins it as a dev dependency (@salesforce/cli 2.146.3, which runs on Node 20). Install it and authorise a Dev Hub:',
    '  npm install --no-audit --no-fund',
    '  npx sf org login web --set-default-dev-hub --alias devhub',
    '  npm run org:create',
    'Without a Dev Hub, deploy to any org you can authorise instead: see docs/org.md.'
].join('\n');

const NO_DEV_HUB_HINT =
    'Authorise a Dev Hub first: npx sf org login web --set-default-dev-hub --alias devhub (or pass --target-dev-hub <alias>).';

function parseJson(text) {
    const start = text.indexOf('{');
    if (start < 0) return null;
    try {
        return JSON.parse(text.slice(start));
    } catch {
        return null;
    }
}

function exitCodeForSfError(answer) {
    const text = `${answer?.name ?? ''} ${answer?.message ?? ''}`;
    if (/INVALID_SESSION_ID|invalid_grant|expired access\/refresh token|RefreshTokenAuthError|AuthInfo/i.test(text)) {
        return EXIT.AUTH;
    }
    if (/dev ?hub|NoOrgFound|NamedOrgNotFound|NoUsernameFound|NoDefaultEnv/i.test(text)) return EXIT.USAGE;
    return EXIT.UNEXPECTED;
}

export async function runCreate({ options, env, out, project }) {
    const alias = options.alias ?? 'playbooks';
    const durationDays = numberOption(options, 'duration-days', 7, { min: 1, max: 30, integer: true });
    const waitMinutes = numberOption(options, 'wait', 15, { min: 0.0001, max: 120 });
    const definitionFile = resolve(
        project.root,
        options['definition-file'] ?? join('config', 'project-scratch-def.json')
    );
    if (!existsSync(definitionFile)) throw usageError(`The scratch org definition ${definitionFile} does not exist.`);
    const devHub = options['target-dev-hub'] ?? env.SF_TARGET_DEV_HUB;
    const sf = findSf(project.root, env);
    if (!sf) throw usageError(SF_NOT_INSTALLED);

    const args = [
        'org',
        'create',
        'scratch',
        '--definition-file',
        definitionFile,
        '--alias',
        alias,
        '--duration-days',
        String(durationDays)
    ];
    args.push('--set-default', '--wait', String(Math.ceil(waitMinutes)), '--json');
    if (devHub) args.push('--target-dev-hub', devHub);

    out.info(
        `Creating scratch org "${alias}" (${durationDays} days) from ${project.relative(definitionFile)}${devHub ? ` with Dev Hub ${devHub}` : ''}...`
    );
    const run = await runSf(sf, args, { cwd: project.root, env, timeoutMs: (waitMinutes + 2) * 60 * 1000 });
    if (run.error?.code === 'ENOENT') throw usageError(SF_NOT_INSTALLED);
    if (run.error) throw new OrgScriptError(`Could not start the sf CLI: ${run.error.message}`, EXIT.UNEXPECTED);
    if (run.timedOut) {
        throw new OrgScriptError(
            `sf org create scratch did not finish within ${waitMinutes} min; it was stopped. Look for the org with npx sf org list.`,
            EXIT.TIMEOUT
        );
    }
    const answer = parseJson(run.stdout);
    const result = answer?.result ?? {};
    for (const secret of [
        result.authFields?.accessToken,
        result.authFields?.refreshToken,
        result.authFields?.clientSecret
    ])
        registerSecret(secret);
    if (run.status !== 0 || !answer || answer.status !== 0) {
        const message = answer?.message ?? (run.stderr.trim() || run.stdout.trim() || `sf exited with ${run.status}`);
        const code = exitCodeForSfError(answer ?? { message });
        throw new OrgScriptError(
            `sf org create scratch failed: ${message}${code === EXIT.USAGE ? `\n${NO_DEV_HUB_HINT}` : ''}`,
            code
        );
    }
    out.info(
        `Scratch org created: ${result.username ?? result.authFields?.username ?? alias} (${result.orgId ?? result.authFields?.orgId ?? 'id unknown'}), alias "${alias}", set as the default target-org.`
    );
    out.info(
        `Next: npm run org:deploy -- --target-org ${alias}, then npm run org:doctor -- --target-org ${alias}, then npm run org:test -- --target-org ${alias}`
    );
    return EXIT.OK;
}
