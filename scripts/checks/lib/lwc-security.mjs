// The component security bar: no HTML injected from script (innerHTML/outerHTML assignment,
// insertAdjacentHTML) and no manually managed DOM in templates (lwc:dom="manual").
// Comments and string contents are blanked first so that prose about these APIs is not reported.
import { lineLocator } from './project.mjs';

function blank(chars, start, end) {
    for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

/** Script text with comments and string/template contents blanked (same length). */
export function maskScript(source) {
    const chars = source.split('');
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        if (c === '/' && source[i + 1] === '/') {
            const end = source.indexOf('\n', i);
            const stop = end < 0 ? source.length : end;
            blank(chars, i, stop);
            i = stop;
        } else if (c === '/' && source[i + 1] === '*') {
            const end = source.indexOf('*/', i + 2);
            const stop = end < 0 ? source.length : end + 2;
            blank(chars, i, stop);
            i = stop;
        } else if (c === "'" || c === '"' || c === '`') {
            let j = i + 1;
            while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
            blank(chars, i + 1, j);
            i = j + 1;
        } else {
            i++;
        }
    }
    return chars.join('');
}

const HTML_INJECTION = /\.\s*(innerHTML|outerHTML)\s*(\+?=)(?!=)|\binsertAdjacentHTML\s*\(/g;

/** [{ line, message }] for script text. */
export function scriptInjections(source) {
    const code = maskScript(source);
    const lineAt = lineLocator(source);
    const problems = [];
    let match;
    HTML_INJECTION.lastIndex = 0;
    while ((match = HTML_INJECTION.exec(code))) {
        const what = match[1] ? `assigns ${match[1]}` : 'calls insertAdjacentHTML';
        problems.push({
            line: lineAt(match.index),
            message: `${what}: never inject HTML from script (security bar); render data through the template, or lightning-formatted-rich-text for rich text`
        });
    }
    return problems;
}

const MANUAL_DOM = /\blwc:dom\s*=\s*(["']?)manual\1/g;

/** [{ line, message }] for template text. */
export function templateInjections(source) {
    const code = source.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
    const lineAt = lineLocator(source);
    const problems = [];
    let match;
    MANUAL_DOM.lastIndex = 0;
    while ((match = MANUAL_DOM.exec(code))) {
        problems.push({
            line: lineAt(match.index),
            message:
                'lwc:dom="manual" hands the DOM to script (security bar): render the content with template directives instead'
        });
    }
    return problems;
}
