// GET /api/ui-api/records/:id — the UI API record representation Lightning Data Service works
// with, built from the in-memory org as the running user may see it: `fields` that are unknown or
// unreadable fail the request, `optionalFields` that are are left out; relationship paths
// (Case.Account.Name) nest the related record, as the platform does.
import { HttpError } from './httpUtil.mjs';
import { displayValueOf } from './displayValues.mjs';

const notFound = () =>
    new HttpError(404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);

function splitFieldList(value) {
    return (value ?? '')
        .split(',')
        .map((field) => field.trim())
        .filter(Boolean);
}

/** The part of `qualified` below `objectName`, or null when it names another object. */
function pathBelow(objectName, qualified) {
    const [object, ...path] = qualified.split('.');
    if (object.toLowerCase() !== objectName.toLowerCase() || !path.length) return null;
    return path;
}

function emptyRepresentation(org, objectName, record) {
    return {
        apiName: objectName,
        childRelationships: {},
        eTag: `${record.Id}:${record.SystemModstamp ?? ''}`,
        fields: {},
        id: record.Id,
        lastModifiedById: record.LastModifiedById ?? null,
        lastModifiedDate: record.LastModifiedDate ?? null,
        recordTypeId: record.RecordTypeId ?? null,
        recordTypeInfo: org.recordTypeInfo(record.RecordTypeId),
        systemModstamp: record.SystemModstamp ?? null,
        weakEtag: 0
    };
}

/** Adds one field path to `representation`; returns a problem text when it cannot. */
function addPath(org, userId, representation, objectName, record, path) {
    const [head, ...rest] = path;
    if (!rest.length) {
        const field = org.findField(objectName, head);
        if (!field) return `No such column '${head}' on entity '${objectName}'`;
        if (!org.canReadField(userId, objectName, field.name))
            return `No access to field '${field.name}' on entity '${objectName}'`;
        const value = record[field.name] ?? null;
        representation.fields[field.name] = {
            displayValue: displayValueOf(field, value, org.timeZoneOf(userId)),
            value
        };
        return null;
    }
    const lookup = org.findRelationship(objectName, head);
    if (!lookup) return `Didn't understand relationship '${head}' on entity '${objectName}'`;
    if (!org.canReadField(userId, objectName, lookup.name))
        return `No access to field '${lookup.name}' on entity '${objectName}'`;
    const relatedId = record[lookup.name];
    const related = relatedId ? org.recordById(relatedId) : undefined;
    const relationshipName = lookup.relationshipName;
    if (!related || !org.canReadRecord(userId, related.sobject, related.record)) {
        representation.fields[relationshipName] ??= { displayValue: null, value: null };
        return null;
    }
    const existing = representation.fields[relationshipName]?.value;
    const nested = existing ?? emptyRepresentation(org, related.sobject, related.record);
    const problem = addPath(org, userId, nested, related.sobject, related.record, rest);
    if (problem) return problem;
    representation.fields[relationshipName] = {
        displayValue: related.record.Name ?? related.record.CaseNumber ?? null,
        value: nested
    };
    return null;
}

export function recordRepresentation(org, userId, recordId, query) {
    const found = org.recordById(recordId, userId);
    if (!found || !org.canReadRecord(userId, found.sobject, found.record)) throw notFound();
    const { sobject, record } = found;
    const fields = splitFieldList(query.get('fields'));
    const optionalFields = splitFieldList(query.get('optionalFields'));
    if (!fields.length && !optionalFields.length) {
        throw new HttpError(400, [{ errorCode: 'INVALID_INPUT', message: 'fields or optionalFields is required' }]);
    }
    const representation = emptyRepresentation(org, sobject, record);
    const problems = [];
    for (const qualified of fields) {
        const path = pathBelow(sobject, qualified);
        const problem = path
            ? addPath(org, userId, representation, sobject, record, path)
            : `${qualified} is not a field of ${sobject}`;
        if (problem) problems.push(problem);
    }
    if (problems.length) {
        throw new HttpError(
            400,
            problems.map((message) => ({ errorCode: 'INVALID_FIELD', message }))
        );
    }
    for (const qualified of optionalFields) {
        const path = pathBelow(sobject, qualified);
        if (path) addPath(org, userId, representation, sobject, record, path);
    }
    return representation;
}
