// Salesforce's own Apex parser (jorje), as shipped natively by prettier-plugin-apex. Used to locate a
// syntax error precisely: prettier reports the parser's message but drops its line and column.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

function serializerPath() {
    const target = `${process.platform}-${process.arch}`;
    const pluginRequire = createRequire(require.resolve('prettier-plugin-apex'));
    try {
        return pluginRequire.resolve(`@prettier-apex/apex-ast-serializer-${target}/apex-ast-serializer-${target}`);
    } catch {
        return undefined;
    }
}

const LOCATION = /loc = \((\d+), (\d+)/;

/**
 * Syntax errors of an Apex source: [{ line, column, message }], or undefined when the native parser
 * is not available on this platform.
 */
export function apexSyntaxErrors(source, { anonymous = false } = {}) {
    const executable = serializerPath();
    if (!executable) return undefined;
    const result = spawnSync(executable, anonymous ? ['-a'] : [], {
        input: source,
        encoding: 'utf8',
        cwd: dirname(executable),
        maxBuffer: 256 * 1024 * 1024
    });
    if (result.status !== 0 || !result.stdout) return undefined;
    const ast = JSON.parse(result.stdout);
    const output = Object.entries(ast).find(([key]) => key.endsWith('ParserOutput'))?.[1];
    return (output?.parseErrors ?? []).map((error) => {
        const location = LOCATION.exec(error.detailMessage ?? '');
        return {
            line: location ? Number(location[1]) : (error.cause?.line ?? 0),
            column: location ? Number(location[2]) : (error.cause?.charPositionInLine ?? -1) + 1,
            message: String(error.message ?? error.detailMessage ?? 'syntax error').replace(/\.$/, '')
        };
    });
}
