// Bundles the shell, the platform modules and the placed components into workbench/dist/app.js
// with rollup and @lwc/rollup-plugin: the same compiler the platform uses, real base components.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import nodeResolve from '@rollup/plugin-node-resolve';
import { placements } from '../placements.mjs';
import { typescriptTranspile } from './plugins/typescriptTranspile.mjs';
import { salesforceModules } from './plugins/salesforceModules.mjs';
import { platformModules } from './plugins/platformModules.mjs';
import { placedComponents } from './plugins/placedComponents.mjs';
import {
    projectRoot,
    browserSourceRoot,
    distRoot,
    componentRoot,
    labelsFile,
    apexClassRoot,
    baseComponentsRoot
} from './paths.mjs';

const workbenchModuleRoot = join(browserSourceRoot, 'modules');
const platformDir = join(browserSourceRoot, 'platform');

/** `c/<bundle>` -> the compiled entry of each bundle that has one. */
function componentAliases() {
    if (!existsSync(componentRoot)) return [];
    return readdirSync(componentRoot, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(componentRoot, entry.name, `${entry.name}.js`)))
        .map((entry) => ({ name: `c/${entry.name}`, path: join(componentRoot, entry.name, `${entry.name}.js`) }));
}

export function rollupOptions({ log = console.log } = {}) {
    return {
        input: join(browserSourceRoot, 'main.ts'),
        onwarn(warning, warn) {
            // base components reference `this` at module level in a few helpers
            if (warning.code === 'THIS_IS_UNDEFINED') return;
            // the base components' own templates trip a few compiler lint warnings; ours must not
            if (
                warning.plugin === 'rollup-plugin-lwc-compiler' &&
                warning.loc?.file?.includes('lightning-base-components')
            )
                return;
            warn(warning);
        },
        plugins: [
            placedComponents({ placements, componentRoot, workbenchModuleRoot, log }),
            platformModules({ platformDir }),
            salesforceModules({
                platformDir,
                labelsFile,
                apexClassRoot,
                scopedImportsDir: join(baseComponentsRoot, 'scopedImports')
            }),
            replace({
                preventAssignment: true,
                values: {
                    'import.meta.env.SSR': 'false',
                    'process.env.NODE_ENV': JSON.stringify('development')
                }
            }),
            typescriptTranspile({ include: browserSourceRoot }),
            lwc({
                rootDir: workbenchModuleRoot,
                modules: [...componentAliases(), { npm: 'lightning-base-components' }],
                enableDynamicComponents: true,
                // lightning-base-combobox attaches ElementInternals; the platform allows it under synthetic shadow
                enableSyntheticElementInternals: true
            }),
            nodeResolve({ rootDir: projectRoot, extensions: ['.mjs', '.js', '.ts'] })
        ]
    };
}

export async function bundle({ log = console.log } = {}) {
    const started = Date.now();
    const options = rollupOptions({ log });
    const build = await rollup(options);
    try {
        await build.write({
            file: join(distRoot, 'app.js'),
            format: 'es',
            inlineDynamicImports: true,
            sourcemap: false
        });
    } finally {
        await build.close();
    }
    log(`bundled workbench/dist/app.js in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
