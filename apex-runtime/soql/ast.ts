// A SOQL or SOSL statement as the evaluator runs it: built once from the apex-parser tree (inline queries) or
// from text (Database.query), then executed any number of times with fresh bind values.
import type { ApexParserRuleContext } from '@apexdevtools/apex-parser';
import type { SourceRef } from './errors';

/** A bind variable: an Apex expression of an inline query, or a variable name of a dynamic one. */
export type SoqlBind = { kind: 'expression'; node: ApexParserRuleContext } | { kind: 'name'; name: string };

/** A field path as written: `Name`, `Account.Name`, `Related_Support_Case__r.Owner.Name`. */
export interface FieldPath {
    segments: string[];
    text: string;
}

export type AggregateFunction = 'COUNT' | 'COUNT_DISTINCT' | 'SUM' | 'AVG' | 'MIN' | 'MAX';

/** `COUNT()` has no path; the other functions name one field. */
export interface AggregateCall {
    fn: AggregateFunction;
    path?: FieldPath;
}

export type SelectItem =
    | { kind: 'field'; path: FieldPath; alias?: string }
    | { kind: 'fields'; group: 'STANDARD' | 'CUSTOM' | 'ALL' }
    | { kind: 'subquery'; query: SelectCore }
    | { kind: 'aggregate'; call: AggregateCall; alias?: string };

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'IN' | 'NOT IN' | 'INCLUDES' | 'EXCLUDES';

export type Value =
    | { kind: 'null' }
    | { kind: 'boolean'; value: boolean }
    | { kind: 'number'; value: number }
    | { kind: 'string'; value: string }
    | { kind: 'date'; value: string }
    | { kind: 'datetime'; value: string }
    | { kind: 'dateLiteral'; name: string; n?: number }
    | { kind: 'list'; items: Value[] }
    | { kind: 'bind'; bind: SoqlBind; text: string };

export type Condition =
    | { kind: 'and' | 'or'; items: Condition[] }
    | { kind: 'not'; item: Condition }
    | { kind: 'compare'; path: FieldPath; operator: Operator; value: Value };

export interface OrderItem {
    /** A field, or (aggregate queries) an aggregate function. */
    path?: FieldPath;
    call?: AggregateCall;
    descending: boolean;
    nulls?: 'FIRST' | 'LAST';
}

/** What a query and a parent-to-child subquery share. For a subquery, `from` is the child relationship name. */
export interface SelectCore {
    from: string;
    select: SelectItem[];
    where?: Condition;
    orderBy: OrderItem[];
    limit?: Value;
    source: SourceRef;
}

export type AccessMode = 'USER_MODE' | 'SYSTEM_MODE' | 'SECURITY_ENFORCED';

export interface SoqlQuery extends SelectCore {
    kind: 'soql';
    /** The statement as written, for messages. */
    text: string;
    offset?: Value;
    groupBy: FieldPath[];
    /** WITH USER_MODE / WITH SYSTEM_MODE / WITH SECURITY_ENFORCED; absent when the query names none. */
    accessMode?: AccessMode;
    forUpdate: boolean;
    /** The first construct the evaluator does not model; executing the query fails with it. */
    unsupported?: string;
}

/** One object of a SOSL RETURNING clause: `Contact(Id, Name WHERE ... ORDER BY ... LIMIT n)`. */
export interface ReturningSpec {
    object: string;
    fields: FieldPath[];
    where?: Condition;
    orderBy: OrderItem[];
    limit?: Value;
    offset?: Value;
}

export type SearchGroup = 'ALL' | 'NAME' | 'EMAIL' | 'PHONE' | 'SIDEBAR';

export interface SoslQuery {
    kind: 'sosl';
    text: string;
    term: { kind: 'literal'; value: string } | { kind: 'bind'; bind: SoqlBind; text: string };
    searchGroup: SearchGroup;
    returning: ReturningSpec[];
    accessMode?: 'USER_MODE' | 'SYSTEM_MODE';
    limit?: Value;
    source: SourceRef;
    unsupported?: string;
}
