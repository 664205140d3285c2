// What the build can learn about an Apex method from the class source: whether it exists and
// whether it is @AuraEnabled(cacheable=true), which decides if it may be used with @wire.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const stripComments = (source) => source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');

/** @returns {{ declared: boolean, cacheable: boolean | null }} cacheable is null when the class is not in the project */
export function apexMethodInfo(classRoot, className, methodName) {
    const file = join(classRoot, `${className}.cls`);
    if (!existsSync(file)) return { declared: false, cacheable: null };
    const source = stripComments(readFileSync(file, 'utf8'));
    const method = new RegExp(
        `(@AuraEnabled\\s*(\\([^)]*\\))?)\\s*(?:(?:public|global|static|private|with|without|sharing)\\s+)+[\\w<>,.\\s\\[\\]]+?\\s${methodName}\\s*\\(`,
        'i'
    );
    const match = source.match(method);
    if (!match) return { declared: false, cacheable: false };
    const cacheable = /cacheable\s*=\s*true/i.test(match[2] ?? '');
    return { declared: true, cacheable };
}
