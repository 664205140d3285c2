// The ANTLR parse tree of @apexdevtools/apex-parser to the compact tree of ast.ts. Anything the
// converter does not know fails with `unsupported:` and the file and line, never a silent skip.
import * as P from '@apexdevtools/apex-parser';
import type { ApexParserRuleContext } from '@apexdevtools/apex-parser';
import type {
    Accessor,
    Annotation,
    Block,
    CatchClause,
    Expr,
    LiteralType,
    Member,
    Modifiers,
    Param,
    Stmt,
    TriggerDecl,
    TypeDecl,
    TypeRef,
    VarDecl,
    WhenValue
} from './ast';

export class UnsupportedSyntaxError extends Error {
    constructor(construct: string, file: string, line: number) {
        super(`unsupported: ${construct} (${file}:${line})`);
        this.name = 'UnsupportedSyntaxError';
    }
}

type Ctx = ApexParserRuleContext;

function lineOf(ctx: Ctx): number {
    return ctx.start.line;
}

function endLineOf(ctx: Ctx): number {
    return (ctx.stop ?? ctx.start).line;
}

/** Converts one file's tree; `source` is the file text (for SOQL and SOSL literals). */
export class TreeConverter {
    /** Lines holding a statement or a field initialiser. */
    readonly executableLines = new Set<number>();

    constructor(
        readonly file: string,
        private readonly source: string
    ) {}

    private unsupported(construct: string, ctx: Ctx): never {
        throw new UnsupportedSyntaxError(construct, this.file, lineOf(ctx));
    }

    // ---- declarations ---------------------------------------------------------------------------

    typeDeclaration(ctx: P.TypeDeclarationContext): TypeDecl {
        const modifiers = this.modifiers(ctx.modifier_list());
        if (ctx.classDeclaration()) return this.classDeclaration(ctx.classDeclaration(), modifiers);
        if (ctx.interfaceDeclaration()) return this.interfaceDeclaration(ctx.interfaceDeclaration(), modifiers);
        if (ctx.enumDeclaration()) return this.enumDeclaration(ctx.enumDeclaration(), modifiers);
        return this.unsupported('type declaration', ctx);
    }

    trigger(ctx: P.TriggerUnitContext): TriggerDecl {
        const ids = ctx.id_list();
        const body: Stmt[] = [];
        for (const member of ctx.triggerBlock().triggerBlockMember_list()) {
            if (member.statement()) body.push(this.statement(member.statement()));
            else body.push(this.triggerVariable(member));
        }
        return {
            name: ids[0]!.getText(),
            object: ids[1]!.getText(),
            events: ctx.triggerCase_list().map((event) => (event.children ?? []).map((part) => part.getText().toLowerCase()).join(' ')),
            body,
            l: lineOf(ctx),
            end: endLineOf(ctx)
        };
    }

    private modifiers(list: P.ModifierContext[]): Modifiers {
        const words: string[] = [];
        const annotations: Annotation[] = [];
        for (const modifier of list) {
            const annotation = modifier.annotation();
            if (annotation) annotations.push(this.annotation(annotation));
            else words.push((modifier.children ?? []).map((part) => part.getText().toLowerCase()).join(' '));
        }
        return { words, annotations };
    }

    private annotation(ctx: P.AnnotationContext): Annotation {
        const params: Record<string, string> = {};
        const pairs = ctx.elementValuePairs();
        if (pairs) {
            for (const pair of pairs.elementValuePair_list()) {
                params[pair.id().getText().toLowerCase()] = pair.elementValue().getText();
            }
        } else if (ctx.elementValue()) {
            params.value = ctx.elementValue().getText();
        }
        return { name: ctx.id().getText(), params };
    }

    private classDeclaration(ctx: P.ClassDeclarationContext, m: Modifiers): TypeDecl {
        const members: Member[] = [];
        for (const declaration of ctx.classBody().classBodyDeclaration_list()) {
            const member = this.classBodyDeclaration(declaration);
            if (member) members.push(member);
        }
        return {
            kind: 'class',
            name: ctx.id().getText(),
            m,
            ext: ctx.typeRef() ? this.typeRef(ctx.typeRef()) : null,
            impl: ctx.typeList() ? ctx.typeList().typeRef_list().map((type) => this.typeRef(type)) : [],
            members,
            enumValues: [],
            l: lineOf(ctx),
            end: endLineOf(ctx)
        };
    }

