// Parses Apex source with @apexdevtools/apex-parser (the ANTLR grammar of the Apex tooling) and
// converts the tree to the compact form of ast.ts. A syntax error fails with the file and line.
import { ApexErrorListener, ApexParserFactory, type CompilationUnitContext, type TriggerUnitContext } from '@apexdevtools/apex-parser';
import type { ApexFile } from './ast';
import { TreeConverter } from './convert';

export class ApexSyntaxError extends Error {
    constructor(
        readonly file: string,
        readonly line: number,
        readonly column: number,
        detail: string
    ) {
        super(`${file}:${line}:${column}: syntax error: ${detail}`);
        this.name = 'ApexSyntaxError';
    }
}

class CollectingListener extends ApexErrorListener {
    readonly errors: { line: number; column: number; message: string }[] = [];

    apexSyntaxError(line: number, column: number, message: string): void {
        this.errors.push({ line, column, message });
    }
}

function parserFor(source: string, file: string) {
    const listener = new CollectingListener();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    return {
        parser,
        check(): void {
            const first = listener.errors[0];
            if (first) throw new ApexSyntaxError(file, first.line, first.column, first.message);
        }
    };
}

/** Parses a class (`.cls`) or trigger (`.trigger`) file. `file` names it in messages. */
export function parseApex(source: string, file: string): ApexFile {
    const isTrigger = file.endsWith('.trigger');
    const { parser, check } = parserFor(source, file);
    const tree: CompilationUnitContext | TriggerUnitContext = isTrigger ? parser.triggerUnit() : parser.compilationUnit();
    check();
    const converter = new TreeConverter(file, source);
    const type = isTrigger ? null : converter.typeDeclaration((tree as CompilationUnitContext).typeDeclaration());
    const trigger = isTrigger ? converter.trigger(tree as TriggerUnitContext) : null;
    return {
        path: file,
        kind: isTrigger ? 'trigger' : 'class',
        type,
        trigger,
        executableLines: [...converter.executableLines].sort((a, b) => a - b)
    };
}
