// Finds the package's Apex (every classes/ and triggers/ folder of the package directories in
// sfdx-project.json), or the Apex of other folders (the conformance suite, classes written
// elsewhere), parses each file once (through the on-disk cache) and binds the program.
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { packageDefaultFolders } from '../../spec/project/projectMetadata';
import { Program, type PlatformNames } from '../binder/program';
import type { ApexFile } from '../parser/ast';
import { ParseCache } from '../parser/cache';

export interface SourceFile {
    /** Relative to the project root, e.g. force-app/main/default/classes/CaseSelector.cls. */
    path: string;
    text: string;
}

export function findApexSources(root: string): SourceFile[] {
    const sources: SourceFile[] = [];
    for (const folder of packageDefaultFolders(root)) {
        for (const [sub, suffix] of [
            ['classes', '.cls'],
            ['triggers', '.trigger']
        ] as const) {
            const directory = join(folder, sub);
            if (!existsSync(directory)) continue;
            for (const name of readdirSync(directory).filter((file) => file.endsWith(suffix)).sort()) {
                const file = join(directory, name);
                sources.push({ path: relative(root, file), text: readFileSync(file, 'utf8') });
            }
        }
    }
    return sources;
}

/** Every .cls and .trigger file under `folder` (searched recursively, in name order), relative to the root. */
export function findApexSourcesUnder(root: string, folder: string): SourceFile[] {
    const start = join(root, folder);
    if (!existsSync(start) || !statSync(start).isDirectory()) throw new Error(`${folder}: no such folder of Apex classes and triggers`);
    const sources: SourceFile[] = [];
    const visit = (directory: string): void => {
        for (const name of readdirSync(directory).sort()) {
            const path = join(directory, name);
            if (statSync(path).isDirectory()) {
                if (name !== 'node_modules' && !name.startsWith('.')) visit(path);
            } else if (name.endsWith('.cls') || name.endsWith('.trigger')) {
                sources.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
            }
        }
    };
    visit(start);
    return sources;
}

export interface LoadedProgram {
    program: Program;
    files: ApexFile[];
    sources: SourceFile[];
    cache: ParseCache;
}

/** Binds the package's Apex, or with `folders` the Apex under those folders instead. */
export function loadProgram(root: string, platform: PlatformNames, cacheFolder: string | undefined, folders: readonly string[] = []): LoadedProgram {
    const sources = folders.length ? folders.flatMap((folder) => findApexSourcesUnder(root, folder)) : findApexSources(root);
    const cache = new ParseCache({ folder: cacheFolder });
    const files = sources.map((source) => cache.parse(source.text, source.path));
    return { program: new Program(files, platform), files, sources, cache };
}