    private interfaceDeclaration(ctx: P.InterfaceDeclarationContext, m: Modifiers): TypeDecl {
        const members: Member[] = ctx
            .interfaceBody()
            .interfaceMethodDeclaration_list()
            .map((method) => ({
                k: 'method' as const,
                m: this.modifiers(method.modifier_list()),
                ret: method.typeRef() ? this.typeRef(method.typeRef()) : null,
                n: method.id().getText(),
                params: this.formalParameters(method.formalParameters()),
                body: null,
                l: lineOf(method)
            }));
        return {
            kind: 'interface',
            name: ctx.id().getText(),
            m,
            ext: null,
            impl: ctx.typeList() ? ctx.typeList().typeRef_list().map((type) => this.typeRef(type)) : [],
            members,
            enumValues: [],
            l: lineOf(ctx),
            end: endLineOf(ctx)
        };
    }

    private enumDeclaration(ctx: P.EnumDeclarationContext, m: Modifiers): TypeDecl {
        const constants = ctx.enumConstants();
        return {
            kind: 'enum',
            name: ctx.id().getText(),
            m,
            ext: null,
            impl: [],
            members: [],
            enumValues: constants ? constants.id_list().map((id) => id.getText()) : [],
            l: lineOf(ctx),
            end: endLineOf(ctx)
        };
    }

    private classBodyDeclaration(ctx: P.ClassBodyDeclarationContext): Member | null {
        if (ctx.SEMI()) return null;
        if (ctx.block()) return { k: 'init', isStatic: Boolean(ctx.STATIC()), body: this.block(ctx.block()), l: lineOf(ctx) };
        const m = this.modifiers(ctx.modifier_list());
        const member = ctx.memberDeclaration();
        if (!member) return this.unsupported('class member', ctx);
        if (member.methodDeclaration()) {
            const method = member.methodDeclaration();
            return {
                k: 'method',
                m,
                ret: method.typeRef() ? this.typeRef(method.typeRef()) : null,
                n: method.id().getText(),
                params: this.formalParameters(method.formalParameters()),
                body: method.block() ? this.block(method.block()) : null,
                l: lineOf(method)
            };
        }
        if (member.constructorDeclaration()) {
            const constructor = member.constructorDeclaration();
            return {
                k: 'ctor',
                m,
                params: this.formalParameters(constructor.formalParameters()),
                body: this.block(constructor.block()),
                l: lineOf(constructor)
            };
        }
        if (member.fieldDeclaration()) {
            const field = member.fieldDeclaration();
            const declarators = this.variableDeclarators(field.variableDeclarators());
            for (const declarator of declarators) if (declarator.e) this.executableLines.add(declarator.l);
            return { k: 'field', m, t: this.typeRef(field.typeRef()), d: declarators, l: lineOf(field) };
        }
        if (member.propertyDeclaration()) return this.property(member.propertyDeclaration(), m);
        if (member.classDeclaration()) {
            return { k: 'type', decl: this.classDeclaration(member.classDeclaration(), m), l: lineOf(member) };
        }
        if (member.interfaceDeclaration()) {
            return { k: 'type', decl: this.interfaceDeclaration(member.interfaceDeclaration(), m), l: lineOf(member) };
        }
        if (member.enumDeclaration()) {
            return { k: 'type', decl: this.enumDeclaration(member.enumDeclaration(), m), l: lineOf(member) };
        }
        return this.unsupported('class member', ctx);
    }

    private property(ctx: P.PropertyDeclarationContext, m: Modifiers): Member {
        let getter: Accessor | null = null;
        let setter: Accessor | null = null;
        for (const block of ctx.propertyBlock_list()) {
            const accessorModifiers = this.modifiers(block.modifier_list());
            if (block.getter()) {
                const body = block.getter().block();
                getter = { m: accessorModifiers, body: body ? this.block(body) : null, l: lineOf(block) };
            } else if (block.setter()) {
                const body = block.setter().block();
                setter = { m: accessorModifiers, body: body ? this.block(body) : null, l: lineOf(block) };
            }
        }
        return { k: 'property', m, t: this.typeRef(ctx.typeRef()), n: ctx.id().getText(), get: getter, set: setter, l: lineOf(ctx) };
    }

