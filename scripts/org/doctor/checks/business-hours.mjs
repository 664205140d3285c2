// Procedure 004's business calendar: "allow 7 business days before asking for updates" counts the days of
// the business hours the settings name, minus the holidays they list. Apex cannot create business hours or
// holidays (Setup > Business Hours, Setup > Holidays), and a new org's only business hours are 24x7, so an
// admin creates them. Without them the package falls back to Monday to Friday and says so on the case.
import { soqlList, soqlLiteral } from '../../rest.mjs';
import { listOf, ok, quoted, warn } from '../outcome.mjs';

export const name = 'business-hours';

export async function run(org) {
    const { values } = await org.settings();
    const hoursName = values.Integration_Business_Hours__c;
    const holidayNames = String(values.Integration_Holidays__c ?? '')
        .split(';')
        .map((holiday) => holiday.trim())
        .filter(Boolean);
    if (!hoursName) return [ok('the settings name no business hours for integration cases')];
    const outcomes = [];
    const [hours] = await org.query(`SELECT Id, Name, IsActive FROM BusinessHours WHERE Name = ${soqlLiteral(hoursName)}`);
    if (!hours) {
        outcomes.push(
            warn(
                `business hours "${hoursName}" do not exist, so the 7 business days before an update request count Monday to Friday with no holidays`,
                `create them with the team's working days and time zone: Setup > Business Hours > New Business Hours, name ${hoursName}; or correct Integration Business Hours in the Playbook Setting Default record`
            )
        );
    } else if (hours.IsActive !== true) {
        outcomes.push(
            warn(
                `business hours "${hoursName}" are inactive, so the business days count Monday to Friday with no holidays`,
                `tick Active: Setup > Business Hours > ${hoursName} > Edit`
            )
        );
    } else {
        outcomes.push(ok(`business hours "${hoursName}" exist and are active`));
    }
    if (holidayNames.length) {
        const found = new Set(
            (await org.query(`SELECT Name FROM Holiday WHERE Name IN ${soqlList(holidayNames)}`)).map((row) => row.Name)
        );
        const missing = holidayNames.filter((holiday) => !found.has(holiday));
        outcomes.push(
            missing.length
                ? warn(
                      `holiday${missing.length === 1 ? '' : 's'} ${listOf(quoted(missing))} named in Integration Holidays do${missing.length === 1 ? 'es' : ''} not exist, so ${missing.length === 1 ? 'it counts' : 'they count'} as business days`,
                      `create ${missing.length === 1 ? 'it' : 'them'} in Setup > Holidays and add ${missing.length === 1 ? 'it' : 'them'} to the business hours ${hoursName}, or remove the name from the Playbook Setting Default record`
                  )
                : ok(`the holidays ${listOf(quoted(holidayNames))} exist`)
        );
    }
    return outcomes;
}
