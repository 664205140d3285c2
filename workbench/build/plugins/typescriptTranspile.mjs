// Strips TypeScript from the workbench's own browser sources before the LWC compiler sees them.
// Target ESNext without experimentalDecorators keeps @api/@wire/@track as written, which the LWC
// compiler needs. Type errors are the typecheck stage's job, not the bundle's.
import ts from 'typescript';

export function typescriptTranspile({ include }) {
    return {
        name: 'workbench-typescript-transpile',
        transform(code, id) {
            const file = id.split('?')[0];
            if (!file.endsWith('.ts') || !file.startsWith(include)) return null;
            const { outputText } = ts.transpileModule(code, {
                fileName: file,
                compilerOptions: {
                    target: ts.ScriptTarget.ESNext,
                    module: ts.ModuleKind.ESNext,
                    verbatimModuleSyntax: false,
                    isolatedModules: true,
                    sourceMap: false
                }
            });
            return { code: outputText, map: null };
        }
    };
}
