// The metadata deploys: SDR builds each package directory's deploy set (package.xml and zip), and the
// checks SDR does not do itself hold: well-formed XML, sources paired with meta files, valid field
// definitions, complete record types, components placed on pages and actions that allow it, custom metadata records that match their type, complete permission
// sets, one API version.
import { loadProjectFiles, packageDirectories, readProject } from './lib/project.mjs';
import { loadObjectModel } from './lib/object-model.mjs';
import { sdrBuildFindings } from './lib/metadata/sdr-build.mjs';
import { wellFormedFindings } from './lib/metadata/well-formed.mjs';
import { sourceCompletenessFindings } from './lib/metadata/source-completeness.mjs';
import { fieldDefinitionFindings } from './lib/metadata/field-definitions.mjs';
import { recordTypesFindings } from './lib/metadata/record-types.mjs';
import { permissionSetFindings } from './lib/metadata/permission-sets.mjs';
import { customMetadataRecordFindings } from './lib/metadata/custom-metadata-records.mjs';
import { apiVersionFindings } from './lib/metadata/api-versions.mjs';
import { componentPlacementFindings } from './lib/metadata/component-placements.mjs';
import { sortFindings } from './lib/findings.mjs';
import { runIfMain } from './lib/cli.mjs';

export async function check({ root }) {
    const { files, findings } = loadProjectFiles(root, { includeIgnored: true });
    if (findings.length) return findings;
    const deployable = files.filter((file) => !file.ignored);
    const directories = packageDirectories(root);
    const packaged = directories.find((dir) => dir.isDefault) ?? directories[0];
    const model = loadObjectModel(deployable);
    findings.push(
        ...wellFormedFindings(deployable),
        ...sourceCompletenessFindings(files),
        ...fieldDefinitionFindings(model),
        ...recordTypesFindings(model),
        ...customMetadataRecordFindings(model, deployable),
        ...permissionSetFindings(model, deployable, packaged?.path ?? 'force-app/main'),
        ...apiVersionFindings(deployable, readProject(root).sourceApiVersion),
        ...componentPlacementFindings(deployable),
        ...(await sdrBuildFindings(root, directories))
    );
    return sortFindings(findings);
}

await runIfMain(import.meta.url, check);
