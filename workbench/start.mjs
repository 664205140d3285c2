// npm start: builds the components, the spec and the bundle, then serves the workbench.
import { buildWorkbench } from './build.mjs';
import { serve } from './server.mjs';

try {
    await buildWorkbench();
    await serve();
} catch (error) {
    console.error(error.message ?? error);
    process.exitCode = 1;
}