    private formalParameters(ctx: P.FormalParametersContext): Param[] {
        const list = ctx.formalParameterList();
        if (!list) return [];
        return list.formalParameter_list().map((parameter) => ({ t: this.typeRef(parameter.typeRef()), n: parameter.id().getText() }));
    }

    private variableDeclarators(ctx: P.VariableDeclaratorsContext): VarDecl[] {
        return ctx.variableDeclarator_list().map((declarator) => ({
            n: declarator.id().getText(),
            e: declarator.expression() ? this.expression(declarator.expression()) : null,
            l: lineOf(declarator)
        }));
    }

    typeRef(ctx: P.TypeRefContext): TypeRef {
        const names: string[] = [];
        let args: TypeRef[] = [];
        for (const typeName of ctx.typeName_list()) {
            if (typeName.LIST()) names.push('List');
            else if (typeName.SET()) names.push('Set');
            else if (typeName.MAP()) names.push('Map');
            else names.push(typeName.id().getText());
            const typeArguments = typeName.typeArguments();
            if (typeArguments) args = typeArguments.typeList().typeRef_list().map((type) => this.typeRef(type));
        }
        const dims = (ctx.arraySubscripts()?.children ?? []).filter((part) => part.getText() === '[').length;
        return { names, args, dims };
    }

    // ---- statements -------------------------------------------------------------------------------

    block(ctx: P.BlockContext): Block {
        return { k: 'block', b: ctx.statement_list().map((statement) => this.statement(statement)), l: lineOf(ctx), end: endLineOf(ctx) };
    }

    private mark<T extends Stmt>(statement: T): T {
        if (statement.k !== 'block' && statement.k !== 'empty') this.executableLines.add(statement.l);
        return statement;
    }

    statement(ctx: P.StatementContext): Stmt {
        const l = lineOf(ctx);
        if (ctx.block()) return this.block(ctx.block());
        if (ctx.localVariableDeclarationStatement()) {
            const declaration = ctx.localVariableDeclarationStatement().localVariableDeclaration();
            return this.mark(this.localDeclaration(declaration));
        }
        if (ctx.expressionStatement()) return this.mark({ k: 'expr', e: this.expression(ctx.expressionStatement().expression()), l });
        if (ctx.ifStatement()) {
            const statement = ctx.ifStatement();
            const branches = statement.statement_list();
            return this.mark({
                k: 'if',
                c: this.expression(statement.parExpression().expression()),
                t: this.statement(branches[0]!),
                f: branches[1] ? this.statement(branches[1]) : null,
                l
            });
        }
        if (ctx.returnStatement()) {
            const value = ctx.returnStatement().expression();
            return this.mark({ k: 'return', e: value ? this.expression(value) : null, l });
        }
        if (ctx.forStatement()) return this.mark(this.forStatement(ctx.forStatement()));
        if (ctx.whileStatement()) {
            const statement = ctx.whileStatement();
            return this.mark({
                k: 'while',
                c: this.expression(statement.parExpression().expression()),
                b: statement.statement() ? this.statement(statement.statement()) : null,
                l
            });
        }
        if (ctx.doWhileStatement()) {
            const statement = ctx.doWhileStatement();
            return this.mark({ k: 'do', b: this.block(statement.block()), c: this.expression(statement.parExpression().expression()), l });
        }
        if (ctx.tryStatement()) return this.mark(this.tryStatement(ctx.tryStatement()));
        if (ctx.throwStatement()) return this.mark({ k: 'throw', e: this.expression(ctx.throwStatement().expression()), l });
        if (ctx.breakStatement()) return this.mark({ k: 'break', l });
        if (ctx.continueStatement()) return this.mark({ k: 'continue', l });
        if (ctx.switchStatement()) return this.mark(this.switchStatement(ctx.switchStatement()));
        if (ctx.runAsStatement()) {
            const statement = ctx.runAsStatement();
            const list = statement.expressionList();
            return this.mark({ k: 'runas', a: list ? this.expressionList(list) : [], b: this.block(statement.block()), l });
        }
        const dml = this.dmlStatement(ctx);
        if (dml) return this.mark(dml);
        return this.unsupported(`statement '${ctx.getText().slice(0, 40)}'`, ctx);
    }

