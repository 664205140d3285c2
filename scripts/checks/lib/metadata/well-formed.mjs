// Every XML file that deploys is well-formed, with exactly one root element. SDR copies most of them
// into the deploy zip unread, so a malformed file would only fail in the org.
import { readFileSync } from 'node:fs';
import { XMLValidator, XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false
});

/** Findings for the .xml files among `files` that are not well-formed. */
export function wellFormedFindings(files) {
    const findings = [];
    for (const file of files.filter((f) => f.rel.endsWith('.xml'))) {
        const text = readFileSync(file.abs, 'utf8');
        const result = XMLValidator.validate(text);
        if (result !== true) {
            findings.push({
                file: file.rel,
                line: result.err.line ?? 0,
                message: `malformed XML (column ${result.err.col}): ${result.err.msg}`
            });
            continue;
        }
        const roots = Object.keys(parser.parse(text)).filter((key) => !key.startsWith('?') && !key.startsWith('#'));
        if (roots.length !== 1) {
            findings.push({
                file: file.rel,
                line: 0,
                message: `malformed XML: expected exactly one root element, found ${roots.length}`
            });
        }
    }
    return findings;
}
