// Compiles every Lightning web component bundle with @lwc/sfdc-lwc-compiler, as the platform does on
// deploy, and reports its errors. The compiler accepts references it cannot resolve, so every reference
// it reports (Apex methods, schema, labels, modules, resources, child components) is checked against the
// project here. Also enforces the component security bar and the compiled-size budget.
// Components are authored in TypeScript and compiled to .js in place (npm run build) before this runs;
// findings point at the .ts source when there is one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadProjectFiles, readProject } from './lib/project.mjs';
import { lwcBundles, compiledFiles } from './lib/lwc-bundles.mjs';
import { referenceProblem } from './lib/lwc-references.mjs';
import { scriptInjections, templateInjections } from './lib/lwc-security.mjs';
import { tsLineMapper } from './lib/ts-source-lines.mjs';
import { projectResources } from './lib/project-resources.mjs';
import { schemaOf } from './lib/schema.mjs';
import { parseMetadataXml, text } from './lib/xml.mjs';
import { sortFindings } from './lib/findings.mjs';
import { runIfMain } from './lib/cli.mjs';

const require = createRequire(import.meta.url);
const MAX_COMPILED_BYTES = 50 * 1024;
const ERROR_LEVELS = new Set([0, 1]); // @lwc/errors DiagnosticLevel: Fatal, Error

function apiVersionOf(bundle, fallback) {
    const meta = bundle.files.find((file) => file.name === `${bundle.name}.js-meta.xml`);
    if (meta) {
        try {
            const version = text(parseMetadataXml(readFileSync(meta.abs, 'utf8')).root.apiVersion);
            if (version) return Math.floor(Number(version));
        } catch {
            // malformed meta files are reported by the metadata check
        }
    }
    return Math.floor(Number(fallback)) || undefined;
}

/** Maps a location in a compiled bundle file to the file a developer edits. */
function locator(bundle, sources) {
    const mappers = new Map();
    return (fileName, line, column) => {
        const file = bundle.files.find((f) => f.name === fileName);
        if (!file) return { rel: `${bundle.dir}/${fileName}`, line: line ?? 0 };
        if (!mappers.has(fileName)) {
            const ts = fileName.endsWith('.js')
                ? bundle.files.find((f) => f.name === fileName.replace(/\.js$/, '.ts'))
                : undefined;
            mappers.set(fileName, tsLineMapper(sources[fileName] ?? '', file.rel, ts?.abs, ts?.rel));
        }
        return mappers.get(fileName)(line ?? 0, column ?? 0);
    };
}

function securityFindings(bundle) {
    const findings = [];
    for (const file of bundle.files) {
        if (file.name.startsWith('__tests__/') || file.name.endsWith('.d.ts')) continue;
        const hasTsTwin =
            file.name.endsWith('.js') && bundle.files.some((f) => f.name === file.name.replace(/\.js$/, '.ts'));
        let problems = [];
        if (file.name.endsWith('.ts') || (file.name.endsWith('.js') && !hasTsTwin))
            problems = scriptInjections(readFileSync(file.abs, 'utf8'));
        else if (file.name.endsWith('.html')) problems = templateInjections(readFileSync(file.abs, 'utf8'));
        for (const problem of problems) findings.push({ file: file.rel, line: problem.line, message: problem.message });
    }
    return findings;
}

async function compileBundle(compile, bundle, context, apiVersion) {
    const findings = [];
    const sources = Object.fromEntries(
        compiledFiles(bundle).map((file) => [file.name, readFileSync(file.abs, 'utf8')])
    );
    const locate = locator(bundle, sources);
    const output = await compile({
        bundle: { type: 'platform', name: bundle.name, namespace: 'c', files: sources, options: { apiVersion } }
    });
    for (const diagnostic of output.diagnostics ?? []) {
        if (!ERROR_LEVELS.has(diagnostic.level)) continue;
        const where = locate(
            diagnostic.filename ?? `${bundle.name}.js`,
            diagnostic.location?.line,
            diagnostic.location?.column
        );
        findings.push({ file: where.rel, line: where.line, message: `compile error: ${diagnostic.message}` });
    }
    for (const reference of output.metadata?.references ?? []) {
        const problem = referenceProblem(reference, context);
        if (!problem) continue;
        for (const location of reference.locations.length ? reference.locations : [{}]) {
            const where = locate(reference.file, location.startLine, (location.startColumn ?? 1) - 1);
            findings.push({ file: where.rel, line: where.line, message: problem });
        }
    }
    const size = Buffer.byteLength(output.results?.[0]?.code ?? '', 'utf8');
    if (size > MAX_COMPILED_BYTES) {
        findings.push({
            file: `${bundle.dir}/${bundle.name}.js`,
            line: 0,
            message: `compiled component is ${(size / 1024).toFixed(1)} KB, over the 50 KB budget: move logic into shared modules or split the component`
        });
    }
    return findings;
}

export async function check({ root }) {
    const { files, findings } = loadProjectFiles(root, { includeIgnored: true });
    if (findings.length) return findings;
    const deployable = files.filter((file) => !file.ignored);
    const bundles = lwcBundles(files);
    const context = {
        schema: schemaOf(deployable),
        resources: projectResources(deployable),
        bundles: new Set(bundles.filter((b) => b.hasJs || b.hasTs).map((b) => b.name))
    };
    const { sourceApiVersion } = readProject(root);
    let compile;
    try {
        ({ compile } = require('@lwc/sfdc-lwc-compiler'));
    } catch (error) {
        return [
            {
                file: 'package.json',
                line: 0,
                message: `@lwc/sfdc-lwc-compiler cannot be loaded (${error.message}): install the project's devDependencies`
            }
        ];
    }
    for (const bundle of bundles) {
        findings.push(...securityFindings(bundle));
        if (!bundle.hasJs) {
            if (bundle.hasTs) {
                findings.push({
                    file: `${bundle.dir}/${bundle.name}.ts`,
                    line: 0,
                    message: `${bundle.name}.ts has not been compiled to ${bundle.name}.js: run npm run build first`
                });
            } else if (bundle.files.some((file) => !file.ignored)) {
                findings.push({
                    file: bundle.dir,
                    line: 0,
                    message: `bundle ${bundle.name} has no ${bundle.name}.js (or .ts): every component needs its main module`
                });
            }
            continue;
        }
        findings.push(...(await compileBundle(compile, bundle, context, apiVersionOf(bundle, sourceApiVersion))));
    }
    return sortFindings(findings);
}

await runIfMain(import.meta.url, check);
