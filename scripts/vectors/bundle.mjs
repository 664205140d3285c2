// Bundles every conformance vector (spec/vectors/<Controller>/<name>.json) into the test-only static
// resource PlaybookVectors that the Apex replay reads, and generates PlaybookVectorReplayTest with one
// test method per vector, so each replay runs with its own governor limits.
//   node scripts/vectors/bundle.mjs            writes the files
// scripts/checks/vector-bundle.mjs compares the files on disk with what this would write.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

export const VECTORS_FOLDER = 'spec/vectors';
export const SCHEMA_FILE = `${VECTORS_FOLDER}/vector.schema.json`;
export const RESOURCE_FILE = 'force-app/test/default/staticresources/PlaybookVectors.json';
export const RESOURCE_META_FILE = 'force-app/test/default/staticresources/PlaybookVectors.resource-meta.xml';
export const REPLAY_TEST_FILE = 'force-app/test/default/classes/PlaybookVectorReplayTest.cls';
export const REPLAY_TEST_META_FILE = 'force-app/test/default/classes/PlaybookVectorReplayTest.cls-meta.xml';
export const API_VERSION = '63.0';

function jsonFiles(folder) {
    if (!existsSync(folder)) return [];
    return readdirSync(folder, { withFileTypes: true })
        .flatMap((entry) => {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) return jsonFiles(path);
            return entry.name.endsWith('.json') ? [path] : [];
        })
        .sort();
}

/** A DML call ({ dml: { operation, records } }) rather than a controller call. */
export function isDmlCall(call) {
    return Object.prototype.hasOwnProperty.call(call, 'dml');
}

/** The folder a vector belongs in: its controller, or for a DML call '<Object>Trigger' of the object it writes. */
export function vectorFolder(call) {
    return isDmlCall(call) ? `${call.dml.records[0].attributes.type}Trigger` : call.controller;
}

/**
 * Every vector file below spec/vectors/<Controller>/ (or <Object>Trigger/ for a DML call), parsed and validated:
 * { vectors: [{ name, file, vector }], problems: [{ file, line, message }] }.
 */
