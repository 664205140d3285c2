// Serves the bundle and the design system's assets (styles, icons, images) read-only from disk.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.gif': 'image/gif',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.json': 'application/json'
};

/** Streams `relativePath` below `root`; false when there is no such file (or it escapes root). */
export function serveFile(response, root, relativePath) {
    const file = normalize(join(root, relativePath));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return false;
    if (!existsSync(file) || !statSync(file).isFile()) return false;
    response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache'
    });
    createReadStream(file).pipe(response);
    return true;
}
