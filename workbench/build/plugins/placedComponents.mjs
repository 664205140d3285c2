// Serves `virtual:placed-components`: the placement table with each existing component's
// constructor, so the shell can put it on a page. Entries whose bundle does not exist are reported
// as not placed; a TypeScript bundle that has not been compiled is a build error.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const PLACED_COMPONENTS_ID = 'virtual:placed-components';
const RESOLVED_ID = `\0${PLACED_COMPONENTS_ID}`;
const REGIONS = new Set(['header', 'main', 'sidebar']);
const KEYS = new Set(['component', 'pages', 'quickAction', 'region', 'recordType', 'demo', 'utilityBar']);

export function validatePlacement(entry) {
    const problems = [];
    const unknown = Object.keys(entry).filter((key) => !KEYS.has(key));
    if (unknown.length) problems.push(`unknown key(s) ${unknown.join(', ')}`);
    if (!/^[a-z][A-Za-z0-9]*\/[a-z][A-Za-z0-9]*$/.test(entry.component ?? ''))
        problems.push('component must be "namespace/name"');
    if (typeof entry.utilityBar === 'string' && entry.utilityBar.length > 0) {
        // A utility item of the console app, on every page (no pages, action or region).
        if ('pages' in entry || 'quickAction' in entry || 'region' in entry || 'recordType' in entry)
            problems.push('a utilityBar item (its label) is on every page: give no pages, quickAction, region or recordType');
        return problems.map((problem) => `placement ${entry.component ?? '?'}: ${problem}`);
    }
    if (!Array.isArray(entry.pages) || !entry.pages.length) problems.push('pages must list at least one object');
    const isAction = typeof entry.quickAction === 'string' && entry.quickAction.length > 0;
    if (isAction === REGIONS.has(entry.region))
        problems.push('give either quickAction (a label), region (header, main, sidebar) or utilityBar (a label)');
    return problems.map((problem) => `placement ${entry.component ?? '?'}: ${problem}`);
}

/** Where a placed component's entry file is, and whether it can be bundled. */
export function locateComponent(component, { componentRoot, workbenchModuleRoot }) {
    const [namespace, name] = component.split('/');
    if (namespace === 'c') {
        const base = join(componentRoot, name, name);
        if (existsSync(`${base}.js`)) return { state: 'present' };
        if (existsSync(`${base}.ts`)) return { state: 'uncompiled', file: `${base}.ts` };
        return { state: 'absent' };
    }
    return existsSync(join(workbenchModuleRoot, namespace, name, `${name}.ts`))
        ? { state: 'present' }
        : { state: 'absent' };
}

export function placedComponents({ placements, componentRoot, workbenchModuleRoot, log = console.log }) {
    return {
        name: 'workbench-placed-components',
        resolveId(source) {
            return source === PLACED_COMPONENTS_ID ? RESOLVED_ID : null;
        },
        load(id) {
            if (id !== RESOLVED_ID) return null;
            const problems = placements.flatMap(validatePlacement);
            if (problems.length) throw new Error(problems.join('\n'));
            const imports = [];
            const entries = [];
            const notPlaced = [];
            placements.forEach((entry, index) => {
                const location = locateComponent(entry.component, { componentRoot, workbenchModuleRoot });
                if (location.state === 'uncompiled') {
                    throw new Error(
                        `${entry.component}: ${location.file} is not compiled; run the TypeScript build first`
                    );
                }
                if (location.state === 'absent') {
                    notPlaced.push(entry.component);
                    return;
                }
                imports.push(`import Component${index} from ${JSON.stringify(entry.component)};`);
                entries.push(`{ ...${JSON.stringify(entry)}, constructor: Component${index} }`);
            });
            log(
                `placed: ${
                    placements
                        .filter((p) => !notPlaced.includes(p.component))
                        .map((p) => p.component)
                        .join(', ') || 'none'
                }`
            );
            if (notPlaced.length) log(`not placed (no bundle yet): ${notPlaced.join(', ')}`);
            return `${imports.join('\n')}\nexport const placements = [${entries.join(',\n')}];\nexport const notPlaced = ${JSON.stringify(notPlaced)};\n`;
        }
    };
}