    /**
     * `Integer n = 0;` at the top of a trigger body reads as a field declaration in the grammar; it is a variable of
     * that run of the trigger ("Trigger Syntax": no static keyword, and "Static and Instance Methods, Variables, and
     * Initialization Code": a trigger's variables do not keep their values between trigger contexts).
     */
    private triggerVariable(member: P.TriggerBlockMemberContext): Stmt {
        const m = this.modifiers(member.modifier_list());
        const field = member.triggerMemberDeclaration()?.fieldDeclaration();
        if (!field || m.words.some((word) => word !== 'final')) return this.unsupported('declarations in a trigger body other than variables', member);
        return this.mark({
            k: 'local',
            t: this.typeRef(field.typeRef()),
            d: this.variableDeclarators(field.variableDeclarators()),
            final: m.words.includes('final'),
            l: lineOf(field)
        });
    }

    private localDeclaration(ctx: P.LocalVariableDeclarationContext): Stmt {
        const m = this.modifiers(ctx.modifier_list());
        return {
            k: 'local',
            t: this.typeRef(ctx.typeRef()),
            d: this.variableDeclarators(ctx.variableDeclarators()),
            final: m.words.includes('final'),
            l: lineOf(ctx)
        };
    }

    private dmlStatement(ctx: P.StatementContext): Stmt | null {
        const l = lineOf(ctx);
        const access = (level: P.AccessLevelContext | null | undefined) =>
            level ? (level.USER() ? ('user' as const) : ('system' as const)) : null;
        const simple: [P.InsertStatementContext | P.UpdateStatementContext | P.DeleteStatementContext | P.UndeleteStatementContext | null, 'insert' | 'update' | 'delete' | 'undelete'][] = [
            [ctx.insertStatement(), 'insert'],
            [ctx.updateStatement(), 'update'],
            [ctx.deleteStatement(), 'delete'],
            [ctx.undeleteStatement(), 'undelete']
        ];
        for (const [statement, op] of simple) {
            if (statement) return { k: 'dml', op, access: access(statement.accessLevel()), e: this.expression(statement.expression()), e2: null, field: null, l };
        }
        const upsert = ctx.upsertStatement();
        if (upsert) {
            const field = upsert.qualifiedName();
            return {
                k: 'dml',
                op: 'upsert',
                access: access(upsert.accessLevel()),
                e: this.expression(upsert.expression()),
                e2: null,
                field: field ? field.id_list().map((id) => id.getText()) : null,
                l
            };
        }
        const merge = ctx.mergeStatement();
        if (merge) {
            const [master, duplicates] = merge.expression_list();
            return { k: 'dml', op: 'merge', access: access(merge.accessLevel()), e: this.expression(master!), e2: this.expression(duplicates!), field: null, l };
        }
        return null;
    }

    private forStatement(ctx: P.ForStatementContext): Stmt {
        const control = ctx.forControl();
        const body = ctx.statement() ? this.statement(ctx.statement()) : null;
        const l = lineOf(ctx);
        const enhanced = control.enhancedForControl();
        if (enhanced) {
            return { k: 'foreach', t: this.typeRef(enhanced.typeRef()), n: enhanced.id().getText(), e: this.expression(enhanced.expression()), b: body, l };
        }
        const init = control.forInit();
        let initPart: Stmt | Expr[] | null = null;
        if (init?.localVariableDeclaration()) initPart = this.localDeclaration(init.localVariableDeclaration());
        else if (init?.expressionList()) initPart = this.expressionList(init.expressionList());
        return {
            k: 'for',
            init: initPart,
            c: control.expression() ? this.expression(control.expression()) : null,
            u: control.forUpdate() ? this.expressionList(control.forUpdate().expressionList()) : [],
            b: body,
            l
        };
    }

