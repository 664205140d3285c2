// The workbench bundle's module plugins, without a browser: labels, Apex, schema and placement
// modules resolve as the platform would, and mistakes fail the build with a clear message.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { salesforceModules } from '../../workbench/build/plugins/salesforceModules.mjs';
import { placedComponents, validatePlacement } from '../../workbench/build/plugins/placedComponents.mjs';
import { apexMethodInfo } from '../../workbench/build/apexClasses.mjs';

const LABELS = `<?xml version="1.0" encoding="UTF-8"?>
<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
    <labels>
        <fullName>Greeting</fullName>
        <language>en_US</language>
        <protected>false</protected>
        <shortDescription>Greeting</shortDescription>
        <value>Hello &amp; welcome, 007</value>
    </labels>
</CustomLabels>
`;

const CONTROLLER = `public with sharing class DemoController {
    // @AuraEnabled(cacheable=true) in a comment does not count
    @AuraEnabled
    public static String save(String value) { return value; }

    @AuraEnabled(Cacheable = true)
    public static List<String> context(Id recordId) { return new List<String>(); }
}
`;

describe('workbench build plugins', () => {
    let root;
    let plugin;

    before(() => {
        root = mkdtempSync(join(tmpdir(), 'workbench-build-'));
        mkdirSync(join(root, 'classes'));
        mkdirSync(join(root, 'scoped'));
        writeFileSync(join(root, 'labels.xml'), LABELS);
        writeFileSync(join(root, 'classes', 'DemoController.cls'), CONTROLLER);
        writeFileSync(
            join(root, 'scoped', '@salesforce-label-LightningControl.required.js'),
            'export default "required";'
        );
        plugin = salesforceModules({
            platformDir: join(root, 'platform'),
            labelsFile: join(root, 'labels.xml'),
            apexClassRoot: join(root, 'classes'),
            scopedImportsDir: join(root, 'scoped')
        });
        plugin.buildStart.call({ addWatchFile() {} });
    });

    after(() => rmSync(root, { recursive: true, force: true }));

    const load = (source) => plugin.load(plugin.resolveId(source));

    test('a custom label becomes its value; an unknown label fails the build', () => {
        assert.equal(load('@salesforce/label/c.Greeting'), 'export default "Hello & welcome, 007";\n');
        assert.throws(() => load('@salesforce/label/c.Missing'), /@salesforce\/label\/c\.Missing: no such label/);
    });

    test("the base components' own labels resolve to their scoped modules", () => {
        assert.equal(
            plugin.resolveId('@salesforce/label/LightningControl.required'),
            join(root, 'scoped', '@salesforce-label-LightningControl.required.js')
        );
    });

    test('a schema import is the object and field reference LDS expects', () => {
        assert.equal(
            load('@salesforce/schema/Case.Account.Name'),
            'export default {"objectApiName":"Case","fieldApiName":"Account.Name"};\n'
        );
        assert.equal(load('@salesforce/schema/Case'), 'export default {"objectApiName":"Case"};\n');
        assert.throws(() => load('@salesforce/schema/Case.Bad-Name'), /not an object or field reference/);
    });

    test('an Apex import carries whether the Apex method is cacheable', () => {
        assert.match(load('@salesforce/apex/DemoController.save'), /"cacheable":false/);
        assert.match(load('@salesforce/apex/DemoController.context'), /"cacheable":true/);
        assert.match(load('@salesforce/apex/UnknownController.run'), /"cacheable":null/);
        assert.deepEqual(apexMethodInfo(join(root, 'classes'), 'DemoController', 'missing'), {
            declared: false,
            cacheable: false
        });
        assert.throws(() => load('@salesforce/apex/DemoController'), /expected @salesforce\/apex\/Class\.method/);
    });

    test('placements are validated and components without a bundle are not placed', () => {
        assert.deepEqual(
            validatePlacement({ component: 'c/logACall', pages: ['Case'], quickAction: 'Log a Call' }),
            []
        );
        assert.equal(validatePlacement({ component: 'c/logACall', pages: ['Case'] }).length, 1);
        assert.equal(validatePlacement({ component: 'c/x', pages: ['Case'], region: 'main', colour: 'red' }).length, 1);
        assert.deepEqual(validatePlacement({ component: 'c/findCaller', utilityBar: 'Find Caller' }), []);
        assert.equal(validatePlacement({ component: 'c/findCaller', utilityBar: 'Find Caller', pages: ['Case'] }).length, 1);

        const componentRoot = join(root, 'lwc');
        mkdirSync(join(componentRoot, 'present'), { recursive: true });
        writeFileSync(join(componentRoot, 'present', 'present.js'), 'export default class {}');
        const logged = [];
        const virtual = placedComponents({
            placements: [
                { component: 'c/present', pages: ['Case'], region: 'main' },
                { component: 'c/absent', pages: ['Case'], quickAction: 'Absent' }
            ],
            componentRoot,
            workbenchModuleRoot: join(root, 'modules'),
            log: (line) => logged.push(line)
        });
        const code = virtual.load(virtual.resolveId('virtual:placed-components'));
        assert.match(code, /import Component0 from "c\/present";/);
        assert.doesNotMatch(code, /c\/absent";/);
        assert.match(code, /export const notPlaced = \["c\/absent"\];/);

        mkdirSync(join(componentRoot, 'uncompiled'));
        writeFileSync(join(componentRoot, 'uncompiled', 'uncompiled.ts'), 'export default class {}');
        const stale = placedComponents({
            placements: [{ component: 'c/uncompiled', pages: ['Case'], region: 'main' }],
            componentRoot,
            workbenchModuleRoot: join(root, 'modules'),
            log: () => {}
        });
        assert.throws(() => stale.load(stale.resolveId('virtual:placed-components')), /is not compiled/);
    });
});
