// One API version everywhere: every <apiVersion> in a meta file equals sfdx-project.json's
// sourceApiVersion.
import { readFileSync } from 'node:fs';
import { lineLocator } from '../project.mjs';

const API_VERSION = /<apiVersion>\s*([^<\s]*)\s*<\/apiVersion>/g;

/** Findings over the -meta.xml files among `files`, against the project's sourceApiVersion. */
export function apiVersionFindings(files, sourceApiVersion) {
    if (!sourceApiVersion) {
        return [
            {
                file: 'sfdx-project.json',
                line: 0,
                message: 'no sourceApiVersion: set it (one API version for the whole project)'
            }
        ];
    }
    const findings = [];
    for (const file of files.filter((f) => f.rel.endsWith('-meta.xml'))) {
        const source = readFileSync(file.abs, 'utf8');
        const lineAt = lineLocator(source);
        let match;
        API_VERSION.lastIndex = 0;
        while ((match = API_VERSION.exec(source))) {
            if (Number(match[1]) === Number(sourceApiVersion)) continue;
            findings.push({
                file: file.rel,
                line: lineAt(match.index),
                message: `apiVersion ${match[1]} differs from sourceApiVersion ${sourceApiVersion} in sfdx-project.json: use ${sourceApiVersion}`
            });
        }
    }
    return findings;
}
