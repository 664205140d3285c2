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

// The parameters: spec/controllers/requestShapes.ts against the Apex request classes (lib/request-shapes.mjs).
const SHAPES_FILE = 'spec/controllers/requestShapes.ts';

test('a request property only Apex has fails, at the property', async () => {
    const root = copyFixture('contracts');
    edit(root, APEX_FILE, '        public List<String> tags { get; set; }', '        public List<String> tags { get; set; }\n        @AuraEnabled\n        public String note { get; set; }');
    const findings = await check({ root });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].file, APEX_FILE);
    assert.match(findings[0].message, /SampleController\.ThingRequest\.note \(String\) is not in spec\/controllers\/requestShapes\.ts at SampleController\.recordThing\(request\); add it there/);
});

test('a request property only the shapes have fails', async () => {
    const root = copyFixture('contracts');
    edit(root, SHAPES_FILE, "{ confirmed: 'Boolean' }", "{ confirmed: 'Boolean', reason: 'String' }");
    const messages = (await check({ root })).map((finding) => finding.message);
    assert.deepEqual(messages.length, 1);
    assert.match(messages[0], /has SampleController\.recordThing\(request\)\.detail\.reason, which SampleController\.ThingDetail has no @AuraEnabled property for/);
});

test('a property of another type fails, also inside a nested class', async () => {
    const root = copyFixture('contracts');
    edit(root, SHAPES_FILE, "amount: 'Decimal'", "amount: 'String'");
    edit(root, APEX_FILE, '        public Boolean confirmed { get; set; }', '        public String confirmed { get; set; }');
    const messages = (await check({ root })).map((finding) => finding.message);
    assert.equal(messages.length, 2);
    assert.match(messages[0], /recordThing\(request\)\.amount is Decimal in Apex but String in spec\/controllers\/requestShapes\.ts/);
    assert.match(messages[1], /recordThing\(request\)\.detail\.confirmed is String in Apex but Boolean/);
});

test('a parameter of another class or name fails', async () => {
    const root = copyFixture('contracts');
    edit(root, SHAPES_FILE, "shape('SampleController.ThingRequest'", "shape('SampleController.OtherRequest'");
    edit(root, SHAPES_FILE, "'SampleController.loadThing': { id: 'String' }", "'SampleController.loadThing': { thingId: 'String' }");
    const messages = (await check({ root })).map((finding) => finding.message);
    assert.equal(messages.length, 2);
    assert.match(messages[0], /SampleController\.loadThing takes \(id\) in Apex but \(thingId\)/);
    assert.match(messages[1], /recordThing\(request\) is the class SampleController\.ThingRequest in Apex but SampleController\.OtherRequest/);
});

test('a method without shapes, shapes of no method, and a shapes file that imports fail', async () => {
    const root = copyFixture('contracts');
    edit(root, SHAPES_FILE, "    'SampleController.saveThing': { id: 'String' },", "    'SampleController.archiveThing': { id: 'String' },");
    const messages = (await check({ root })).map((finding) => finding.message);
    assert.equal(messages.length, 2);
    assert.match(messages[0], /SampleController\.saveThing has no parameter shapes/);
    assert.match(messages[1], /declares SampleController\.archiveThing, which is no controller method/);

    edit(root, SHAPES_FILE, '// The parameters', "import './elsewhere';\n// The parameters");
    const broken = await check({ root });
    assert.equal(broken.length, 1);
    assert.match(broken[0].message, /cannot be loaded on its own/);
});
