// The interface of the SOQL and SOSL evaluator (apex-runtime/soql/, built on its own branch), as
// agreed: the bridge calls exactly these. Until that module is present, queries fail with
// `unsupported: SOQL (apex-runtime/soql not merged)`.
import type { ApexParserRuleContext, QueryContext, SoslLiteralContext } from '@apexdevtools/apex-parser';
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import type { SObjectRecord } from '../../spec/org/values';

export type SoqlBind = { kind: 'expression'; node: ApexParserRuleContext } | { kind: 'name'; name: string };

export interface SoqlRunOptions {
    /** The call's access level; a query's own WITH USER_MODE / SYSTEM_MODE decides unless the level is explicit. */
    accessLevel: 'USER_MODE' | 'SYSTEM_MODE';
    /** True for Database.query(text, AccessLevel.X): a WITH clause naming another mode is then refused. */
    accessLevelExplicit?: boolean;
    enforceSharing: boolean;
    /** An org-native value: string (Id, date 'YYYY-MM-DD', datetime ISO), number, boolean, null, or an array of those. */
    resolveBind(bind: SoqlBind): unknown;
}

export type SoqlResult =
    | { kind: 'rows'; rows: SObjectRecord[] }
    | { kind: 'count'; count: number }
    | { kind: 'aggregate'; rows: Record<string, unknown>[] };

/** Opaque to the bridge. */
export type SoqlQuery = object;
export type SoslQuery = object;

export interface SoqlModule {
    soqlFromTree(node: QueryContext, file: string): SoqlQuery;
    parseSoql(text: string): SoqlQuery;
    executeSoql(org: InMemoryOrg, query: SoqlQuery, options: SoqlRunOptions): SoqlResult;
    soslFromTree(node: SoslLiteralContext, file: string): SoslQuery;
    executeSosl(org: InMemoryOrg, query: SoslQuery, options: SoqlRunOptions & { fixedResults: string[] | null }): SObjectRecord[][];
}
