// What the support team's org already holds and the package names in its settings without shipping it
// (procedure 002): the Contact record type "Installer Contact" ("click on 'Related Contacts' and then 'New
// Contact' ... Click on 'Installer Contact'") and the phone system's Task field "Additional Dispositions"
// ("you will be able to edit ... Additional Dispositions"). A new org has neither, and the package ships no copy
// of either (not even to scratch orgs), so the conformance vectors describe an org without them and their Apex
// replay forces that (InstallerContactRecordType.setPresentForTest(false), AdditionalDispositions likewise). An
// in-memory org gets them as options, for the jest tests of the "present" paths and for the workbench, which
// stands for the team's org. The package detects both at run time (spec/services/InstallerContactRecordType.ts,
// spec/services/AdditionalDispositions.ts and their Apex twins).
import type { FieldAccess } from './access';
import type { RecordTypeSetup } from './InMemoryOrg';
import type { FieldDefinition, ObjectDefinition } from './schema';

export const INSTALLER_CONTACT_RECORD_TYPE = 'Installer_Contact';
export const ADDITIONAL_DISPOSITIONS_FIELD = 'Additional_Dispositions__c';
/** The values of the stand-in field; the phone system's real values are its own. */
export const ADDITIONAL_DISPOSITION_VALUES: readonly string[] = ['Billing Question', 'Technician Visit', 'Warranty', 'Callback Requested'];

export interface TeamOrgOptions {
    /**
     * The org has the Contact record type Installer_Contact. true: the team's profiles make it available to their
     * users, as the team's admin set it up; 'notAvailable': it exists but no profile makes it available.
     */
    installerContactRecordType?: boolean | 'notAvailable';
    /** The org has the phone system's Task field Additional_Dispositions__c, a multi-select picklist every profile may edit. */
    additionalDispositions?: boolean;
    /** The stand-in field as a single-select picklist instead (the package handles both kinds). */
    additionalDispositionsSingle?: boolean;
}

/** What the profiles of the team's org grant besides the platform's defaults (spec/org/standardProfiles.ts). */
export interface ProfileAdditions {
    fields: Record<string, FieldAccess>;
    recordTypes: string[];
}

/**
 * Contact gets RecordTypeId (Object Reference, "Frequently Occurring Fields": the record type of a record, on objects
 * with record types); the package never names it at compile time. The phone system's field is a Task field.
 */
export function withTeamOrgObjects(objects: readonly ObjectDefinition[], options: TeamOrgOptions): ObjectDefinition[] {
    return objects.map((object) => {
        if (object.name === 'Contact' && options.installerContactRecordType && !object.fields.RecordTypeId) {
            return { ...object, fields: { ...object.fields, RecordTypeId: recordTypeLookup() } };
        }
        if (object.name === 'Task' && (options.additionalDispositions || options.additionalDispositionsSingle)) {
            return { ...object, fields: { ...object.fields, [ADDITIONAL_DISPOSITIONS_FIELD]: dispositionsField(options.additionalDispositionsSingle === true) } };
        }
        return object;
    });
}

export function teamOrgRecordTypes(options: TeamOrgOptions): RecordTypeSetup[] {
    return options.installerContactRecordType
        ? [{ sobjectType: 'Contact', developerName: INSTALLER_CONTACT_RECORD_TYPE, name: 'Installer Contact' }]
        : [];
}

export function teamOrgProfileAdditions(options: TeamOrgOptions): ProfileAdditions {
    return {
        fields:
            options.additionalDispositions || options.additionalDispositionsSingle
                ? { [`Task.${ADDITIONAL_DISPOSITIONS_FIELD}`]: { read: true, edit: true } }
                : {},
        recordTypes: options.installerContactRecordType === true ? [`Contact.${INSTALLER_CONTACT_RECORD_TYPE}`] : []
    };
}

function recordTypeLookup(): FieldDefinition {
    return {
        name: 'RecordTypeId',
        type: 'reference',
        custom: false,
        createable: true,
        updateable: true,
        nillable: true,
        referenceTo: ['RecordType'],
        relationshipName: 'RecordType'
    };
}

function dispositionsField(single: boolean): FieldDefinition {
    return {
        name: ADDITIONAL_DISPOSITIONS_FIELD,
        label: 'Additional Dispositions',
        type: single ? 'picklist' : 'multipicklist',
        custom: true,
        createable: true,
        updateable: true,
        nillable: true,
        length: 4099,
        picklistValues: ADDITIONAL_DISPOSITION_VALUES,
        restrictedPicklist: true
    };
}
