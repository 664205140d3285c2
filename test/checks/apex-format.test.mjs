import { test } from 'node:test';
import { check } from '../../scripts/checks/apex-format.mjs';
import { fixtureRoot, assertFinding, assertNoFindings, assertCount } from './support/fixtures.mjs';

const defect = await check({ root: fixtureRoot('apex-format', 'defect') });
const clean = await check({ root: fixtureRoot('apex-format', 'clean') });
const noConfig = await check({ root: fixtureRoot('apex-format', 'no-config') });

test('an unparseable class is a syntax error with line and column', () => {
    assertFinding(
        defect,
        'force-app/main/default/classes/Unparseable.cls',
        4,
        /Apex syntax error at column 9: Unexpected token 'return'/
    );
});

test('an unformatted class is reported at its first differing line with the fix', () => {
    assertFinding(defect, 'force-app/main/default/classes/Unformatted.cls', 3, /not formatted .*: run npm run format/);
});

test('the defect fixture produces exactly the planted findings', () => {
    assertCount(defect, 2);
});

test('a class formatted with the project .prettierrc (4 spaces, 120 columns) passes', () => {
    assertNoFindings(clean);
});

test('without a .prettierrc in the project, prettier defaults apply (a .prettierrc above the project is ignored)', () => {
    assertNoFindings(noConfig);
});
