// One view of every object the code may name: the project's objects/ metadata joined with the standard
// allow-list. Apex, SOQL and LWC schema references are all resolved here, case-insensitively, and the
// canonical spelling is returned so callers can also insist on exact case where the platform does.
import { loadObjectModel } from './object-model.mjs';
import {
    standardObject,
    CUSTOM_OBJECT_FIELDS,
    CUSTOM_OBJECT_RELATIONSHIPS,
    CUSTOM_METADATA_FIELDS,
    PLATFORM_EVENT_FIELDS,
    ACTIVITY_OBJECTS
} from './standard-fields.mjs';

const ALLOW_LIST = 'scripts/checks/lib/standard-fields.mjs';

function kindOf(name) {
    if (/__c$/i.test(name)) return 'custom';
    if (/__mdt$/i.test(name)) return 'customMetadata';
    if (/__e$/i.test(name)) return 'platformEvent';
    if (/__\w+$/.test(name)) return 'otherCustom';
    return 'standard';
}

function implicitFields(kind) {
    if (kind === 'custom') return CUSTOM_OBJECT_FIELDS;
    if (kind === 'customMetadata') return CUSTOM_METADATA_FIELDS;
    if (kind === 'platformEvent') return PLATFORM_EVENT_FIELDS;
    return ['Id'];
}

function isLookup(field) {
    return ['Lookup', 'MasterDetail', 'MetadataRelationship', 'Hierarchy'].includes(field.type) && field.referenceTo;
}

export function createSchema(model) {
    const cache = new Map();

    function modelFieldsOf(name) {
        const own = [...(model.objects.get(name.toLowerCase())?.fields.values() ?? [])];
        if (ACTIVITY_OBJECTS.some((activity) => activity.toLowerCase() === name.toLowerCase())) {
            own.push(...(model.objects.get('activity')?.fields.values() ?? []));
        }
        return own;
    }

    function childRelationshipsOf(name) {
        const children = new Map();
        for (const object of model.objects.values()) {
            for (const field of object.fields.values()) {
                if (!isLookup(field) || !field.relationshipName) continue;
                if (field.referenceTo.toLowerCase() !== name.toLowerCase()) continue;
                const childName = object.name === 'Activity' ? 'Task' : object.name;
                const relationship = `${field.relationshipName}__r`;
                children.set(relationship.toLowerCase(), { name: relationship, child: childName });
            }
        }
        return children;
    }

    function build(requested) {
        const key = requested.toLowerCase();
        const modelObject = model.objects.get(key);
        const standard = standardObject(requested);
        const kind = kindOf(requested);
        const isActivityObject = ACTIVITY_OBJECTS.some((activity) => activity.toLowerCase() === key);
        if (!modelObject && !standard && !(isActivityObject && model.objects.has('activity'))) return undefined;
        const name = modelObject?.name ?? standard?.name ?? requested;
        const fields = new Map();
        const relationships = new Map();
        const add = (field) => fields.set(field.name.toLowerCase(), field);
        for (const field of kind === 'standard' ? [] : implicitFields(kind)) add({ name: field });
        if (kind === 'custom') {
            for (const [rel, target] of Object.entries(CUSTOM_OBJECT_RELATIONSHIPS)) {
                relationships.set(rel.toLowerCase(), { name: rel, targets: [target] });
            }
        }
        if (standard) {
            for (const field of standard.fields.values()) add({ name: field });
            for (const rel of standard.relationships.values())
                relationships.set(rel.name.toLowerCase(), { name: rel.name, targets: [rel.target] });
        }
        for (const field of modelFieldsOf(name)) {
            add(field);
            if (isLookup(field) && /__c$/i.test(field.name)) {
                const rel = field.name.replace(/__c$/i, '__r');
                relationships.set(rel.toLowerCase(), { name: rel, targets: [field.referenceTo] });
            }
        }
        const children = new Map(
            [...(standard?.children ?? new Map())].map(([k, v]) => [k, { name: v.name, child: v.child }])
        );
        for (const [k, v] of childRelationshipsOf(name)) children.set(k, v);
        return {
            name,
            kind,
            isStandard: kind === 'standard',
            inProject: Boolean(modelObject),
            field: (fieldName) => fields.get(String(fieldName).toLowerCase()),
            relationship: (relName) => relationships.get(String(relName).toLowerCase()),
            child: (relName) => children.get(String(relName).toLowerCase())
        };
    }

    function object(name) {
        const key = String(name).toLowerCase();
        if (!cache.has(key)) cache.set(key, build(String(name)));
        return cache.get(key);
    }

    /**
     * Resolves `segments` (e.g. ['Contact', 'Account', 'Name']) from `objectName`.
     * Returns { ok: true, canonical, object } or { ok: false, message }.
     */
    function resolvePath(objectName, segments) {
        let current = object(objectName);
        if (!current) return { ok: false, message: unknownObject(objectName) };
        const canonical = [current.name];
        for (let i = 0; i < segments.length; i++) {
            const segment = segments[i];
            const last = i === segments.length - 1;
            if (last) {
                const field = current.field(segment);
                if (!field) return { ok: false, message: unknownField(current, segment) };
                canonical.push(field.name);
                return { ok: true, canonical: canonical.join('.'), object: current, field };
            }
            const relationship = current.relationship(segment);
            if (!relationship) return { ok: false, message: unknownRelationship(current, segment) };
            canonical.push(relationship.name);
            if (relationship.targets.length !== 1) return { ok: true, canonical: canonical.join('.'), object: current };
            const next = object(relationship.targets[0]);
            if (!next) return { ok: false, message: unknownObject(relationship.targets[0]) };
            current = next;
        }
        return { ok: true, canonical: canonical.join('.'), object: current };
    }

    return { object, resolvePath };
}

export function unknownObject(name) {
    return /__/.test(name)
        ? `object ${name} is not defined in objects/: fix the name or add the object`
        : `object ${name} is neither in objects/ nor in the standard allow-list (${ALLOW_LIST}): fix the name, or add it there if it is a real standard object`;
}

function unknownField(object, fieldName) {
    return /__c$/i.test(fieldName)
        ? `${object.name}.${fieldName} does not exist: no objects/${fieldFolder(object)}/fields/${fieldName}.field-meta.xml; fix the name or add the field`
        : `${object.name}.${fieldName} is not a known field: not in objects/${object.name}/fields nor in the standard allow-list (${ALLOW_LIST}); fix the name, or add it there if it is a real standard field`;
}

function unknownRelationship(object, relName) {
    return /__r$/i.test(relName)
        ? `${object.name}.${relName} is not a relationship: no lookup field ${relName.replace(/__r$/i, '__c')} on ${object.name}; fix the name or add the lookup`
        : `${object.name}.${relName} is not a known relationship: not a lookup in objects/ nor in the standard allow-list (${ALLOW_LIST}); fix the path, or add it there if it is a real standard relationship`;
}

function fieldFolder(object) {
    return ACTIVITY_OBJECTS.includes(object.name) ? 'Activity' : object.name;
}

/** The schema of a project from its files ({ abs, rel, packageDir } as projectFiles returns them). */
export function schemaOf(files) {
    return createSchema(loadObjectModel(files));
}
