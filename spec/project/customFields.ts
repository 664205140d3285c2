// CustomField metadata to the org's field definitions.
import type { FieldDefinition, FieldType } from '../org/schema';
import { parseFormula } from '../org/formulas';
import type { FieldValue } from '../org/values';
import { child, children, flag, text, texts, type XmlNode } from './metadataXml';

const TYPES: Record<string, FieldType> = {
    Text: 'string',
    TextArea: 'textarea',
    LongTextArea: 'textarea',
    Html: 'textarea',
    EncryptedText: 'string',
    Picklist: 'picklist',
    MultiselectPicklist: 'multipicklist',
    Checkbox: 'boolean',
    Number: 'double',
    Currency: 'currency',
    Percent: 'percent',
    Date: 'date',
    DateTime: 'datetime',
    Lookup: 'reference',
    MasterDetail: 'reference',
    Email: 'email',
    Phone: 'phone',
    Url: 'url',
    AutoNumber: 'string'
};

function defaultValueOf(type: FieldType, raw: string | undefined): FieldValue | undefined {
    if (raw === undefined) return undefined;
    if (type === 'boolean') return raw.toLowerCase() === 'true';
    if (type === 'double' || type === 'currency' || type === 'percent') {
        const number = Number(raw);
        return Number.isFinite(number) ? number : undefined;
    }
    const quoted = /^"(.*)"$/s.exec(raw) ?? /^'(.*)'$/s.exec(raw);
    return quoted ? quoted[1] : undefined;
}

export function customFieldDefinition(objectName: string, xml: XmlNode, file: string): FieldDefinition {
    const name = text(xml, 'fullName');
    const metadataType = text(xml, 'type');
    if (!name || !metadataType) throw new Error(`${file}: a custom field needs fullName and type`);
    const formula = text(xml, 'formula') !== undefined || metadataType === 'Summary' || metadataType === 'AutoNumber';
    const type = TYPES[metadataType] ?? (formula ? 'string' : undefined);
    if (!type) throw new Error(`${file}: unsupported field type ${metadataType} on ${objectName}.${name}`);
    const field: FieldDefinition = {
        name,
        type,
        custom: true,
        createable: !formula,
        updateable: !formula,
        nillable: !flag(xml, 'required') && metadataType !== 'MasterDetail' && type !== 'boolean',
        unique: flag(xml, 'unique') || undefined,
        externalId: flag(xml, 'externalId') || undefined
    };
    const formulaSource = text(xml, 'formula');
    if (formulaSource !== undefined) field.formula = parseFormula(formulaSource, metadataType);
    const length = Number(text(xml, 'length'));
    if (Number.isFinite(length) && length > 0) field.length = length;
    else if (metadataType === 'TextArea') field.length = 255;
    if (type === 'reference') {
        const targets = texts(xml, 'referenceTo');
        if (!targets.length) throw new Error(`${file}: lookup ${objectName}.${name} has no referenceTo`);
        field.referenceTo = targets;
        // The relationship traversed from this object is the field name with __r, whatever
        // <relationshipName> (the child relationship seen from the parent) says.
        field.relationshipName = name.replace(/__c$/i, '__r');
    }
    const valueSet = child(xml, 'valueSet');
    if (valueSet) {
        const values = children(child(valueSet, 'valueSetDefinition'), 'value');
        field.picklistValues = values.map((value) => text(value, 'fullName') ?? '');
        field.restrictedPicklist = flag(valueSet, 'restricted');
        const chosen = values.find((value) => flag(value, 'default'));
        if (chosen && type === 'picklist') field.defaultValue = text(chosen, 'fullName');
    }
    const defaultValue = defaultValueOf(type, text(xml, 'defaultValue'));
    if (defaultValue !== undefined) field.defaultValue = defaultValue;
    return field;
}
