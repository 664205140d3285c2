#!/usr/bin/env node
// Entry point of the org scripts: node scripts/org/cli.mjs <create|deploy|validate|test|data|doctor> [options]
// Maps every outcome to one of the documented exit codes (exit-codes.mjs, docs/org.md).
import { fileURLToPath } from 'node:url';
import { EXIT } from './exit-codes.mjs';
import { OrgScriptError } from './org-error.mjs';
import { helpText, parseCommandLine } from './options.mjs';
import { createOutput } from './output.mjs';
import { createInterrupt, noInterrupt } from './interrupt.mjs';
import { createContext, describeError } from './context.mjs';
import { isAuthError } from './retry.mjs';
import { runCreate } from './commands/create.mjs';
import { runDeploy } from './commands/deploy.mjs';
import { runTests } from './commands/test.mjs';
import { runDataLoad } from './commands/data.mjs';
import { runDoctor } from './commands/doctor.mjs';

// `cancels`: the command stops what it started in the org on Ctrl-C. create does not: Ctrl-C reaches
// the sf process as well, and the default (exit at once) is right for both. doctor starts nothing.
const RUNNERS = {
    create: { run: runCreate, wait: 15, cancels: false },
    deploy: { run: (ctx) => runDeploy(ctx, { checkOnly: false }), wait: 30, cancels: true },
    validate: { run: (ctx) => runDeploy(ctx, { checkOnly: true }), wait: 60, cancels: true },
    test: { run: runTests, wait: 60, cancels: true },
    data: { run: runDataLoad, wait: 5, cancels: true },
    doctor: { run: runDoctor, wait: 5, cancels: false }
};

const AUTH_HINTS = {
    'access-token':
        'SF_ACCESS_TOKEN is expired or not valid for SF_INSTANCE_URL: get a fresh one (npx sf org display --target-org <alias> --json, result.accessToken).',
    'auth-url':
        'The SFDX auth URL no longer works: print a fresh one with npx sf org display --target-org <alias> --verbose --json (result.sfdxAuthUrl).',
    'target-org': 'The sf CLI authorisation no longer works: log in again with npx sf org login web --alias <alias>.',
    'sf-default': 'The sf CLI authorisation no longer works: log in again with npx sf org login web --alias <alias>.'
};
const UNREACHABLE = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH|UND_ERR_SOCKET)$/;

export function classify(error, context) {
    if (error instanceof OrgScriptError) return { code: error.exitCode, message: error.message };
    if (isAuthError(error) || /Unable to refresh session/i.test(error?.message ?? '')) {
        const hint = AUTH_HINTS[context?.authSource?.kind] ?? AUTH_HINTS['target-org'];
        return { code: EXIT.AUTH, message: `The org rejected the credentials (${describeError(error)}). ${hint}` };
    }
    if (UNREACHABLE.test(error?.code ?? '')) {
        return {
            code: EXIT.UNEXPECTED,
            message: `Could not reach the org (${describeError(error)}). Check the instance URL and the network, then run the command again.`
        };
    }
    return { code: EXIT.UNEXPECTED, message: `Unexpected error: ${describeError(error)}` };
}

export async function main(argv = process.argv.slice(2), { env = process.env } = {}) {
    const out = createOutput();
    let context = null;
    let interrupt = null;
    try {
        const { command, options } = parseCommandLine(argv);
        if (options.help) {
            out.info(helpText(command));
            return EXIT.OK;
        }
        interrupt = RUNNERS[command].cancels ? createInterrupt({ out }) : noInterrupt;
        context = createContext({ options, env, out, interrupt, defaultWaitMinutes: RUNNERS[command].wait });
        return await RUNNERS[command].run(context);
    } catch (error) {
        const { code, message } = classify(error, context);
        out.error(message);
        return code;
    } finally {
        interrupt?.dispose();
    }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    // exit explicitly: idle keep-alive sockets to the org must not hold the process open
    main().then((code) => process.exit(code));
}
