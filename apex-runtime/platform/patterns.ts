// Pattern and Matcher (Apex Reference "Pattern Class", "Matcher Class"): Java regular expressions;
// matches() needs the whole input to match, find() looks for the next match.
import { PlatformError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { ApexList, NativeObject, prim, type Value } from '../evaluator/values';
import { int, str } from './args';
import { compile, javaRegex, javaReplacement, javaSplit } from './regex';
import type { Natives } from './registry';

const wholeMatchers = new Map<string, RegExp>();

/** Java's Matcher.matches(): the whole input must match. */
function wholeMatch(pattern: string, input: string): RegExpExecArray | null {
    let regex = wholeMatchers.get(pattern);
    if (!regex) {
        const { source, flags } = javaRegex(pattern);
        regex = new RegExp(`(?:${source})(?![\\s\\S])`, `${flags}y`);
        if (wholeMatchers.size > 500) wholeMatchers.clear();
        wholeMatchers.set(pattern, regex);
    }
    regex.lastIndex = 0;
    return regex.exec(input);
}

export class PatternValue extends NativeObject {
    readonly typeName = 'Pattern';

    constructor(readonly pattern: string) {
        super();
        javaRegex(pattern);
    }

    invoke(rt: Interpreter, lower: string, args: Value[]): Value {
        switch (lower) {
            case 'matcher':
                return new MatcherValue(this, str(args, 0));
            case 'pattern':
            case 'tostring':
                return this.pattern;
            case 'split':
                return new ApexList(prim('String'), javaSplit(str(args, 0), this.pattern, args.length > 1 ? int(args, 1) : 0));
            default:
                return rt.unsupported(`Pattern.${lower}()`);
        }
    }
}

export class MatcherValue extends NativeObject {
    readonly typeName = 'Matcher';
    private match: RegExpExecArray | null = null;
    private position = 0;

    constructor(
        private readonly owner: PatternValue,
        private input: string
    ) {
        super();
    }

    private requireMatch(): RegExpExecArray {
        if (!this.match) throw new PlatformError('StringException', 'No match found');
        return this.match;
    }

    invoke(rt: Interpreter, lower: string, args: Value[]): Value {
        switch (lower) {
            case 'matches':
                this.match = wholeMatch(this.owner.pattern, this.input);
                return this.match !== null;
            case 'lookingat': {
                const regex = compile(this.owner.pattern, 'y');
                regex.lastIndex = 0;
                this.match = regex.exec(this.input);
                return this.match !== null;
            }
            case 'find': {
                if (args.length) this.position = int(args, 0);
                const regex = compile(this.owner.pattern, 'g');
                regex.lastIndex = this.position;
                this.match = regex.exec(this.input);
                if (this.match) this.position = this.match.index + Math.max(this.match[0].length, this.match[0].length === 0 ? 1 : 0);
                return this.match !== null;
            }
            case 'group': {
                const match = this.requireMatch();
                if (!args.length) return match[0];
                const group = args[0];
                if (typeof group === 'string') return match.groups?.[group] ?? null;
                const index = int(args, 0);
                if (index < 0 || index >= match.length) throw new PlatformError('StringException', `No group ${index}`);
                return match[index] ?? null;
            }
            case 'groupcount':
                return new RegExp(`${javaRegex(this.owner.pattern).source}|`).exec('')!.length - 1;
            case 'start':
                return this.requireMatch().index;
            case 'end': {
                const match = this.requireMatch();
                return match.index + match[0].length;
            }
            case 'reset':
                if (args.length) this.input = str(args, 0);
                this.match = null;
                this.position = 0;
                return this;
            case 'replaceall':
                return this.input.replace(compile(this.owner.pattern, 'g'), javaReplacement(str(args, 0)));
            case 'replacefirst':
                return this.input.replace(compile(this.owner.pattern), javaReplacement(str(args, 0)));
            case 'hitend':
                return this.match === null || this.match.index + this.match[0].length === this.input.length;
            case 'pattern':
                return this.owner;
            default:
                return rt.unsupported(`Matcher.${lower}()`);
        }
    }
}

export function registerPatterns(natives: Natives): void {
    natives.registerStatic({
        name: 'Pattern',
        methods: {
            compile: (_rt, args) => new PatternValue(str(args, 0)),
            matches: (_rt, args) => wholeMatch(str(args, 0), str(args, 1)) !== null,
            // Java returns \Q...\E, which JavaScript lacks; the escaped text matches the same input.
            quote: (_rt, args) => str(args, 0).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        }
    });
}
