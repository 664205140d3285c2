// Serves an already built workbench: node workbench/server.mjs (PORT overrides 3000).
import { fileURLToPath } from 'node:url';
import { startWorkbench } from './server/startWorkbench.mjs';

export async function serve() {
    const port = Number(process.env.PORT ?? 3000);
    const workbench = await startWorkbench({ port, log: (line) => console.error(line) });
    console.log(`Service Playbooks workbench: ${workbench.url}/`);
    const stop = () => workbench.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return workbench;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    serve().catch((error) => {
        console.error(
            error.code === 'EADDRINUSE' ? `Port ${process.env.PORT ?? 3000} is in use: set PORT to another one.` : error
        );
        process.exitCode = 1;
    });
}
