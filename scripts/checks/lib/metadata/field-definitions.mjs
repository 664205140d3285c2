// Every custom field definition can deploy: a valid <type>, the elements that type requires (length,
// precision/scale, referenceTo + relationshipName, valueSet, visibleLines ...), values within bounds,
// a label, a fullName matching the file name; activity fields live under objects/Activity.
import { readFileSync } from 'node:fs';
import { lineOf } from '../project.mjs';
import { text } from '../xml.mjs';
import {
    FIELD_TYPES,
    REQUIRED_ELEMENTS,
    FORMULA_REQUIRED_ELEMENTS,
    BOUNDS,
    CUSTOM_METADATA_FIELD_TYPES
} from '../field-types.mjs';

function present(root, element) {
    const value = root[element];
    if (value === undefined || value === null) return false;
    return typeof value === 'object' ? Object.keys(value).length > 0 : String(value).trim() !== '';
}

function fieldFindings(field, source) {
    const findings = [];
    const at = (element) => lineOf(source, `<${element}>`) || 0;
    const add = (line, message) =>
        findings.push({ file: field.file, line, message: `${field.object}.${field.name}: ${message}` });
    const { root, type } = field;
    const fullName = text(root.fullName);
    if (fullName && fullName !== field.name)
        add(
            at('fullName'),
            `<fullName>${fullName}</fullName> does not match the file name ${field.name}: make them equal`
        );
    if (!text(root.label)) add(0, 'no <label>: every custom field needs one');
    if (!type) {
        add(0, 'no <type>: add the field type (Text, Number, Picklist, Lookup ...)');
        return findings;
    }
    if (!FIELD_TYPES.has(type)) {
        add(
            at('type'),
            `<type>${type}</type> is not a Salesforce field type: use one of ${[...FIELD_TYPES].join(', ')}`
        );
        return findings;
    }
    if (/__mdt$/i.test(field.object) && !CUSTOM_METADATA_FIELD_TYPES.has(type)) {
        add(
            at('type'),
            `custom metadata types cannot have ${type} fields: use one of ${[...CUSTOM_METADATA_FIELD_TYPES].join(', ')}`
        );
    }
    const required = field.formula ? (FORMULA_REQUIRED_ELEMENTS[type] ?? []) : (REQUIRED_ELEMENTS[type] ?? []);
    for (const element of required) {
        if (!present(root, element))
            add(at('type'), `a ${field.formula ? 'formula ' : ''}${type} field needs <${element}>: add it`);
    }
    if (type === 'Picklist' || type === 'MultiselectPicklist') {
        if (present(root, 'valueSet') && !field.valueSetName && field.values.length === 0) {
            add(
                at('valueSet'),
                'the picklist has no values: add <value> entries to <valueSetDefinition> or name a global value set'
            );
        }
    }
    if (type === 'Number' || type === 'Currency' || type === 'Percent') {
        const precision = Number(text(root.precision));
        const scale = Number(text(root.scale));
        if (present(root, 'scale') && present(root, 'precision') && !(scale >= 0 && scale <= precision)) {
            add(at('scale'), `scale ${scale} must be between 0 and the precision ${precision}`);
        }
    }
    for (const [element, [min, max]] of Object.entries(field.formula ? {} : (BOUNDS[type] ?? {}))) {
        if (!present(root, element)) continue;
        const value = Number(text(root[element]));
        if (!(Number.isInteger(value) && value >= min && value <= max)) {
            add(
                at(element),
                `<${element}>${text(root[element])}</${element}> must be a whole number from ${min} to ${max} for ${type} fields`
            );
        }
    }
    return findings;
}

/** Findings over the object model's fields (see object-model.mjs). */
export function fieldDefinitionFindings(model) {
    const findings = [];
    for (const object of model.objects.values()) {
        for (const field of object.fields.values()) {
            if (/^(Task|Event)$/i.test(object.name) && field.isCustom) {
                findings.push({
                    file: field.file,
                    line: 0,
                    message: `custom activity fields are defined on Activity, not ${object.name}: move this file to objects/Activity/fields/ (grant it as Activity.${field.name})`
                });
                continue;
            }
            if (!field.isCustom) continue;
            findings.push(...fieldFindings(field, readFileSync(field.abs, 'utf8')));
        }
    }
    return findings;
}
