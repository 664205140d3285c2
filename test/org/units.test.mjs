// The pieces of the org scripts that need no org: parsing, redaction, retries, polling, reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAuthUrl } from '../../scripts/org/auth-url.mjs';
import { forgetSecrets, redact, registerSecret } from '../../scripts/org/redact.mjs';
import { hasExecutableCode, hasTestMethods, isTestClass } from '../../scripts/org/apex-source.mjs';
import { isTransientError, withRetry } from '../../scripts/org/retry.mjs';
import { pollUntil } from '../../scripts/org/poll.mjs';
import { noInterrupt, createInterrupt } from '../../scripts/org/interrupt.mjs';
import {
    asArray,
    componentErrorLines,
    coverageOfDeploy,
    testOutcomesOfDeploy
} from '../../scripts/org/deploy-report.mjs';
import { evaluateCoverage } from '../../scripts/org/coverage.mjs';
import { junitXml } from '../../scripts/org/test-reports.mjs';
import { failureLines } from '../../scripts/org/test-outcomes.mjs';
import { apexSources, gatedApex, readProject, selectTestClasses, deployableDirs } from '../../scripts/org/project.mjs';
import { componentSetFor, sourcePathMapper } from '../../scripts/org/deploy-package.mjs';
import { COMMANDS, parseCommandLine } from '../../scripts/org/options.mjs';
import { EXIT } from '../../scripts/org/exit-codes.mjs';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { FIXTURE_PROJECT } from './helpers.mjs';

test('an SFDX auth URL gives client id, secret, refresh token and instance; http is kept for local orgs', () => {
    assert.deepEqual(parseAuthUrl('force://PlatformCLI::5Aep861.abc@example.my.salesforce.com\n', 'env'), {
        clientId: 'PlatformCLI',
        clientSecret: '',
        refreshToken: '5Aep861.abc',
        instanceUrl: 'https://example.my.salesforce.com'
    });
    assert.equal(
        parseAuthUrl('force://id:secret:token@http://127.0.0.1:4000', 'env').instanceUrl,
        'http://127.0.0.1:4000'
    );
});

test('a malformed auth URL is a usage error whose message does not repeat the URL', () => {
    for (const bad of ['https://example.com', 'force://only-one-part@host', 'force://a:b:@host', 'force://a:b:c']) {
        assert.throws(
            () => parseAuthUrl(bad, 'SFDX_AUTH_URL'),
            (error) =>
                error.exitCode === EXIT.USAGE && !error.message.includes(bad) && /SFDX_AUTH_URL/.test(error.message)
        );
    }
});

test('registered secrets and anything shaped like a token or auth URL are redacted', () => {
    forgetSecrets();
    registerSecret('my-very-secret-value');
    const text = redact(
        'token my-very-secret-value; url force://id:sec:5Aep.tok@host.example; session 00D5g000000abcd!AQ4AQFakeToken.x; ' +
            'header Bearer abcdefghijklmnop; form refresh_token=5Aep.xyz&x=1; <sessionId>00Dabc</sessionId>'
    );
    for (const secret of [
        'my-very-secret-value',
        '5Aep.tok',
        'AQ4AQFakeToken',
        'abcdefghijklmnop',
        '5Aep.xyz',
        '<sessionId>00Dabc'
    ]) {
        assert.ok(!text.includes(secret), `${secret} survived: ${text}`);
    }
    assert.match(text, /force:\/\/\[redacted\]/);
    assert.equal(redact('see force://... in docs'), 'see force://... in docs');
    forgetSecrets();
});

test('test classes are found by @IsTest outside comments and strings; interfaces have no executable code', () => {
    assert.equal(isTestClass('@IsTest\nprivate class FooTest {}'), true);
    assert.equal(isTestClass('@isTest(SeeAllData=false) private class FooTest {}'), true);
    assert.equal(isTestClass("public class Foo { // @IsTest\n /* @IsTest */ String s = '@IsTest'; }"), false);
    assert.equal(
        hasTestMethods('@IsTest public class Factory { public static Case c() { return new Case(); } }'),
        false
    );
    assert.equal(hasTestMethods('@IsTest private class T { @IsTest static void m() {} }'), true);
    assert.equal(hasTestMethods('@IsTest private class T { static testMethod void m() {} }'), true);
    assert.equal(hasExecutableCode('public interface Step { String name(); }'), false);
    assert.equal(hasExecutableCode('/* a */ public enum Kind { A, B }'), false);
    assert.equal(hasExecutableCode('public with sharing class Service { }'), true);
});

