// Person accounts: Account has the field IsPersonAccount only when they are enabled (Object Reference:
// Account, IsPersonAccount). The package keeps homeowners and installers as contacts of business or
// household accounts, and was built and tested that way.
import { ok, warn } from '../outcome.mjs';

export const name = 'person-accounts';

export async function run(org) {
    const describe = await org.describe('Account');
    if (!(describe.fields ?? []).some((field) => field.name === 'IsPersonAccount')) {
        return [ok('off: homeowners and installers are contacts of accounts, as the package expects')];
    }
    return [
        warn(
            'on: the package was built for contacts of business or household accounts and has not been tested with person accounts',
            "before agents use it, try New Case, Log a Call and Contact Inactive on a person account's case in a sandbox"
        )
    ];
}
