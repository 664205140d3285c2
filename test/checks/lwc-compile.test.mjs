import { test } from 'node:test';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../scripts/checks/lwc-compile.mjs';
import { fixtureRoot, assertFinding, assertNoFindings, assertCount } from './support/fixtures.mjs';

const PANEL = 'force-app/main/default/lwc/callPanel';
const defect = await check({ root: fixtureRoot('lwc-compile', 'defect') });
const clean = await check({ root: fixtureRoot('lwc-compile', 'clean') });

test('an import of a missing Apex method is reported at the import', () => {
    assertFinding(
        defect,
        `${PANEL}/callPanel.js`,
        2,
        /@salesforce\/apex\/CallController\.missingMethod: missingMethod is not an @AuraEnabled method of CallController/
    );
});

test('an import of an Apex method that is not @AuraEnabled is reported', () => {
    assertFinding(defect, `${PANEL}/callPanel.js`, 3, /notExposed is not an @AuraEnabled method/);
});

test('a schema import of an unknown field is reported', () => {
    assertFinding(
        defect,
        `${PANEL}/callPanel.js`,
        4,
        /@salesforce\/schema\/Case\.Not_A_Field__c: Case\.Not_A_Field__c does not exist/
    );
});

test('a missing custom label, lightning module and component bundle are reported', () => {
    assertFinding(
        defect,
        `${PANEL}/callPanel.js`,
        5,
        /no custom label Missing_Label in labels\/CustomLabels\.labels-meta\.xml/
    );
    assertFinding(defect, `${PANEL}/callPanel.js`, 6, /lightning\/notAModule is not a known Lightning module/);
    assertFinding(defect, `${PANEL}/callPanel.js`, 7, /no component bundle missingBundle/);
    assertFinding(defect, `${PANEL}/callPanel.html`, 3, /<c-nowhere>: no component bundle nowhere/);
});

test('innerHTML assignment and lwc:dom="manual" are rejected', () => {
    assertFinding(defect, `${PANEL}/callPanel.js`, 14, /assigns innerHTML: never inject HTML from script/);
    assertFinding(defect, `${PANEL}/callPanel.html`, 2, /lwc:dom="manual" hands the DOM to script/);
});

test('a finding in a compiled .js is reported at the import line of its .ts source', () => {
    assertFinding(defect, 'force-app/main/default/lwc/reviewPanel/reviewPanel.ts', 5, /no Apex class ReviewController/);
});

test('a compile error is reported with its line', () => {
    assertFinding(
        defect,
        'force-app/main/default/lwc/brokenPanel/brokenPanel.js',
        9,
        /compile error: LWC1503: Parsing error/
    );
});

test('the defect fixture produces exactly the planted findings', () => {
    assertCount(defect, 11);
});

test('Apex, schema (custom, relationship, activity), label, resource, user, client, lightning and c/ imports resolve', () => {
    assertNoFindings(clean);
});

test('a component compiled to more than 50 KB is reported', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lwc-budget-'));
    try {
        const bundle = join(root, 'force-app/main/default/lwc/bigPanel');
        mkdirSync(bundle, { recursive: true });
        writeFileSync(
            join(root, 'sfdx-project.json'),
            JSON.stringify({
                packageDirectories: [{ path: 'force-app/main', default: true }],
                sourceApiVersion: '63.0'
            })
        );
        writeFileSync(join(root, '.forceignore'), '**/lwc/**/*.ts\n');
        const rows = Array.from(
            { length: 1200 },
            (_, i) => `    'row ${i} of a table that should have come from the server',`
        ).join('\n');
        writeFileSync(
            join(bundle, 'bigPanel.js'),
            `import { LightningElement } from 'lwc';\nconst ROWS = [\n${rows}\n];\nexport default class BigPanel extends LightningElement {\n    rows = ROWS;\n}\n`
        );
        const findings = await check({ root });
        assertFinding(
            findings,
            'force-app/main/default/lwc/bigPanel/bigPanel.js',
            0,
            /compiled component is \d+\.\d KB, over the 50 KB budget/
        );
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
});
