// `npm run mutate`: the mutation score of the conformance vectors over the TypeScript twin's rules (StrykerJS).
// Only the vectors run (jest.stryker.config.js), since they are the tests the Apex replay shares: a mutant they
// do not kill is a rule the Apex could get wrong unnoticed. Kept out of `npm test` and CI: it takes about half an
// hour on two idle cores and several hours on busy ones (each mutant's run reloads every vector, about 3,400
// mutants). Results: reports/mutation/mutation.json and the table printed at the end; docs/benchmark.md records the
// score and the accepted survivors.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
    testRunner: 'jest',
    jest: { configFile: 'jest.stryker.config.js', enableFindRelatedTests: false },
    coverageAnalysis: 'perTest',
    mutate: ['spec/controllers/**/*.ts', 'spec/services/**/*.ts', 'spec/triggers/**/*.ts'],
    // A static mutant (evaluated once when a module loads) needs every test rerun in a fresh process: too slow.
    ignoreStatic: true,
    // Type errors a mutant introduces do not matter to jest (babel strips the types).
    disableTypeChecks: true,
    concurrency: 2,
    ignorePatterns: ['/workbench/dist', '/coverage', '/test-results', '/.build'],
    reporters: ['json', 'clear-text', 'progress-append-only'],
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    tempDirName: '.stryker-tmp'
};
