// Command-line options of every command, with the descriptions that `--help` prints.
import { parseArgs } from 'node:util';
import { usageError } from './org-error.mjs';

const AUTH = {
    'target-org': {
        type: 'string',
        short: 'o',
        value: 'ALIAS|USERNAME',
        help: 'org authorised with the sf CLI (default: SF_TARGET_ORG, then sf config target-org)'
    },
    'auth-url-file': {
        type: 'string',
        value: 'FILE',
        help: 'file holding an SFDX auth URL (force://...); SFDX_AUTH_URL is the environment form'
    }
};
const COMMON = {
    'project-dir': {
        type: 'string',
        value: 'DIR',
        help: 'folder with sfdx-project.json (default: found from the current folder upwards)'
    },
    'poll-interval': { type: 'string', value: 'SECONDS', help: 'time between status checks (default 5)' },
    retries: {
        type: 'string',
        value: 'N',
        help: 'retries of a status check or query after a dropped connection or 5xx (default 5)'
    },
    'retry-delay': { type: 'string', value: 'SECONDS', help: 'first retry delay, doubled on each retry (default 2)' },
    help: { type: 'boolean', short: 'h', help: 'print this help' }
};
const wait = (minutes) => ({
    wait: {
        type: 'string',
        value: 'MINUTES',
        help: `give up waiting after this long (default ${minutes}); exit 7 prints the id for --resume`
    }
});
const RESUME = (what) => ({
    resume: { type: 'string', value: 'ID', help: `wait for the ${what} with this id instead of starting a new one` }
});
const SCRATCH = {
    scratch: {
        type: 'boolean',
        help: 'treat the org as a scratch org (default: read from Organization.IsSandbox/TrialExpirationDate)'
    }
};
const TESTS = {
    tests: {
        type: 'string',
        value: 'A,B',
        help: 'only these test classes (default: every class of the package directories with @IsTest)'
    }
};
const GATE = {
    'min-coverage': {
        type: 'string',
        value: 'PERCENT',
        help: "coverage gate for the package's non-test Apex in force-app/main (default 85)"
    },
    'reports-dir': {
        type: 'string',
        value: 'DIR',
        help: 'where apex-junit.xml and apex-coverage.json go (default reports)'
    }
};
const JOBS = {
    'allow-pending-jobs': {
        type: 'boolean',
        help: 'skip the active-jobs check (only when the org allows deploys with pending Apex jobs)'
    }
};
const BUILD = { 'skip-build': { type: 'boolean', help: 'do not run the TypeScript build first' } };