test('the fixture project: test classes from every package directory, gated Apex from force-app/main only', () => {
    const project = readProject(FIXTURE_PROJECT);
    assert.deepEqual(selectTestClasses(project, []), [
        'PlaybookCallServiceTest',
        'PlaybookFollowUpSchedulerTest',
        'VectorReplayTest'
    ]);
    assert.deepEqual(selectTestClasses(project, ['vectorreplaytest']), ['VectorReplayTest']);
    assert.throws(
        () => selectTestClasses(project, ['PlaybookCallService']),
        (error) => error.exitCode === EXIT.USAGE && /not a test class/.test(error.message)
    );
    assert.throws(
        () => selectTestClasses(project, ['PlaybookTestFactory']),
        /not a test class/,
        'a factory without test methods is not run'
    );
    assert.deepEqual(
        gatedApex(project).map((source) => source.name),
        ['CaseTrigger', 'PlaybookCallService', 'PlaybookFollowUpScheduler']
    );
    assert.ok(apexSources(project).some((source) => source.name === 'PlaybookStep' && !source.hasExecutableCode));
    assert.deepEqual(deployableDirs(project, { scratch: false }), ['force-app/main', 'force-app/test']);
    assert.deepEqual(deployableDirs(project, { scratch: true }), [
        'force-app/main',
        'force-app/test',
        'force-app/scratch'
    ]);
});

test('component failures map back to local source paths, for one failure (an object) and several (a list)', () => {
    const project = readProject(FIXTURE_PROJECT);
    const mapPath = sourcePathMapper(project, componentSetFor(project, ['force-app/main']));
    const one = {
        componentType: 'ApexClass',
        fullName: 'PlaybookCallService',
        fileName: 'classes/PlaybookCallService.cls',
        lineNumber: '3',
        problem: 'Missing ;',
        problemType: 'Error'
    };
    assert.deepEqual(componentErrorLines({ details: { componentFailures: one } }, mapPath), [
        'force-app/main/default/classes/PlaybookCallService.cls:3 Missing ;'
    ]);
    const several = [
        one,
        {
            componentType: 'CustomField',
            fullName: 'Case.CL_Score_Date__c',
            fileName: 'objects/Case.object',
            problem: 'Bad type',
            problemType: 'Error'
        },
        {
            componentType: 'ApexClass',
            fullName: 'PlaybookStep',
            fileName: 'unpackaged/classes/PlaybookStep.cls-meta.xml',
            problem: 'Bad version',
            problemType: 'Error'
        },
        {
            componentType: 'LightningComponentBundle',
            fullName: 'callWizard',
            fileName: 'lwc/callWizard/callWizard.html',
            lineNumber: 2,
            columnNumber: 5,
            problem: 'Bad tag',
            problemType: 'Error'
        },
        {
            componentType: 'ApexClass',
            fullName: 'NotHere',
            fileName: 'classes/NotHere.cls',
            problem: 'Gone',
            problemType: 'Error'
        },
        {
            componentType: 'ApexClass',
            fullName: 'PlaybookCallService',
            fileName: 'classes/PlaybookCallService.cls',
            problem: 'Just a warning',
            problemType: 'Warning'
        }
    ];
    assert.deepEqual(componentErrorLines({ details: [{ componentFailures: several }] }, mapPath), [
        'force-app/main/default/classes/PlaybookCallService.cls:3 Missing ;',
        'force-app/main/default/objects/Case/fields/CL_Score_Date__c.field-meta.xml:0 Bad type',
        'force-app/main/default/classes/PlaybookStep.cls-meta.xml:0 Bad version',
        'force-app/main/default/lwc/callWizard/callWizard.html:2 Bad tag (column 5)',
        'classes/NotHere.cls:0 Gone'
    ]);
});

