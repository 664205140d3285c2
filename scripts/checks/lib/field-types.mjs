// Custom field types the Metadata API accepts (FieldType), and the elements each one needs to deploy.

export const FIELD_TYPES = new Set([
    'AutoNumber',
    'Checkbox',
    'Currency',
    'Date',
    'DateTime',
    'Email',
    'EncryptedText',
    'ExternalLookup',
    'File',
    'Hierarchy',
    'Html',
    'IndirectLookup',
    'Location',
    'LongTextArea',
    'Lookup',
    'MasterDetail',
    'MetadataRelationship',
    'MultiselectPicklist',
    'Number',
    'Percent',
    'Phone',
    'Picklist',
    'Summary',
    'Text',
    'TextArea',
    'Time',
    'Url'
]);

/** Elements a field of each type must have (when it is not a formula). */
export const REQUIRED_ELEMENTS = {
    Text: ['length'],
    EncryptedText: ['length', 'maskChar', 'maskType'],
    LongTextArea: ['length', 'visibleLines'],
    Html: ['length', 'visibleLines'],
    Number: ['precision', 'scale'],
    Currency: ['precision', 'scale'],
    Percent: ['precision', 'scale'],
    Location: ['scale', 'displayLocationInDecimal'],
    Lookup: ['referenceTo', 'relationshipName'],
    MasterDetail: ['referenceTo', 'relationshipName', 'relationshipOrder'],
    ExternalLookup: ['referenceTo', 'relationshipName'],
    IndirectLookup: ['referenceTo', 'relationshipName'],
    MetadataRelationship: ['referenceTo'],
    Picklist: ['valueSet'],
    MultiselectPicklist: ['valueSet', 'visibleLines'],
    Checkbox: ['defaultValue'],
    AutoNumber: ['displayFormat'],
    Summary: ['summaryOperation']
};

/** Elements a formula field of each type must have. */
export const FORMULA_REQUIRED_ELEMENTS = {
    Number: ['precision', 'scale'],
    Currency: ['precision', 'scale'],
    Percent: ['precision', 'scale']
};

/** Inclusive bounds of numeric elements: type -> element -> [min, max]. */
export const BOUNDS = {
    Text: { length: [1, 255] },
    EncryptedText: { length: [1, 175] },
    LongTextArea: { length: [256, 131072], visibleLines: [2, 50] },
    Html: { length: [256, 131072], visibleLines: [10, 50] },
    Number: { precision: [1, 18] },
    Currency: { precision: [1, 18] },
    Percent: { precision: [1, 18] }
};

/** Field types a custom metadata type may have. */
export const CUSTOM_METADATA_FIELD_TYPES = new Set([
    'Checkbox',
    'Date',
    'DateTime',
    'Email',
    'LongTextArea',
    'MetadataRelationship',
    'Number',
    'Percent',
    'Phone',
    'Picklist',
    'Text',
    'TextArea',
    'Url'
]);

/** Types whose value is computed, so a permission set may grant them read access only. */
export const READ_ONLY_TYPES = new Set(['AutoNumber', 'Summary']);
