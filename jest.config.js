const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    testMatch: [
        '<rootDir>/force-app/**/__tests__/**/*.test.ts',
        '<rootDir>/spec/**/*.test.ts',
        '<rootDir>/apex-runtime/**/__tests__/**/*.test.ts'
    ],
    moduleNameMapper: {
        '^test/jest/(.*)$': '<rootDir>/test/jest/$1',
        // lightning/modal has no sfdx-lwc-jest stub
        '^lightning/modal$': '<rootDir>/force-app/test/jest-mocks/lightning/modal'
    },
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/workbench/dist', '<rootDir>/.stryker-tmp'],
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/test/jest/setup.js'],
    collectCoverageFrom: ['force-app/**/lwc/**/*.ts', 'spec/**/*.ts', '!**/__tests__/**', '!**/*.d.ts'],
    testTimeout: 15000
};
