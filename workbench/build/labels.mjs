// Reads the project's custom labels (CustomLabels.labels-meta.xml) into a name -> value map.
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

export function readCustomLabels(file) {
    if (!existsSync(file)) return new Map();
    const parser = new XMLParser({ parseTagValue: false, trimValues: false, isArray: (name) => name === 'labels' });
    const document = parser.parse(readFileSync(file, 'utf8'));
    const labels = document.CustomLabels?.labels ?? [];
    return new Map(labels.map((label) => [String(label.fullName).trim(), String(label.value ?? '')]));
}