test('asArray and runTestResult reading accept a single object or a list', () => {
    assert.deepEqual(asArray(undefined), []);
    assert.deepEqual(asArray({ a: 1 }), [{ a: 1 }]);
    assert.deepEqual(asArray([1, 2]), [1, 2]);
    const single = {
        details: {
            runTestResult: {
                numTestsRun: '1',
                failures: {
                    name: 'T',
                    methodName: 'm',
                    message: 'boom',
                    stackTrace: 'Class.T.m: line 4, column 1',
                    time: '5'
                },
                codeCoverage: { name: 'C', numLocations: '4', numLocationsNotCovered: '1' }
            }
        }
    };
    assert.deepEqual(testOutcomesOfDeploy(single), [
        {
            className: 'T',
            methodName: 'm',
            outcome: 'Fail',
            message: 'boom',
            stackTrace: 'Class.T.m: line 4, column 1',
            runTimeMs: 5
        }
    ]);
    assert.deepEqual([...coverageOfDeploy(single)], [['C', { covered: 3, uncovered: 1 }]]);
});

test('transient errors are retried with doubling delays; others are thrown at once', async () => {
    const delays = [];
    let calls = 0;
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const value = await withRetry(
        async () => {
            calls += 1;
            if (calls < 4) throw reset;
            return 'ok';
        },
        { retries: 5, baseDelayMs: 10, wait: async (ms) => delays.push(ms) }
    );
    assert.equal(value, 'ok');
    assert.deepEqual(delays, [10, 20, 40]);

    const session = Object.assign(new Error('Session expired or invalid'), { errorCode: 'INVALID_SESSION_ID' });
    let authCalls = 0;
    await assert.rejects(
        withRetry(
            async () => {
                authCalls += 1;
                throw session;
            },
            { wait: async () => {} }
        ),
        session
    );
    assert.equal(authCalls, 1);

    let exhausted = 0;
    await assert.rejects(
        withRetry(
            async () => {
                exhausted += 1;
                throw reset;
            },
            { retries: 2, baseDelayMs: 1, wait: async () => {} }
        ),
        reset
    );
    assert.equal(exhausted, 3);
    assert.equal(isTransientError(Object.assign(new Error('x'), { errorCode: 'ERROR_HTTP_503' })), true);
    assert.equal(isTransientError(Object.assign(new Error('x'), { errorCode: 'MALFORMED_QUERY' })), false);
});

test('polling reports done, timeout or interruption, never a timeout as done', async () => {
    let n = 0;
    const done = await pollUntil({
        check: async () => ++n,
        isDone: (v) => v === 3,
        intervalMs: 1,
        timeoutMs: 5000,
        interrupt: noInterrupt
    });
    assert.deepEqual(done, { state: 'done', value: 3 });
    const timeout = await pollUntil({
        check: async () => 'running',
        isDone: () => false,
        intervalMs: 1,
        timeoutMs: 20,
        interrupt: noInterrupt
    });
    assert.equal(timeout.state, 'timeout');
    assert.equal(timeout.value, 'running');

    const signals = new EventEmitter();
    const interrupt = createInterrupt({
        signalSource: signals,
        exit: () => assert.fail('the first Ctrl-C must not exit')
    });
    let polls = 0;
    // Ctrl-C during the (one minute) wait between two polls ends the wait at once
    const interrupted = await pollUntil({
        check: async () => {
            polls += 1;
            setTimeout(() => signals.emit('SIGINT'), 5);
            return 'running';
        },
        isDone: () => false,
        intervalMs: 60000,
        timeoutMs: 120000,
        interrupt
    });
    assert.equal(interrupted.state, 'interrupted');
    assert.equal(polls, 1);
    interrupt.dispose();
    let exitedWith = null;
    const second = createInterrupt({ signalSource: signals, exit: (code) => (exitedWith = code) });
    signals.emit('SIGINT');
    signals.emit('SIGINT');
    assert.equal(exitedWith, EXIT.INTERRUPTED);
    second.dispose();
});

test('the coverage gate counts only the gated classes and fails on a class without coverage', () => {
    const gated = [
        { name: 'A', kind: 'ApexClass', path: 'a' },
        { name: 'B', kind: 'ApexClass', path: 'b' }
    ];
    const full = evaluateCoverage({
        gated,
        coverage: new Map([
            ['A', { covered: 9, uncovered: 1 }],
            ['B', { covered: 8, uncovered: 2 }],
            ['Other', { covered: 0, uncovered: 500 }]
        ]),
        minCoverage: 85
    });
    assert.equal(full.percent, 85);
    assert.equal(full.passed, true);
    const low = evaluateCoverage({
        gated,
        coverage: new Map([
            ['A', { covered: 9, uncovered: 1 }],
            ['B', { covered: 7, uncovered: 3 }]
        ]),
        minCoverage: 85
    });
    assert.equal(low.passed, false);
    assert.equal(low.classes[0].name, 'B');
    const missing = evaluateCoverage({
        gated,
        coverage: new Map([['A', { covered: 10, uncovered: 0 }]]),
        minCoverage: 85
    });
    assert.equal(missing.percent, 100);
    assert.equal(missing.passed, false);
    assert.deepEqual(missing.missing, ['B']);
});

