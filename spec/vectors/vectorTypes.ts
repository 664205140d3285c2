// The shape of a conformance vector (spec/vectors/vector.schema.json) in TypeScript.
import type { PlaybookErrorCode } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import type { FieldValue } from '../org/values';

export interface VectorUser {
    FirstName?: string;
    LastName: string;
    profile?: 'Standard User' | 'Minimum Access - Salesforce' | 'System Administrator';
    permissionSets?: string[];
    /** false: deactivated after the records are inserted (never the runAs user). */
    active?: boolean;
}

export interface VectorRecord {
    attributes: { type: string; referenceId: string };
    [field: string]: FieldValue | { type: string; referenceId: string };
}

/** A call of a controller method, with the params a component passes to the Apex import. */
export interface ControllerCall {
    controller: string;
    method: string;
    params: Record<string, unknown>;
}

/** A record a DML call writes: its Id ('@reference') and the fields the statement sets. */
export interface VectorDmlRecord {
    attributes: { type: string };
    Id: string;
    [field: string]: FieldValue | { type: string };
}

/** A record a DML insert creates: its type and referenceId (to name it in expectations) and its field values. */
export interface VectorDmlNewRecord {
    attributes: { type: string; referenceId: string };
    [field: string]: FieldValue | { type: string; referenceId: string };
}

/** One DML statement by the runAs user in user mode, as an edit in the UI: the package's triggers run. */
export interface DmlCall {
    dml: { operation: 'update'; records: VectorDmlRecord[] } | { operation: 'insert'; records: VectorDmlNewRecord[] };
    /** A DML call has none of a controller call's members (the schema refuses them). */
    controller?: never;
    method?: never;
    params?: never;
}

export type VectorCall = ControllerCall | DmlCall;

export function isDmlCall(call: VectorCall): call is DmlCall {
    return 'dml' in call;
}

export interface VectorMatch {
    type: string;
    where: Record<string, FieldValue>;
    count?: number;
    /** Binds the one record matched to '@<as>', usable in the response and in 'records'. */
    as?: string;
    /** The fields not in 'where' are unchanged (a record that existed) or at their defaults (a record created). */
    exact?: boolean;
}

/** A message the package sent: a custom notification or an email, to a user, about a record. */
export interface VectorMessage {
    kind: 'notification' | 'email';
    to: string;
    about?: string;
    count?: number;
}

/** A BusinessHours or Holiday record of the vector's business calendar. */
export interface VectorCalendarRecord {
    attributes: { type: 'BusinessHours' | 'Holiday' };
    [field: string]: FieldValue | { type: string };
}

/** The listed fields of a record after the call; "exact": true puts its other fields under noOtherChanges. */
export type VectorRecordExpectation = Record<string, FieldValue> & { exact?: boolean };

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
    /** Entitlement Management on (Entitlement, SlaProcess, Case.EntitlementId exist) or off; omitted: off in memory. */
    entitlements?: boolean;
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
    /** What the search index returns for the call's SOSL search, by '@reference'; required when the call searches. */
    searchIndex?: string[];
    /** The business hours and holidays of the business calendar; required when the call reads the calendar. */
    calendar?: { businessHours: VectorCalendarRecord[]; holidays: VectorCalendarRecord[] };
    call: VectorCall;
    expect: {
        response?: unknown;
        error?: { code: PlaybookErrorCode };
        records?: Record<string, VectorRecordExpectation>;
        exists?: VectorMatch[];
        notExists?: Omit<VectorMatch, 'count' | 'as' | 'exact'>[];
        messages?: VectorMessage[];
        noOtherChanges: boolean;
        limits?: VectorLimits;
    };
}

/**
 * The folder a vector lives in: its controller, or for a DML call the trigger of the object it writes
 * ('CaseTrigger' for an update of Cases).
 */
export function vectorFolder(call: VectorCall): string {
    return isDmlCall(call) ? `${call.dml.records[0].attributes.type}Trigger` : call.controller;
}

/** A vector with its name: the path below spec/vectors without '.json' ('CallWizardController/claimCase-success'). */
export interface NamedVector {
    name: string;
    file: string;
    vector: Vector;
}
