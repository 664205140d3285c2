// The exit codes of `node scripts/org/cli.mjs <command>`: CI branches on them, docs/org.md lists them.
export const EXIT = Object.freeze({
    OK: 0,
    UNEXPECTED: 1,
    USAGE: 2,
    AUTH: 3,
    DEPLOY_FAILED: 4,
    TESTS_FAILED: 5,
    COVERAGE_BELOW_GATE: 6,
    TIMEOUT: 7,
    BLOCKED_BY_JOBS: 8,
    PRECONDITIONS_FAILED: 9,
    INTERRUPTED: 130
});

export const EXIT_MEANINGS = Object.freeze({
    [EXIT.OK]: 'success',
    [EXIT.UNEXPECTED]:
        'unexpected error: the org could not be reached or answered something the script does not understand',
    [EXIT.USAGE]: 'bad usage, or no org (or Dev Hub) is authorised',
    [EXIT.AUTH]: 'authentication failed: the org rejected the token, refresh token or auth URL',
    [EXIT.DEPLOY_FAILED]:
        'the deploy (or its build, permission set assignment or data load) failed; every component error is listed',
    [EXIT.TESTS_FAILED]: 'one or more Apex tests failed',
    [EXIT.COVERAGE_BELOW_GATE]: "coverage of the package's own Apex is below the gate (--min-coverage, default 85)",
    [EXIT.TIMEOUT]: 'gave up waiting (--wait); the deploy or test run id is printed so it can be resumed with --resume',
    [EXIT.BLOCKED_BY_JOBS]: "active scheduled, batch or queued jobs of the package's classes would block the deploy",
    [EXIT.PRECONDITIONS_FAILED]: 'org:doctor found a precondition of the package that fails (its fail lines say how to fix each)',
    [EXIT.INTERRUPTED]: 'interrupted with Ctrl-C; the deploy or test run this script started was cancelled'
});
