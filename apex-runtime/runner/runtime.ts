// Assembles a runtime: the org (spec/ project org for Apex), the platform library, the bound
// program, the bridge and the evaluator.
import { Program } from '../binder/program';
import { Interpreter } from '../evaluator/interpreter';
import { OrgBridge } from '../org/bridge';
import { createApexOrg, type ApexOrgOptions } from '../org/apexOrg';
import type { ApexFile } from '../parser/ast';
import { parseApex } from '../parser/parse';
import { createNatives, platformNames } from '../platform';
import { loadProgram, type LoadedProgram } from './loadProgram';

export interface ApexRuntime {
    interpreter: Interpreter;
    bridge: OrgBridge;
    program: Program;
    files: ApexFile[];
}

function assemble(orgOptions: ApexOrgOptions, load: (names: ReturnType<typeof platformNames>) => Omit<LoadedProgram, 'cache' | 'sources'>): ApexRuntime {
    const apexOrg = createApexOrg(orgOptions);
    const natives = createNatives(apexOrg.apiVersion);
    const { program, files } = load(platformNames(natives, apexOrg.org.schema));
    const bridge = new OrgBridge(apexOrg);
    const interpreter = new Interpreter({ program, natives, org: bridge });
    bridge.attach(interpreter, program);
    return { interpreter, bridge, program, files };
}

/**
 * The project's own Apex (force-app/**) over the project's org; with `folders`, the Apex under those folders
 * (relative to the root) instead, over the same org: the org has the project's metadata either way.
 */
export function projectRuntime(orgOptions: ApexOrgOptions & { root: string }, cacheFolder: string | undefined, folders: readonly string[] = []): ApexRuntime & { loaded: LoadedProgram } {
    let loaded: LoadedProgram | undefined;
    const runtime = assemble(orgOptions, (names) => {
        loaded = loadProgram(orgOptions.root, names, cacheFolder, folders);
        return loaded;
    });
    return { ...runtime, loaded: loaded as LoadedProgram };
}

/** Apex given as text (`{ 'Foo.cls': 'public class Foo {...}' }`), over the project's org: for unit tests of the runtime. */
export function sourceRuntime(sources: Record<string, string>, orgOptions: ApexOrgOptions = {}): ApexRuntime {
    return assemble(orgOptions, (names) => {
        const files = Object.entries(sources).map(([path, text]) => parseApex(text, path));
        return { program: new Program(files, names), files };
    });
}
