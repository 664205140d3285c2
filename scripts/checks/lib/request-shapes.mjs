// The parameters of the @AuraEnabled Apex methods against spec/controllers/requestShapes.ts, which the TypeScript
// twin reads params through as the platform deserializes them: every method has its shapes, each parameter its name
// and type, each request class its @AuraEnabled properties with their types, nested classes included. A property
// only one side has, or of another type, would let the twins accept different requests (and hash them
// differently: RequestFingerprint serializes the typed Apex request).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ts from 'typescript';
import { readApex } from './apex-source.mjs';
import { auraEnabledMembers, classAt, findClasses } from './apex-structure.mjs';
import { packageDirectories, toRelative } from './project.mjs';

export const SHAPES_FILE = 'spec/controllers/requestShapes.ts';
const PRIMITIVES = ['String', 'Boolean', 'Decimal', 'List<String>'];
const MODIFIERS = new Set(['public', 'private', 'protected', 'global', 'static', 'final', 'transient', 'virtual', 'override']);

/** METHOD_PARAMETERS of the shapes file, loaded on its own (the file has no imports); a string when it cannot be. */
export async function loadShapes(root) {
    const abs = join(root, SHAPES_FILE);
    if (!existsSync(abs)) return `${SHAPES_FILE} is missing: it declares the parameters of every controller method`;
    const { outputText } = ts.transpileModule(readFileSync(abs, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
    });
    try {
        const loaded = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
        return loaded.METHOD_PARAMETERS ?? `${SHAPES_FILE} exports no METHOD_PARAMETERS`;
    } catch (error) {
        return `${SHAPES_FILE} cannot be loaded on its own (it must not import anything): ${error.message}`;
    }
}

function typeOf(declaration, name) {
    const words = declaration.slice(0, declaration.lastIndexOf(name)).trim().split(' ');
    return words.filter((word) => !MODIFIERS.has(word.toLowerCase())).join(' ').replace(/\s*([<>,])\s*/g, '$1');
}

/** Every class of the Apex sources by 'Top' or 'Top.Inner' (lower case): { name, file, line, properties, methods }. */
export function apexClasses(root) {
    const classes = new Map();
    for (const directory of packageDirectories(root)) {
        const folder = join(directory.abs, 'default', 'classes');
        if (!existsSync(folder)) continue;
        for (const fileName of readdirSync(folder).filter((name) => name.endsWith('.cls')).sort()) {
            const abs = join(folder, fileName);
            const apex = readApex(abs);
            const found = findClasses(apex.code);
            const top = basename(fileName, '.cls');
            const keyOf = (cls) => (cls.outer ? `${top}.${cls.name}` : top);
            for (const cls of found) {
                classes.set(keyOf(cls).toLowerCase(), {
                    name: keyOf(cls),
                    top,
                    file: toRelative(root, abs),
                    line: apex.lineAt(cls.keywordOffset),
                    properties: new Map(),
                    methods: new Map()
                });
            }
            for (const member of auraEnabledMembers(apex.code)) {
                const owner = classAt(found, member.offset);
                if (!owner) continue;
                const entry = classes.get(keyOf(owner).toLowerCase());
                const line = apex.lineAt(member.offset);
                if (member.isMethod) {
                    const list = member.declaration.slice(member.declaration.indexOf('(') + 1, member.declaration.lastIndexOf(')'));
                    const parameters = splitTopLevel(list).map((parameter) => {
                        const words = parameter.trim().split(' ');
                        const name = words.pop();
                        return { name, type: typeOf(parameter.trim(), name) };
                    });
                    entry.methods.set(member.name.toLowerCase(), { name: member.name, line, parameters });
                } else {
                    entry.properties.set(member.name, { name: member.name, line, type: typeOf(member.declaration, member.name) });
                }
            }
        }
    }
    return classes;
}

function splitTopLevel(list) {
    const parts = [];
    let depth = 0;
    let current = '';
    for (const character of list) {
        if (character === '<') depth++;
        if (character === '>') depth--;
        if (character === ',' && depth === 0) {
            parts.push(current);
            current = '';
        } else current += character;
    }
    if (current.trim()) parts.push(current);
    return parts;
}

