// `@salesforce/apex/Class.method` at run time: a function that POSTs { params } to the workbench
// server, which runs the TypeScript controller on the in-memory org. Like Lightning, results of
// cacheable methods are kept in a client-side cache (refreshApex re-fetches), and the function is
// also a wire adapter (a non-cacheable method used with @wire reports an error, as on the platform).
import { postJson } from './transport';
import { deepFreeze, stableKey } from './stableKey';

export interface ApexDescriptor {
    className: string;
    methodName: string;
    /** from the Apex class source; null when the class is not in the project */
    cacheable: boolean | null;
}

type DataCallback = (value: { data: unknown; error: unknown }) => void;

const cache = new Map<string, Promise<unknown>>();
const refreshers = new WeakMap<object, () => Promise<void>>();

function invoke(
    descriptor: ApexDescriptor,
    params: Record<string, unknown> | undefined,
    useCache: boolean
): Promise<unknown> {
    const path = `/api/apex/${descriptor.className}.${descriptor.methodName}`;
    const payload = { params: params ?? {} };
    if (!useCache) return postJson(path, payload, 'component');
    const key = `${path}:${stableKey(payload.params)}`;
    let pending = cache.get(key);
    if (!pending) {
        pending = postJson(path, payload, 'component');
        cache.set(key, pending);
        pending.catch(() => cache.delete(key));
    }
    return pending.then((result) => structuredClone(result));
}

function cacheKeyFor(descriptor: ApexDescriptor, params: Record<string, unknown>): string {
    return `/api/apex/${descriptor.className}.${descriptor.methodName}:${stableKey(params)}`;
}

function hasUndefinedValue(config: Record<string, unknown>): boolean {
    return Object.values(config).some((value) => value === undefined);
}

function wireAdapterFor(descriptor: ApexDescriptor) {
    return class ApexWireAdapter {
        private readonly dataCallback: DataCallback;
        private config: Record<string, unknown> | undefined;
        private connected = false;
        private generation = 0;

        constructor(dataCallback: DataCallback) {
            this.dataCallback = dataCallback;
            this.dataCallback({ data: undefined, error: undefined });
        }

        connect(): void {
            this.connected = true;
            void this.provision();
        }

        disconnect(): void {
            this.connected = false;
        }

        update(config: Record<string, unknown>): void {
            this.config = config ?? {};
            void this.provision();
        }

        private async provision(): Promise<void> {
            if (!this.connected || !this.config || hasUndefinedValue(this.config)) return;
            const generation = ++this.generation;
            let value: { data: unknown; error: unknown };
            if (descriptor.cacheable === false) {
                value = {
                    data: undefined,
                    error: {
                        status: 400,
                        ok: false,
                        statusText: 'Bad Request',
                        headers: {},
                        body: {
                            message: `${descriptor.className}.${descriptor.methodName} is not @AuraEnabled(cacheable=true) and cannot be used with @wire`
                        }
                    }
                };
            } else {
                try {
                    value = { data: deepFreeze(await invoke(descriptor, this.config, true)), error: undefined };
                } catch (error) {
                    value = { data: undefined, error };
                }
            }
            if (generation !== this.generation || !this.connected) return;
            refreshers.set(value, () => this.refresh());
            this.dataCallback(value);
        }

        private async refresh(): Promise<void> {
            if (this.config) cache.delete(cacheKeyFor(descriptor, this.config));
            await this.provision();
        }
    };
}

export function apexMethod(descriptor: ApexDescriptor) {
    const method = (params?: Record<string, unknown>): Promise<unknown> =>
        invoke(descriptor, params, descriptor.cacheable === true);
    return Object.assign(method, { adapter: wireAdapterFor(descriptor) });
}

/** refreshApex: re-fetches the wired value a component received; resolves when new data is provisioned. */
export function refreshWiredValue(wiredValue: unknown): Promise<void> {
    const refresh = wiredValue && typeof wiredValue === 'object' ? refreshers.get(wiredValue) : undefined;
    return refresh ? refresh() : Promise.resolve();
}
