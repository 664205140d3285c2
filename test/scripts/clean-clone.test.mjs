// A clean clone of HEAD deploys with the standard tools: the Metadata API package that
// source-deploy-retrieve builds from force-app/main (what `sf project deploy start` and `npm run org:deploy`
// send) carries every component's compiled JavaScript without a build step, and nothing that is not
// metadata. And the build stage of `npm test` fails when the committed JavaScript is stale.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
    appendFileSync,
    existsSync,
    mkdtempSync,
    readFileSync,
    readdirSync,
    rmSync,
    symlinkSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readProject } from '../../scripts/org/project.mjs';
import { buildDeployZip, componentSetFor } from '../../scripts/org/deploy-package.mjs';
import { staleBuildOutput } from '../../scripts/build/committed-output.mjs';
import { zipEntries } from '../org/fake-org.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const LWC = 'force-app/main/default/lwc';

function git(cwd, ...args) {
    const result = spawnSync(
        'git',
        [
            '-c',
            'user.name=Clean Clone Test',
            '-c',
            'user.email=clean-clone@example.com',
            '-c',
            'commit.gpgsign=false',
            ...args
        ],
        { cwd, encoding: 'utf8' }
    );
    assert.equal(result.status, 0, `git ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout.trim();
}

/** A clone of this repository's HEAD, with the installed node_modules linked in (nothing is built). */
function cloneHead() {
    const dir = mkdtempSync(join(tmpdir(), 'clean-clone-'));
    const clone = join(dir, 'project');
    git(dir, 'clone', '--quiet', '--no-checkout', repo, clone);
    git(clone, 'checkout', '--quiet', git(repo, 'rev-parse', 'HEAD'));
    symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'), 'dir');
    return { dir, clone };
}

function buildStage(clone) {
    return spawnSync(process.execPath, ['scripts/test.mjs', '--only', 'build'], { cwd: clone, encoding: 'utf8' });
}

/** The file names of the zip as the Metadata API reads them (SDR writes them at the root, sf once under unpackaged/). */
const deployEntries = (zip) => new Set(zipEntries(zip.zipBuffer).map((name) => name.replace(/^unpackaged\//, '')));

/** Names of the LWC bundles a quick action or record page of the package places. */
function placedComponents(clone) {
    const placed = [];
    const base = join(clone, 'force-app/main/default');
    for (const [folder, pattern] of [
        ['quickActions', /<lightningWebComponent>([^<]+)<\/lightningWebComponent>/g],
        ['flexipages', /<componentName>([^<]+)<\/componentName>/g]
    ]) {
        for (const file of readdirSync(join(base, folder))) {
            const xml = readFileSync(join(base, folder, file), 'utf8');
            for (const [, name] of xml.matchAll(pattern)) {
                // force:detailPanel and other namespaced names are standard components; c:name is ours
                if (!name.includes(':') || name.startsWith('c:'))
                    placed.push({ file: `${folder}/${file}`, name: name.replace(/^c:/, '') });
            }
        }
    }
    return placed;
}

describe('a clean clone of HEAD', () => {
    let dir;
    let clone;
    before(() => ({ dir, clone } = cloneHead()));
    after(() => rmSync(dir, { recursive: true, force: true }));

    test('its deploy package carries every component with its .js, and no TypeScript or tests', async () => {
        const project = readProject(clone);
        const zip = await buildDeployZip(componentSetFor(project, ['force-app/main']));
        const entries = deployEntries(zip);
        const bundles = readdirSync(join(clone, LWC), { withFileTypes: true }).filter((entry) => entry.isDirectory());
        assert.ok(bundles.length >= 10, `expected the package's bundles under ${LWC}, found ${bundles.length}`);
        for (const { name } of bundles) {
            assert.ok(entries.has(`lwc/${name}/${name}.js`), `the deploy package lacks lwc/${name}/${name}.js`);
            assert.ok(
                entries.has(`lwc/${name}/${name}.js-meta.xml`),
                `the deploy package lacks lwc/${name}/${name}.js-meta.xml`
            );
            for (const file of readdirSync(join(clone, LWC, name)).filter((file) => file.endsWith('.ts'))) {
                const js = file.replace(/\.ts$/, '.js');
                assert.ok(
                    entries.has(`lwc/${name}/${js}`),
                    `the deploy package lacks lwc/${name}/${js}, compiled from ${file}`
                );
            }
        }
        const notMetadata = [...entries].filter(
            (name) =>
                name.endsWith('.ts') || name.includes('__tests__') || /(^|\/)(tsconfig|jsconfig)\.json$/.test(name)
        );
        assert.deepEqual(notMetadata, [], 'TypeScript sources, tests and configs must stay out of the deploy package');
    });

    test('every quick action and record page names a component the deploy package carries', async () => {
        const project = readProject(clone);
        const zip = await buildDeployZip(componentSetFor(project, ['force-app/main']));
        const entries = deployEntries(zip);
        const placed = placedComponents(clone);
        assert.ok(
            placed.length >= 12,
            `expected the 8 quick actions and 4 record pages to place components, found ${placed.length}`
        );
        for (const { file, name } of placed) {
            const metadataName = file.replace(/-meta\.xml$/, '');
            assert.ok(entries.has(metadataName), `the deploy package lacks ${metadataName}`);
            assert.ok(
                entries.has(`lwc/${name}/${name}.js`),
                `${file} places ${name}, whose lwc/${name}/${name}.js is not in the deploy package`
            );
        }
    });

    test('its committed JavaScript is what the build produces, so the build stage passes', () => {
        const result = buildStage(clone);
        assert.equal(result.status, 0, result.stdout + result.stderr);
        assert.deepEqual(staleBuildOutput(clone), []);
    });
});

describe('the build stage with stale committed JavaScript', () => {
    let dir;
    let clone;
    before(() => ({ dir, clone } = cloneHead()));
    after(() => rmSync(dir, { recursive: true, force: true }));

    test('fails, naming a committed .js that is stale and a compiled .js that was never committed', () => {
        const stale = `${LWC}/contractWarning/warningModel.js`;
        appendFileSync(join(clone, stale), '// edited by hand, not by the build\n');
        const newSource = `${LWC}/playbookClient/plantedHelper.ts`;
        writeFileSync(join(clone, newSource), 'export const planted = 1;\n');
        git(clone, 'add', stale, newSource);
        git(clone, 'commit', '--quiet', '-m', 'planted: a stale compiled file and a source without its compiled file');

        const result = buildStage(clone);
        const output = result.stdout + result.stderr;
        assert.equal(result.status, 1, output);
        assert.match(output, new RegExp(`${stale} \\(changed by the build: the committed file is stale\\)`));
        assert.match(output, new RegExp(`${LWC}/playbookClient/plantedHelper\\.js \\(new, not committed\\)`));
        assert.match(output, /Run npm run build and commit these files\./);
        assert.match(output, /0 passed, 1 failed/);
    });
});

describe('the committed-output check outside git', () => {
    test('fails with what to do instead of passing', () => {
        const dir = mkdtempSync(join(tmpdir(), 'not-a-clone-'));
        try {
            writeFileSync(join(dir, 'sfdx-project.json'), '{"packageDirectories":[{"path":"force-app"}]}');
            assert.ok(!existsSync(join(dir, '.git')));
            assert.throws(
                () => staleBuildOutput(dir),
                /cannot tell whether the committed component JavaScript is fresh.*Run the tests in a git clone/s
            );
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
