// The declarations an Apex file contains, found in masked code (see apex-source.mjs): its classes with
// their sharing keyword and body range, and its @AuraEnabled members.
import { matchingBracket, statementStart } from './apex-source.mjs';

/** Classes in the file: [{ name, keywordOffset, declStart, bodyStart, bodyEnd, modifiers, sharing, isTest, outer }]. */
export function findClasses(code) {
    const classes = [];
    const pattern = /\bclass\s+([A-Za-z_]\w*)/g;
    let match;
    while ((match = pattern.exec(code))) {
        const declStart = statementStart(code, match.index);
        const modifiers = code.slice(declStart, match.index).replace(/\s+/g, ' ').trim();
        const bodyStart = code.indexOf('{', match.index);
        if (bodyStart < 0) continue;
        const bodyEnd = matchingBracket(code, bodyStart);
        const sharing = /\bwithout\s+sharing\b/i.test(modifiers)
            ? 'without'
            : /\bwith\s+sharing\b/i.test(modifiers)
              ? 'with'
              : /\binherited\s+sharing\b/i.test(modifiers)
                ? 'inherited'
                : undefined;
        classes.push({
            name: match[1],
            keywordOffset: match.index,
            declStart,
            bodyStart,
            bodyEnd: bodyEnd < 0 ? code.length : bodyEnd,
            modifiers,
            sharing,
            isTest: /@istest\b/i.test(modifiers)
        });
    }
    for (const cls of classes) {
        const containers = classes.filter(
            (other) => other !== cls && other.bodyStart < cls.keywordOffset && cls.keywordOffset < other.bodyEnd
        );
        cls.outer = containers.sort((a, b) => b.bodyStart - a.bodyStart)[0];
    }
    return classes;
}

/** The innermost class whose body contains `offset`. */
export function classAt(classes, offset) {
    return classes
        .filter((cls) => cls.bodyStart < offset && offset < cls.bodyEnd)
        .sort((a, b) => b.bodyStart - a.bodyStart)[0];
}

/** The top-level class containing `offset` (or declared at it). */
export function topLevelClassAt(classes, offset) {
    let cls = classAt(classes, offset);
    while (cls?.outer) cls = cls.outer;
    return cls;
}

function skipAnnotationArguments(code, i) {
    while (/\s/.test(code[i])) i++;
    if (code[i] !== '(') return i;
    const close = matchingBracket(code, i);
    return close < 0 ? code.length : close + 1;
}

/**
 * Members annotated @AuraEnabled: [{ name, isMethod, isStatic, offset, declaration }].
 * A member is a method when a parameter list follows its name before any `{`, `;` or `=`.
 */
export function auraEnabledMembers(code) {
    const members = [];
    const pattern = /@auraenabled\b/gi;
    let match;
    while ((match = pattern.exec(code))) {
        let i = skipAnnotationArguments(code, match.index + match[0].length);
        // further annotations between @AuraEnabled and the declaration
        for (;;) {
            while (/\s/.test(code[i])) i++;
            if (code[i] !== '@') break;
            i++;
            while (/\w/.test(code[i])) i++;
            i = skipAnnotationArguments(code, i);
        }
        const rest = code.slice(i);
        const end = rest.search(/[{;=]/);
        const declaration = (end < 0 ? rest : rest.slice(0, end)).replace(/\s+/g, ' ').trim();
        const method = /([A-Za-z_]\w*)\s*\(/.exec(declaration);
        if (method) {
            members.push({
                name: method[1],
                isMethod: true,
                isStatic: /\bstatic\b/i.test(declaration.slice(0, method.index)),
                offset: match.index,
                declaration
            });
        } else {
            const property = /([A-Za-z_]\w*)\s*$/.exec(declaration);
            members.push({
                name: property ? property[1] : '',
                isMethod: false,
                isStatic: /\bstatic\b/i.test(declaration),
                offset: match.index,
                declaration
            });
        }
    }
    return members;
}