    private tryStatement(ctx: P.TryStatementContext): Stmt {
        const catches: CatchClause[] = ctx.catchClause_list().map((clause) => ({
            t: clause.qualifiedName().id_list().map((id) => id.getText()),
            n: clause.id().getText(),
            b: this.block(clause.block()),
            l: lineOf(clause)
        }));
        const finallyBlock = ctx.finallyBlock();
        return { k: 'try', b: this.block(ctx.block()), catches, f: finallyBlock ? this.block(finallyBlock.block()) : null, l: lineOf(ctx) };
    }

    private switchStatement(ctx: P.SwitchStatementContext): Stmt {
        const whens = ctx.whenControl_list().map((control) => ({
            v: this.whenValue(control.whenValue()),
            b: this.block(control.block()),
            l: lineOf(control)
        }));
        return { k: 'switch', e: this.expression(ctx.expression()), whens, l: lineOf(ctx) };
    }

    private whenValue(ctx: P.WhenValueContext): WhenValue {
        if (ctx.ELSE()) return { kind: 'else' };
        if (ctx.typeRef() && ctx.id()) return { kind: 'type', t: this.typeRef(ctx.typeRef()), n: ctx.id().getText() };
        return { kind: 'values', values: ctx.whenLiteral_list().map((literal) => this.whenLiteral(literal)) };
    }

    private whenLiteral(ctx: P.WhenLiteralContext): Expr | { k: 'enumname'; n: string; l: number } {
        const l = lineOf(ctx);
        if (ctx.whenLiteral()) return this.whenLiteral(ctx.whenLiteral());
        const negative = ctx.SUB_list().length % 2 === 1;
        if (ctx.IntegerLiteral()) return this.signed({ k: 'lit', t: 'int', v: ctx.IntegerLiteral().getText(), l }, negative);
        if (ctx.LongLiteral()) return this.signed({ k: 'lit', t: 'long', v: ctx.LongLiteral().getText().slice(0, -1), l }, negative);
        if (ctx.StringLiteral()) return { k: 'lit', t: 'string', v: unescapeString(ctx.StringLiteral().getText()), l };
        if (ctx.MultilineStringLiteral()) return this.unsupported('multi-line string literal', ctx);
        if (ctx.NULL()) return { k: 'lit', t: 'null', v: null, l };
        if (ctx.qualifiedName()) {
            const ids = ctx.qualifiedName().id_list();
            return { k: 'enumname', n: ids[ids.length - 1]!.getText(), l };
        }
        return this.unsupported('when value', ctx);
    }

    private signed(literal: Expr, negative: boolean): Expr {
        return negative ? { k: 'unary', op: '-', e: literal, l: literal.l } : literal;
    }

    // ---- expressions --------------------------------------------------------------------------------

    expressionList(ctx: P.ExpressionListContext): Expr[] {
        return ctx.expression_list().map((expression) => this.expression(expression));
    }

