// `Class.method` -> the TypeScript controller that implements it, from the spec's registry
// (spec/controllers/registry.ts). The registry binds controllers to one org, so they are rebuilt
// after a reset. A new controller is added to the registry in spec/, not here.
import { specModule } from './specModules.mjs';

/** @returns {{ lookup(name: string): { className: string, cacheable: boolean, handler(params: unknown): unknown } | undefined, names(): string[] }} */
export function loadControllers(gateway) {
    const { apexMethods } = specModule('controllers/registry');
    let boundTo;
    let entries = {};
    const current = () => {
        if (boundTo !== gateway.org) {
            boundTo = gateway.org;
            entries = apexMethods(boundTo);
        }
        return entries;
    };
    return {
        lookup: (name) => current()[name],
        names: () => Object.keys(current())
    };
}
