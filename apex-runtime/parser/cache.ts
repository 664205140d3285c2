// Parsing with ANTLR costs seconds on a cold start; the compact tree of each file is kept on disk
// under .build/apex-ast/, keyed by a hash of the file's content and the parser's own version, so an
// unchanged file is parsed once.
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { ApexFile } from './ast';
import { parseApex } from './parse';

/** Bump when ast.ts or convert.ts change what they produce, so stale entries are not read. */
const FORMAT_VERSION = '2';

export interface ParseCacheOptions {
    /** Folder of cached trees; none means no cache. */
    folder?: string;
}

export class ParseCache {
    hits = 0;
    misses = 0;

    constructor(private readonly options: ParseCacheOptions = {}) {
        if (options.folder) mkdirSync(options.folder, { recursive: true });
    }

    parse(source: string, file: string): ApexFile {
        const folder = this.options.folder;
        if (!folder) return parseApex(source, file);
        const key = createHash('sha256').update(`${FORMAT_VERSION}\0${file}\0${source}`).digest('hex').slice(0, 32);
        const entry = join(folder, `${key}.json`);
        if (existsSync(entry)) {
            try {
                const cached = JSON.parse(readFileSync(entry, 'utf8')) as ApexFile;
                this.hits += 1;
                return cached;
            } catch {
                // A damaged entry is parsed again and rewritten.
            }
        }
        const parsed = parseApex(source, file);
        writeFileSync(entry, JSON.stringify(parsed));
        this.misses += 1;
        return parsed;
    }
}
