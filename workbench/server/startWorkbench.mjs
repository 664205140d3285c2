// Starts the workbench server over a fresh in-memory org with the seed data, on loopback.
import { createWorkbenchServer } from './app.mjs';
import { createOrgGateway } from './orgGateway.mjs';
import { loadControllers } from './controllers.mjs';

export async function startWorkbench({ port = 3000, host = '127.0.0.1', log = () => {} } = {}) {
    const org = createOrgGateway();
    const controllers = loadControllers(org);
    const server = createWorkbenchServer({ org, controllers, log });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, resolve);
    });
    const { port: actualPort } = server.address();
    return {
        url: `http://localhost:${actualPort}`,
        org,
        close: () =>
            new Promise((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            })
    };
}
