// Flat config: the LWC recommended rules applied to TypeScript component sources through
// the typescript-eslint parser; plain recommended rules for Node scripts and tests.
const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');
const globals = require('globals');

const componentSources = ['force-app/**/lwc/**/*.ts'];
const typeScriptSources = ['force-app/**/*.ts', 'spec/**/*.ts', 'workbench/**/*.ts', 'apex-runtime/**/*.ts'];

const lwcRecommendedForTypeScript = lwcConfig.configs.recommended.map((config) => ({
    ...config,
    files: componentSources,
    languageOptions: { ...config.languageOptions, parser: tseslint.parser, parserOptions: { sourceType: 'module' } }
}));

module.exports = [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            'reports/**',
            '.build/**',
            // the sandbox copies of `npm run mutate` while it runs
            '.stryker-tmp/**',
            'workbench/dist/**',
            'test/fixtures/**',
            // compiled output of the TypeScript components
            'force-app/**/lwc/**/*.js',
            '**/*.d.ts'
        ]
    },
    ...lwcRecommendedForTypeScript,
    ...tseslint.configs.recommended.map((config) => ({ ...config, files: typeScriptSources })),
    {
        files: typeScriptSources,
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            // the LWC rule set predates TypeScript; these misfire on type-only syntax
            // (`export type * from` has no runtime exports for import/export to find)
            'no-unused-vars': 'off',
            'no-undef': 'off',
            'import/export': 'off'
        }
    },
    {
        files: ['force-app/**/__tests__/**/*.ts', 'spec/**/*.test.ts', 'apex-runtime/**/__tests__/**/*.ts'],
        languageOptions: { globals: { ...globals.jest, ...globals.node } }
    },
    {
        files: ['**/*.mjs', '**/*.cjs', '*.js', 'scripts/**/*.js', 'test/**/*.js'],
        languageOptions: { ecmaVersion: 'latest', globals: { ...globals.node } },
        rules: {
            'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            'no-undef': 'error'
        }
    }
];
