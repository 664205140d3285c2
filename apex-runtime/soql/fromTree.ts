// The apex-parser tree of a SOQL statement (an inline [SELECT ...] or a Database.query string) turned into the
// evaluator's statement form (ast.ts). Constructs the evaluator does not model are recorded, not thrown: the query
// fails with `unsupported:` when it runs, so only the code that reaches it fails.
import {
    ConditionalExpressionContext,
    FieldExpressionContext,
    LogicalExpressionContext,
    WhereConditionalExpressionContext,
    WhereLogicalExpressionContext,
    type ApexParserRuleContext,
    type BoundExpressionContext,
    type ComparisonOperatorContext,
    type FieldNameContext,
    type FieldOrderListContext,
    type LimitClauseContext,
    type OffsetClauseContext,
    type QueryContext,
    type SoqlFunctionContext,
    type SubQueryContext,
    type ValueContext
} from '@apexdevtools/apex-parser';
import type {
    AggregateCall,
    Condition,
    FieldPath,
    Operator,
    OrderItem,
    SelectCore,
    SelectItem,
    SoqlBind,
    SoqlQuery,
    Value
} from './ast';
import { queryError, type SourceRef } from './errors';
import { parseDate, parseDateFormula, parseDateTime, unquoteString } from './literals';

/** Inline queries bind Apex expressions; dynamic ones (Database.query) bind variable names only. */
export type BindStyle = 'inline' | 'dynamic';

/** ANTLR's generated accessors return null for an absent optional child, whatever their declared type. */
function present<T>(node: T | null | undefined): node is T {
    return node !== null && node !== undefined;
}

/** The source text of a node, whitespace included, for messages. */
export function sourceText(node: ApexParserRuleContext): string {
    const stop = node.stop ?? node.start;
    return node.start.getInputStream().getText(node.start.start, stop.stop).replace(/\s+/g, ' ').trim();
}

export class TreeConverter {
    private readonly unsupported: string[] = [];

    constructor(
        private readonly file: string,
        private readonly bindStyle: BindStyle
    ) {}

    query(node: QueryContext): SoqlQuery {
        const source = this.sourceOf(node);
        const from = this.fromName(node.fromNameList());
        const select = node
            .selectList()
            .selectEntry_list()
            .map((entry) => this.selectEntry(entry));
        if (present(node.usingScope())) this.unsupport('SOQL USING SCOPE');
        const query: SoqlQuery = {
            kind: 'soql',
            text: sourceText(node),
            from,
            select,
            orderBy: this.orderBy(node.orderByClause()?.fieldOrderList()),
            groupBy: [],
            forUpdate: false,
            source
        };
        const where = node.whereClause();
        if (present(where)) query.where = this.condition(where.whereLogicalExpression());
        const withClause = node.withClause();
        if (present(withClause)) {
            if (present(withClause.USER_MODE())) query.accessMode = 'USER_MODE';
            else if (present(withClause.SYSTEM_MODE())) query.accessMode = 'SYSTEM_MODE';
            else if (present(withClause.SECURITY_ENFORCED())) query.accessMode = 'SECURITY_ENFORCED';
            else this.unsupport(`SOQL ${sourceText(withClause)}`);
        }
        const groupBy = node.groupByClause();
        if (present(groupBy)) {
            if (present(groupBy.ROLLUP()) || present(groupBy.CUBE())) this.unsupport('SOQL GROUP BY ROLLUP/CUBE');
            if (present(groupBy.HAVING())) this.unsupport('SOQL HAVING');
            for (const item of groupBy.fieldGroupByList()?.fieldGroupBy_list() ?? []) {
                const field = item.fieldName();
                if (present(field)) query.groupBy.push(this.path(field));
                else this.unsupport(`SOQL GROUP BY ${sourceText(item)}`);
            }
        }
        const limit = this.limit(node.limitClause());
        if (limit) query.limit = limit;
        const offset = this.offset(node.offsetClause());
        if (offset) query.offset = offset;
        if (present(node.allRowsClause())) this.unsupport('SOQL ALL ROWS (the in-memory org keeps no deleted records)');
        query.forUpdate = this.forUpdate(node.forClauses());
        if (present(node.UPDATE())) this.unsupport('SOQL UPDATE TRACKING/VIEWSTAT');
        if (this.unsupported.length) query.unsupported = this.unsupported[0];
        return query;
    }

    /** Constructs met so far that the evaluator does not model (SOSL conversion reads them too). */
    unsupportedConstructs(): readonly string[] {
        return this.unsupported;
    }

    sourceOf(node: ApexParserRuleContext): SourceRef {
        return { file: this.file, line: node.start.line };
    }

    unsupport(construct: string): void {
        this.unsupported.push(construct);
    }

    path(node: FieldNameContext): FieldPath {
        const segments = node.soqlId_list().map((id) => id.getText());
        return { segments, text: segments.join('.') };
    }

