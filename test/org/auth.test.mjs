// Authentication without prompts: no org, sf CLI auth files, access token, SFDX auth URL; bad and
// unreachable credentials; secrets never printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_ID, GOOD_TOKEN, REFRESH_TOKEN, USER, startFakeOrg } from './fake-org.mjs';
import { cleanEnv, cliRunner, tempProject } from './helpers.mjs';
import { EXIT } from '../../scripts/org/exit-codes.mjs';

async function fakeAndProject(t, scenario) {
    const fake = await startFakeOrg(scenario);
    t.after(() => fake.close());
    return { fake, project: tempProject(t) };
}

function assertNoSecret(result, ...secrets) {
    for (const secret of secrets) assert.ok(!result.output.includes(secret), `a secret was printed:\n${result.output}`);
}

test('with no org configured every command fails at once with how to authorise one (exit 2)', async (t) => {
    const project = tempProject(t);
    const run = cliRunner({ root: project.root, env: cleanEnv(project.home) });
    for (const command of ['deploy', 'validate', 'test', 'data']) {
        const result = await run([command]);
        assert.equal(result.code, EXIT.USAGE, `${command}: ${result.output}`);
        assert.match(result.stderr, /No org is configured\./, command);
        assert.match(result.stderr, /sf org login web --alias playbooks/, command);
        assert.match(result.stderr, /SF_INSTANCE_URL=.* and SF_ACCESS_TOKEN=/, command);
        assert.match(result.stderr, /SFDX_AUTH_URL=force:\/\/\.\.\. or pass --auth-url-file/, command);
    }
    assert.ok(
        !existsSync(join(project.root, 'force-app/main/default/lwc/callWizard/callWizard.js')),
        'deploy built before finding out there is no org'
    );
    const create = await run(['create']);
    assert.equal(create.code, EXIT.USAGE, create.output);
    assert.match(create.stderr, /The Salesforce CLI \(sf\) is not installed/);
});

