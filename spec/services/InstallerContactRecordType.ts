// InstallerContactRecordType: the org's "Installer Contact" record type of Contact, named in the settings
// (Installer_Contact_Record_Type__c) and found at run time, mirroring the Apex class of the same name. Procedure
// 002: "click on 'Related Contacts' and then 'New Contact' ... Click on 'Installer Contact'". The package does not
// ship the record type: new installer contacts get it when the org has it active, and are refused when it exists
// but the agent may not use it (their profile or permission sets do not make it available), so no installer is
// created as a plain contact in an org that has the record type.
import { PlaybookError } from '../errors/PlaybookError';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput } from '../org/values';

export type InstallerRecordTypeState = 'NOT_CONFIGURED' | 'ABSENT' | 'INACTIVE' | 'NOT_AVAILABLE' | 'AVAILABLE';

export interface InstallerRecordType {
    state: InstallerRecordTypeState;
    developerName: string | null;
    recordTypeId: string | null;
}

/** Apex: Schema.SObjectType.Contact.getRecordTypeInfosByDeveloperName().get(name), isActive(), isAvailable(). */
export function installerRecordType(org: InMemoryOrg): InstallerRecordType {
    const developerName = org.settings().installerContactRecordType;
    if (!developerName) return { state: 'NOT_CONFIGURED', developerName: null, recordTypeId: null };
    const info = org.describe('Contact').recordTypeInfo(developerName);
    if (!info) return { state: 'ABSENT', developerName, recordTypeId: null };
    const state: InstallerRecordTypeState = !info.isActive() ? 'INACTIVE' : info.isAvailable() ? 'AVAILABLE' : 'NOT_AVAILABLE';
    return { state, developerName, recordTypeId: info.recordTypeId };
}

/** The new installer contact with the record type when the org has it; refused when the agent may not use it. */
export function asInstallerContact(org: InMemoryOrg, contact: SObjectInput): SObjectInput {
    const recordType = installerRecordType(org);
    if (recordType.state === 'NOT_AVAILABLE') {
        throw new PlaybookError(
            'NO_ACCESS',
            `New installer contacts get the record type ${String(recordType.developerName)}, which your profile does not make available to you. Ask your Salesforce admin to make it available (profile or permission set), then save again.`
        );
    }
    return recordType.state === 'AVAILABLE' ? { ...contact, RecordTypeId: recordType.recordTypeId } : contact;
}
