// Finds the org to work with, without prompting, and returns a jsforce Connection to it.
// Sources, first match wins:
//   --auth-url-file FILE | --target-org ALIAS  (command line; not both)
//   SFDX_AUTH_URL | SF_INSTANCE_URL + SF_ACCESS_TOKEN | SF_TARGET_ORG  (environment)
//   the sf CLI's default target-org (sf config set target-org ...)
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAuthUrl } from './auth-url.mjs';
import { registerSecret } from './redact.mjs';
import { authError, usageError } from './org-error.mjs';

const require = createRequire(import.meta.url);
const MAX_SESSION_REFRESHES = 2;

export const HOW_TO_AUTHORISE = [
    'Authorise an org in one of these ways, then run the command again (details in docs/org.md):',
    '  - the sf CLI the project pins (npm install brings it): npx sf org login web --alias playbooks, then pass --target-org playbooks or set SF_TARGET_ORG=playbooks',
    '    (auth files in ~/.sfdx are read directly, so a login made elsewhere works too);',
    '  - an access token: set SF_INSTANCE_URL=https://<my-domain>.my.salesforce.com and SF_ACCESS_TOKEN=<token>;',
    '  - an SFDX auth URL: set SFDX_AUTH_URL=force://... or pass --auth-url-file <file>.'
].join('\n');

export function resolveAuthSource(options, env) {
    if (options['auth-url-file'] && options['target-org']) {
        throw usageError('Pass either --auth-url-file or --target-org, not both.');
    }
    if (options['auth-url-file']) {
        const file = options['auth-url-file'];
        if (!existsSync(file)) throw usageError(`--auth-url-file ${file} does not exist.`);
        const text =
            readFileSync(file, 'utf8')
                .split(/\r?\n/)
                .find((line) => line.trim()) ?? '';
        registerSecret(text.trim());
        return { kind: 'auth-url', ...parseAuthUrl(text, `--auth-url-file ${file}`) };
    }
    if (options['target-org']) return { kind: 'target-org', aliasOrUsername: options['target-org'] };
    if (env.SFDX_AUTH_URL) {
        registerSecret(env.SFDX_AUTH_URL.trim());
        return { kind: 'auth-url', ...parseAuthUrl(env.SFDX_AUTH_URL, 'SFDX_AUTH_URL') };
    }
    if (env.SF_ACCESS_TOKEN || env.SF_INSTANCE_URL) {
        if (!env.SF_ACCESS_TOKEN || !env.SF_INSTANCE_URL) {
            throw usageError(
                `SF_INSTANCE_URL and SF_ACCESS_TOKEN go together; only ${env.SF_ACCESS_TOKEN ? 'SF_ACCESS_TOKEN' : 'SF_INSTANCE_URL'} is set.\n${HOW_TO_AUTHORISE}`
            );
        }
        registerSecret(env.SF_ACCESS_TOKEN);
        if (!/^https?:\/\/[^/\s]+/.test(env.SF_INSTANCE_URL)) {
            throw usageError(
                `SF_INSTANCE_URL must be the org's URL, like https://<my-domain>.my.salesforce.com; got "${env.SF_INSTANCE_URL}".`
            );
        }
        return {
            kind: 'access-token',
            instanceUrl: env.SF_INSTANCE_URL.replace(/\/+$/, ''),
            accessToken: env.SF_ACCESS_TOKEN
        };
    }
    if (env.SF_TARGET_ORG) return { kind: 'target-org', aliasOrUsername: env.SF_TARGET_ORG };
    return { kind: 'sf-default' };
}

function jsforce() {
    return require('@jsforce/jsforce-node');
}

const NETWORK_CODES = /^(ECONN|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|EPIPE|UND_ERR)/;

async function exchangeRefreshToken({ clientId, clientSecret, refreshToken, instanceUrl }) {
    const oauth2 = new (jsforce().OAuth2)({ loginUrl: instanceUrl, clientId, clientSecret: clientSecret || undefined });
    try {
        const answer = await oauth2.refreshToken(refreshToken);
        registerSecret(answer.access_token);
        return answer;
    } catch (error) {
        if (NETWORK_CODES.test(error.code ?? '')) throw error;
        throw authError(
            `${instanceUrl}/services/oauth2/token refused the SFDX auth URL's refresh token (${error.name}: ${error.message}). ` +
                'The refresh token was revoked or expired, or the auth URL belongs to another org: print a fresh one with ' +
                '`npx sf org display --target-org <alias> --verbose --json` and store it again.',
            error
        );
    }
}

async function connectWithAuthUrl(source, apiVersion) {
    const answer = await exchangeRefreshToken(source);
    let refreshes = 0;
    return new (jsforce().Connection)({
        instanceUrl: answer.instance_url || source.instanceUrl,
        accessToken: answer.access_token,
        version: apiVersion,
        // A rejected session is refreshed a bounded number of times, so an org that keeps refusing fresh tokens
        // ends in an authentication error instead of a refresh loop.
        refreshFn: (_conn, callback) => {
            refreshes += 1;
            if (refreshes > MAX_SESSION_REFRESHES) {
                callback(new Error('the org keeps rejecting freshly issued access tokens'));
                return;
            }
            exchangeRefreshToken(source).then((fresh) => callback(undefined, fresh.access_token, fresh), callback);
        }
    });
}

async function connectWithSfAuthFiles(source, apiVersion) {
    const { Org } = require('@salesforce/core');
    try {
        const org = await Org.create(source.aliasOrUsername ? { aliasOrUsername: source.aliasOrUsername } : {});
        const conn = org.getConnection(apiVersion);
        registerSecret(conn.accessToken);
        registerSecret(conn.refreshToken);
        return conn;
    } catch (error) {
        if (error.name === 'NoUsernameFoundError' || error.name === 'NoUsernameFound') {
            throw usageError(`No org is configured.\n${HOW_TO_AUTHORISE}`);
        }
        if (error.name === 'NamedOrgNotFoundError' || error.name === 'NamedOrgNotFound') {
            const hint = error.actions?.length ? ` ${error.actions.join(' ')}` : '';
            throw usageError(
                `No sf CLI authorisation for "${source.aliasOrUsername}" in ~/.sfdx.${hint}\n${HOW_TO_AUTHORISE}`
            );
        }
        throw authError(
            `Could not use the sf CLI authorisation for "${source.aliasOrUsername ?? 'the default target-org'}": ${error.message}. ` +
                'Log in again with `npx sf org login web --alias <alias>`.',
            error
        );
    }
}

/** Returns { conn, source } for the first configured source; throws a usage error when there is none. */
export async function connect({ options, env = process.env, apiVersion }) {
    const source = resolveAuthSource(options, env);
    if (source.kind === 'auth-url') return { conn: await connectWithAuthUrl(source, apiVersion), source };
    if (source.kind === 'access-token') {
        const conn = new (jsforce().Connection)({
            instanceUrl: source.instanceUrl,
            accessToken: source.accessToken,
            version: apiVersion
        });
        return { conn, source };
    }
    return { conn: await connectWithSfAuthFiles(source, apiVersion), source };
}
