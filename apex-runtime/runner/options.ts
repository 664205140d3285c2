// The options of `npm run apex:test` (apex-runtime/README.md, "Running the tests").
import { isKnownTimeZone } from '../platform/timeZones';

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

export interface Options {
    tests: string[] | null;
    coverage: boolean;
    now: Date | null;
    timeZone: string;
    sharedActivities: boolean | undefined;
    /** Entitlement Management; undefined: as config/project-scratch-def.json asks (apexOrg.ts). */
    entitlements: boolean | undefined;
    verbose: boolean;
    summaryFile: string | null;
    prune: boolean;
    /** Folders whose Apex runs instead of the package's (relative to the project root). */
    folders: string[];
    /** Worker threads the test classes are shared between; null: one per CPU, at most one per class. */
    workers: number | null;
}

export class UsageError extends Error {}

export function parseArguments(argv: readonly string[]): Options {
    const options: Options = { tests: null, coverage: false, now: null, timeZone: DEFAULT_TIME_ZONE, sharedActivities: undefined, entitlements: undefined, verbose: false, summaryFile: null, prune: false, folders: [], workers: null };
    for (let index = 0; index < argv.length; index++) {
        const flag = argv[index] as string;
        const value = (): string => {
            const next = argv[++index];
            if (next === undefined) throw new UsageError(`${flag} needs a value`);
            return next;
        };
        switch (flag) {
            case '--tests':
                options.tests = value()
                    .split(',')
                    .map((name) => name.trim())
                    .filter(Boolean);
                break;
            case '--coverage':
                options.coverage = true;
                break;
            case '--now': {
                const text = value();
                const instant = new Date(text);
                if (Number.isNaN(instant.getTime())) throw new UsageError(`--now needs an ISO instant such as 2026-03-04T15:00:00Z, got ${text}`);
                options.now = instant;
                break;
            }
            case '--time-zone':
                options.timeZone = value();
                if (!isKnownTimeZone(options.timeZone)) throw new UsageError(`--time-zone needs an IANA zone such as America/New_York, got ${options.timeZone}`);
                break;
            case '--shared-activities': {
                const text = value();
                if (text !== 'on' && text !== 'off') throw new UsageError(`--shared-activities takes on or off, got ${text}`);
                options.sharedActivities = text === 'on';
                break;
            }
            case '--entitlements': {
                const text = value();
                if (text !== 'on' && text !== 'off') throw new UsageError(`--entitlements takes on or off, got ${text}`);
                options.entitlements = text === 'on';
                break;
            }
            case '--verbose':
                options.verbose = true;
                break;
            case '--summary-json':
                options.summaryFile = value();
                break;
            case '--prune-expected-failures':
                options.prune = true;
                break;
            case '--dir':
                options.folders.push(value());
                break;
            case '--workers': {
                const text = value();
                const count = Number(text);
                if (!Number.isInteger(count) || count < 1) throw new UsageError(`--workers needs a whole number of at least 1, got ${text}`);
                options.workers = count;
                break;
            }
            default:
                throw new UsageError(
                    `Unknown option ${flag}. Use --tests A,B, --coverage, --now ISO, --time-zone Zone, --shared-activities on|off, --entitlements on|off, --verbose, --prune-expected-failures, --dir folder, --workers N.`
                );
        }
    }
    return options;
}

