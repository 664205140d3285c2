// The SOQL and SOSL evaluator of the Apex runtime, over the in-memory org of spec/. See README.md.
import type { QueryContext } from '@apexdevtools/apex-parser';
import type { SoqlQuery } from './ast';
import { TreeConverter } from './fromTree';

export type { AccessMode, SoqlBind, SoqlQuery, SoslQuery } from './ast';
export { SoqlError, UnsupportedSoqlError, type SoqlExceptionType, type SourceRef } from './errors';
export { parseSoql, parseSosl } from './parse';
export { executeSoql, type SoqlResult, type SoqlRunOptions } from './soql';
export { executeSosl, soslFromTree, type SoslRunOptions } from './sosl';
export { MORE_THAN_ONE_ROW_MESSAGE, NO_ROWS_MESSAGE, singleRowForAssignment } from './singleRow';
export { likeMatcher } from './where';

/** The query inside an inline `[SELECT ...]` of an Apex class or trigger; binds are the Apex expressions written. */
export function soqlFromTree(node: QueryContext, file: string): SoqlQuery {
    return new TreeConverter(file, 'inline').query(node);
}
