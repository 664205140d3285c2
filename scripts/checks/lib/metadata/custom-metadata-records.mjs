// Every custom metadata record (customMetadata/<Type>.<Record>.md-meta.xml) belongs to a type defined in
// objects/ and sets only fields that type has; the org rejects a record naming an unknown field.
import { readFileSync } from 'node:fs';
import { lineOf } from '../project.mjs';
import { parseMetadataXml, list, text } from '../xml.mjs';

const RECORD_FILE = /(?:^|\/)customMetadata\/([^/.]+)\.([^/]+)\.md-meta\.xml$/;

/** Findings over the custom metadata record files among `files`. */
export function customMetadataRecordFindings(model, files) {
    const findings = [];
    for (const file of files) {
        const match = RECORD_FILE.exec(file.rel);
        if (!match) continue;
        const typeName = `${match[1]}__mdt`;
        const type = model.objects.get(typeName.toLowerCase());
        if (!type) {
            findings.push({
                file: file.rel,
                line: 0,
                message: `record of custom metadata type ${typeName}, which is not defined in objects/: fix the file name or add the type`
            });
            continue;
        }
        const source = readFileSync(file.abs, 'utf8');
        let root;
        try {
            ({ root } = parseMetadataXml(source));
        } catch {
            continue; // reported by the well-formedness check
        }
        for (const value of list(root.values)) {
            const field = text(value.field);
            if (field && !type.fields.has(field.toLowerCase())) {
                findings.push({
                    file: file.rel,
                    line: lineOf(source, `<field>${field}</field>`),
                    message: `sets ${field}, which is not a field of ${typeName}: fix the name or add objects/${typeName}/fields/${field}.field-meta.xml`
                });
            }
        }
    }
    return findings;
}
