// Converts the source to a Metadata API zip with source-deploy-retrieve, honouring .forceignore,
// and maps the file names the org reports back to the local source files.
import { createRequire } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { OrgScriptError } from './org-error.mjs';
import { EXIT } from './exit-codes.mjs';

const require = createRequire(import.meta.url);

export function componentSetFor(project, dirs) {
    const { ComponentSet } = require('@salesforce/source-deploy-retrieve');
    const set = ComponentSet.fromSource({ fsPaths: dirs.map((dir) => join(project.root, dir)) });
    set.sourceApiVersion = project.apiVersion;
    set.apiVersion = project.apiVersion;
    return set;
}

export async function buildDeployZip(componentSet) {
    if (componentSet.size === 0) {
        throw new OrgScriptError(
            'The package directories hold no metadata to deploy. Check sfdx-project.json and .forceignore.',
            EXIT.DEPLOY_FAILED
        );
    }
    const { MetadataConverter } = require('@salesforce/source-deploy-retrieve');
    const { zipBuffer, zipFileCount } = await new MetadataConverter().convert(componentSet, 'metadata', {
        type: 'zip'
    });
    return { zipBuffer, fileCount: zipFileCount, componentCount: componentSet.size };
}

function allComponents(componentSet) {
    const found = [];
    for (const component of componentSet.getSourceComponents()) {
        found.push(component);
        for (const child of component.getChildren()) found.push(child);
    }
    return found;
}

/**
 * Returns (componentType, fullName, fileName) -> project-relative source path. The org names files as
 * they are in the zip ("classes/Foo.cls", "lwc/bar/bar.js", "objects/Case.object"); the component's
 * type and full name find its source, and the file name decides between its body and its -meta.xml.
 */
export function sourcePathMapper(project, componentSet) {
    const byKey = new Map();
    for (const component of allComponents(componentSet)) {
        byKey.set(`${component.type.name}:${component.fullName}`.toLowerCase(), component);
    }
    return ({ componentType, fullName, fileName }) => {
        const zipName = String(fileName ?? '').replace(/^(unpackaged|zip)\//, '');
        const component = byKey.get(`${componentType}:${fullName}`.toLowerCase());
        if (!component) return zipName || `${componentType} ${fullName}`;
        const isMeta = zipName.endsWith('-meta.xml') || !component.content;
        if (isMeta && component.xml) return project.relative(component.xml);
        const content = component.content;
        if (content && existsSync(content) && statSync(content).isDirectory()) {
            // a bundle: the org names the file inside it, e.g. lwc/callWizard/callWizard.js
            const inner = zipName.split('/').slice(2).join(sep);
            const candidate = inner ? join(content, inner) : content;
            return project.relative(existsSync(candidate) ? candidate : content);
        }
        return project.relative(content ?? component.xml);
    };
}