test('half an access-token configuration, or two sources at once, is bad usage', async (t) => {
    const project = tempProject(t);
    const onlyUrl = await cliRunner({
        root: project.root,
        env: cleanEnv(project.home, { SF_INSTANCE_URL: 'http://127.0.0.1:9' })
    })(['test']);
    assert.equal(onlyUrl.code, EXIT.USAGE, onlyUrl.output);
    assert.match(onlyUrl.stderr, /SF_INSTANCE_URL and SF_ACCESS_TOKEN go together; only SF_INSTANCE_URL is set/);
    const notUrl = await cliRunner({
        root: project.root,
        env: cleanEnv(project.home, { SF_INSTANCE_URL: 'myorg.my.salesforce.com', SF_ACCESS_TOKEN: GOOD_TOKEN })
    })(['test']);
    assert.equal(notUrl.code, EXIT.USAGE, notUrl.output);
    assert.match(notUrl.stderr, /SF_INSTANCE_URL must be the org's URL/);
    assertNoSecret(notUrl, GOOD_TOKEN);
    const file = join(project.dir, 'auth-url.txt');
    writeFileSync(file, 'force://a:b:c@example.com\n');
    const both = await cliRunner({ root: project.root, env: cleanEnv(project.home) })([
        'test',
        '--auth-url-file',
        file,
        '--target-org',
        'x'
    ]);
    assert.equal(both.code, EXIT.USAGE, both.output);
    assert.match(both.stderr, /either --auth-url-file or --target-org/);
});

test('a rejected access token (401 INVALID_SESSION_ID) is an authentication failure (exit 3), token not printed', async (t) => {
    const { fake, project } = await fakeAndProject(t);
    const badToken = '00DFAKE000000001!AQ0AQexpired.token.value';
    const env = cleanEnv(project.home, { SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: badToken });
    for (const command of ['deploy', 'test', 'data']) {
        const result = await cliRunner({ root: project.root, env })([command]);
        assert.equal(result.code, EXIT.AUTH, `${command}: ${result.output}`);
        assert.match(
            result.stderr,
            /The org rejected the credentials \(INVALID_SESSION_ID: Session expired or invalid\)/
        );
        assert.match(result.stderr, /SF_ACCESS_TOKEN is expired or not valid/);
        assertNoSecret(result, badToken, 'expired.token.value');
    }
    assert.equal(fake.soapCalls('deploy').length, 0);
});

test('a session the Metadata API rejects (SOAP fault sf:INVALID_SESSION_ID) is exit 3, not a deploy failure', async (t) => {
    const { fake, project } = await fakeAndProject(t, { soapSessionInvalid: true });
    const env = cleanEnv(project.home, { SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: GOOD_TOKEN });
    const result = await cliRunner({ root: project.root, env })(['deploy', '--skip-build']);
    assert.equal(result.code, EXIT.AUTH, result.output);
    assert.match(result.stderr, /sf:INVALID_SESSION_ID/);
    assertNoSecret(result, GOOD_TOKEN);
});

test('an SFDX auth URL file: the refresh token is exchanged at instance/services/oauth2/token and nothing secret is printed', async (t) => {
    const { fake, project } = await fakeAndProject(t, {
        testRun: { results: [{ ApexClass: { Name: 'VectorReplayTest' }, MethodName: 'm', Outcome: 'Pass' }] },
        coverage: {
            PlaybookCallService: { covered: 1, uncovered: 0 },
            PlaybookFollowUpScheduler: { covered: 1, uncovered: 0 },
            CaseTrigger: { covered: 1, uncovered: 0 }
        }
    });
    const authUrl = `force://${CLIENT_ID}::${REFRESH_TOKEN}@${fake.url}`;
    const file = join(project.dir, 'auth-url.txt');
    writeFileSync(file, `${authUrl}\n`);
    const result = await cliRunner({ root: project.root, env: cleanEnv(project.home) })([
        'test',
        '--auth-url-file',
        file,
        '--tests',
        'VectorReplayTest'
    ]);
    assert.equal(result.code, EXIT.OK, result.output);
    const [exchange] = fake.requests.filter((call) => call.path === '/services/oauth2/token');
    assert.equal(exchange.grant, 'refresh_token');
    const issued = fake.requests.find((call) => call.path === '/services/oauth2/userinfo').token;
    assert.match(issued, /issued/);
    assertNoSecret(result, REFRESH_TOKEN, issued, authUrl);
    assert.match(result.stdout, new RegExp(`Org: ${USER.preferred_username}`));
});

test('an SFDX auth URL whose refresh token is refused (invalid_grant) is exit 3 and is not printed', async (t) => {
    const { fake, project } = await fakeAndProject(t);
    const revoked = '5Aep861revoked.refresh.token';
    const authUrl = `force://${CLIENT_ID}::${revoked}@${fake.url}`;
    const result = await cliRunner({ root: project.root, env: cleanEnv(project.home, { SFDX_AUTH_URL: authUrl }) })([
        'deploy'
    ]);
    assert.equal(result.code, EXIT.AUTH, result.output);
    assert.match(
        result.stderr,
        /refused the SFDX auth URL's refresh token \(invalid_grant: expired access\/refresh token\)/
    );
    assertNoSecret(result, revoked, authUrl);
});

test('a malformed SFDX_AUTH_URL is bad usage, and is not echoed', async (t) => {
    const project = tempProject(t);
    const malformed = 'force://PlatformCLI@secret-looking-value';
    const result = await cliRunner({ root: project.root, env: cleanEnv(project.home, { SFDX_AUTH_URL: malformed }) })([
        'test'
    ]);
    assert.equal(result.code, EXIT.USAGE, result.output);
    assert.match(result.stderr, /The SFDX auth URL from SFDX_AUTH_URL is not of the form/);
    assertNoSecret(result, malformed, 'secret-looking-value');
});

function writeSfAuthFiles(home, { instanceUrl, alias }) {
    // what `sf org login` leaves in ~/.sfdx; values that are not encrypted are read as they are
    mkdirSync(join(home, '.sfdx'), { recursive: true });
    writeFileSync(
        join(home, '.sfdx', `${USER.preferred_username}.json`),
        JSON.stringify({
            username: USER.preferred_username,
            accessToken: GOOD_TOKEN,
            instanceUrl,
            loginUrl: instanceUrl,
            orgId: USER.organization_id
        })
    );
    writeFileSync(join(home, '.sfdx', 'alias.json'), JSON.stringify({ orgs: { [alias]: USER.preferred_username } }));
}

test('--target-org and SF_TARGET_ORG read the sf CLI auth files without the CLI installed; an unknown alias is exit 2', async (t) => {
    const { fake, project } = await fakeAndProject(t, {
        organization: { IsSandbox: false, TrialExpirationDate: null }
    });
    writeSfAuthFiles(project.home, { instanceUrl: fake.url, alias: 'playbooks-ci' });
    const run = cliRunner({ root: project.root, env: cleanEnv(project.home) });
    const byFlag = await run(['deploy', '--skip-build', '--target-org', 'playbooks-ci']);
    assert.equal(byFlag.code, EXIT.OK, byFlag.output);
    assert.match(byFlag.stdout, /Org: admin@playbooks\.test/);
    assertNoSecret(byFlag, GOOD_TOKEN);

    const byEnv = await cliRunner({
        root: project.root,
        env: cleanEnv(project.home, { SF_TARGET_ORG: 'playbooks-ci' })
    })(['deploy', '--skip-build']);
    assert.equal(byEnv.code, EXIT.OK, byEnv.output);

    const unknown = await run(['test', '--target-org', 'playbooks-cj']);
    assert.equal(unknown.code, EXIT.USAGE, unknown.output);
    assert.match(unknown.stderr, /No sf CLI authorisation for "playbooks-cj".*Did you mean "playbooks-ci"\?/);
});

test('an org that cannot be reached is exit 1 after the retries, with what to check', async (t) => {
    const project = tempProject(t);
    const closed = http.createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address();
    await new Promise((resolve) => closed.close(resolve));
    const env = cleanEnv(project.home, { SF_INSTANCE_URL: `http://127.0.0.1:${port}`, SF_ACCESS_TOKEN: GOOD_TOKEN });
    const result = await cliRunner({ root: project.root, env })(['test', '--retries', '1']);
    assert.equal(result.code, EXIT.UNEXPECTED, result.output);
    assert.match(result.stderr, /Reading the running user: ECONNREFUSED.*\(retry 1 of 1\)/);
    assert.match(result.stderr, /Could not reach the org \(ECONNREFUSED.*Check the instance URL and the network/);
    assertNoSecret(result, GOOD_TOKEN);
});
