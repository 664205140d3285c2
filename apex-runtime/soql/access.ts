// Object and field access for queries, decided by the org's own access policy for the running user.
//
// Apex Developer Guide, "Enforce User Mode for Database Operations": user mode applies the running user's object
// permissions and field-level security to every clause of the query (WHERE and ORDER BY included), reports every
// inaccessible field at once (QueryException.getInaccessibleFields()) and applies sharing. "Filter SOQL Queries
// Using WITH SECURITY_ENFORCED": only the fields and objects of the SELECT and FROM clauses are checked, the first
// inaccessible one fails the query, and polymorphic relationships other than Owner, CreatedBy and LastModifiedBy
// cannot be traversed. System mode checks nothing.
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import type { AccessMode } from './ast';
import { SoqlError, UnsupportedSoqlError, type SourceRef } from './errors';
import type { ResolvedPath } from './paths';

export const INACCESSIBLE_MESSAGE = 'Insufficient permissions: secure query included inaccessible field';

/** What one SELECT (the query, a subquery or a SOSL RETURNING object) reads. */
export interface AccessScope {
    objectName: string;
    /** SELECT fields. */
    selected: readonly ResolvedPath[];
    /** WHERE, ORDER BY and GROUP BY fields. */
    filtered: readonly ResolvedPath[];
}

const SECURITY_ENFORCED_POLYMORPHIC = new Set(['owner', 'createdby', 'lastmodifiedby']);

function canReadObject(org: InMemoryOrg, objectName: string): boolean {
    return org.access.objectAccess(org.grantsOf(org.runningUserId()), objectName).read;
}

function canReadField(org: InMemoryOrg, pair: string): boolean {
    const [objectName, fieldName] = pair.split('.') as [string, string];
    return org.access.fieldAccess(org.grantsOf(org.runningUserId()), objectName, fieldName).read;
}

/** The fields among `names` of one object the running user can read (FIELDS() "respects field-level security"). */
export function readableFields(org: InMemoryOrg, objectName: string, names: readonly string[]): string[] {
    return names.filter((name) => canReadField(org, `${objectName}.${name}`));
}

export function checkAccess(
    org: InMemoryOrg,
    mode: AccessMode,
    scopes: readonly AccessScope[],
    source: SourceRef
): void {
    if (mode === 'SYSTEM_MODE') return;
    const denied = new Map<string, Set<string>>();
    const deny = (objectName: string, field?: string) => {
        const fields = denied.get(objectName) ?? new Set<string>();
        if (field) fields.add(field);
        denied.set(objectName, fields);
    };
    for (const scope of scopes) {
        if (!canReadObject(org, scope.objectName)) deny(scope.objectName);
        const paths = mode === 'USER_MODE' ? [...scope.selected, ...scope.filtered] : scope.selected;
        for (const path of paths) {
            if (mode === 'SECURITY_ENFORCED') {
                const polymorphic = path.hops.find(
                    (hop) => hop.polymorphic && !SECURITY_ENFORCED_POLYMORPHIC.has(hop.relationshipName.toLowerCase())
                );
                if (polymorphic)
                    throw new UnsupportedSoqlError(
                        `WITH SECURITY_ENFORCED over the polymorphic relationship ${polymorphic.relationshipName}`,
                        source
                    );
            }
            for (const pair of path.readable) {
                if (canReadField(org, pair)) continue;
                const [objectName, field] = pair.split('.') as [string, string];
                deny(objectName, field);
            }
        }
        if (mode === 'SECURITY_ENFORCED' && denied.size) break;
    }
    if (!denied.size) return;
    const entries = [...denied.entries()].map(([objectName, fields]) => [objectName, [...fields]] as const);
    const reported =
        mode === 'SECURITY_ENFORCED'
            ? entries.slice(0, 1).map(([objectName, fields]) => [objectName, fields.slice(0, 1)] as const)
            : entries;
    throw new SoqlError('QueryException', INACCESSIBLE_MESSAGE, Object.fromEntries(reported));
}
