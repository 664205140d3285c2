// Every record type lists every custom picklist of its object with all of that picklist's values (a
// value added by metadata is not on an existing record type until the record type lists it), lists no
// value or field that does not exist, and, on objects that need one, names an existing business process.
import { readFileSync } from 'node:fs';
import { lineOf } from '../project.mjs';
import { list, text } from '../xml.mjs';
import { isPicklist, valuesOfPicklist } from '../object-model.mjs';

const NEEDS_BUSINESS_PROCESS = new Set(['case', 'lead', 'opportunity', 'solution']);

function decode(value) {
    try {
        return decodeURIComponent(value);
    } catch {
        return value;
    }
}

function picklistsOf(model, object) {
    const own = [...object.fields.values()];
    const activity = /^(task|event)$/i.test(object.name)
        ? [...(model.objects.get('activity')?.fields.values() ?? [])]
        : [];
    return [...own, ...activity].filter((field) => field.isCustom && isPicklist(field));
}

function findingsForRecordType(model, object, recordType) {
    const findings = [];
    const source = readFileSync(recordType.file.abs, 'utf8');
    const label = `record type ${object.name}.${recordType.name}`;
    const add = (line, message) => findings.push({ file: recordType.file.rel, line, message: `${label}: ${message}` });
    const listed = new Map(
        list(recordType.root.picklistValues).map((entry) => [text(entry.picklist).toLowerCase(), entry])
    );
    for (const field of picklistsOf(model, object)) {
        const values = valuesOfPicklist(model, field) ?? [];
        const entry = listed.get(field.name.toLowerCase());
        if (!entry) {
            add(
                0,
                `does not list picklist ${field.name}: add <picklistValues><picklist>${field.name}</picklist> with all its values (${values.join(', ')})`
            );
            continue;
        }
        const line = lineOf(source, `<picklist>${text(entry.picklist)}</picklist>`);
        const written = list(entry.values).map((value) => decode(text(value.fullName)));
        const missing = values.filter((value) => !written.includes(value));
        if (missing.length)
            add(
                line,
                `picklist ${field.name} is missing value(s) ${missing.join(', ')}: list every value of the field`
            );
        const unknown = written.filter((value) => !values.includes(value));
        if (unknown.length)
            add(
                line,
                `picklist ${field.name} lists value(s) ${unknown.join(', ')} that the field does not have (or has deactivated): remove them or add them to the field`
            );
    }
    for (const [key, entry] of listed) {
        if (!/__c$/.test(key)) continue;
        const field =
            object.fields.get(key) ??
            (/^(task|event)$/i.test(object.name) ? model.objects.get('activity')?.fields.get(key) : undefined);
        if (!field)
            add(
                lineOf(source, `<picklist>${text(entry.picklist)}</picklist>`),
                `lists picklist ${text(entry.picklist)}, which is not a field of ${object.name}: remove it or add the field`
            );
    }
    if (NEEDS_BUSINESS_PROCESS.has(object.name.toLowerCase())) {
        const processName = text(recordType.root.businessProcess);
        if (!processName)
            add(
                0,
                `${object.name} record types need a <businessProcess>: add one and its objects/${object.name}/businessProcesses/ file`
            );
        else if (!object.businessProcesses.has(processName.toLowerCase())) {
            add(
                lineOf(source, '<businessProcess>'),
                `business process ${processName} is not defined: add objects/${object.name}/businessProcesses/${processName}.businessProcess-meta.xml`
            );
        }
    }
    return findings;
}

/** Findings over every record type in the object model. */
export function recordTypesFindings(model) {
    const findings = [];
    for (const object of model.objects.values()) {
        for (const recordType of object.recordTypes) findings.push(...findingsForRecordType(model, object, recordType));
    }
    return findings;
}
