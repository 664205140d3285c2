// SFDX auth URLs: force://<clientId>:<clientSecret>:<refreshToken>@<instance>
// (what `sf org display --verbose` prints as "Sfdx Auth Url"). The instance may carry its scheme
// (http://127.0.0.1:PORT for a local test org); without one it is https.
import { usageError } from './org-error.mjs';

export function parseAuthUrl(text, origin) {
    const value = String(text ?? '').trim();
    const invalid = () =>
        usageError(
            `The SFDX auth URL from ${origin} is not of the form force://<clientId>:<clientSecret>:<refreshToken>@<instance>. ` +
                'Print a fresh one with `npx sf org display --target-org <alias> --verbose --json` (result.sfdxAuthUrl) and store it again.'
        );
    if (!value.startsWith('force://')) throw invalid();
    const rest = value.slice('force://'.length);
    const at = rest.indexOf('@');
    if (at < 0) throw invalid();
    const credentials = rest.slice(0, at).split(':');
    const instance = rest.slice(at + 1).replace(/\/+$/, '');
    if (credentials.length !== 3) throw invalid();
    const [clientId, clientSecret, refreshToken] = credentials;
    if (!clientId || !refreshToken || !instance) throw invalid();
    const instanceUrl = /^https?:\/\//.test(instance) ? instance : `https://${instance}`;
    try {
        new URL(instanceUrl);
    } catch {
        throw invalid();
    }
    return { clientId, clientSecret, refreshToken, instanceUrl };
}
