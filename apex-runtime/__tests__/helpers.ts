// Runs small Apex programs on the runtime for the unit tests: `run` wraps statements in a static
// method of a class T and returns what it returns, or the failure as text.
import { ApexThrow } from '../evaluator/errors';
import type { Value } from '../evaluator/values';
import { sourceRuntime, type ApexRuntime } from '../runner/runtime';
import { describeFailure } from '../runner/testRunner';

export interface Outcome {
    value?: Value;
    /** 'System.NullPointerException: Attempt to de-reference a null object' */
    error?: string;
    /** The text of the returned value as String.valueOf writes it. */
    text?: string;
}

/** A runtime over the project org with these sources, inside a test transaction run by the org's admin. */
export function runtimeWith(sources: Record<string, string>, timeZone = 'America/Los_Angeles'): ApexRuntime {
    const runtime = sourceRuntime(sources, { clock: { instant: '2026-03-04T15:00:00Z', timeZone } });
    runtime.interpreter.resetTransaction();
    runtime.bridge.beginTest();
    runtime.bridge.org.db.beginTransaction(undefined);
    return runtime;
}

/** Calls Cls.method() and returns its value or the Apex failure. */
export function call(runtime: ApexRuntime, className: string, method = 'run'): Outcome {
    const cls = runtime.program.classes.get(className.toLowerCase());
    if (!cls) throw new Error(`No class ${className}`);
    try {
        const value = runtime.interpreter.callStaticMethod(cls, method, []);
        return { value, text: value === null ? 'null' : runtime.interpreter.valueOf(value) };
    } catch (error) {
        if (error instanceof ApexThrow) return { error: describeFailure(runtime.interpreter, error).message };
        if (error instanceof Error && /^(unsupported|compile):/.test(error.message)) return { error: error.message };
        throw error;
    }
}

/** Runs `statements` as the body of `public static Object run()` in class T (with optional members). */
export function run(statements: string, members = '', extra: Record<string, string> = {}): Outcome {
    const runtime = runtimeWith({ 'T.cls': `public class T {\n${members}\npublic static Object run() {\n${statements}\n}\n}`, ...extra });
    return call(runtime, 'T');
}

/** The text of the value `expression` has, as String.valueOf writes it. */
export function text(expression: string, members = ''): string {
    const outcome = run(`return String.valueOf(${expression});`, members);
    if (outcome.error) throw new Error(outcome.error);
    return outcome.value as string;
}
