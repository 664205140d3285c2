// Apex syntax and formatting gate: prettier with prettier-plugin-apex (Salesforce's own parser) on every
// .cls and .trigger. A file that does not parse is a syntax error (with line and column); a file that
// parses but differs from prettier's output is unformatted. The project's prettier configuration is used
// when the project has one; otherwise prettier's defaults with the Apex plugin.
import { readFileSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { createRequire } from 'node:module';
import { loadProjectFiles, isApexFile } from './lib/project.mjs';
import { apexSyntaxErrors } from './lib/apex-parser.mjs';
import { sortFindings } from './lib/findings.mjs';
import { runIfMain } from './lib/cli.mjs';

const require = createRequire(import.meta.url);

async function optionsFor(prettier, apexPlugin, root, abs) {
    const configFile = await prettier.resolveConfigFile(abs);
    const fromRoot = configFile ? relative(root, configFile) : '..';
    const insideRoot = !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
    const config = insideRoot
        ? ((await prettier.resolveConfig(abs, { config: configFile, editorconfig: false })) ?? {})
        : {};
    const plugins = (config.plugins ?? []).filter((plugin) => plugin !== 'prettier-plugin-apex');
    return { ...config, plugins: [...plugins, apexPlugin], filepath: abs };
}

function firstDifferentLine(source, formatted) {
    const a = source.split('\n');
    const b = formatted.split('\n');
    let index = 0;
    while (index < a.length && index < b.length && a[index] === b[index]) index++;
    return index + 1;
}

async function syntaxFinding(file, source, error) {
    const errors = apexSyntaxErrors(source, { anonymous: false });
    if (errors && errors.length) {
        const [first] = errors;
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
        return {
            file: file.rel,
            line: first.line,
            message: `Apex syntax error at column ${first.column}: ${first.message}${more}`
        };
    }
    return { file: file.rel, line: 0, message: `Apex syntax error: ${String(error.message).split(/\r?\n/)[0]}` };
}

export async function check({ root }) {
    const { files, findings } = loadProjectFiles(root);
    if (findings.length) return findings;
    let prettier;
    let apexPlugin;
    try {
        prettier = await import('prettier');
        apexPlugin = require.resolve('prettier-plugin-apex');
    } catch (error) {
        return [
            {
                file: 'package.json',
                line: 0,
                message: `prettier with prettier-plugin-apex cannot be loaded (${error.message}): install the devDependencies`
            }
        ];
    }
    const ignorePath = join(root, '.prettierignore');
    for (const file of files.filter(isApexFile)) {
        const info = await prettier.getFileInfo(file.abs, { ignorePath, plugins: [apexPlugin] });
        if (info.ignored) continue;
        const source = readFileSync(file.abs, 'utf8');
        try {
            const formatted = await prettier.format(source, await optionsFor(prettier, apexPlugin, root, file.abs));
            if (formatted !== source) {
                findings.push({
                    file: file.rel,
                    line: firstDifferentLine(source, formatted),
                    message:
                        'not formatted as prettier-plugin-apex formats it (first difference on this line): run npm run format'
                });
            }
        } catch (error) {
            findings.push(await syntaxFinding(file, source, error));
        }
    }
    return sortFindings(findings);
}

await runIfMain(import.meta.url, check);
