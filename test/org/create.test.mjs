// org:create wraps `sf org create scratch`: the project's pinned CLI, else an `sf` on the PATH. Stand-ins
// record how they are called.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, cliRunner, tempProject } from './helpers.mjs';
import { EXIT } from '../../scripts/org/exit-codes.mjs';

const FAKE_SF = `#!/usr/bin/env node
const fs = require('fs');
fs.writeFileSync(process.env.FAKE_SF_LOG, JSON.stringify({
    argv: process.argv.slice(2),
    autoupdate: process.env.SF_DISABLE_AUTOUPDATE,
    telemetry: process.env.SF_DISABLE_TELEMETRY,
    versionCheck: process.env.SF_SKIP_NEW_VERSION_CHECK
}));
process.stdout.write(process.env.FAKE_SF_ANSWER);
process.exit(Number(process.env.FAKE_SF_EXIT));
`;

function withFakeSf(t, answer, exitCode, extraEnv = {}) {
    const project = tempProject(t);
    const bin = join(project.dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'sf'), FAKE_SF);
    chmodSync(join(bin, 'sf'), 0o755);
    const log = join(project.dir, 'sf-call.json');
    const env = cleanEnv(project.home, {
        FAKE_SF_LOG: log,
        FAKE_SF_ANSWER: JSON.stringify(answer),
        FAKE_SF_EXIT: String(exitCode),
        ...extraEnv
    });
    env.PATH = `${bin}:${env.PATH}`;
    return { project, run: cliRunner({ root: project.root, env }), call: () => JSON.parse(readFileSync(log, 'utf8')) };
}

test('without the sf CLI, org:create says the project pins it, how to install it and get a Dev Hub (exit 2)', async (t) => {
    const project = tempProject(t);
    const result = await cliRunner({ root: project.root, env: cleanEnv(project.home) })(['create']);
    assert.equal(result.code, EXIT.USAGE, result.output);
    assert.match(result.stderr, /The Salesforce CLI \(sf\) is not installed/);
    assert.match(result.stderr, /pins it as a dev dependency \(@salesforce\/cli 2\.146\.3, which runs on Node 20\)/);
    assert.match(result.stderr, /npm install --no-audit --no-fund/);
    assert.match(result.stderr, /npx sf org login web --set-default-dev-hub --alias devhub/);
});

test("org:create runs the project's pinned CLI with this Node, before any sf on the PATH", async (t) => {
    const { project, run, call } = withFakeSf(
        t,
        { status: 0, result: { username: 'pinned@example.com', orgId: '00DPINNED' } },
        0
    );
    // what npm install leaves: node_modules/@salesforce/cli/bin/run.js; the fake on the PATH must not be used
    const pinnedBin = join(project.root, 'node_modules/@salesforce/cli/bin');
    mkdirSync(pinnedBin, { recursive: true });
    writeFileSync(
        join(pinnedBin, 'run.js'),
        FAKE_SF.replace('#!/usr/bin/env node\n', '').replace(
            'argv: process.argv.slice(2),',
            'argv: process.argv.slice(2), pinned: true, node: process.execPath,'
        )
    );
    const result = await run(['create']);
    assert.equal(result.code, EXIT.OK, result.output);
    const logged = call();
    assert.equal(logged.pinned, true, 'the sf on the PATH ran instead of the pinned one');
    assert.equal(logged.node, process.execPath);
    assert.deepEqual(logged.argv.slice(0, 3), ['org', 'create', 'scratch']);
    assert.deepEqual([logged.autoupdate, logged.telemetry, logged.versionCheck], ['true', 'true', 'true']);
    assert.match(result.stdout, /Scratch org created: pinned@example\.com/);
});

test('org:create calls sf with the scratch definition, alias, duration and Dev Hub, and prints no token', async (t) => {
    const accessToken = '00DSCRATCH0000001!AQ0AQscratch.token';
    const { project, run, call } = withFakeSf(
        t,
        {
            status: 0,
            result: {
                username: 'test-abc@example.com',
                orgId: '00DSCRATCH0000001AAA',
                authFields: { accessToken, username: 'test-abc@example.com' }
            }
        },
        0,
        { SF_TARGET_DEV_HUB: 'devhub-from-env' }
    );
    const result = await run(['create', '--alias', 'cla', '--duration-days', '3']);
    assert.equal(result.code, EXIT.OK, result.output);
    const { argv, autoupdate, telemetry, versionCheck } = call();
    assert.deepEqual(argv, [
        'org',
        'create',
        'scratch',
        '--definition-file',
        join(project.root, 'config/project-scratch-def.json'),
        '--alias',
        'cla',
        '--duration-days',
        '3',
        '--set-default',
        '--wait',
        '1',
        '--json',
        '--target-dev-hub',
        'devhub-from-env'
    ]);
    assert.deepEqual([autoupdate, telemetry, versionCheck], ['true', 'true', 'true']);
    assert.match(result.stdout, /Scratch org created: test-abc@example\.com \(00DSCRATCH0000001AAA\), alias "cla"/);
    assert.match(result.stdout, /npm run org:deploy -- --target-org cla/);
    assert.ok(!result.output.includes(accessToken));
});

test('org:create without an authorised Dev Hub relays sf and says how to authorise one (exit 2)', async (t) => {
    const { run } = withFakeSf(
        t,
        {
            status: 1,
            name: 'NoDefaultDevHubError',
            message: 'No default dev hub found. Use -v or --target-dev-hub to specify an environment.'
        },
        1
    );
    const result = await run(['create', '--target-dev-hub', 'hub']);
    assert.equal(result.code, EXIT.USAGE, result.output);
    assert.match(result.stderr, /sf org create scratch failed: No default dev hub found/);
    assert.match(result.stderr, /Authorise a Dev Hub first: npx sf org login web --set-default-dev-hub/);
});

test('org:create with an expired Dev Hub login is an authentication failure (exit 3)', async (t) => {
    const { run } = withFakeSf(
        t,
        {
            status: 1,
            name: 'RefreshTokenAuthError',
            message: 'Error authenticating with the refresh token due to: expired access/refresh token'
        },
        1
    );
    const result = await run(['create']);
    assert.equal(result.code, EXIT.AUTH, result.output);
});
