// Reading Salesforce source-format metadata XML into plain objects.
import { readFileSync } from 'fs';
import { XMLParser } from 'fast-xml-parser';

// Elements that may repeat; always parsed as arrays so one occurrence looks like many.
const REPEATED = new Set([
    'values',
    'value',
    'standardValue',
    'fieldPermissions',
    'objectPermissions',
    'userPermissions',
    'classAccesses',
    'recordTypeVisibilities',
    'queueSobject',
    'referenceTo',
    'picklistValues',
    'packageDirectories'
]);

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => REPEATED.has(name)
});

export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[] | undefined;

/** The root element's content of a metadata file, e.g. the inside of <CustomField>. */
export function readMetadataXml(file: string, rootElement: string): XmlNode {
    const parsed = parser.parse(readFileSync(file, 'utf8')) as XmlNode;
    const root = parsed[rootElement];
    if (!root || typeof root !== 'object' || Array.isArray(root)) {
        throw new Error(`${file}: expected a <${rootElement}> root element`);
    }
    return root;
}

/** The trimmed text of a child element, or undefined. */
export function text(node: XmlNode | undefined, name: string): string | undefined {
    const value = node?.[name];
    if (typeof value === 'string') return value.trim();
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof value['#text'] === 'string') {
        return value['#text'].trim();
    }
    return undefined;
}

export function flag(node: XmlNode | undefined, name: string): boolean {
    return text(node, name) === 'true';
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
    const value = node?.[name];
    if (value === undefined) return [];
    const list = Array.isArray(value) ? value : [value];
    return list.filter((item): item is XmlNode => typeof item === 'object' && item !== null && !Array.isArray(item));
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
    return children(node, name)[0];
}

export function texts(node: XmlNode | undefined, name: string): string[] {
    const value = node?.[name];
    if (value === undefined) return [];
    return (Array.isArray(value) ? value : [value])
        .map((item) => text({ item }, 'item'))
        .filter((item): item is string => item !== undefined);
}
