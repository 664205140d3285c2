// The platform profiles users are created with. Standard User mirrors the platform's profile:
// full access to the standard objects the package uses and none to custom fields or objects,
// so everything the package adds must come from its permission sets. The System Administrator
// profile holds every object, but no field-level security on the package's custom fields either:
// since Metadata API v31 a deploy without profiles grants no profile FLS on new custom fields,
// the System Administrator included (forcedotcom/idecore#56, "working as designed";
// forcedotcom/cli#1876). Standard fields stay readable as the profile gives them.
import type { ObjectAccess, ProfileDefinition } from './access';

const FULL: ObjectAccess = { read: true, create: true, edit: true, delete: true };
const READ_ONLY: ObjectAccess = { read: true, create: false, edit: false, delete: false };

export const SYSTEM_ADMINISTRATOR = 'System Administrator';
export const STANDARD_USER = 'Standard User';
export const MINIMUM_ACCESS = 'Minimum Access - Salesforce';

export function standardProfiles(allObjectNames: readonly string[]): ProfileDefinition[] {
    return [
        {
            name: SYSTEM_ADMINISTRATOR,
            objects: Object.fromEntries(allObjectNames.map((name) => [name, FULL])),
            fields: {},
            userPermissions: ['ModifyAllData', 'ViewAllData', 'EditTask', 'TransferAnyCase', 'TransferAnyEntity', 'ManageUsers', 'AuthorApex'],
            apexClasses: [],
            recordTypes: []
        },
        {
            name: STANDARD_USER,
            objects: {
                Account: FULL,
                Contact: FULL,
                Case: FULL,
                Contract: FULL,
                Task: FULL,
                // Shared Activities: TaskRelation access follows Task access; absent from the schema when the feature is off.
                TaskRelation: FULL,
                // Entitlement Management: Read on entitlements (spec/org/entitlements.ts); absent from the schema when the feature is off.
                Entitlement: READ_ONLY,
                SlaProcess: READ_ONLY,
                User: READ_ONLY,
                Group: READ_ONLY,
                RecordType: READ_ONLY,
                // Object Reference, Holiday and BusinessHours: every user can read them through the API.
                BusinessHours: READ_ONLY,
                Holiday: READ_ONLY
            },
            fields: {},
            userPermissions: ['EditTask'],
            apexClasses: [],
            recordTypes: []
        },
        {
            name: MINIMUM_ACCESS,
            objects: { User: READ_ONLY, RecordType: READ_ONLY, BusinessHours: READ_ONLY, Holiday: READ_ONLY },
            fields: {},
            userPermissions: [],
            apexClasses: [],
            recordTypes: []
        }
    ];
}