export const COMMANDS = {
    create: {
        summary:
            'create a scratch org from config/project-scratch-def.json through the sf CLI (needs an authorised Dev Hub)',
        options: {
            alias: {
                type: 'string',
                short: 'a',
                value: 'ALIAS',
                help: 'alias of the new scratch org (default playbooks)'
            },
            'duration-days': {
                type: 'string',
                value: 'DAYS',
                help: 'days before the scratch org expires, 1-30 (default 7)'
            },
            'target-dev-hub': {
                type: 'string',
                short: 'v',
                value: 'ALIAS',
                help: "Dev Hub alias or username (default: SF_TARGET_DEV_HUB, then the sf CLI's default Dev Hub)"
            },
            'definition-file': {
                type: 'string',
                short: 'f',
                value: 'FILE',
                help: 'scratch org definition (default config/project-scratch-def.json)'
            },
            ...wait(15),
            'project-dir': COMMON['project-dir'],
            help: COMMON.help
        }
    },
    deploy: {
        summary: 'build, deploy the package to the org, assign Playbooks_Agent, load the sample data (scratch orgs)',
        options: {
            ...AUTH,
            ...SCRATCH,
            ...BUILD,
            'test-level': {
                type: 'string',
                value: 'LEVEL',
                help: "NoTestRun, RunSpecifiedTests (the package's tests), RunLocalTests or RunAllTestsInOrg (default: the org's default)"
            },
            ...TESTS,
            ...JOBS,
            'skip-data': { type: 'boolean', help: 'do not load the sample data after deploying to a scratch org' },
            plan: { type: 'string', value: 'FILE', help: 'data plan to load (default data/sample-plan.json)' },
            'permission-set': {
                type: 'string',
                value: 'NAME',
                help: 'permission set to assign to the running user (default Playbooks_Agent)'
            },
            ...RESUME('deploy'),
            ...wait(30),
            ...COMMON
        }
    },
    validate: {
        summary: "check-only deploy that runs the package's test classes (RunSpecifiedTests): for CI, changes nothing",
        options: {
            ...AUTH,
            ...SCRATCH,
            ...BUILD,
            ...TESTS,
            ...GATE,
            ...JOBS,
            ...RESUME('validation'),
            ...wait(60),
            ...COMMON
        }
    },
    test: {
        summary: "run the package's Apex tests, write JUnit XML and coverage JSON, gate the package's coverage",
        options: { ...AUTH, ...TESTS, ...GATE, ...RESUME('test run'), ...wait(60), ...COMMON }
    },
    data: {
        summary: 'load the sample data plan (data/sample-plan.json) into the org',
        options: {
            ...AUTH,
            plan: { type: 'string', value: 'FILE', help: 'data plan to load (default data/sample-plan.json)' },
            'allow-production': { type: 'boolean', help: 'load even when the org is a production org' },
            retries: COMMON.retries,
            'retry-delay': COMMON['retry-delay'],
            'project-dir': COMMON['project-dir'],
            help: COMMON.help
        }
    },
    doctor: {
        summary: 'read the org and report each precondition of the package (ok, warn or fail, with how to fix); writes nothing',
        options: {
            ...AUTH,
            retries: COMMON.retries,
            'retry-delay': COMMON['retry-delay'],
            'project-dir': COMMON['project-dir'],
            help: COMMON.help
        }
    }
};

export function helpText(command) {
    if (!COMMANDS[command]) {
        const lines = ['Usage: node scripts/org/cli.mjs <command> [options]', '', 'Commands:'];
        for (const [name, spec] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(9)} ${spec.summary}`);
        lines.push('', 'node scripts/org/cli.mjs <command> --help lists the options of a command. See docs/org.md.');
        return lines.join('\n');
    }
    const lines = [
        `Usage: node scripts/org/cli.mjs ${command} [options]`,
        '',
        COMMANDS[command].summary,
        '',
        'Options:'
    ];
    for (const [name, spec] of Object.entries(COMMANDS[command].options)) {
        const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
        lines.push(`  ${flag.padEnd(34)} ${spec.help}`);
    }
    return lines.join('\n');
}

export function parseCommandLine(argv) {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        return { command: null, options: { help: true } };
    }
    if (!COMMANDS[command]) throw usageError(`Unknown command "${command}".\n\n${helpText(null)}`);
    const config = Object.fromEntries(
        Object.entries(COMMANDS[command].options).map(([name, spec]) => [
            name,
            { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }
        ])
    );
    try {
        const { values } = parseArgs({ args: rest, options: config, strict: true, allowPositionals: false });
        return { command, options: values };
    } catch (error) {
        throw usageError(`${error.message}\n\n${helpText(command)}`);
    }
}

/** A positive number option (decimals allowed), or its default. */
export function numberOption(options, name, fallback, { min = 0, max = Infinity, integer = false } = {}) {
    if (options[name] === undefined) return fallback;
    const value = Number(options[name]);
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
        throw usageError(
            `--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; got "${options[name]}".`
        );
    }
    return value;
}

export function listOption(options, name) {
    if (options[name] === undefined) return [];
    const items = options[name]
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    if (items.length === 0) throw usageError(`--${name} needs at least one name.`);
    return items;
}
