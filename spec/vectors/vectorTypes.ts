// The shape of a conformance vector (spec/vectors/vector.schema.json) in TypeScript.
import type { PlaybookErrorCode } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import type { FieldValue } from '../org/values';

export interface VectorUser {
    FirstName?: string;
    LastName: string;
    profile?: 'Standard User' | 'Minimum Access - Salesforce' | 'System Administrator';
    permissionSets?: string[];
}

export interface VectorRecord {
    attributes: { type: string; referenceId: string };
    [field: string]: FieldValue | { type: string; referenceId: string };
}

export interface VectorMatch {
    type: string;
    where: Record<string, FieldValue>;
    count?: number;
}

export interface VectorLimits {
    queries?: number;
    queryRows?: number;
    dmlStatements?: number;
    dmlRows?: number;
}

/** Org features a vector needs; the Apex replay applies them through the classes' test seams. */
export interface VectorOrgFeatures {
    /** Shared Activities on (TaskRelation exists) or off; omitted: the org's default (off in memory). */
    sharedActivities?: boolean;
}

export interface Vector {
    $schema?: string;
    description: string;
    source: { procedure: string; section: string; quote: string };
    settings?: Record<string, FieldValue>;
    orgFeatures?: VectorOrgFeatures;
    clock: { instant: string; timeZone: string };
    users: Record<string, VectorUser>;
    runAs: string;
    records: VectorRecord[];
    failure?: { atWrite: number };
    call: { controller: string; method: string; params: Record<string, unknown> };
    expect: {
        response?: unknown;
        error?: { code: PlaybookErrorCode };
        records?: Record<string, Record<string, FieldValue>>;
        exists?: VectorMatch[];
        notExists?: Omit<VectorMatch, 'count'>[];
        noOtherChanges: boolean;
        limits?: VectorLimits;
    };
}

/** A vector with its name: the path below spec/vectors without '.json' ('CallWizardController/claimCase-success'). */
export interface NamedVector {
    name: string;
    file: string;
    vector: Vector;
}
