// Query text parsed as Apex parses a Database.query / Search.query string: with apex-parser's SOQL and SOSL
// rules. A syntax error is a QueryException (SearchException for SOSL), as in Apex, naming the unexpected token.
import { ApexErrorListener, ApexParser, ApexParserFactory } from '@apexdevtools/apex-parser';
import type { SoqlQuery, SoslQuery } from './ast';
import { SoqlError, type SoqlExceptionType } from './errors';
import { TreeConverter } from './fromTree';
import { soslFromClauses } from './sosl';

/** The first syntax error, worded as the platform's MALFORMED_QUERY: "unexpected token: '<token>'". */
class FirstError extends ApexErrorListener {
    message: string | undefined;
    private offending: string | undefined;

    override syntaxError(...args: Parameters<ApexErrorListener['syntaxError']>): void {
        const symbol = args[1];
        this.offending = typeof symbol === 'object' && symbol !== null ? symbol.text : undefined;
        super.syntaxError(...args);
    }

    apexSyntaxError(line: number, column: number, msg: string): void {
        if (this.message !== undefined) return;
        const unrecognised = /^token recognition error at: (.*)$/.exec(msg)?.[1];
        if (this.offending !== undefined) this.message = `unexpected token: '${this.offending}'`;
        else if (unrecognised !== undefined) this.message = `unexpected token: ${unrecognised}`;
        else this.message = `${msg} at line ${line} column ${column}`;
    }
}

function parsed<T>(text: string, exceptionType: SoqlExceptionType, rule: (parser: ApexParser) => T): T {
    const listener = new FirstError();
    const { parser } = ApexParserFactory.createLexerAndParser(text, listener);
    const tree = rule(parser);
    if (listener.message === undefined && parser.getCurrentToken().type !== ApexParser.EOF) {
        listener.message = `unexpected token: '${parser.getCurrentToken().text}'`;
    }
    if (listener.message !== undefined) throw new SoqlError(exceptionType, listener.message);
    return tree;
}

/**
 * A Database.query / Database.countQuery / Database.queryWithBinds string. Binds are variable names
 * ({ kind: 'name' }), resolved by the caller from the method's scope or bind map. `file` names the caller in
 * messages.
 */
export function parseSoql(text: string, file = 'Database.query'): SoqlQuery {
    const tree = parsed(text, 'QueryException', (parser) => parser.query());
    return new TreeConverter(file, 'dynamic').query(tree);
}

/** A Search.query string in the API form `FIND {term} IN ... RETURNING ...`. */
export function parseSosl(text: string, file = 'Search.query'): SoslQuery {
    const tree = parsed(`[${text}]`, 'SearchException', (parser) => parser.soslLiteralAlt());
    return soslFromClauses(file, 'dynamic', tree, text);
}
