// Every conformance vector against the TypeScript specification. The same files are replayed
// through the Apex controllers by PlaybookVectorReplayTest in an org.
import { createProjectOrg } from '../project/createProjectOrg';
import { findProjectRoot } from '../project/projectMetadata';
import { loadVectors } from '../vectors/loadVectors';
import { runVector } from '../vectors/runVector';

const root = findProjectRoot(__dirname);
const vectors = loadVectors(root);

describe('conformance vectors', () => {
    it('exist for the pilot contract', () => {
        expect(vectors.map((vector) => vector.name)).toContain('CallWizardController/claimCase-success');
    });

    it.each(vectors.map((vector) => [vector.name, vector] as const))('%s', (_name, { vector }) => {
        const run = runVector(vector, (clock, features) => createProjectOrg({ root, clock, ...features }));
        expect(run.failures).toEqual([]);
    });
});
