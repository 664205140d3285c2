// Resolves every object, field path and child relationship of a parsed SOQL query (lib/soql.mjs)
// against the schema (lib/schema.mjs). Returns problems as [{ offset, message }], offsets relative to
// the query text.
import { unknownObject } from './schema.mjs';

function stripPrefix(segments, query, object) {
    if (segments.length < 2) return segments;
    const first = segments[0].toLowerCase();
    if (query.alias && first === query.alias.toLowerCase()) return segments.slice(1);
    if (first === object.name.toLowerCase() && !object.relationship(segments[0])) return segments.slice(1);
    return segments;
}

function resolveFields(query, object, schema, problems) {
    for (const field of query.fields) {
        const segments = stripPrefix(field.path.split('.'), query, object);
        const result = schema.resolvePath(object.name, segments);
        if (!result.ok) problems.push({ offset: field.offset, message: `${field.clause}: ${result.message}` });
    }
}

function resolveQuery(query, object, schema, problems) {
    resolveFields(query, object, schema, problems);
    for (const subquery of query.subqueries) {
        if (!subquery.from) continue;
        const relationship = object.child(subquery.from.name);
        if (!relationship) {
            problems.push({
                offset: subquery.from.offset,
                message: /__r$/i.test(subquery.from.name)
                    ? `${subquery.from.name} is not a child relationship of ${object.name}: no lookup to ${object.name} in objects/ has relationshipName ${subquery.from.name.replace(/__r$/i, '')}`
                    : `${subquery.from.name} is not a known child relationship of ${object.name} (standard allow-list: scripts/checks/lib/standard-fields.mjs); fix the name, or add it there if it is real`
            });
            continue;
        }
        const child = schema.object(relationship.child);
        if (!child) {
            problems.push({ offset: subquery.from.offset, message: unknownObject(relationship.child) });
            continue;
        }
        resolveQuery(subquery, child, schema, problems);
    }
    for (const semiJoin of query.semiJoins) resolveTopLevel(semiJoin, schema, problems);
}

function resolveTopLevel(query, schema, problems) {
    if (!query.from) {
        problems.push({ offset: query.offset, message: 'query has no FROM clause' });
        return;
    }
    const object = schema.object(query.from.name);
    if (!object) {
        problems.push({ offset: query.from.offset, message: unknownObject(query.from.name) });
        return;
    }
    resolveQuery(query, object, schema, problems);
}

/** Problems of a top-level query: [{ offset, message }]. */
export function soqlProblems(query, schema) {
    const problems = [];
    resolveTopLevel(query, schema, problems);
    return problems;
}
