// Sources and their meta files come in pairs: every .cls and .trigger has its -meta.xml (and no
// -meta.xml is left without its source), and every component bundle has its <name>.js-meta.xml.
// SDR silently leaves an unpaired file out of the deploy.
import { lwcBundles } from '../lwc-bundles.mjs';

/** Findings over project files listed with { includeIgnored: true }. */
export function sourceCompletenessFindings(files) {
    const findings = [];
    const deployable = files.filter((file) => !file.ignored);
    const present = new Set(deployable.map((file) => file.rel));
    for (const file of deployable) {
        if (/\.(cls|trigger)$/.test(file.rel) && !present.has(`${file.rel}-meta.xml`)) {
            const kind = file.rel.endsWith('.cls') ? 'ApexClass' : 'ApexTrigger';
            findings.push({
                file: file.rel,
                line: 0,
                message: `no ${file.rel.split('/').pop()}-meta.xml next to it: add the ${kind} meta file (apiVersion, status) or the file will not deploy`
            });
        }
        const meta = /^(.*\.(cls|trigger))-meta\.xml$/.exec(file.rel);
        if (meta && !present.has(meta[1])) {
            findings.push({
                file: file.rel,
                line: 0,
                message: `meta file without its source ${meta[1].split('/').pop()}: add the source or delete the meta file`
            });
        }
    }
    for (const bundle of lwcBundles(files)) {
        if (!bundle.files.some((file) => !file.ignored)) continue;
        if (!bundle.files.some((file) => file.name === `${bundle.name}.js-meta.xml`)) {
            findings.push({
                file: bundle.dir,
                line: 0,
                message: `component bundle ${bundle.name} has no ${bundle.name}.js-meta.xml: add it (apiVersion, isExposed) or the bundle will not deploy`
            });
        }
    }
    return findings;
}
