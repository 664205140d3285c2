// Checks one reference reported by @lwc/sfdc-lwc-compiler (type + id) against the project and the
// platform. Returns a message saying what is wrong and what to do, or undefined when it resolves.
import { LIGHTNING_MODULES, LIGHTNING_COMPONENTS, PLATFORM_VALUES, CORE_MODULES } from './lwc-platform.mjs';

function apexMethod(id, { resources }, source) {
    const parts = id.split('.');
    if (parts.length === 3 && parts[0] !== 'c')
        return `${source} names namespace ${parts[0]}, which this project does not have`;
    if (parts.length < 2 || parts.length > 3) return `${source} must name Class.method`;
    const [className, methodName] = parts.slice(-2);
    const apexClass = resources.apexClasses.get(className.toLowerCase());
    if (!apexClass)
        return `${source}: no Apex class ${className} in the project's classes folders; fix the import or add the class`;
    const method = apexClass.auraMethods.get(methodName.toLowerCase());
    if (!method)
        return `${source}: ${methodName} is not an @AuraEnabled method of ${apexClass.name} (${apexClass.file}); fix the import or annotate the method`;
    if (!method.isStatic)
        return `${source}: ${apexClass.name}.${method.name} is @AuraEnabled but not static; components can call only static methods`;
    return undefined;
}

function schemaReference(id, { schema }, source) {
    const [objectName, ...path] = id.split('.');
    const object = schema.object(objectName);
    if (!object) return `${source}: ${schema.resolvePath(objectName, []).message}`;
    const result = schema.resolvePath(objectName, path);
    if (!result.ok) return `${source}: ${result.message}`;
    if (result.canonical !== id)
        return `${source}: write it exactly as declared, @salesforce/schema/${result.canonical}`;
    return undefined;
}

function named(map, id, what, folder, source) {
    if (id.includes('__')) return undefined; // namespaced: it belongs to another package and cannot be checked here
    const entry = map.get(id.toLowerCase());
    if (!entry) return `${source}: no ${what} ${id} in ${folder}; fix the name or add it`;
    if (entry.name !== id) return `${source}: write it as ${entry.name}`;
    return undefined;
}

function label(id, { resources }, source) {
    if (!id.startsWith('c.')) return `${source}: labels are imported as @salesforce/label/c.<Name>`;
    const name = id.slice(2);
    const entry = resources.labels.get(name.toLowerCase());
    if (!entry) return `${source}: no custom label ${name} in labels/CustomLabels.labels-meta.xml; add it there`;
    if (entry.name !== name) return `${source}: write it as c.${entry.name}`;
    return undefined;
}

function moduleReference(id, { bundles }, source) {
    if (CORE_MODULES.has(id) || LIGHTNING_MODULES.has(id)) return undefined;
    if (id.startsWith('lightning/'))
        return `${source}: ${id} is not a known Lightning module (list in scripts/checks/lib/lwc-platform.mjs); check the Lightning Component Reference`;
    if (id.startsWith('c/')) {
        const name = id.slice(2);
        return bundles.has(name)
            ? undefined
            : `${source}: no component bundle ${name} in any lwc folder; fix the import or add the bundle`;
    }
    return `${source}: ${id} is not available on the platform; components may import lwc, lightning/*, c/* and @salesforce/* modules only`;
}

function kebabToCamel(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

function component(id, { bundles }) {
    if (id.startsWith('c-')) {
        const name = kebabToCamel(id.slice(2));
        return bundles.has(name)
            ? undefined
            : `<${id}>: no component bundle ${name} in any lwc folder; fix the tag or add the bundle`;
    }
    if (id.startsWith('lightning-')) {
        return LIGHTNING_COMPONENTS.has(id)
            ? undefined
            : `<${id}> is not a known base component (list in scripts/checks/lib/lwc-platform.mjs); check the Lightning Component Reference`;
    }
    return `<${id}>: only c-* and lightning-* components are available to this project`;
}

const SOURCES = {
    apexMethod: 'apex',
    apexContinuation: 'apexContinuation',
    schema: 'schema',
    label: 'label',
    resourceUrl: 'resourceUrl',
    messageChannel: 'messageChannel',
    customPermission: 'customPermission',
    contentAssetUrl: 'contentAssetUrl'
};

/** The import source a reference came from, for messages (e.g. '@salesforce/apex/Ctl.m'). */
export function referenceSource(reference) {
    if (reference.type === 'module' || reference.type === 'component') return reference.id;
    return `@salesforce/${SOURCES[reference.type] ?? reference.type}/${reference.id}`;
}

/** undefined when the reference resolves, else what is wrong and what to do. */
export function referenceProblem(reference, context) {
    const { type, id } = reference;
    const source = referenceSource(reference);
    const { resources } = context;
    switch (type) {
        case 'apexMethod':
        case 'apexContinuation':
            return apexMethod(id, context, source);
        case 'schema':
            return schemaReference(id, context, source);
        case 'label':
            return label(id, context, source);
        case 'module':
            return moduleReference(id, context, source);
        case 'component':
            return component(id, context);
        case 'resourceUrl':
            return named(resources.staticResources, id, 'static resource', 'staticresources/', source);
        case 'messageChannel':
            return named(
                resources.messageChannels,
                id.replace(/__c$/, ''),
                'message channel',
                'messageChannels/',
                source
            );
        case 'customPermission':
            return named(resources.customPermissions, id, 'custom permission', 'customPermissions/', source);
        case 'contentAssetUrl':
            return named(resources.contentAssets, id, 'content asset', 'contentassets/', source);
        default:
            if (PLATFORM_VALUES[type]) {
                return PLATFORM_VALUES[type](id)
                    ? undefined
                    : `${source} is not a known @salesforce/${type} value (scripts/checks/lib/lwc-platform.mjs)`;
            }
            return `${source}: this check does not know @salesforce/${type}; confirm it is available to custom components and add it to scripts/checks/lib/lwc-platform.mjs`;
    }
}
