// The team's "Installer Contact" record type of Contact (procedure 002: "Click on 'Installer Contact'"), which the
// package names in Installer_Contact_Record_Type__c and does not ship. With it active, new installer contacts get
// it (and agents whose profile does not make it available are refused, so they are not created as plain contacts);
// without it they are created without a record type.
import { soqlLiteral } from '../../rest.mjs';
import { ok, warn } from '../outcome.mjs';

export const name = 'installer-contact-record-type';

const SETTING = 'Installer Contact Record Type (Installer_Contact_Record_Type__c)';
const WHERE = 'Setup > Custom Metadata Types > Playbook Setting > Manage Records > Default';
const RECORD_TYPES = 'Setup > Object Manager > Contact > Record Types';

export async function run(org) {
    const { values } = await org.settings();
    const developerName = values.Installer_Contact_Record_Type__c;
    if (!developerName) {
        return [warn(`${SETTING} is blank, so new installer contacts get no record type`, `name your org's installer contact record type in ${WHERE}, if it has one`)];
    }
    const [recordType] = await org.query(
        `SELECT Id, DeveloperName, IsActive FROM RecordType WHERE SobjectType = ${soqlLiteral('Contact')} AND DeveloperName = ${soqlLiteral(developerName)}`
    );
    if (!recordType) {
        return [
            warn(
                `Contact has no record type "${developerName}", so new installer contacts are created without a record type`,
                `create it (${RECORD_TYPES}), or name your installer record type (its API name) in ${WHERE}`
            )
        ];
    }
    if (recordType.IsActive !== true) {
        return [warn(`the Contact record type "${developerName}" is inactive, so new installer contacts get no record type`, `activate it: ${RECORD_TYPES}`)];
    }
    return [
        ok(
            `new installer contacts get the Contact record type "${developerName}"; agents need it available in their profile or a permission set, or creating one is refused`
        )
    ];
}
