// scripts/vectors/bundle.mjs and scripts/checks/vector-bundle.mjs: the bundle must be fresh and every
// vector dispatchable by the Apex replay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { check, dispatchableMethods, dispatchBranches } from '../../scripts/checks/vector-bundle.mjs';
import { RESOURCE_FILE, REPLAY_TEST_FILE, SCHEMA_FILE, sharedUsers, testMethodName, writeBundle } from '../../scripts/vectors/bundle.mjs';
import { copyFixture, edit, projectRoot, read, write } from './helpers.mjs';

const VECTOR = 'spec/vectors/SampleController/doThing-works.json';

function bundledFixture() {
    const root = copyFixture('bundle');
    copyFileSync(join(projectRoot, SCHEMA_FILE), join(root, SCHEMA_FILE));
    writeBundle(root);
    return root;
}

test('a freshly bundled project passes, with one replay test per vector', async () => {
    const root = bundledFixture();
    assert.deepEqual(await check({ root }), []);
    assert.match(
        read(root, REPLAY_TEST_FILE),
        /static void sampleControllerDoThingWorks\(\) \{\n\s+List<String> differences = PlaybookVectorRunner\.replay\('SampleController\/doThing-works'\);\n\s+Assert\.isTrue\(differences\.isEmpty\(\)/
    );
    assert.deepEqual(Object.keys(JSON.parse(read(root, RESOURCE_FILE)).vectors), ['SampleController/doThing-works']);
});

test('each vector sits on its own line, so the Apex replay can cut it out and parse it alone', () => {
    const root = bundledFixture();
    write(root, 'spec/vectors/SampleController/doThing-again.json', read(root, VECTOR));
    writeBundle(root);
    const bundle = read(root, RESOURCE_FILE);
    for (const name of ['SampleController/doThing-again', 'SampleController/doThing-works']) {
        const key = `\n"${name}":`;
        const start = bundle.indexOf(key) + key.length;
        const line = bundle.slice(start, bundle.indexOf('\n', start)).replace(/,$/, '');
        assert.equal(JSON.parse(line).call.method, 'doThing');
    }
});

test('a vector changed after bundling makes the resource stale', async () => {
    const root = bundledFixture();
    edit(root, VECTOR, '"response": "done"', '"response": "finished"');
    const findings = await check({ root });
    assert.deepEqual(findings.map((finding) => finding.file), [RESOURCE_FILE]);
    assert.match(findings[0].message, /^stale/);
});

test('a vector added after bundling makes the resource and the replay test stale', async () => {
    const root = bundledFixture();
    write(root, 'spec/vectors/SampleController/doThing-again.json', read(root, VECTOR));
    const files = (await check({ root })).map((finding) => finding.file);
    assert.deepEqual(files, [RESOURCE_FILE, REPLAY_TEST_FILE]);
});

test('a missing resource is reported', async () => {
    const root = bundledFixture();
    rmSync(join(root, RESOURCE_FILE));
    const findings = await check({ root });
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^missing/);
});

test('a vector naming a method the dispatcher cannot dispatch fails', async () => {
    const root = copyFixture('bundle');
    copyFileSync(join(projectRoot, SCHEMA_FILE), join(root, SCHEMA_FILE));
    edit(root, VECTOR, '"method": "doThing"', '"method": "commentedOut"');
    writeBundle(root);
    const findings = await check({ root });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].file, VECTOR);
    assert.match(findings[0].message, /SampleController\.commentedOut has no branch in PlaybookVectorDispatcher/);
});

test('a vector the schema rejects fails and cannot be bundled', async () => {
    const root = copyFixture('bundle');
    copyFileSync(join(projectRoot, SCHEMA_FILE), join(root, SCHEMA_FILE));
    edit(root, VECTOR, '"noOtherChanges": true', '"noOtherChanges": "yes"');
    const findings = await check({ root });
    assert.ok(findings.some((finding) => finding.file === VECTOR && /vector schema: \/expect\/noOtherChanges/.test(finding.message)));
    assert.throws(() => writeBundle(root), /Invalid vectors, nothing written/);
});

