// What a deploy rejects about where components are placed: a record page or quick action naming a
// Lightning web component that is missing, not exposed, or lacks the target (and object) it is used
// with. lightning__RecordPage components on a page of object X must allow X when they list objects.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { lineLocator } from '../project.mjs';

const tagValues = (xml, tag) => [...xml.matchAll(new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`, 'g'))];

function readBundles(files) {
    const bundles = new Map();
    for (const file of files.filter((f) => f.rel.endsWith('.js-meta.xml') && f.rel.includes('/lwc/'))) {
        const name = basename(dirname(file.rel));
        if (basename(file.rel) !== `${name}.js-meta.xml`) continue;
        const xml = readFileSync(file.abs, 'utf8');
        const targets = new Set(tagValues(xml, 'target').map((m) => m[1]));
        const recordPageObjects = new Set();
        for (const config of xml.matchAll(/<targetConfig\s+targets="([^"]*)"[^>]*>([\s\S]*?)<\/targetConfig>/g)) {
            if (
                !config[1]
                    .split(',')
                    .map((t) => t.trim())
                    .includes('lightning__RecordPage')
            )
                continue;
            for (const object of tagValues(config[2], 'object')) recordPageObjects.add(object[1]);
        }
        bundles.set(name, {
            rel: file.rel,
            exposed: /<isExposed>\s*true\s*<\/isExposed>/.test(xml),
            targets,
            recordPageObjects
        });
    }
    return bundles;
}

function usageProblem(bundles, name, target, objectName) {
    const bundle = bundles.get(name);
    if (!bundle) return `component "${name}" does not exist: add the bundle lwc/${name} or fix the name`;
    if (!bundle.exposed) return `component "${name}" is not exposed: set <isExposed>true</isExposed> in ${bundle.rel}`;
    if (!bundle.targets.has(target)) return `component "${name}" lacks the target ${target}: add it to ${bundle.rel}`;
    if (
        target === 'lightning__RecordPage' &&
        bundle.recordPageObjects.size &&
        !bundle.recordPageObjects.has(objectName)
    ) {
        return `component "${name}" is not allowed on ${objectName} record pages: add <object>${objectName}</object> to its lightning__RecordPage targetConfig in ${bundle.rel}`;
    }
    return null;
}

function flexiPageFindings(file, bundles) {
    const xml = readFileSync(file.abs, 'utf8');
    const objectName = tagValues(xml, 'sobjectType')[0]?.[1];
    // Record pages need lightning__RecordPage; a console app's utility bar (a FlexiPage of type UtilityBar) needs
    // lightning__UtilityBar (LWC Developer Guide, "Configure a Component for the Utility Bar").
    const target = /<type>\s*RecordPage\s*<\/type>/.test(xml)
        ? 'lightning__RecordPage'
        : /<type>\s*UtilityBar\s*<\/type>/.test(xml)
          ? 'lightning__UtilityBar'
          : null;
    if (!target) return [];
    const lineAt = lineLocator(xml);
    const findings = [];
    for (const match of xml.matchAll(/<componentName>\s*([^<:\s]+:)?([^<\s]+)\s*<\/componentName>/g)) {
        const namespace = match[1]?.slice(0, -1);
        if (namespace && namespace !== 'c') continue; // force:, flexipage:, runtime_* are platform components
        const problem = usageProblem(bundles, match[2], target, objectName);
        if (problem) findings.push({ file: file.rel, line: lineAt(match.index), message: problem });
    }
    return findings;
}

function quickActionFindings(file, bundles) {
    const xml = readFileSync(file.abs, 'utf8');
    if (!/<type>\s*LightningWebComponent\s*<\/type>/.test(xml)) return [];
    const match = /<lightningWebComponent>\s*([^<\s]+)\s*<\/lightningWebComponent>/.exec(xml);
    if (!match) {
        return [
            { file: file.rel, line: 0, message: 'a LightningWebComponent quick action needs <lightningWebComponent>' }
        ];
    }
    const name = match[1].replace(/^c:/, '');
    const problem = usageProblem(bundles, name, 'lightning__RecordAction');
    return problem ? [{ file: file.rel, line: lineLocator(xml)(match.index), message: problem }] : [];
}

/** Findings over the flexipages and quick actions among `files`. */
export function componentPlacementFindings(files) {
    const bundles = readBundles(files);
    const findings = [];
    for (const file of files) {
        if (file.rel.endsWith('.flexipage-meta.xml')) findings.push(...flexiPageFindings(file, bundles));
        if (file.rel.endsWith('.quickAction-meta.xml')) findings.push(...quickActionFindings(file, bundles));
    }
    return findings;
}