    expression(ctx: P.ExpressionContext): Expr {
        const l = lineOf(ctx);
        if (ctx instanceof P.PrimaryExpressionContext) return this.primary(ctx.primary());
        if (ctx instanceof P.DotExpressionContext) {
            const target = this.expression(ctx.expression());
            const safe = Boolean(ctx.QUESTIONDOT());
            const call = ctx.dotMethodCall();
            if (call) {
                const list = call.expressionList();
                return { k: 'call', o: target, n: call.anyId().getText(), a: list ? this.expressionList(list) : [], safe, l };
            }
            return { k: 'field', o: target, n: ctx.anyId().getText(), safe, l };
        }
        if (ctx instanceof P.MethodCallExpressionContext) {
            const call = ctx.methodCall();
            const list = call.expressionList();
            const args = list ? this.expressionList(list) : [];
            if (call.THIS()) return { k: 'ctorcall', which: 'this', a: args, l };
            if (call.SUPER()) return { k: 'ctorcall', which: 'super', a: args, l };
            return { k: 'call', o: null, n: call.id().getText(), a: args, safe: false, l };
        }
        if (ctx instanceof P.ArrayExpressionContext) {
            const [target, index] = ctx.expression_list();
            return { k: 'index', o: this.expression(target!), i: this.expression(index!), l };
        }
        if (ctx instanceof P.NewExpressionContext) return this.creator(ctx.creator());
        if (ctx instanceof P.CastExpressionContext) return { k: 'cast', t: this.typeRef(ctx.typeRef()), e: this.expression(ctx.expression()), l };
        if (ctx instanceof P.SubExpressionContext) return this.expression(ctx.expression());
        if (ctx instanceof P.PostOpExpressionContext) {
            return { k: 'incdec', op: ctx.INC() ? '++' : '--', prefix: false, e: this.expression(ctx.expression()), l };
        }
        if (ctx instanceof P.PreOpExpressionContext) {
            const operand = this.expression(ctx.expression());
            if (ctx.INC()) return { k: 'incdec', op: '++', prefix: true, e: operand, l };
            if (ctx.DEC()) return { k: 'incdec', op: '--', prefix: true, e: operand, l };
            return { k: 'unary', op: ctx.SUB() ? '-' : '+', e: operand, l };
        }
        if (ctx instanceof P.NegExpressionContext) return { k: 'unary', op: ctx.BANG() ? '!' : '~', e: this.expression(ctx.expression()), l };
        if (ctx instanceof P.InstanceOfExpressionContext) {
            return { k: 'instanceof', e: this.expression(ctx.expression()), t: this.typeRef(ctx.typeRef()), l };
        }
        if (ctx instanceof P.CondExpressionContext) {
            const [condition, whenTrue, whenFalse] = ctx.expression_list().map((part) => this.expression(part));
            return { k: 'cond', c: condition!, a: whenTrue!, b: whenFalse!, l };
        }
        if (ctx instanceof P.AssignExpressionContext) {
            const [target, value] = ctx.expression_list();
            const operator = (ctx.children ?? [])[1]!.getText();
            return { k: 'assign', op: operator, target: this.expression(target!), e: this.expression(value!), l };
        }
        if (ctx instanceof P.BitExpressionContext) {
            const [left, right] = ctx.expression_list();
            const op = ctx.LT_list().length ? '<<' : ctx.GT_list().length === 3 ? '>>>' : '>>';
            return { k: 'bin', op, x: this.expression(left!), y: this.expression(right!), l };
        }
        if (ctx instanceof P.CmpExpressionContext) {
            const [left, right] = ctx.expression_list();
            const op = (ctx.GT() ? '>' : '<') + (ctx.ASSIGN() ? '=' : '');
            return { k: 'bin', op, x: this.expression(left!), y: this.expression(right!), l };
        }
        if (
            ctx instanceof P.Arth1ExpressionContext ||
            ctx instanceof P.Arth2ExpressionContext ||
            ctx instanceof P.EqualityExpressionContext ||
            ctx instanceof P.BitAndExpressionContext ||
            ctx instanceof P.BitNotExpressionContext ||
            ctx instanceof P.BitOrExpressionContext ||
            ctx instanceof P.LogAndExpressionContext ||
            ctx instanceof P.LogOrExpressionContext ||
            ctx instanceof P.CoalExpressionContext
        ) {
            const [left, right] = ctx.expression_list();
            const op = (ctx.children ?? [])[1]!.getText();
            return { k: 'bin', op: op === '<>' ? '!=' : op, x: this.expression(left!), y: this.expression(right!), l };
        }
        return this.unsupported(`expression '${ctx.getText().slice(0, 40)}'`, ctx);
    }