    condition(node: WhereLogicalExpressionContext | LogicalExpressionContext): Condition {
        const operands = (node.children ?? []).filter(
            (child): child is WhereConditionalExpressionContext | ConditionalExpressionContext =>
                child instanceof WhereConditionalExpressionContext || child instanceof ConditionalExpressionContext
        );
        const conditions = operands.map((operand) => this.conditional(operand));
        if (present(node.NOT())) return { kind: 'not', item: conditions[0] as Condition };
        if (conditions.length === 1) return conditions[0] as Condition;
        return { kind: node.SOQLAND_list().length ? 'and' : 'or', items: conditions };
    }

    orderBy(list: FieldOrderListContext | null | undefined): OrderItem[] {
        if (!present(list)) return [];
        return list.fieldOrder_list().map((order) => {
            const item: OrderItem = { descending: present(order.DESC()) };
            if (present(order.NULLS())) item.nulls = present(order.FIRST()) ? 'FIRST' : 'LAST';
            const field = order.fieldName();
            if (present(field)) item.path = this.path(field);
            else {
                const call = this.aggregateCall(order.soqlFunction());
                if (call) item.call = call;
            }
            return item;
        });
    }

    limit(node: LimitClauseContext | null | undefined): Value | undefined {
        if (!present(node)) return undefined;
        const literal = node.IntegerLiteral();
        return present(literal)
            ? { kind: 'number', value: Number(literal.getText()) }
            : this.bind(node.boundExpression());
    }

    offset(node: OffsetClauseContext | null | undefined): Value | undefined {
        if (!present(node)) return undefined;
        const literal = node.IntegerLiteral();
        return present(literal)
            ? { kind: 'number', value: Number(literal.getText()) }
            : this.bind(node.boundExpression());
    }

