// The permission sets are complete and deployable:
//  - the agent set grants read on every custom field of its package (never on required or master-detail
//    fields, which the platform refuses), access to every *Controller class, visibility of every record
//    type, access to every custom metadata type, and read on every object whose fields it grants;
//  - it names no field, class or record type that does not exist, and makes no computed field editable;
//  - the admin set grants at least everything the agent set grants.
import { readFileSync } from 'node:fs';
import { lineOf } from '../project.mjs';
import { parseMetadataXml, list, text, isTrue } from '../xml.mjs';
import { READ_ONLY_TYPES } from '../field-types.mjs';

export const AGENT_PERMISSION_SET = 'Playbooks_Agent';
export const ADMIN_PERMISSION_SET = 'Playbooks_Admin';

// section -> [key element, grant flags]
const SECTIONS = {
    fieldPermissions: ['field', ['readable', 'editable']],
    classAccesses: ['apexClass', ['enabled']],
    recordTypeVisibilities: ['recordType', ['visible']],
    customMetadataTypeAccesses: ['name', ['enabled']],
    objectPermissions: [
        'object',
        ['allowRead', 'allowCreate', 'allowEdit', 'allowDelete', 'viewAllRecords', 'modifyAllRecords']
    ],
    userPermissions: ['name', ['enabled']],
    customPermissions: ['name', ['enabled']],
    customSettingAccesses: ['name', ['enabled']],
    pageAccesses: ['apexPage', ['enabled']],
    applicationVisibilities: ['application', ['visible']]
};

function grantsOf(root) {
    const grants = {};
    for (const [section, [key, flags]] of Object.entries(SECTIONS)) {
        grants[section] = new Map(
            list(root[section]).map((entry) => [
                text(entry[key]).toLowerCase(),
                { key: text(entry[key]), flags: Object.fromEntries(flags.map((flag) => [flag, isTrue(entry[flag])])) }
            ])
        );
    }
    grants.tabSettings = new Map(
        list(root.tabSettings).map((entry) => [
            text(entry.tab).toLowerCase(),
            { key: text(entry.tab), visibility: text(entry.visibility) }
        ])
    );
    return grants;
}

function readPermissionSet(files, name) {
    const file = files.find((f) => new RegExp(`(?:^|/)permissionsets/${name}\\.permissionset-meta\\.xml$`).test(f.rel));
    if (!file) return undefined;
    const source = readFileSync(file.abs, 'utf8');
    try {
        return { file, source, grants: grantsOf(parseMetadataXml(source).root) };
    } catch {
        return { file, source, grants: undefined };
    }
}

function grantKeyOf(field) {
    return `${field.object}.${field.name}`;
}

// Activity fields are defined once under objects/Activity, but an org retrieves (and accepts) their
// permissions as Task.<field> and Event.<field>; Activity.<field> is accepted too.
function grantKeysOf(field) {
    return field.object === 'Activity'
        ? ['Activity', 'Task', 'Event'].map((object) => `${object}.${field.name}`)
        : [grantKeyOf(field)];
}

function expectedGrants(model, files, packageDir) {
    const fields = [];
    const objectsWithFields = new Set();
    const recordTypes = [];
    const metadataTypes = [];
    for (const object of model.objects.values()) {
        if (
            /__mdt$/i.test(object.name) &&
            (object.objectFile?.packageDir === packageDir ||
                [...object.fields.values()].some((f) => f.packageDir === packageDir))
        ) {
            metadataTypes.push(object.name);
            continue;
        }
        if (/__e$/i.test(object.name) || /^(Task|Event)$/i.test(object.name)) continue;
        for (const field of object.fields.values()) {
            if (!field.isCustom || field.packageDir !== packageDir) continue;
            fields.push(field);
            if (!field.required && field.type !== 'MasterDetail' && object.name !== 'Activity')
                objectsWithFields.add(object.name);
        }
        for (const recordType of object.recordTypes) {
            if (recordType.file.packageDir === packageDir) recordTypes.push(`${object.name}.${recordType.name}`);
        }
    }
    const controllers = files
        .filter((f) => f.packageDir === packageDir && /(?:^|\/)classes\/[^/]*Controller\.cls$/.test(f.rel))
        .map((f) => /([^/]+)\.cls$/.exec(f.rel)[1]);
    return { fields, objectsWithFields: [...objectsWithFields], recordTypes, metadataTypes, controllers };
}

