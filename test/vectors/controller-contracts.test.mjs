// scripts/checks/controller-contracts.mjs: the TypeScript and Apex controller method lists must match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../scripts/checks/controller-contracts.mjs';
import { copyFixture, edit } from './helpers.mjs';

const TS_FILE = 'spec/controllers/SampleController.ts';
const APEX_FILE = 'force-app/main/default/classes/SampleController.cls';

test('matching method lists pass: private TypeScript methods, non-controller classes, inner-class properties and comments are ignored', async () => {
    assert.deepEqual(await check({ root: copyFixture('contracts') }), []);
});

test('a TypeScript controller method without an @AuraEnabled Apex method fails', async () => {
    const root = copyFixture('contracts');
    edit(root, TS_FILE, '    private describe(', '    archiveThing(params: { id: string }): string {\n        return params.id;\n    }\n\n    private describe(');
    const findings = await check({ root });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].file, TS_FILE);
    assert.match(findings[0].message, /SampleController\.archiveThing has no @AuraEnabled Apex method/);
    assert.ok(findings[0].line > 0);
});

test('an @AuraEnabled Apex method without a TypeScript controller method fails', async () => {
    const root = copyFixture('contracts');
    edit(root, APEX_FILE, '    public static String notExposed(', '    @AuraEnabled\n    public static String notExposed(');
    const findings = await check({ root });
    assert.deepEqual(
        findings.map((finding) => [finding.file, finding.line]),
        [[APEX_FILE, 13]]
    );
    assert.match(findings[0].message, /@AuraEnabled SampleController\.notExposed has no TypeScript controller method/);
});

test('a method renamed on one side fails on both sides', async () => {
    const root = copyFixture('contracts');
    edit(root, APEX_FILE, 'saveThing(String id)', 'storeThing(String id)');
    const messages = (await check({ root })).map((finding) => finding.message);
    assert.equal(messages.length, 2);
    assert.match(messages[0], /saveThing has no @AuraEnabled Apex method/);
    assert.match(messages[1], /storeThing has no TypeScript controller method/);
});

test('a method cacheable on one side only fails, at the Apex method', async () => {
    const root = copyFixture('contracts');
    edit(root, APEX_FILE, '    @AuraEnabled(cacheable=true)\n    public static String loadThing(', '    @AuraEnabled\n    public static String loadThing(');
    edit(root, APEX_FILE, '    @AuraEnabled\n    public static String saveThing(', '    @AuraEnabled(cacheable=true)\n    public static String saveThing(');
    const findings = await check({ root });
    assert.deepEqual(
        findings.map((finding) => [finding.file, finding.line]),
        [
            [APEX_FILE, 2],
            [APEX_FILE, 8]
        ]
    );
    assert.match(findings[0].message, /SampleController\.loadThing is cacheable in spec\/controllers\/SampleController\.ts but not @AuraEnabled\(cacheable=true\) in Apex/);
    assert.match(findings[1].message, /SampleController\.saveThing is @AuraEnabled\(cacheable=true\) in Apex but not cacheable/);
});
