// What each conformance test method must do: pass, or fail with the message and Apex stack a real org
// reports. A method expected to fail says so in the comment above it:
//     // @expect System.AssertException: Assertion Failed: Expected: 0, Actual: null
//     // @stack Class.ConfDmlTest.defaultIsNull: line 40
// (one @expect line, and @stack lines from the innermost frame outwards). Every other test method must pass.
import { readFileSync } from 'fs';

export interface Expectation {
    className: string;
    methodName: string;
    /** null: the method passes. */
    failure: { message: string; stack: string[] } | null;
    /** Line of the method's declaration in its file. */
    line: number;
}

export class ExpectationError extends Error {}

const METHOD = /\bstatic\s+void\s+([A-Za-z_]\w*)\s*\(/;
const TEST_METHOD = /\btestmethod\b/i;

/** Reads the expectations of one Apex test class file; the class name is the file name's. */
export function readExpectations(file: string, className: string): Expectation[] {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const found: Expectation[] = [];
    let pendingMessage: string | null = null;
    let pendingStack: string[] = [];
    let pendingLine = 0;
    /** Annotations seen since the last line of code: those of the declaration that follows. */
    let annotations: string[] = [];
    lines.forEach((raw, index) => {
        const text = raw.trim();
        const expect = /^\/\/\s*@expect\s+(.+)$/.exec(text);
        const stack = /^\/\/\s*@stack\s+(.+)$/.exec(text);
        if (expect) {
            if (pendingMessage !== null) throw new ExpectationError(`${file}:${index + 1}: a second @expect before the method of line ${pendingLine}`);
            pendingMessage = (expect[1] as string).trim();
            pendingLine = index + 1;
            return;
        }
        if (stack) {
            if (pendingMessage === null) throw new ExpectationError(`${file}:${index + 1}: @stack without @expect above it`);
            pendingStack.push((stack[1] as string).trim());
            return;
        }
        if (!text || text.startsWith('//') || text.startsWith('*') || text.startsWith('/*')) return;
        let code = text;
        for (let annotation = /^@(\w+)(\([^)]*\))?\s*/.exec(code); annotation; annotation = /^@(\w+)(\([^)]*\))?\s*/.exec(code)) {
            annotations.push((annotation[1] as string).toLowerCase());
            code = code.slice(annotation[0].length);
        }
        if (!code) return;
        const method = METHOD.exec(code);
        if (method && (annotations.includes('istest') || TEST_METHOD.test(code))) {
            found.push({
                className,
                methodName: method[1] as string,
                failure: pendingMessage === null ? null : { message: pendingMessage, stack: pendingStack },
                line: index + 1
            });
            pendingMessage = null;
            pendingStack = [];
        } else if (pendingMessage !== null) {
            throw new ExpectationError(`${file}:${pendingLine}: @expect above "${code}", which is not a test method`);
        }
        annotations = [];
    });
    if (pendingMessage !== null) throw new ExpectationError(`${file}:${pendingLine}: @expect without a test method below it`);
    return found;
}
