// Absolute locations the workbench build and server share.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const workbenchRoot = join(projectRoot, 'workbench');
export const browserSourceRoot = join(workbenchRoot, 'src');
export const distRoot = join(workbenchRoot, 'dist');
export const componentRoot = join(projectRoot, 'force-app', 'main', 'default', 'lwc');
export const labelsFile = join(projectRoot, 'force-app', 'main', 'default', 'labels', 'CustomLabels.labels-meta.xml');
export const apexClassRoot = join(projectRoot, 'force-app', 'main', 'default', 'classes');
export const serverBuildRoot = join(projectRoot, '.build', 'workbench-server');
export const designSystemRoot = join(projectRoot, 'node_modules', '@salesforce-ux', 'design-system');
export const baseComponentsRoot = join(projectRoot, 'node_modules', 'lightning-base-components');
