// Mixed DML: setup and non-setup objects cannot both be written in one transaction, as the Apex
// Developer Guide's "sObjects That Can't Be Used Together in DML Operations" lists them. In Apex
// tests, each System.runAs block is a context of its own (Apex Developer Guide, "Using the runAs
// Method": "you can use runAs to perform mixed DML operations in your test"); InMemoryOrg.runAs
// does the same.
import { DmlError } from './errors';
import type { SObjectRecord } from './values';

/** The page's list. Only those the in-memory org has as objects can ever be written here. */
export const SETUP_OBJECTS: ReadonlySet<string> = new Set([
    'AuthSession',
    'ContentWorkspace',
    'FieldPermissions',
    'ForecastingShare',
    'Group',
    'GroupMember',
    'ObjectPermissions',
    'ObjectTerritory2AssignmentRule',
    'ObjectTerritory2AssignmentRuleItem',
    'PermissionSet',
    'PermissionSetAssignment',
    'QueueSobject',
    'RuleTerritory2Association',
    'SetupEntityAccess',
    'Territory',
    'Territory2',
    'Territory2Model',
    'User',
    'UserRole',
    'UserTerritory',
    'UserTerritory2Association'
]);

/** "You can update a user in a transaction with other sObjects ... if the following fields are not also updated". */
export const USER_FIELDS_OF_SETUP_UPDATES: readonly string[] = [
    'UserRoleId',
    'IsActive',
    'ForecastEnabled',
    'IsPortalEnabled',
    'Username',
    'ProfileId'
];

export type DmlOperation = 'insert' | 'update' | 'delete';

export interface StatementRow {
    record: SObjectRecord;
    /** The fields the statement sets. */
    setFields: readonly string[];
}

/**
 * True when the statement writes a setup object in a way the page forbids next to other objects. Its exceptions:
 * "You can only insert and update a group in a transaction with other sObjects"; a user may be inserted "if
 * UserRoleId is specified as null", and updated unless UserRoleId, IsActive, ForecastEnabled, IsPortalEnabled,
 * Username or ProfileId change (Apex saved with API version 15.0 and later, as every class of this project).
 */
export function isSetupStatement(objectName: string, operation: DmlOperation, rows: readonly StatementRow[]): boolean {
    if (!SETUP_OBJECTS.has(objectName)) return false;
    if (objectName === 'Group') return operation === 'delete';
    if (objectName === 'User' && operation === 'insert') return rows.some((row) => row.record.UserRoleId != null);
    if (objectName === 'User' && operation === 'update') {
        return rows.some((row) => row.setFields.some((field) => USER_FIELDS_OF_SETUP_UPDATES.includes(field)));
    }
    return true;
}

/** The first setup and non-setup objects a transaction (or a runAs block inside one) wrote. */
export class MixedDmlGuard {
    private setupObject: string | undefined;
    private otherObject: string | undefined;

    /** Records the statement, or throws MIXED_DML_OPERATION when the other kind was written before. */
    check(objectName: string, setup: boolean): void {
        const original = setup ? this.otherObject : this.setupObject;
        if (original !== undefined) {
            throw new DmlError(
                'MIXED_DML_OPERATION',
                `DML operation on setup object is not permitted after you have updated a non-setup object (or vice versa): ${objectName}, original object: ${original}`
            );
        }
        if (setup) this.setupObject ??= objectName;
        else this.otherObject ??= objectName;
    }
}
