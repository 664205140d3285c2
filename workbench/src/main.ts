// Browser entry. Synthetic shadow must be installed before the engine creates any component, and
// ES modules evaluate in import order, so it comes first.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from './modules/wb/app/app';

const root = document.getElementById('workbench-root');
if (root) {
    const app = createElement('wb-app', { is: App });
    root.appendChild(app);
}
