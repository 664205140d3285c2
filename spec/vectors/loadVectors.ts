// Reads every vector under spec/vectors/<Controller>/<name>.json (<Object>Trigger/ for a DML call) and validates it against the schema.
import Ajv from 'ajv';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, relative, sep } from 'path';
import { vectorFolder, type NamedVector, type Vector } from './vectorTypes';

export const VECTORS_FOLDER = join('spec', 'vectors');
export const SCHEMA_FILE = join(VECTORS_FOLDER, 'vector.schema.json');

function jsonFiles(folder: string): string[] {
    if (!existsSync(folder)) return [];
    return readdirSync(folder, { withFileTypes: true })
        .flatMap((entry) => {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) return jsonFiles(path);
            return entry.name.endsWith('.json') ? [path] : [];
        })
        .sort();
}

/** Every vector of the project, sorted by name; throws on a vector the schema rejects. */
export function loadVectors(root: string): NamedVector[] {
    const folder = join(root, VECTORS_FOLDER);
    const schema = JSON.parse(readFileSync(join(root, SCHEMA_FILE), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    return jsonFiles(folder)
        .filter((file) => relative(folder, file).includes(sep))
        .map((file) => {
            const name = relative(folder, file).split(sep).join('/').replace(/\.json$/, '');
            const vector = JSON.parse(readFileSync(file, 'utf8')) as Vector;
            if (!validate(vector)) {
                const problems = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
                throw new Error(`${name}: ${problems.join('; ')}`);
            }
            const inFolder = name.split('/')[0];
            const expected = vectorFolder(vector.call);
            if (expected !== inFolder) throw new Error(`${name}: lives under ${inFolder}/ but belongs under ${expected}/`);
            return { name, file, vector };
        });
}
