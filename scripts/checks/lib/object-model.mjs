// The objects the project defines or extends, read from every package directory's objects/ folders:
// objects, their fields (type, lookup target, picklist values), record types and business processes,
// plus global value sets. Files that do not parse are skipped here; the metadata check reports them.
import { readFileSync } from 'node:fs';
import { parseMetadataXml, list, text, isTrue } from './xml.mjs';

const OBJECT_FILE = /(?:^|\/)objects\/([^/]+)\/\1\.object-meta\.xml$/;
const FIELD_FILE = /(?:^|\/)objects\/([^/]+)\/fields\/([^/]+)\.field-meta\.xml$/;
const RECORD_TYPE_FILE = /(?:^|\/)objects\/([^/]+)\/recordTypes\/([^/]+)\.recordType-meta\.xml$/;
const BUSINESS_PROCESS_FILE = /(?:^|\/)objects\/([^/]+)\/businessProcesses\/([^/]+)\.businessProcess-meta\.xml$/;
const GLOBAL_VALUE_SET_FILE = /(?:^|\/)globalValueSets\/([^/]+)\.globalValueSet-meta\.xml$/;

function readXml(file) {
    try {
        return parseMetadataXml(readFileSync(file.abs, 'utf8'));
    } catch {
        return undefined;
    }
}

function objectEntry(model, name) {
    const key = name.toLowerCase();
    if (!model.objects.has(key)) {
        model.objects.set(key, {
            name,
            objectFile: undefined,
            fields: new Map(),
            recordTypes: [],
            businessProcesses: new Map()
        });
    }
    return model.objects.get(key);
}

function picklistValues(root) {
    const valueSet = root.valueSet;
    if (!valueSet || typeof valueSet !== 'object') return { hasValueSet: false, valueSetName: '', values: [] };
    const definition = valueSet.valueSetDefinition;
    const values = definition && typeof definition === 'object' ? list(definition.value) : [];
    return {
        hasValueSet: true,
        valueSetName: text(valueSet.valueSetName),
        values: values.filter((value) => text(value.isActive) !== 'false').map((value) => text(value.fullName))
    };
}

function fieldDefinition(objectName, fieldName, file, root) {
    return {
        object: objectName,
        name: fieldName,
        file: file.rel,
        abs: file.abs,
        packageDir: file.packageDir,
        root,
        type: text(root.type),
        label: text(root.label),
        referenceTo: text(root.referenceTo),
        relationshipName: text(root.relationshipName),
        required: isTrue(root.required),
        formula: text(root.formula),
        isCustom: /__c$/i.test(fieldName),
        ...picklistValues(root)
    };
}

/** Reads the object model from the project's files ({ abs, rel, packageDir } as projectFiles returns them). */
export function loadObjectModel(files) {
    const model = { objects: new Map(), globalValueSets: new Map() };
    for (const file of files) {
        let match;
        if ((match = FIELD_FILE.exec(file.rel))) {
            const xml = readXml(file);
            if (!xml) continue;
            const object = objectEntry(model, match[1]);
            object.fields.set(match[2].toLowerCase(), fieldDefinition(object.name, match[2], file, xml.root));
        } else if ((match = OBJECT_FILE.exec(file.rel))) {
            objectEntry(model, match[1]).objectFile = file;
        } else if ((match = RECORD_TYPE_FILE.exec(file.rel))) {
            const xml = readXml(file);
            if (!xml) continue;
            objectEntry(model, match[1]).recordTypes.push({ name: match[2], file, root: xml.root });
        } else if ((match = BUSINESS_PROCESS_FILE.exec(file.rel))) {
            objectEntry(model, match[1]).businessProcesses.set(match[2].toLowerCase(), { name: match[2], file });
        } else if ((match = GLOBAL_VALUE_SET_FILE.exec(file.rel))) {
            const xml = readXml(file);
            if (!xml) continue;
            const values = list(xml.root.customValue).map((value) => text(value.fullName));
            model.globalValueSets.set(match[1].toLowerCase(), { name: match[1], values, file });
        }
    }
    return model;
}

/** The values of a picklist field: its own value set, or the global value set it names. */
export function valuesOfPicklist(model, field) {
    if (field.valueSetName) return model.globalValueSets.get(field.valueSetName.toLowerCase())?.values;
    return field.values;
}

export function isPicklist(field) {
    return field.type === 'Picklist' || field.type === 'MultiselectPicklist';
}
