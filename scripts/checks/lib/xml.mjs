// XML reading for metadata files: values stay strings ("63.0" is not 63), repeated elements are read
// through `list()` so that one child and many children look the same.
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true
});

/** Parses metadata XML into { rootName, root } (root is the object under the root element). */
export function parseMetadataXml(text) {
    const document = parser.parse(text);
    const rootName = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#'));
    return { rootName, root: rootName ? document[rootName] || {} : {} };
}

/** A child that may appear once or many times, as an array. */
export function list(value) {
    if (value === undefined || value === null || value === '') return [];
    return Array.isArray(value) ? value : [value];
}

/** A text child as a trimmed string, '' when absent. */
export function text(value) {
    if (value === undefined || value === null) return '';
    if (typeof value === 'object') return '';
    return String(value).trim();
}

export function isTrue(value) {
    return text(value) === 'true';
}
