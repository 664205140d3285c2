// Finds the package's Apex (every classes/ and triggers/ folder of the package directories in
// sfdx-project.json), parses each file once (through the on-disk cache) and binds the program.
import { existsSync, readdirSync, readFileSync } from 'fs';
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

export interface LoadedProgram {
    program: Program;
    files: ApexFile[];
    sources: SourceFile[];
    cache: ParseCache;
}

export function loadProgram(root: string, platform: PlatformNames, cacheFolder: string | undefined): LoadedProgram {
    const sources = findApexSources(root);
    const cache = new ParseCache({ folder: cacheFolder });
    const files = sources.map((source) => cache.parse(source.text, source.path));
    return { program: new Program(files, platform), files, sources, cache };
}