test('a vector in the folder of another controller fails', async () => {
    const root = bundledFixture();
    write(root, 'spec/vectors/OtherController/doThing.json', read(root, VECTOR));
    const findings = await check({ root });
    assert.ok(findings.some((finding) => /lives under OtherController\/ but belongs under SampleController\//.test(finding.message)));
});

const DML_VECTOR = 'spec/vectors/AccountTrigger/rename-works.json';

const RENAME = { operation: 'update', records: [{ attributes: { type: 'Account' }, Id: '@dealer', Name: 'Northgate Motors Ltd' }] };

/** The fixture plus a DML call vector (an update the runAs user makes, so the triggers run) built from its sample vector. */
function withDmlVector(dml, extra = {}) {
    const root = copyFixture('bundle');
    copyFileSync(join(projectRoot, SCHEMA_FILE), join(root, SCHEMA_FILE));
    const sample = JSON.parse(read(root, VECTOR));
    const vector = { ...sample, call: { dml }, expect: { response: null, noOtherChanges: true }, ...extra };
    write(root, DML_VECTOR, JSON.stringify(vector, null, 4));
    return root;
}

test('a DML call vector needs no dispatcher branch and is bundled with the others', async () => {
    const root = withDmlVector(RENAME);
    writeBundle(root);
    assert.deepEqual(await check({ root }), []);
    assert.deepEqual(Object.keys(JSON.parse(read(root, RESOURCE_FILE)).vectors), ['AccountTrigger/rename-works', 'SampleController/doThing-works']);
    assert.match(read(root, REPLAY_TEST_FILE), /static void accountTriggerRenameWorks\(\)/);
});

test('a DML call vector must live under the folder of the trigger of the object it writes', async () => {
    const root = withDmlVector(RENAME);
    write(root, 'spec/vectors/SampleController/rename.json', read(root, DML_VECTOR));
    const findings = await check({ root });
    assert.ok(findings.some((finding) => /lives under SampleController\/ but belongs under AccountTrigger\//.test(finding.message)));
});

test('a DML call other than update or insert, or with a failure to inject or a response, fails the schema', async () => {
    const cases = [
        [{ ...RENAME, operation: 'delete' }, {}, /\/call\/dml\/operation must be equal to constant/],
        [{ ...RENAME, records: [{ attributes: { type: 'Account' }, Name: 'No Id' }] }, {}, /\/call\/dml\/records\/0 must have required property 'Id'/],
        [RENAME, { failure: { atWrite: 1 } }, /vector schema: \/ must NOT be valid/],
        [RENAME, { expect: { response: 'done', noOtherChanges: true } }, /\/expect\/response must be null/]
    ];
    for (const [dml, extra, message] of cases) {
        const root = withDmlVector(dml, extra);
        const findings = await check({ root });
        assert.ok(
            findings.some((finding) => finding.file === DML_VECTOR && message.test(finding.message)),
            `${JSON.stringify(findings)} should match ${message}`
        );
    }
});

test('the dispatcher branches are read from code, not from comments', () => {
    const root = copyFixture('bundle');
    assert.deepEqual([...dispatchableMethods(root)], ['SampleController.doThing', 'SampleController.saveThing']);
    assert.deepEqual([...dispatchBranches(root)], [
        ['SampleController.doThing', false],
        ['SampleController.saveThing', true]
    ]);
});

test('a failure vector on a method whose branch arms no failure seam fails; on one that arms it, it passes', async () => {
    const root = copyFixture('bundle');
    copyFileSync(join(projectRoot, SCHEMA_FILE), join(root, SCHEMA_FILE));
    const failing = { ...JSON.parse(read(root, VECTOR)), failure: { atWrite: 1 } };
    write(root, VECTOR, JSON.stringify(failing, null, 4));
    write(root, 'spec/vectors/SampleController/saveThing-fails.json', JSON.stringify({ ...failing, call: { ...failing.call, method: 'saveThing' } }, null, 4));
    writeBundle(root);
    const findings = await check({ root });
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.equal(findings[0].file, VECTOR);
    assert.match(findings[0].message, /SampleController\.doThing's branch in PlaybookVectorDispatcher arms no failure seam/);
});

test('test method names are Apex identifiers', () => {
    assert.equal(testMethodName('CallWizardController/claimCase-success'), 'callWizardControllerClaimCaseSuccess');
    assert.equal(testMethodName('CallWizardController/2nd-try'), 'callWizardController2ndTry');
});

test('the users the replays share: one per distinct active user, as many copies as one vector needs, no leaver', () => {
    const vector = (users, timeZone = 'America/New_York') => ({ vector: { clock: { timeZone }, users } });
    const agent = { FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent', 'A_Set'] };
    const shared = sharedUsers([
        vector({ agent, leaver: { LastName: 'Leaver', active: false } }),
        vector({ first: agent, second: { ...agent, permissionSets: ['A_Set', 'Playbooks_Agent'] } }),
        vector({ agent }, 'Europe/Paris')
    ]);
    const spec = { FirstName: 'Ada', LastName: 'Agent', profile: 'Standard User', permissionSets: ['A_Set', 'Playbooks_Agent'] };
    assert.deepEqual(shared, [
        { ...spec, timeZone: 'America/New_York', copy: 0 },
        { ...spec, timeZone: 'America/New_York', copy: 1 },
        { ...spec, timeZone: 'Europe/Paris', copy: 0 }
    ]);
});

test('the shared users sit on a line of their own, which the replay test creates once in @TestSetup', () => {
    const root = bundledFixture();
    const bundle = read(root, RESOURCE_FILE);
    const key = '\n"users":';
    const start = bundle.indexOf(key) + key.length;
    const line = bundle.slice(start, bundle.indexOf('\n', start)).replace(/,$/, '');
    assert.deepEqual(JSON.parse(line), JSON.parse(bundle).users);
    assert.ok(JSON.parse(line).length > 0, 'the sample vector has a user');
    assert.match(read(root, REPLAY_TEST_FILE), /@TestSetup\n\s+static void createSharedUsers\(\) \{\n\s+PlaybookVectorRunner\.createSharedUsers\(\);/);
});