/** The class an Apex type names, seen from a class of file `top`: an inner class of `top`, or 'Top.Inner', or 'Top'. */
function resolveClass(classes, top, typeName) {
    return classes.get(`${top}.${typeName}`.toLowerCase()) ?? classes.get(typeName.toLowerCase());
}

/** Findings where the Apex class `apexClass` and `shape` disagree, recursively. */
function compareClass(classes, apexClass, shape, path, findings) {
    const shown = (field) => `${apexClass.name}.${field}`;
    for (const property of apexClass.properties.values()) {
        const where = { file: apexClass.file, line: property.line };
        if (!Object.hasOwn(shape.fields, property.name)) {
            findings.push({ ...where, message: `${shown(property.name)} (${property.type}) is not in ${SHAPES_FILE} at ${path}; add it there` });
            continue;
        }
        compareType(classes, apexClass.top, property.type, shape.fields[property.name], `${path}.${property.name}`, where, findings);
    }
    for (const name of Object.keys(shape.fields)) {
        if (apexClass.properties.has(name)) continue;
        findings.push({
            file: apexClass.file,
            line: apexClass.line,
            message: `${SHAPES_FILE} has ${path}.${name}, which ${apexClass.name} has no @AuraEnabled property for; remove it or add the property`
        });
    }
}

function compareType(classes, top, apexType, tsType, path, where, findings) {
    if (typeof tsType === 'string') {
        if (apexType.toLowerCase() !== tsType.toLowerCase()) {
            findings.push({ ...where, message: `${path} is ${apexType} in Apex but ${tsType} in ${SHAPES_FILE}; make both say the same` });
        }
        return;
    }
    const apexClass = PRIMITIVES.some((primitive) => primitive.toLowerCase() === apexType.toLowerCase())
        ? undefined
        : resolveClass(classes, top, apexType);
    if (!apexClass) {
        findings.push({ ...where, message: `${path} is ${apexType} in Apex but the class ${tsType.apexClass} in ${SHAPES_FILE}; make both say the same` });
        return;
    }
    if (apexClass.name.toLowerCase() !== String(tsType.apexClass).toLowerCase()) {
        findings.push({ ...where, message: `${path} is the class ${apexClass.name} in Apex but ${tsType.apexClass} in ${SHAPES_FILE}; make both say the same` });
        return;
    }
    compareClass(classes, apexClass, tsType, path, findings);
}

/**
 * Findings for every controller method of `methodKeys` ('Class.method' of the @AuraEnabled Apex methods the TypeScript
 * controllers implement) whose parameters disagree with the shapes file, and for shapes of a method in neither
 * `knownKeys` (every method of either side; a method on one side only is reported by the method list check).
 */
export async function checkRequestShapes(root, methodKeys, knownKeys = methodKeys) {
    const shapes = await loadShapes(root);
    if (typeof shapes === 'string') return [{ file: SHAPES_FILE, line: 0, message: shapes }];
    const classes = apexClasses(root);
    const findings = [];
    for (const key of methodKeys) {
        const [className, methodName] = key.split('.');
        const apexClass = classes.get(className.toLowerCase());
        const method = apexClass?.methods.get(methodName.toLowerCase());
        if (!method) continue;
        const parameters = Object.entries(shapes).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
        const where = { file: apexClass.file, line: method.line };
        if (!parameters) {
            findings.push({ ...where, message: `${key} has no parameter shapes in ${SHAPES_FILE}; declare its parameters there` });
            continue;
        }
        const names = method.parameters.map((parameter) => parameter.name);
        if (names.join(',') !== Object.keys(parameters).join(',')) {
            findings.push({
                ...where,
                message: `${key} takes (${names.join(', ')}) in Apex but (${Object.keys(parameters).join(', ')}) in ${SHAPES_FILE}; make both say the same`
            });
            continue;
        }
        for (const parameter of method.parameters) {
            compareType(classes, apexClass.top, parameter.type, parameters[parameter.name], `${key}(${parameter.name})`, where, findings);
        }
    }
    const known = new Set(knownKeys.map((key) => key.toLowerCase()));
    for (const key of Object.keys(shapes)) {
        if (!known.has(key.toLowerCase())) {
            findings.push({ file: SHAPES_FILE, line: 0, message: `${SHAPES_FILE} declares ${key}, which is no controller method; remove it` });
        }
    }
    return findings;
}