    private primary(ctx: P.PrimaryContext): Expr {
        const l = lineOf(ctx);
        if (ctx instanceof P.IdPrimaryContext) return { k: 'name', n: ctx.id().getText(), l };
        if (ctx instanceof P.LiteralPrimaryContext) return this.literal(ctx.literal());
        if (ctx instanceof P.ThisPrimaryContext) return { k: 'this', l };
        if (ctx instanceof P.SuperPrimaryContext) return { k: 'super', l };
        if (ctx instanceof P.TypeRefPrimaryContext) return { k: 'typelit', t: this.typeRef(ctx.typeRef()), l };
        if (ctx instanceof P.VoidPrimaryContext) return { k: 'typelit', t: null, l };
        if (ctx instanceof P.SoqlPrimaryContext) return { k: 'soql', text: this.sourceOf(ctx.soqlLiteral().query()), col: ctx.soqlLiteral().query().start.column, l: lineOf(ctx.soqlLiteral().query()) };
        if (ctx instanceof P.SoslPrimaryContext) return { k: 'sosl', text: this.sourceOf(ctx.soslLiteral()), col: ctx.start.column, l };
        return this.unsupported(`primary '${ctx.getText().slice(0, 40)}'`, ctx);
    }

    private sourceOf(ctx: Ctx): string {
        return this.source.substring(ctx.start.start, (ctx.stop ?? ctx.start).stop + 1);
    }

    private literal(ctx: P.LiteralContext): Expr {
        const l = lineOf(ctx);
        if (ctx.IntegerLiteral()) return { k: 'lit', t: 'int', v: ctx.IntegerLiteral().getText(), l };
        if (ctx.LongLiteral()) return { k: 'lit', t: 'long', v: ctx.LongLiteral().getText().slice(0, -1), l };
        if (ctx.NumberLiteral()) {
            const text = ctx.NumberLiteral().getText();
            const type: LiteralType = /d$/i.test(text) ? 'double' : 'decimal';
            return { k: 'lit', t: type, v: type === 'double' ? text.slice(0, -1) : text, l };
        }
        if (ctx.StringLiteral()) return { k: 'lit', t: 'string', v: unescapeString(ctx.StringLiteral().getText()), l };
        if (ctx.BooleanLiteral()) return { k: 'lit', t: 'boolean', v: ctx.BooleanLiteral().getText().toLowerCase() === 'true', l };
        if (ctx.NULL()) return { k: 'lit', t: 'null', v: null, l };
        return this.unsupported(`literal ${ctx.getText()}`, ctx);
    }

    private creator(ctx: P.CreatorContext): Expr {
        const l = lineOf(ctx);
        const pairs = ctx.createdName().idCreatedNamePair_list();
        let args: TypeRef[] = [];
        const names = pairs.map((pair) => {
            if (pair.typeList()) args = pair.typeList().typeRef_list().map((type) => this.typeRef(type));
            return pair.anyId().getText();
        });
        const type: TypeRef = { names, args, dims: 0 };
        if (ctx.classCreatorRest()) {
            const list = ctx.classCreatorRest().arguments().expressionList();
            return { k: 'new', t: type, a: list ? this.expressionList(list) : [], l };
        }
        if (ctx.noRest()) return { k: 'newcoll', t: type, items: [], l };
        if (ctx.setCreatorRest()) {
            return { k: 'newcoll', t: type, items: ctx.setCreatorRest().expression_list().map((item) => this.expression(item)), l };
        }
        if (ctx.mapCreatorRest()) {
            const entries = ctx
                .mapCreatorRest()
                .mapCreatorRestPair_list()
                .map((pair): [Expr, Expr] => {
                    const [key, value] = pair.expression_list();
                    return [this.expression(key!), this.expression(value!)];
                });
            return { k: 'newmap', t: type, pairs: entries, l };
        }
        const array = ctx.arrayCreatorRest();
        if (array) {
            if (array.expression()) return { k: 'newarray', t: type, size: this.expression(array.expression()), items: null, l };
            const initializer = array.arrayInitializer();
            return { k: 'newarray', t: type, size: null, items: initializer ? initializer.expression_list().map((item) => this.expression(item)) : [], l };
        }
        return this.unsupported('creator', ctx);
    }
}

/** The value of an Apex string literal: quotes removed, escape sequences decoded. */
export function unescapeString(literal: string): string {
    const body = literal.slice(1, -1);
    return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_match, escape: string) => {
        if (escape.length === 5) return String.fromCharCode(parseInt(escape.slice(1), 16));
        switch (escape) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            default:
                return escape;
        }
    });
}
