// `lightning/navigation`: NavigationMixin navigates between the workbench's pages; CurrentPageReference
// provisions the page reference of the page the component is on.
import { currentPageReference, navigate, onNavigate, urlFor, type PageReference } from './router';

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

// a mixin's base constructor must take `any[]` (TS2545)
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T = object> = new (...args: any[]) => T;

function mixin<T extends Constructor>(Base: T) {
    return class extends Base {
        [Navigate](reference: PageReference, replace?: boolean): void {
            navigate(reference, replace === true);
        }

        [GenerateUrl](reference: PageReference): Promise<string> {
            try {
                return Promise.resolve(urlFor(reference));
            } catch (error) {
                return Promise.reject(error);
            }
        }
    };
}

export const NavigationMixin = Object.assign(mixin, { Navigate, GenerateUrl });

export class CurrentPageReference {
    private readonly dataCallback: (reference: PageReference) => void;
    private unsubscribe: (() => void) | undefined;

    constructor(dataCallback: (reference: PageReference) => void) {
        this.dataCallback = dataCallback;
    }

    connect(): void {
        this.dataCallback(Object.freeze(currentPageReference()));
        this.unsubscribe = onNavigate((reference) => this.dataCallback(Object.freeze(reference)));
    }

    disconnect(): void {
        this.unsubscribe?.();
    }

    update(): void {
        // no configuration
    }
}
