// The jest configuration of `npm run mutate`: the project's, running only the conformance vectors, since the
// mutation score measures what the vectors (the only tests replayed against the Apex) pin. See stryker.config.json.
const base = require('./jest.config.js');

module.exports = {
    ...base,
    testMatch: ['<rootDir>/spec/__tests__/vectors.test.ts']
};