test('JUnit XML groups by class, escapes messages and marks failures and skips', () => {
    const text = junitXml(
        [
            { className: 'ZTest', methodName: 'ok', outcome: 'Pass', runTimeMs: 1500 },
            {
                className: 'ATest',
                methodName: 'bad',
                outcome: 'Fail',
                message: 'Expected <1> & "2"',
                stackTrace: 'Class.ATest.bad: line 3',
                runTimeMs: 2
            },
            { className: 'ATest', methodName: 'later', outcome: 'Skip', runTimeMs: 0 }
        ],
        { suiteName: 'Apex', runId: '707x' }
    );
    assert.match(text, /<testsuites name="Apex" id="707x" tests="3" failures="1" skipped="1"/);
    assert.ok(text.indexOf('name="ATest"') < text.indexOf('name="ZTest"'));
    assert.match(
        text,
        /<failure type="Fail" message="Expected &lt;1&gt; &amp; &quot;2&quot;">Class.ATest.bad: line 3<\/failure>/
    );
    assert.match(text, /<testcase classname="ATest" name="later" time="0.000">\s*<skipped\/>/);
    assert.match(text, /<testcase classname="ZTest" name="ok" time="1.500"\/>/);
});

test('a test failure points at the first stack frame in the project, else at the test class', () => {
    const sources = [
        { name: 'FooTest', path: 'force-app/main/default/classes/FooTest.cls' },
        { name: 'Foo', path: 'force-app/main/default/classes/Foo.cls' }
    ];
    const lines = failureLines(
        [
            {
                className: 'FooTest',
                methodName: 'm',
                outcome: 'Fail',
                message: 'NPE',
                stackTrace:
                    'Class.Lib.x: line 1, column 1\nClass.Foo.run: line 12, column 3\nClass.FooTest.m: line 4, column 1'
            },
            { className: 'FooTest', methodName: 'n', outcome: 'Fail', message: 'Compile', stackTrace: '' },
            { className: 'FooTest', methodName: 'o', outcome: 'Pass' }
        ],
        sources
    );
    assert.equal(lines[0], 'force-app/main/default/classes/Foo.cls:12 FooTest.m: NPE');
    assert.ok(lines.includes('force-app/main/default/classes/FooTest.cls:0 FooTest.n: Compile'));
    assert.equal(lines.filter((line) => !line.startsWith('    ')).length, 2);
});

test('unknown options and commands are usage errors', () => {
    assert.throws(
        () => parseCommandLine(['deploy', '--no-such-option']),
        (error) => error.exitCode === EXIT.USAGE
    );
    assert.throws(
        () => parseCommandLine(['launch']),
        (error) => error.exitCode === EXIT.USAGE
    );
    assert.deepEqual(
        { ...parseCommandLine(['test', '--tests', 'A,B', '-o', 'dev']).options },
        { tests: 'A,B', 'target-org': 'dev' }
    );
});

test('exit codes are distinct, and docs/org.md documents every exit code and every option', () => {
    const codes = Object.values(EXIT);
    assert.equal(new Set(codes).size, codes.length);
    const docs = readFileSync(new URL('../../docs/org.md', import.meta.url), 'utf8');
    for (const code of codes)
        assert.match(docs, new RegExp(`^\\| ${code} +\\| \\S`, 'm'), `exit code ${code} is not in docs/org.md`);
    for (const [command, spec] of Object.entries(COMMANDS)) {
        assert.match(docs, new RegExp(`npm run org:${command}\\b`), `org:${command} is not in docs/org.md`);
        for (const name of Object.keys(spec.options))
            assert.ok(docs.includes(`--${name}`), `${command} --${name} is not in docs/org.md`);
    }
});