    bind(node: BoundExpressionContext): Value {
        const expression = node.expression();
        const text = sourceText(expression);
        if (this.bindStyle === 'inline') return { kind: 'bind', bind: { kind: 'expression', node: expression }, text };
        // Apex Developer Guide, "Dynamic SOQL": a query string binds variables by name; "You can't use bind variable
        // fields in the query string", which fails at run time.
        if (/^['0-9]/.test(text)) throw queryError('Only variable references are allowed in dynamic SOQL/SOSL.');
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) throw queryError(`Variable does not exist: ${text}`);
        const bind: SoqlBind = { kind: 'name', name: text };
        return { kind: 'bind', bind, text };
    }

    private fromName(node: ReturnType<QueryContext['fromNameList']>): string {
        const names = node.fieldName_list();
        if (names.length !== 1) this.unsupport('SOQL FROM with several objects');
        if (node.soqlId_list().length) this.unsupport('SOQL FROM alias');
        return this.path(names[0] as FieldNameContext).text;
    }

    private selectEntry(entry: {
        fieldName(): FieldNameContext;
        soqlId(): { getText(): string };
        soqlFunction(): SoqlFunctionContext;
        subQuery(): SubQueryContext;
        typeOf(): ApexParserRuleContext;
    }): SelectItem {
        const alias = present(entry.soqlId()) ? entry.soqlId().getText() : undefined;
        const field = entry.fieldName();
        if (present(field)) return { kind: 'field', path: this.path(field), ...(alias ? { alias } : {}) };
        const subQuery = entry.subQuery();
        if (present(subQuery)) {
            if (alias) this.unsupport('SOQL subquery alias');
            return { kind: 'subquery', query: this.subQuery(subQuery) };
        }
        const typeOf = entry.typeOf();
        if (present(typeOf)) {
            this.unsupport('SOQL TYPEOF');
            return { kind: 'fields', group: 'STANDARD' };
        }
        const fn = entry.soqlFunction();
        const fieldsParameter = fn.soqlFieldsParameter();
        if (present(fn.FIELDS()) && present(fieldsParameter)) {
            const group = present(fieldsParameter.ALL())
                ? 'ALL'
                : present(fieldsParameter.CUSTOM())
                  ? 'CUSTOM'
                  : 'STANDARD';
            return { kind: 'fields', group };
        }
        const call = this.aggregateCall(fn);
        return { kind: 'aggregate', call: call ?? { fn: 'COUNT' }, ...(alias ? { alias } : {}) };
    }

    private subQuery(node: SubQueryContext): SelectCore {
        const from = this.fromName(node.fromNameList());
        const select = node
            .subFieldList()
            .subFieldEntry_list()
            .map((entry) => {
                if (present(entry.subQuery())) {
                    // Apex runs one level of parent-to-child subquery ("Understanding Relationship Query Limitations").
                    this.unsupport('SOQL subquery inside a subquery');
                }
                return this.selectEntry(entry);
            });
        const core: SelectCore = {
            from,
            select,
            orderBy: this.orderBy(node.orderByClause()?.fieldOrderList()),
            source: this.sourceOf(node)
        };
        const where = node.whereClause();
        if (present(where)) core.where = this.condition(where.whereLogicalExpression());
        const limit = this.limit(node.limitClause());
        if (limit) core.limit = limit;
        if (this.forUpdate(node.forClauses())) this.unsupport('SOQL FOR UPDATE in a subquery');
        if (present(node.UPDATE())) this.unsupport('SOQL UPDATE TRACKING/VIEWSTAT');
        return core;
    }

    private forUpdate(node: ReturnType<QueryContext['forClauses']> | null | undefined): boolean {
        if (!present(node)) return false;
        if (node.VIEW_list().length || node.REFERENCE_list().length) this.unsupport('SOQL FOR VIEW / FOR REFERENCE');
        return node.UPDATE_list().length > 0;
    }

    private aggregateCall(node: SoqlFunctionContext | null | undefined): AggregateCall | undefined {
        if (!present(node)) return undefined;
        const field = node.fieldName();
        const path = present(field) ? this.path(field) : undefined;
        const fn = present(node.COUNT())
            ? 'COUNT'
            : present(node.COUNT_DISTINCT())
              ? 'COUNT_DISTINCT'
              : present(node.SUM())
                ? 'SUM'
                : present(node.AVG())
                  ? 'AVG'
                  : present(node.MIN())
                    ? 'MIN'
                    : present(node.MAX())
                      ? 'MAX'
                      : undefined;
        if (!fn || (fn !== 'COUNT' && !path)) {
            this.unsupport(`SOQL function ${sourceText(node)}`);
            return undefined;
        }
        return path ? { fn, path } : { fn };
    }

    private conditional(node: WhereConditionalExpressionContext | ConditionalExpressionContext): Condition {
        if (node instanceof WhereConditionalExpressionContext) {
            const nested = node.whereLogicalExpression();
            if (present(nested)) return this.condition(nested);
            const fieldExpression = node.whereFieldExpression().fieldExpression();
            if (!present(fieldExpression)) {
                this.unsupport('SOQL FORMULA() filter');
                return { kind: 'and', items: [] };
            }
            return this.comparison(fieldExpression);
        }
        const nested = node.logicalExpression();
        if (present(nested)) return this.condition(nested);
        return this.comparison(node.fieldExpression());
    }

    private comparison(node: FieldExpressionContext): Condition {
        const field = node.fieldName();
        if (!present(field)) {
            this.unsupport(`SOQL function in WHERE: ${sourceText(node)}`);
            return { kind: 'and', items: [] };
        }
        const operator = this.operator(node.comparisonOperator());
        return { kind: 'compare', path: this.path(field), operator, value: this.value(node.value()) };
    }

    private operator(node: ComparisonOperatorContext): Operator {
        const text = node.getText().toUpperCase();
        switch (text) {
            case '<>':
                return '!=';
            case 'NOTIN':
                return 'NOT IN';
            case '=':
            case '!=':
            case '<':
            case '<=':
            case '>':
            case '>=':
            case 'LIKE':
            case 'IN':
            case 'INCLUDES':
            case 'EXCLUDES':
                return text;
            default:
                this.unsupport(`SOQL operator ${text}`);
                return '=';
        }
    }

    private value(node: ValueContext): Value {
        if (present(node.NULL())) return { kind: 'null' };
        const bound = node.boundExpression();
        if (present(bound)) return this.bind(bound);
        const boolean = node.BooleanLiteral();
        if (present(boolean)) return { kind: 'boolean', value: boolean.getText().toLowerCase() === 'true' };
        const number = node.signedNumber();
        if (present(number)) return { kind: 'number', value: Number(number.getText()) };
        const string = node.StringLiteral();
        if (present(string)) return { kind: 'string', value: unquoteString(string.getText()) };
        const date = node.DateLiteral();
        if (present(date)) return { kind: 'date', value: parseDate(date.getText()) };
        const dateTime = node.DateTimeLiteral();
        if (present(dateTime)) return { kind: 'datetime', value: parseDateTime(dateTime.getText()) };
        const formula = node.dateFormula();
        if (present(formula)) return { kind: 'dateLiteral', ...parseDateFormula(formula.getText()) };
        const list = node.valueList();
        if (present(list)) return { kind: 'list', items: list.value_list().map((item) => this.value(item)) };
        if (present(node.subQuery())) this.unsupport('SOQL semi-join (IN (SELECT ...))');
        else if (present(node.MultilineStringLiteral())) this.unsupport('SOQL multi-line string literal');
        else if (present(node.TimeLiteral())) this.unsupport('SOQL time literal');
        else this.unsupport(`SOQL value ${sourceText(node)}`);
        return { kind: 'null' };
    }
}
