// Builds the deploy set of each package directory with @salesforce/source-deploy-retrieve, as the CLI
// does before a deploy: resolve the components (honouring .forceignore), write package.xml, and convert
// to the metadata-format zip in memory. Any error SDR raises is a finding.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { toRelative } from '../project.mjs';

const require = createRequire(import.meta.url);

function findingFromError(projectRoot, dir, error) {
    const root = resolve(projectRoot);
    const message = String(error?.message ?? error)
        .replace(/\\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const pathMatch = /(\/[^\s'"]+?\.(?:xml|cls|trigger|js|html|css|json|resource))\b/.exec(message);
    const lineMatch = /\bline:?\s*(\d+)/i.exec(message);
    const inRoot = pathMatch && pathMatch[1].startsWith(root);
    return {
        file: inRoot ? toRelative(root, pathMatch[1]) : dir.path,
        line: inRoot && lineMatch ? Number(lineMatch[1]) : 0,
        message: `the deploy set does not build (source-deploy-retrieve ${error?.name ?? 'error'}): ${message.split(`${root}/`).join('')}`
    };
}

/** Findings for each package directory whose deploy set cannot be built. */
export async function sdrBuildFindings(root, directories) {
    const { ComponentSet, MetadataConverter } = require('@salesforce/source-deploy-retrieve');
    const findings = [];
    for (const dir of directories) {
        try {
            const components = ComponentSet.fromSource({ fsPaths: [dir.abs] });
            if (components.size === 0) continue;
            await components.getPackageXml();
            const result = await new MetadataConverter().convert(components, 'metadata', { type: 'zip' });
            if (!result.zipBuffer || result.zipBuffer.length === 0) {
                findings.push({
                    file: dir.path,
                    line: 0,
                    message: 'the deploy zip came out empty: source-deploy-retrieve resolved components but wrote none'
                });
            }
        } catch (error) {
            findings.push(findingFromError(root, dir, error));
        }
    }
    return findings;
}
