using System.Collections.Immutable;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;
using static ToyRust.Syntax.Generated.ToyRustParser;

namespace ToyRust.Syntax.Parsing;

internal sealed partial class AstBuilder
{
    /// <summary>
    /// blockExpression: LBRACE innerAttribute* statement* expression? RBRACE
    /// A block-like expression statement without `;` at the end of the block is its tail
    /// (`{ if c { 1 } else { 2 } }` has the value of the `if`), as in rustc.
    /// </summary>
    private BlockExpressionSyntax BuildBlock(BlockExpressionContext context, Identifier? label, TextSpan span)
    {
        var statements = ImmutableArray.CreateBuilder<StatementSyntax>();
        foreach (var statement in context.statement()) statements.Add(BuildStatement(statement));
        ExpressionSyntax? tail = null;
        if (context.expression() is { } expression)
        {
            CheckBlockLikeStart(expression, "expression");
            tail = BuildExpression(expression);
        }
        else if (statements.Count > 0 && statements[^1] is ExpressionStatementSyntax { HasSemicolon: false } last)
        {
            statements.RemoveAt(statements.Count - 1);
            tail = last.Expression;
        }
        return new BlockExpressionSyntax(span, label, statements.ToImmutable(), tail);
    }

    private StatementSyntax BuildStatement(StatementContext context)
    {
        var span = SpanOf(context);
        switch (context)
        {
            case EmptyStatementContext:
                return new EmptyStatementSyntax(span);
            case ItemStatementContext i:
                return new ItemStatementSyntax(span, BuildItem(i.item()));
            case LetStatementContext l:
            {
                var type = l.type_() is { } t ? BuildType(t) : null;
                var initializer = l.expression() is { } e ? BuildExpression(e) : null;
                var elseBlock = l.blockExpression() is { } b ? BuildBlock(b, null, SpanOf(b)) : null;
                return new LetStatementSyntax(span, BuildPattern(l.pattern()), type, initializer, elseBlock);
            }
            case BlockLikeStatementContext b:
                return new ExpressionStatementSyntax(span, BuildBlockLike(b.blockLikeExpression()), b.SEMI() is not null);
            case ExpressionStatementContext e:
                CheckBlockLikeStart(e.expression(), "expression");
                return new ExpressionStatementSyntax(span, BuildExpression(e.expression()), true);
            default:
                throw new InvalidOperationException("unknown statement");
        }
    }

    /// <summary>
    /// At the start of a statement (and of a match arm body) a block-like expression is complete
    /// by itself: rustc reads `if c {1} else {2} + 1;` as the `if` and then a stray `+`. Only `.`
    /// and `?` may continue it (`match x {..}.unwrap()`). The grammar prefers that reading where
    /// both are possible; this reports the cases it had to accept as one expression.
    /// </summary>
    private void CheckBlockLikeStart(ExpressionContext expression, string expected)
    {
        var range = expression.expressionWith().rangeExpression(0);
        if (range.binaryExpression() is not [var binary, ..] || binary.Start.TokenIndex != range.Start.TokenIndex) return;
        var operand = binary.operand();
        if (operand.prefixOperator().Length > 0 || operand.primaryExpression() is not BlockLikePrimaryContext primary) return;
        var next = primary.Stop.TokenIndex + 1;
        if (next > expression.Stop.TokenIndex) return;
        var token = tokens.Get(next);
        if (token.Type is DOT or QUESTION) return;
        Report(token.Type is PLUS && expected == "expression"
            ? SyntaxErrors.LeadingOperatorNotSupported(SpanOf(token), "+")
            : SyntaxErrors.Expected(SpanOf(token), expected, SyntaxErrorDescriber.DescribeFound(token)));
    }

