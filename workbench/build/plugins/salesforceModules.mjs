// Resolves the `@salesforce/*` scoped imports the way the platform would for this project:
//   @salesforce/apex/Class.method -> a function that POSTs to the workbench server (and a wire adapter)
//   @salesforce/apex              -> refreshApex / getSObjectValue
//   @salesforce/schema/Obj.Field  -> { objectApiName, fieldApiName }
//   @salesforce/label/c.Name      -> the value from CustomLabels.labels-meta.xml (unknown label: build error)
//   @salesforce/user/Id           -> the running user chosen in the shell
//   @salesforce/i18n/timeZone     -> the workbench users' time zone (America/New_York)
//   other @salesforce/* (the base components' own labels, i18n, client) -> lightning-base-components/scopedImports
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { apexMethodInfo } from '../apexClasses.mjs';
import { readCustomLabels } from '../labels.mjs';

const PREFIX = '\0wb-salesforce:';
/** The workbench users' time zone (WORKBENCH_TIME_ZONE in server/orgGateway.mjs): the base components
 * enter and show dates and times in it, as Lightning does in the user's time zone. */
const USER_TIME_ZONE = 'America/New_York';
const USER_TIME_ZONE_ID = `${PREFIX}@salesforce/i18n/timeZone`;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function salesforceModules({ platformDir, labelsFile, apexClassRoot, scopedImportsDir }) {
    let labels;
    const platformFile = (name) => join(platformDir, `${name}.ts`);

    function apexModule(reference) {
        const [className, methodName, ...rest] = reference.split('.');
        if (!IDENTIFIER.test(className ?? '') || !IDENTIFIER.test(methodName ?? '') || rest.length) {
            throw new Error(`@salesforce/apex/${reference}: expected @salesforce/apex/Class.method`);
        }
        const { cacheable } = apexMethodInfo(apexClassRoot, className, methodName);
        const descriptor = JSON.stringify({ className, methodName, cacheable });
        return `import { apexMethod } from ${JSON.stringify(platformFile('apex'))};\nexport default apexMethod(${descriptor});\n`;
    }

    function schemaModule(reference) {
        const [objectApiName, ...fieldPath] = reference.split('.');
        if (!IDENTIFIER.test(objectApiName) || fieldPath.some((part) => !IDENTIFIER.test(part))) {
            throw new Error(`@salesforce/schema/${reference}: not an object or field reference`);
        }
        const value = fieldPath.length ? { objectApiName, fieldApiName: fieldPath.join('.') } : { objectApiName };
        return `export default ${JSON.stringify(value)};\n`;
    }

    function labelModule(name) {
        labels ??= readCustomLabels(labelsFile);
        if (!labels.has(name)) {
            throw new Error(`@salesforce/label/c.${name}: no such label in ${labelsFile}`);
        }
        return `export default ${JSON.stringify(labels.get(name))};\n`;
    }

    return {
        name: 'workbench-salesforce-modules',
        buildStart() {
            labels = undefined;
            if (existsSync(labelsFile)) this.addWatchFile(labelsFile);
        },
        resolveId(source) {
            if (!source.startsWith('@salesforce/')) return null;
            if (source === '@salesforce/apex') return platformFile('apexRefresh');
            if (source === '@salesforce/user/Id') return platformFile('user');
            if (source === '@salesforce/i18n/timeZone') return USER_TIME_ZONE_ID;
            if (/^@salesforce\/(apex|schema)\//.test(source) || source.startsWith('@salesforce/label/c.')) {
                return PREFIX + source;
            }
            const [, type, rest] = source.split('/');
            const scoped = join(scopedImportsDir, `@salesforce-${type}-${rest}.js`);
            if (existsSync(scoped)) return scoped;
            return null;
        },
        load(id) {
            if (!id.startsWith(PREFIX)) return null;
            if (id === USER_TIME_ZONE_ID) return `export default ${JSON.stringify(USER_TIME_ZONE)};\n`;
            const source = id.slice(PREFIX.length);
            if (source.startsWith('@salesforce/apex/')) return apexModule(source.slice('@salesforce/apex/'.length));
            if (source.startsWith('@salesforce/schema/'))
                return schemaModule(source.slice('@salesforce/schema/'.length));
            return labelModule(source.slice('@salesforce/label/c.'.length));
        }
    };
}
