// The Lightning platform modules that lightning-base-components does not ship (or only re-exports
// from the platform), implemented by the workbench over its local server.
import { join } from 'node:path';

export const PLATFORM_MODULES = {
    'lightning/uiRecordApi': 'uiRecordApi',
    'lightning/platformShowToastEvent': 'platformShowToastEvent',
    'lightning/navigation': 'navigation',
    'lightning/actions': 'actions',
    'lightning/refresh': 'refresh'
};

export function platformModules({ platformDir }) {
    return {
        name: 'workbench-platform-modules',
        resolveId(source) {
            const file = PLATFORM_MODULES[source];
            return file ? join(platformDir, `${file}.ts`) : null;
        }
    };
}
