// Active contact duplicate rules. New orgs have the Standard Contact Duplicate Rule active. The package saves
// a new contact only after its own duplicate check, without allowing the org's rules to be overridden, so a
// contact an org rule matches is refused as a duplicate (Object Reference: DuplicateRule; Apex:
// Database.DMLOptions.DuplicateRuleHeader.allowSave).
import { ok, warn } from '../outcome.mjs';

export const name = 'duplicate-rules';

export async function run(org) {
    const rules = await org.query(
        "SELECT DeveloperName, MasterLabel FROM DuplicateRule WHERE SobjectType = 'Contact' AND IsActive = true ORDER BY DeveloperName"
    );
    if (!rules.length) return [ok("no active contact duplicate rule: only the package's own duplicate check applies")];
    const names = rules.map((rule) => `${rule.MasterLabel} (${rule.DeveloperName})`).join(', ');
    return [
        warn(
            `active contact duplicate rule${rules.length === 1 ? '' : 's'}: ${names}. A new contact ${rules.length === 1 ? 'it matches' : 'they match'} is refused as a duplicate even when the package's own check found none`,
            'keep them if that is what you want; otherwise review their matching rules in Setup > Duplicate Rules'
        )
    ];
}
