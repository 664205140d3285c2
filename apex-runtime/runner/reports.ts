// The run's reports: JUnit XML for CI, and line coverage of each class that is not a test class
// and of each trigger. A line counts when it holds a statement or a field initialiser (what the
// platform counts as executable is close to this; it is not documented line by line).
import type { Program } from '../binder/program';
import type { ApexFile } from '../parser/ast';

export interface ReportedResult {
    className: string;
    methodName: string;
    status: 'pass' | 'fail' | 'xfail';
    message?: string;
    stack?: string;
    millis: number;
}

function xml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function junitXml(results: readonly ReportedResult[]): string {
    const byClass = new Map<string, ReportedResult[]>();
    for (const result of results) {
        const list = byClass.get(result.className) ?? [];
        list.push(result);
        byClass.set(result.className, list);
    }
    const suites = [...byClass.entries()].map(([className, list]) => {
        const failures = list.filter((result) => result.status === 'fail').length;
        const skipped = list.filter((result) => result.status === 'xfail').length;
        const seconds = list.reduce((sum, result) => sum + result.millis, 0) / 1000;
        const cases = list.map((result) => {
            const open = `    <testcase classname="${xml(className)}" name="${xml(result.methodName)}" time="${(result.millis / 1000).toFixed(3)}"`;
            if (result.status === 'pass') return `${open}/>`;
            if (result.status === 'xfail') return `${open}>\n      <skipped message="${xml(`expected to fail: ${result.message ?? ''}`)}"/>\n    </testcase>`;
            return `${open}>\n      <failure message="${xml(result.message ?? '')}">${xml(`${result.message ?? ''}\n${result.stack ?? ''}`)}</failure>\n    </testcase>`;
        });
        return `  <testsuite name="${xml(className)}" tests="${list.length}" failures="${failures}" skipped="${skipped}" time="${seconds.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="apex">\n${suites.join('\n')}\n</testsuites>\n`;
}

export interface CoverageLine {
    name: string;
    file: string;
    covered: number;
    total: number;
}

/** A file whose lines coverage counts: a class that is not a test class, or a trigger. */
export interface CoverageFile {
    name: string;
    file: string;
    executableLines: number[];
}

/** The package's classes (test classes excluded) and triggers with executable lines. */
export function coverageFiles(program: Program, files: readonly ApexFile[]): CoverageFile[] {
    const counted: CoverageFile[] = [];
    for (const file of files) {
        const name = file.type?.name ?? file.trigger?.name ?? file.path;
        if (file.type) {
            const cls = program.classes.get(name.toLowerCase());
            if (!cls || cls.isTest) continue;
        }
        if (!file.executableLines.length) continue;
        counted.push({ name, file: file.path, executableLines: file.executableLines });
    }
    return counted;
}

/** Lines covered of each counted file, by the lines run (by file path). */
export function coverage(files: readonly CoverageFile[], executed: ReadonlyMap<string, ReadonlySet<number>>): CoverageLine[] {
    return files.map((file) => {
        const hit = executed.get(file.file) ?? new Set<number>();
        return { name: file.name, file: file.file, covered: file.executableLines.filter((line) => hit.has(line)).length, total: file.executableLines.length };
    });
}
