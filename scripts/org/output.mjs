import { redact } from './redact.mjs';

/** Everything the org scripts print goes through here, so no secret is ever written out. */
export function createOutput({ stdout = process.stdout, stderr = process.stderr } = {}) {
    return {
        info: (line = '') => stdout.write(`${redact(line)}\n`),
        error: (line = '') => stderr.write(`${redact(line)}\n`)
    };
}