function agentFindings(model, files, agent) {
    const findings = [];
    const { file, source, grants } = agent;
    const add = (line, message) =>
        findings.push({ file: file.rel, line, message: `${AGENT_PERMISSION_SET}: ${message}` });
    const expected = expectedGrants(model, files, file.packageDir);
    const allFields = new Map();
    for (const object of model.objects.values()) {
        for (const field of object.fields.values())
            for (const key of grantKeysOf(field)) allFields.set(key.toLowerCase(), field);
    }
    for (const field of expected.fields) {
        const key = grantKeyOf(field);
        const granted = grantKeysOf(field)
            .map((k) => grants.fieldPermissions.get(k.toLowerCase()))
            .filter(Boolean);
        const refused = field.required ? 'required' : field.type === 'MasterDetail' ? 'master-detail' : undefined;
        if (refused) {
            for (const grant of granted)
                add(
                    lineOf(source, `<field>${grant.key}</field>`),
                    `${grant.key} is ${refused}: the platform refuses field permissions on it; remove this entry`
                );
            continue;
        }
        if (!granted.some((grant) => grant.flags.readable)) {
            const keys = field.object === 'Activity' ? `Task.${field.name} (and Event.${field.name})` : key;
            add(
                granted.length ? lineOf(source, `<field>${granted[0].key}</field>`) : 0,
                `does not grant read on ${keys}: add <fieldPermissions> with <readable>true</readable>`
            );
        }
    }
    for (const grant of grants.fieldPermissions.values()) {
        const line = lineOf(source, `<field>${grant.key}</field>`);
        const field = allFields.get(grant.key.toLowerCase());
        if (!field && /__c$/i.test(grant.key))
            add(line, `grants ${grant.key}, which is not a field in objects/: remove it or fix the name`);
        if (grant.flags.editable && !grant.flags.readable)
            add(line, `${grant.key} is editable but not readable: set <readable>true</readable>`);
        if (field && grant.flags.editable && (field.formula || READ_ONLY_TYPES.has(field.type)))
            add(line, `${grant.key} is computed and cannot be editable: set <editable>false</editable>`);
    }
    for (const name of expected.controllers) {
        if (!grants.classAccesses.get(name.toLowerCase())?.flags.enabled)
            add(0, `does not grant Apex class ${name}: add <classAccesses> for it with <enabled>true</enabled>`);
    }
    const classes = new Set(
        files
            .filter((f) => /(?:^|\/)classes\/[^/]+\.cls$/.test(f.rel))
            .map((f) => /([^/]+)\.cls$/.exec(f.rel)[1].toLowerCase())
    );
    for (const grant of grants.classAccesses.values()) {
        if (!classes.has(grant.key.toLowerCase()))
            add(
                lineOf(source, `<apexClass>${grant.key}</apexClass>`),
                `grants Apex class ${grant.key}, which is not in the project: remove it or fix the name`
            );
    }
    for (const name of expected.recordTypes) {
        if (!grants.recordTypeVisibilities.get(name.toLowerCase())?.flags.visible)
            add(
                0,
                `does not make record type ${name} visible: add <recordTypeVisibilities> with <visible>true</visible>`
            );
    }
    const recordTypes = new Set(
        [...model.objects.values()].flatMap((o) => o.recordTypes.map((rt) => `${o.name}.${rt.name}`.toLowerCase()))
    );
    for (const grant of grants.recordTypeVisibilities.values()) {
        if (!recordTypes.has(grant.key.toLowerCase()))
            add(
                lineOf(source, `<recordType>${grant.key}</recordType>`),
                `names record type ${grant.key}, which is not in objects/: remove it or fix the name`
            );
    }
    for (const name of expected.metadataTypes) {
        if (!grants.customMetadataTypeAccesses.get(name.toLowerCase())?.flags.enabled)
            add(
                0,
                `does not grant custom metadata type ${name}: add <customMetadataTypeAccesses> with <enabled>true</enabled>`
            );
    }
    for (const name of expected.objectsWithFields) {
        if (!grants.objectPermissions.get(name.toLowerCase())?.flags.allowRead)
            add(
                0,
                `grants fields of ${name} but not read on ${name} itself: add <objectPermissions> with <allowRead>true</allowRead>`
            );
    }
    return findings;
}

function adminFindings(agent, admin) {
    const findings = [];
    const add = (message) =>
        findings.push({ file: admin.file.rel, line: 0, message: `${ADMIN_PERMISSION_SET}: ${message}` });
    for (const section of Object.keys(SECTIONS)) {
        for (const [key, grant] of agent.grants[section]) {
            const mine = admin.grants[section].get(key);
            const missing = Object.entries(grant.flags)
                .filter(([flag, on]) => on && !mine?.flags[flag])
                .map(([flag]) => flag);
            if (missing.length)
                add(
                    `grants less than ${AGENT_PERMISSION_SET} on ${section} ${grant.key} (${missing.join(', ')}): the admin set must include everything the agent set grants`
                );
        }
    }
    for (const [key, tab] of agent.grants.tabSettings) {
        if (tab.visibility !== 'None' && (admin.grants.tabSettings.get(key)?.visibility ?? 'None') === 'None') {
            add(`hides tab ${tab.key}, which ${AGENT_PERMISSION_SET} shows`);
        }
    }
    return findings;
}

function missingSetFinding(packageDir, name) {
    return {
        file: `${packageDir}/default/permissionsets/${name}.permissionset-meta.xml`,
        line: 0,
        message: `permission set ${name} is missing: create it (GUIDE section 4, access)`
    };
}

/** Findings for the agent and admin permission sets; `packageDir` is where they belong (the packaged folder). */
export function permissionSetFindings(model, files, packageDir) {
    const agent = readPermissionSet(files, AGENT_PERMISSION_SET);
    const admin = readPermissionSet(files, ADMIN_PERMISSION_SET);
    const findings = [];
    if (!agent) findings.push(missingSetFinding(packageDir, AGENT_PERMISSION_SET));
    if (!admin) findings.push(missingSetFinding(packageDir, ADMIN_PERMISSION_SET));
    if (agent?.grants) findings.push(...agentFindings(model, files, agent));
    if (agent?.grants && admin?.grants) findings.push(...adminFindings(agent, admin));
    return findings;
}