    /// <summary>An expression that is nothing but a block-like expression (no operators around it).</summary>
    private static bool IsBlockLikeOnly(ExpressionContext expression)
    {
        var with = expression.expressionWith();
        if (with.rangeExpression().Length != 1) return false;
        var range = with.rangeExpression(0);
        if (range.rangeOperator() is not null) return false;
        var binary = range.binaryExpression(0);
        if (binary.binaryTail().Length != 0) return false;
        var operand = binary.operand();
        return operand.prefixOperator().Length == 0 && operand.postfixOperator().Length == 0
            && operand.primaryExpression() is BlockLikePrimaryContext;
    }

    private ExpressionSyntax BuildBlockLike(BlockLikeExpressionContext context)
    {
        var span = SpanOf(context);
        switch (context)
        {
            case BlockContext b:
                return BuildBlock(b.blockExpression(), LabelOf(b.LIFETIME()), span);
            case IfContext i:
                return BuildIf(i.ifExpression());
            case MatchContext m:
                return BuildMatch(m, span);
            case LoopContext l:
                return new LoopExpressionSyntax(span, LabelOf(l.LIFETIME()), BuildBlock(l.blockExpression(), null, SpanOf(l.blockExpression())));
            case WhileContext w:
                return new WhileExpressionSyntax(span, LabelOf(w.LIFETIME()), BuildCondition(w.condition()), BuildBlock(w.blockExpression(), null, SpanOf(w.blockExpression())));
            case ForContext f:
                return new ForExpressionSyntax(span, LabelOf(f.LIFETIME()), BuildPattern(f.pattern()), BuildExpression(f.expressionNoStruct()),
                    BuildBlock(f.blockExpression(), null, SpanOf(f.blockExpression())));
            default:
                throw new InvalidOperationException("unknown block-like expression");
        }
    }

    // ifExpression: IF condition blockExpression (ELSE (blockExpression | ifExpression))?
    private IfExpressionSyntax BuildIf(IfExpressionContext context)
    {
        var blocks = context.blockExpression();
        var then = BuildBlock(blocks[0], null, SpanOf(blocks[0]));
        ExpressionSyntax? elseBranch = context.ifExpression() is { } elseIf ? BuildIf(elseIf)
            : blocks.Length > 1 ? BuildBlock(blocks[1], null, SpanOf(blocks[1]))
            : null;
        return new IfExpressionSyntax(SpanOf(context), BuildCondition(context.condition()), then, elseBranch);
    }

    // condition: LET pattern EQ expressionNoStruct | expressionNoStruct
    private ExpressionSyntax BuildCondition(ConditionContext context) =>
        context.LET() is not null
            ? new LetConditionSyntax(SpanOf(context), BuildPattern(context.pattern()), BuildExpression(context.expressionNoStruct()))
            : BuildExpression(context.expressionNoStruct());

    /// <summary>
    /// match: MATCH expressionNoStruct LBRACE innerAttribute* matchArm* RBRACE
    /// matchArm: outerAttribute* pattern (IF expression)? FATARROW expression COMMA?
    /// Every arm but the last needs its comma unless its body is block-like.
    /// </summary>
    private MatchExpressionSyntax BuildMatch(MatchContext context, TextSpan span)
    {
        var arms = ImmutableArray.CreateBuilder<MatchArmSyntax>();
        var contexts = context.matchArm();
        for (var i = 0; i < contexts.Length; i++)
        {
            var arm = contexts[i];
            var expressions = arm.expression();
            var body = expressions[^1];
            CheckBlockLikeStart(body, "pattern");
            if (arm.COMMA() is null && i < contexts.Length - 1 && !IsBlockLikeOnly(body))
            {
                Report(SyntaxErrors.MissingCommaAfterMatchArm(new TextSpan(SpanOf(body).End, 0)));
            }
            var guard = expressions.Length > 1 ? BuildExpression(expressions[0]) : null;
            var bodySyntax = BuildExpression(body);
            arms.Add(new MatchArmSyntax(TextSpan.FromBounds(arm.Start.StartIndex, bodySyntax.Span.End), BuildPattern(arm.pattern()), guard, bodySyntax));
        }
        return new MatchExpressionSyntax(span, BuildExpression(context.expressionNoStruct()), arms.ToImmutable());
    }
}
