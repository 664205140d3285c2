// Named things a component may import from the project: custom labels, static resources, message
// channels, custom permissions, content assets, and the Apex classes with their @AuraEnabled methods.
import { readFileSync } from 'node:fs';
import { parseMetadataXml, list, text } from './xml.mjs';
import { maskApex } from './apex-source.mjs';
import { findClasses, classAt, auraEnabledMembers } from './apex-structure.mjs';

function namesByPattern(files, pattern) {
    const names = new Map();
    for (const file of files) {
        const match = pattern.exec(file.rel);
        if (match) names.set(match[1].toLowerCase(), { name: match[1], file: file.rel });
    }
    return names;
}

function customLabels(files) {
    const labels = new Map();
    for (const file of files.filter((f) => /(?:^|\/)labels\/[^/]+\.labels-meta\.xml$/.test(f.rel))) {
        try {
            const { root } = parseMetadataXml(readFileSync(file.abs, 'utf8'));
            for (const label of list(root.labels))
                labels.set(text(label.fullName).toLowerCase(), { name: text(label.fullName), file: file.rel });
        } catch {
            // unreadable labels files are reported by the metadata check
        }
    }
    return labels;
}

/**
 * Apex classes by lower-case name: { name, file, auraMethods: Map<lower-case method, { name, isStatic }> }.
 * Only members of the top-level class count: LWC cannot call inner-class methods.
 */
function apexClasses(files) {
    const classes = new Map();
    for (const file of files.filter((f) => /(?:^|\/)classes\/[^/]+\.cls$/.test(f.rel))) {
        const name = /([^/]+)\.cls$/.exec(file.rel)[1];
        const { code } = maskApex(readFileSync(file.abs, 'utf8'));
        const declared = findClasses(code);
        const topLevel = declared.find((cls) => !cls.outer && cls.name.toLowerCase() === name.toLowerCase());
        const auraMethods = new Map();
        for (const member of auraEnabledMembers(code)) {
            if (member.isMethod && topLevel && classAt(declared, member.offset) === topLevel) {
                auraMethods.set(member.name.toLowerCase(), { name: member.name, isStatic: member.isStatic });
            }
        }
        classes.set(name.toLowerCase(), { name, file: file.rel, auraMethods });
    }
    return classes;
}

export function projectResources(files) {
    return {
        labels: customLabels(files),
        staticResources: namesByPattern(files, /(?:^|\/)staticresources\/([^/]+)\.resource-meta\.xml$/),
        messageChannels: namesByPattern(files, /(?:^|\/)messageChannels\/([^/]+)\.messageChannel-meta\.xml$/),
        customPermissions: namesByPattern(files, /(?:^|\/)customPermissions\/([^/]+)\.customPermission-meta\.xml$/),
        contentAssets: namesByPattern(files, /(?:^|\/)contentassets\/([^/]+)\.asset-meta\.xml$/),
        apexClasses: apexClasses(files)
    };
}
