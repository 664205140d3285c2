// PMD 7 on every Apex class and trigger, through @salesforce/code-analyzer-core and
// @salesforce/code-analyzer-pmd-engine, with the rules in lib/pmd-rules.mjs. Zero violations allowed.
// Code Analyzer's own suppression markers are off; PMD suppressions must give a reason.
import { createRequire } from 'node:module';
import { loadProjectFiles, isApexFile, toRelative } from './lib/project.mjs';
import { readApex } from './lib/apex-source.mjs';
import { javaProblem } from './lib/java.mjs';
import { RULE_TAGS, RULES, SEVERITY_NAMES, NOT_FOR_TEST_CLASSES } from './lib/pmd-rules.mjs';
import { findClasses } from './lib/apex-structure.mjs';
import { unjustifiedSuppressions } from './lib/pmd-suppressions.mjs';
import { sortFindings } from './lib/findings.mjs';
import { runIfMain } from './lib/cli.mjs';

const require = createRequire(import.meta.url);

async function createAnalyzer(root, errors) {
    const { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel } = require('@salesforce/code-analyzer-core');
    const { createEnginePlugin } = require('@salesforce/code-analyzer-pmd-engine');
    const config = CodeAnalyzerConfig.fromObject(
        { engines: { cpd: { disable_engine: true } }, suppressions: { disable_suppressions: true } },
        root
    );
    const analyzer = new CodeAnalyzer(config);
    const collect = (event) => {
        if (event.logLevel === LogLevel.Error) errors.push(event.message);
    };
    analyzer.onEvent(EventType.LogEvent, collect);
    analyzer.onEvent(EventType.EngineLogEvent, collect);
    await analyzer.addEnginePlugin(createEnginePlugin());
    return analyzer;
}

/** Absolute paths of the Apex files whose top-level class is annotated @IsTest. */
function testClassFiles(apexFiles) {
    const paths = new Set();
    for (const file of apexFiles) {
        const { code } = readApex(file.abs);
        if (findClasses(code).some((cls) => !cls.outer && cls.isTest)) paths.add(file.abs);
    }
    return paths;
}

async function pmdFindings(root, apexFiles) {
    const problem = javaProblem();
    if (problem) return [{ file: 'sfdx-project.json', line: 0, message: `PMD cannot run: ${problem}` }];
    const errors = [];
    const findings = [];
    const analyzer = await createAnalyzer(root, errors);
    const workspace = await analyzer.createWorkspace(apexFiles.map((file) => file.abs));
    const selection = await analyzer.selectRules(
        [...RULE_TAGS.map((tag) => `pmd:${tag}`), ...RULES.map((rule) => `pmd:${rule}`)],
        { workspace }
    );
    const selected = new Set(selection.getRulesFor('pmd').map((rule) => rule.getName()));
    for (const rule of RULES.filter((name) => !selected.has(name))) {
        findings.push({
            file: 'scripts/checks/lib/pmd-rules.mjs',
            line: 0,
            message: `PMD rule ${rule} is not in the installed engine: update the rule list (a renamed rule must be replaced, not dropped)`
        });
    }
    const results = await analyzer.run(selection, { workspace });
    const testFiles = testClassFiles(apexFiles);
    for (const violation of results.getViolations()) {
        const location = violation.getPrimaryLocation();
        const rule = violation.getRule();
        const file = location.getFile();
        if (NOT_FOR_TEST_CLASSES.has(rule.getName()) && file && testFiles.has(file)) continue;
        findings.push({
            file: file ? toRelative(root, file) : 'sfdx-project.json',
            line: location.getStartLine() ?? 0,
            message: `PMD ${rule.getName()} (${SEVERITY_NAMES[rule.getSeverityLevel()] ?? rule.getSeverityLevel()}): ${violation.getMessage().trim()}`
        });
    }
    for (const error of errors)
        findings.push({
            file: 'sfdx-project.json',
            line: 0,
            message: `PMD reported an error: ${error.split('\n')[0]}`
        });
    return findings;
}

export async function check({ root }) {
    const { files, findings } = loadProjectFiles(root);
    if (findings.length) return findings;
    const apexFiles = files.filter(isApexFile);
    for (const file of apexFiles) {
        const apex = readApex(file.abs);
        for (const problem of unjustifiedSuppressions(apex.source, apex.lines, apex.lineAt))
            findings.push({ file: file.rel, ...problem });
    }
    if (apexFiles.length) findings.push(...(await pmdFindings(root, apexFiles)));
    return sortFindings(findings);
}

await runIfMain(import.meta.url, check);
