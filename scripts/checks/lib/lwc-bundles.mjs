// Lightning web component bundles on disk: every folder lwc/<name>/ in a package directory, with its
// files (including those .forceignore keeps out of the deploy, such as the .ts sources, marked ignored).
const BUNDLE_FILE = /^(.*\/lwc\/([^/]+))\/(.+)$/;

/**
 * Bundles from project files listed with { includeIgnored: true }:
 * [{ name, dir, packageDir, files: [{ name, abs, rel, ignored }], hasJs, hasTs }] sorted by dir.
 */
export function lwcBundles(files) {
    const bundles = new Map();
    for (const file of files) {
        const match = BUNDLE_FILE.exec(file.rel);
        if (!match) continue;
        const [, dir, name, inside] = match;
        if (!bundles.has(dir)) bundles.set(dir, { name, dir, packageDir: file.packageDir, files: [] });
        bundles.get(dir).files.push({ name: inside, abs: file.abs, rel: file.rel, ignored: file.ignored });
    }
    return [...bundles.values()]
        .map((bundle) => ({
            ...bundle,
            hasJs: bundle.files.some((file) => file.name === `${bundle.name}.js`),
            hasTs: bundle.files.some((file) => file.name === `${bundle.name}.ts`)
        }))
        .sort((a, b) => a.dir.localeCompare(b.dir));
}

/** The files the platform compiles: deployable .js, .html and .css files of the bundle. */
export function compiledFiles(bundle) {
    return bundle.files.filter(
        (file) => !file.ignored && /\.(js|html|css)$/.test(file.name) && !file.name.startsWith('__tests__/')
    );
}