export function loadVectorFiles(root) {
    const folder = join(root, VECTORS_FOLDER);
    const schema = JSON.parse(readFileSync(join(root, SCHEMA_FILE), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const vectors = [];
    const problems = [];
    for (const abs of jsonFiles(folder)) {
        const inFolder = relative(folder, abs).split(sep);
        if (inFolder.length < 2) continue;
        const file = relative(root, abs).split(sep).join('/');
        const name = inFolder.join('/').replace(/\.json$/, '');
        if (!/^[A-Za-z0-9_\-/]+$/.test(name)) {
            problems.push({ file, line: 0, message: 'name vector files with letters, digits, "-" and "_" only' });
            continue;
        }
        let vector;
        try {
            vector = JSON.parse(readFileSync(abs, 'utf8'));
        } catch (error) {
            problems.push({ file, line: 0, message: `not valid JSON: ${error.message}` });
            continue;
        }
        if (!validate(vector)) {
            for (const error of validate.errors ?? []) {
                problems.push({ file, line: 0, message: `vector schema: ${error.instancePath || '/'} ${error.message}` });
            }
            continue;
        }
        const belongsIn = vectorFolder(vector.call);
        if (belongsIn !== inFolder[0]) {
            problems.push({ file, line: 0, message: `lives under ${inFolder[0]}/ but belongs under ${belongsIn}/` });
            continue;
        }
        vectors.push({ name, file, vector });
    }
    return { vectors, problems };
}

/** 'CallWizardController/claimCase-success' -> 'callWizardControllerClaimCaseSuccess'. */
export function testMethodName(vectorName) {
    const words = vectorName.split(/[^A-Za-z0-9]+/).filter(Boolean);
    const name = words.map((word, index) => (index === 0 ? word[0].toLowerCase() : word[0].toUpperCase()) + word.slice(1)).join('');
    return /^[A-Za-z]/.test(name) ? name : `vector${name}`;
}

/** The replay call, wrapped as prettier-plugin-apex wraps a call longer than 120 characters. */
function replayLine(name) {
    const line = `        List<String> differences = PlaybookVectorRunner.replay('${name}');`;
    if (line.length <= 120) return line;
    return [`        List<String> differences = PlaybookVectorRunner.replay(`, `            '${name}'`, '        );'].join('\n');
}

/** A vector user as the replay creates it; the fields PlaybookVectorRunner.cls compares to find its shared user. */
function userSpec(user, timeZone) {
    return {
        FirstName: user.FirstName ?? null,
        LastName: user.LastName,
        profile: user.profile ?? 'Standard User',
        permissionSets: [...(user.permissionSets ?? [])].sort(),
        timeZone
    };
}

/**
 * The users the replays share, created once by PlaybookVectorReplayTest's @TestSetup: one per distinct active vector
 * user (names, profile, permission sets, time zone), with as many copies as one vector needs. A user a vector
 * deactivates is its own.
 */
export function sharedUsers(vectors) {
    const copiesNeeded = new Map();
    for (const { vector } of vectors) {
        const inVector = new Map();
        for (const ref of Object.keys(vector.users).sort()) {
            const user = vector.users[ref];
            if (user.active === false) continue;
            const spec = userSpec(user, vector.clock.timeZone);
            const key = JSON.stringify(spec);
            const copies = (inVector.get(key) ?? 0) + 1;
            inVector.set(key, copies);
            if ((copiesNeeded.get(key)?.copies ?? 0) < copies) copiesNeeded.set(key, { spec, copies });
        }
    }
    return [...copiesNeeded.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .flatMap(([, { spec, copies }]) => Array.from({ length: copies }, (_, copy) => ({ ...spec, copy })));
}

function replayTestClass(vectors) {
    const used = new Set();
    const methods = vectors.map(({ name }) => {
        let method = testMethodName(name);
        for (let suffix = 2; used.has(method.toLowerCase()); suffix++) method = `${testMethodName(name)}${suffix}`;
        used.add(method.toLowerCase());
        return [
            '    @IsTest',
            `    static void ${method}() {`,
            replayLine(name),
            "        Assert.isTrue(differences.isEmpty(), String.join(differences, '\\n'));",
            '    }'
        ].join('\n');
    });
    return [
        '/**',
        ' * @description Replays every conformance vector of spec/vectors through the Apex controllers, one test per vector',
        ' * so that each runs with its own governor limits. Generated by scripts/vectors/bundle.mjs: regenerate, do not edit.',
        ' */',
        '@IsTest',
        'private class PlaybookVectorReplayTest {',
        '    /** The users the vectors share, created once for every replay. */',
        '    @TestSetup',
        '    static void createSharedUsers() {',
        '        PlaybookVectorRunner.createSharedUsers();',
        '    }',
        '',
        methods.join('\n\n'),
        '}',
        ''
    ].join('\n');
}

const RESOURCE_META = `<?xml version="1.0" encoding="UTF-8"?>
<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">
    <cacheControl>Private</cacheControl>
    <contentType>application/json</contentType>
    <description>Conformance vectors of spec/vectors, replayed by PlaybookVectorReplayTest. Generated by scripts/vectors/bundle.mjs.</description>
</StaticResource>
`;

const CLASS_META = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>${API_VERSION}</apiVersion>
    <status>Active</status>
</ApexClass>
`;

/** What the generated files must contain: { vectors, problems, files: { [relativePath]: text } }. */
export function buildBundle(root) {
    const { vectors, problems } = loadVectorFiles(root);
    // Valid JSON with one vector per line, so the Apex replay can cut out and parse only the vector it
    // runs: parsing every vector in each test would cost heap in proportion to the whole suite.
    const lines = vectors.map(({ name, vector }) => {
        // '$schema' only points editors at the schema file; the replay has no use for it.
        const content = Object.fromEntries(Object.entries(vector).filter(([key]) => key !== '$schema'));
        return `${JSON.stringify(name)}:${JSON.stringify(content)}`;
    });
    // The shared users on a line of their own too, read by PlaybookVectorRunner.createSharedUsers.
    const users = JSON.stringify(sharedUsers(vectors));
    const resource = `{"source":${JSON.stringify(VECTORS_FOLDER)},\n"users":${users},\n"vectors":{\n${lines.join(',\n')}\n}}\n`;
    return {
        vectors,
        problems,
        files: {
            [RESOURCE_FILE]: resource,
            [RESOURCE_META_FILE]: RESOURCE_META,
            [REPLAY_TEST_FILE]: replayTestClass(vectors),
            [REPLAY_TEST_META_FILE]: CLASS_META
        }
    };
}

/** Writes the generated files; refuses while a vector is invalid. Returns the bundle. */
export function writeBundle(root) {
    const bundle = buildBundle(root);
    if (bundle.problems.length) {
        const lines = bundle.problems.map((problem) => `${problem.file}: ${problem.message}`);
        throw new Error(`Invalid vectors, nothing written:\n${lines.join('\n')}`);
    }
    for (const [file, text] of Object.entries(bundle.files)) {
        const abs = join(root, file);
        mkdirSync(dirname(abs), { recursive: true });
        if (!existsSync(abs) || readFileSync(abs, 'utf8') !== text) writeFileSync(abs, text);
    }
    return bundle;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    try {
        const { vectors } = writeBundle(root);
        console.log(`Bundled ${vectors.length} vectors into ${RESOURCE_FILE} and ${REPLAY_TEST_FILE}`);
    } catch (error) {
        console.error(error.message);
        process.exitCode = 1;
    }
}
