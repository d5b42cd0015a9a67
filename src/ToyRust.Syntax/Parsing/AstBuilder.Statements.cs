using System.Collections.Immutable;
using Antlr4.Runtime;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;
using static ToyRust.Syntax.Generated.ToyRustParser;

namespace ToyRust.Syntax.Parsing;

internal sealed partial class AstBuilder
{
    /// <summary>
    /// blockExpression: LBRACE innerAttribute* statement* tailExpression? RBRACE
    /// A block-like expression statement without `;` at the end of the block is its value
    /// (`{ if c { 1 } else { 2 } }` has the value of the `if`), as in rustc.
    /// </summary>
    private BlockExpressionSyntax BuildBlock(BlockExpressionContext context, Identifier? label, TextSpan span)
    {
        var statements = ImmutableArray.CreateBuilder<StatementSyntax>();
        foreach (var statement in context.statement()) statements.Add(BuildStatement(statement));
        ExpressionSyntax? tail = null;
        if (context.tailExpression() is { } tailContext)
        {
            tail = BuildPlainExpression(tailContext.plainExpression());
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
                return new ExpressionStatementSyntax(span, BuildBlockLikeStart(b.blockLikeExpression(), b.blockLikeContinuation()), b.SEMI() is not null);
            case ExpressionStatementContext e:
                return new ExpressionStatementSyntax(span, BuildPlainExpression(e.plainExpression()), true);
            default:
                throw new InvalidOperationException("unknown statement");
        }
    }

    /// <summary>blockLikeExpression blockLikeContinuation?: `match x {..}.unwrap() + 1`.</summary>
    private ExpressionSyntax BuildBlockLikeStart(BlockLikeExpressionContext blockLike, BlockLikeContinuationContext? continuation)
    {
        var first = BuildBlockLike(blockLike);
        if (continuation is null) return first;
        first = BuildDotOrTry(first, continuation.dotOrTryPostfix());
        first = ApplyPostfixes(first, continuation.postfixOperator());
        return BuildExpressionTail(first, continuation.expressionTail());
    }

    private ExpressionSyntax BuildBlockLike(BlockLikeExpressionContext context)
    {
        var span = SpanOf(context);
        switch (context)
        {
            case BlockContext b:
                return BuildBlock(b.blockExpression(), LabelOf(b.LIFETIME()), span);
            case UnsafeBlockContext u:
                return new UnsafeBlockExpressionSyntax(span, BuildBlock(u.blockExpression(), null, SpanOf(u.blockExpression())));
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

    /// <summary>
    /// ifExpression: IF condition blockExpression (ELSE IF condition blockExpression)* (ELSE blockExpression)?
    /// The flat `else if` list becomes nested ifs, built from the last one back.
    /// </summary>
    private IfExpressionSyntax BuildIf(IfExpressionContext context)
    {
        var ifs = context.IF();
        var conditions = context.condition();
        var blocks = context.blockExpression();
        ExpressionSyntax? elseBranch = blocks.Length > conditions.Length ? BuildBlock(blocks[^1], null, SpanOf(blocks[^1])) : null;
        var end = SpanOf(context).End;
        IfExpressionSyntax? result = null;
        for (var i = conditions.Length - 1; i >= 0; i--)
        {
            var span = TextSpan.FromBounds(ifs[i].Symbol.StartIndex, end);
            result = new IfExpressionSyntax(span, BuildCondition(conditions[i]), BuildBlock(blocks[i], null, SpanOf(blocks[i])), elseBranch);
            elseBranch = result;
        }
        return result!;
    }

    // condition: LET pattern EQ expressionNoStruct | expressionNoStruct
    private ExpressionSyntax BuildCondition(ConditionContext context) =>
        context.LET() is not null
            ? new LetConditionSyntax(SpanOf(context), BuildPattern(context.pattern()), BuildExpression(context.expressionNoStruct()))
            : BuildExpression(context.expressionNoStruct());

    /// <summary>
    /// match: MATCH expressionNoStruct LBRACE innerAttribute* matchArm* lastMatchArm? RBRACE
    /// </summary>
    private MatchExpressionSyntax BuildMatch(MatchContext context, TextSpan span)
    {
        var scrutinee = BuildExpression(context.expressionNoStruct());
        var arms = ImmutableArray.CreateBuilder<MatchArmSyntax>();
        foreach (var arm in context.matchArm())
        {
            arms.Add(BuildMatchArm(arm.matchArmHead(), arm.blockLikeExpression(), arm.blockLikeContinuation(), arm.plainExpression()));
        }
        if (context.lastMatchArm() is { } last)
        {
            arms.Add(BuildMatchArm(last.matchArmHead(), last.blockLikeExpression(), last.blockLikeContinuation(), last.plainExpression()));
        }
        return new MatchExpressionSyntax(span, scrutinee, arms.ToImmutable());
    }

    // matchArmHead: outerAttribute* pattern (IF expression)? FATARROW, then the body.
    private MatchArmSyntax BuildMatchArm(MatchArmHeadContext head, BlockLikeExpressionContext? blockLike, BlockLikeContinuationContext? continuation, PlainExpressionContext? plain)
    {
        var pattern = BuildPattern(head.pattern());
        var guard = head.expression() is { } g ? BuildExpression(g) : null;
        var body = plain is not null ? BuildPlainExpression(plain) : BuildBlockLikeStart(blockLike!, continuation);
        return new MatchArmSyntax(TextSpan.FromBounds(head.Start.StartIndex, body.Span.End), pattern, guard, body);
    }
}
