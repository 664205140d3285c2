// Field access in Apex on the standard objects the project extends (Case, Contact, Contract, Activity ->
// Task/Event ...). apex-ls marks a standard object as incomplete as soon as objects/ adds fields to it,
// and then reports no unknown field on it, so `record.Not_A_Field__c` on a Case would pass. This fills
// exactly that gap: for variables declared with one of those SObject types (parameters, locals, fields,
// for-each variables) and for static `Case.Field` references, each field and relationship in a dotted
// path is resolved through the schema. Names declared with more than one type in a file are skipped.
import { staticQueries } from './apex-queries.mjs';

const NOT_TYPES = new Set(
    (
        'return new throw else when instanceof insert update upsert delete undelete merge user system public private ' +
        'protected global static final override virtual abstract transient testmethod webservice with without sharing ' +
        'class interface enum extends implements void if for while do try catch finally break continue null true false this super'
    ).split(' ')
);
const DECLARATION =
    /(?<![\w.])((?:Schema\s*\.\s*)?[A-Za-z_]\w*(?:\s*<[^;(){}=]*?>)?(?:\s*\[\s*\])?)\s+([A-Za-z_]\w*)\s*(?=[=;,):{])/g;
const ACCESS = /(?<![\w.])([A-Za-z_]\w*)((?:\s*\??\.\s*[A-Za-z_]\w*)+)/g;
// Members of the type itself, not fields: Case.SObjectType, Case.fields.X, Case.class (the System.Type literal).
const STATIC_MEMBERS = new Set(['sobjecttype', 'fields', 'getsobjecttype', 'class']);

function declaredTypes(code) {
    const types = new Map();
    let match;
    DECLARATION.lastIndex = 0;
    while ((match = DECLARATION.exec(code))) {
        const type = match[1].replace(/\s+/g, '').replace(/^Schema\./i, '');
        const name = match[2].toLowerCase();
        if (NOT_TYPES.has(type.toLowerCase())) continue;
        if (!types.has(name)) types.set(name, new Set());
        types.get(name).add(type.toLowerCase());
    }
    return types;
}

function queryRanges(code) {
    return staticQueries(code).map((query) => [query.offset, query.offset + query.text.length]);
}

/**
 * Problems in one masked Apex file: [{ offset, message }].
 * `blind` is the set of lower-case object names apex-ls cannot check; `schema` resolves them.
 */
export function fieldAccessProblems(code, schema, blind) {
    const problems = [];
    const types = declaredTypes(code);
    const ranges = queryRanges(code);
    let match;
    ACCESS.lastIndex = 0;
    while ((match = ACCESS.exec(code))) {
        if (ranges.some(([start, end]) => match.index >= start && match.index < end)) continue;
        let segments = match[2]
            .split('.')
            .map((segment) => segment.replace(/[\s?]/g, ''))
            .filter(Boolean);
        const after = code.slice(match.index + match[0].length).match(/^\s*(\S)/);
        if (after && after[1] === '(') segments = segments.slice(0, -1);
        let head = match[1];
        if (head === 'this' && segments.length) {
            head = segments[0];
            segments = segments.slice(1);
        }
        if (!segments.length) continue;
        const declared = types.get(head.toLowerCase());
        let object;
        if (declared) {
            if (declared.size !== 1) continue;
            object = schema.object([...declared][0]);
        } else if (blind.has(head.toLowerCase())) {
            // static reference: Case.Field__c, Case.fields.Field__c, Case.SObjectType
            object = schema.object(head);
            if (STATIC_MEMBERS.has(segments[0].toLowerCase())) {
                if (segments[0].toLowerCase() !== 'fields') continue;
                segments = segments.slice(1);
            }
            segments = segments.slice(0, 1);
        }
        if (!object || !segments.length) continue;
        const offset = match.index + match[0].indexOf('.') + 1;
        for (let i = 0; i < segments.length && object && blind.has(object.name.toLowerCase()); i++) {
            const segment = segments[i];
            const relationship = object.relationship(segment);
            if (relationship && i < segments.length - 1) {
                object = relationship.targets.length === 1 ? schema.object(relationship.targets[0]) : undefined;
                continue;
            }
            if (relationship || object.field(segment) || object.child(segment)) break;
            const result = schema.resolvePath(object.name, [segment]);
            problems.push({ offset, message: result.message });
            break;
        }
    }
    return problems;
}

/** Lower-case names of the standard objects the project extends in objects/ (Activity counts as Task and Event). */
export function extendedStandardObjects(model) {
    const names = new Set();
    for (const object of model.objects.values()) {
        if (/__/.test(object.name)) continue;
        if (object.name.toLowerCase() === 'activity') {
            names.add('task');
            names.add('event');
        } else {
            names.add(object.name.toLowerCase());
        }
    }
    return names;
}
