using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;
using static ToyRust.Syntax.Generated.ToyRustParser;

namespace ToyRust.Syntax.Parsing;

internal sealed partial class AstBuilder
{
    private ExpressionSyntax BuildExpression(ExpressionContext context) => BuildExpressionWith(context.expressionWith());

    private ExpressionSyntax BuildExpression(ExpressionNoStructContext context) => BuildExpressionWith(context.expressionWith());

    // expressionWith: rangeExpression (assignOperator rangeExpression)*
    private ExpressionSyntax BuildExpressionWith(ExpressionWithContext context)
    {
        var ranges = context.rangeExpression();
        return FoldAssignments(BuildRangeExpression(ranges[0]), context.assignOperator(), ranges[1..]);
    }

    /// <summary>
    /// plainExpression: leadingOperand expressionTail | rangeOperator binaryExpression? (assignOperator rangeExpression)*
    /// </summary>
    private ExpressionSyntax BuildPlainExpression(PlainExpressionContext context)
    {
        if (context.leadingOperand() is { } leading)
        {
            var operand = BuildPrimaryWithOperators(leading.prefixOperator(), (ParserRuleContext?)leading.primaryExpression() ?? leading.nonBlockPrimary(), leading.postfixOperator());
            return BuildExpressionTail(operand, context.expressionTail());
        }
        var range = MakeRange(null, context.rangeOperator(), context.binaryExpression());
        return FoldAssignments(range, context.assignOperator(), context.rangeExpression());
    }

    /// <summary>expressionTail: binaryTail* (rangeOperator binaryExpression?)? (assignOperator rangeExpression)*, after <paramref name="first"/>.</summary>
    private ExpressionSyntax BuildExpressionTail(ExpressionSyntax first, ExpressionTailContext tail)
    {
        var result = FoldBinary(first, tail.binaryTail());
        if (tail.rangeOperator() is { } op) result = MakeRange(result, op, tail.binaryExpression());
        return FoldAssignments(result, tail.assignOperator(), tail.rangeExpression());
    }

    /// <summary>Assignment is right-associative: `a = b += c` is `a = (b += c)`, folded from the right.</summary>
    private ExpressionSyntax FoldAssignments(ExpressionSyntax first, AssignOperatorContext[] operators, RangeExpressionContext[] values)
    {
        if (operators.Length == 0) return first;
        var operands = new List<ExpressionSyntax> { first };
        operands.AddRange(values.Select(BuildRangeExpression));
        var result = operands[^1];
        for (var i = operators.Length - 1; i >= 0; i--)
        {
            var target = operands[i];
            var (op, opSpan) = AssignOperatorOf(operators[i]);
            result = new AssignmentExpressionSyntax(Cover(target.Span, result.Span), op, opSpan, target, result);
        }
        return result;
    }

    private (BinaryOperator? Operator, TextSpan Span) AssignOperatorOf(AssignOperatorContext context)
    {
        var span = SpanOf(context);
        if (context.ChildCount == 3)
        {
            CheckAdjacent(context);
            return (BinaryOperator.Shr, span);
        }
        BinaryOperator? op = context.Start.Type switch
        {
            EQ => null,
            PLUSEQ => BinaryOperator.Add,
            MINUSEQ => BinaryOperator.Sub,
            STAREQ => BinaryOperator.Mul,
            SLASHEQ => BinaryOperator.Div,
            PERCENTEQ => BinaryOperator.Rem,
            CARETEQ => BinaryOperator.BitXor,
            ANDEQ => BinaryOperator.BitAnd,
            OREQ => BinaryOperator.BitOr,
            SHLEQ => BinaryOperator.Shl,
            _ => throw new InvalidOperationException("unknown assignment operator"),
        };
        return (op, span);
    }

    /// <summary>
    /// `<<`, `>>`, `>=` and `>>=` are lexed as separate `<`, `>` and `=` tokens (so that `Vec<<T as Tr>::A>`
    /// and `Vec<Vec<i32>>` close and open their generics); written apart they are not operators.
    /// </summary>
    private void CheckAdjacent(ParserRuleContext context)
    {
        for (var i = context.Start.TokenIndex; i < context.Stop.TokenIndex; i++)
        {
            var left = tokens.Get(i);
            var right = tokens.Get(i + 1);
            if (left.StopIndex + 1 != right.StartIndex)
            {
                Report(SyntaxErrors.Expected(SpanOf(right), "expression", SyntaxErrorDescriber.DescribeFound(right)));
                return;
            }
        }
    }

    /// <summary>
    /// rangeExpression: binaryExpression (rangeOperator binaryExpression?)? | rangeOperator binaryExpression?
    /// </summary>
    private ExpressionSyntax BuildRangeExpression(RangeExpressionContext context)
    {
        var operands = context.binaryExpression();
        if (context.rangeOperator() is not { } op) return BuildBinaryExpression(operands[0]);
        if (operands.Length > 0 && operands[0].Start.TokenIndex < op.Start.TokenIndex)
        {
            return MakeRange(BuildBinaryExpression(operands[0]), op, operands.Length > 1 ? operands[1] : null);
        }
        return MakeRange(null, op, operands.Length > 0 ? operands[0] : null);
    }

    private RangeExpressionSyntax MakeRange(ExpressionSyntax? start, RangeOperatorContext op, BinaryExpressionContext? endContext)
    {
        var end = endContext is null ? null : BuildBinaryExpression(endContext);
        var inclusive = op.DOTDOTEQ() is not null;
        if (inclusive && end is null) Report(SyntaxErrors.InclusiveRangeWithNoEnd(SpanOf(op)));
        var opSpan = SpanOf(op);
        return new RangeExpressionSyntax(Cover(start?.Span ?? opSpan, end?.Span ?? opSpan), start, end, inclusive);
    }

    private readonly record struct PendingOperator(BinaryOperator Operator, TextSpan Span, int Precedence);

    /// <summary>
    /// binaryExpression: operand binaryTail*
    /// The grammar reads `a + b * c as T < d` as a flat list; this folds it with Rust's
    /// precedence (operator-precedence parsing with two stacks, no recursion, so 50,000 terms
    /// are fine). `as` binds tighter than every binary operator, so it applies at once to the
    /// operand just read. Comparisons do not associate: `a < b < c` is an error, as in rustc.
    /// </summary>
    private ExpressionSyntax BuildBinaryExpression(BinaryExpressionContext context) =>
        FoldBinary(BuildOperand(context.operand()), context.binaryTail());

    private ExpressionSyntax FoldBinary(ExpressionSyntax first, BinaryTailContext[] tails)
    {
        if (tails.Length == 0) return first;

        var operands = new List<ExpressionSyntax> { first };
        var operators = new List<PendingOperator>();
        CastOperationContext? lastCast = null;
        foreach (var tail in tails)
        {
            if (tail is CastOperationContext cast)
            {
                var value = operands[^1];
                var type = BuildCastType(cast.castType());
                operands[^1] = new CastExpressionSyntax(Cover(value.Span, type.Span), value, type);
                lastCast = cast;
                continue;
            }
            var operation = (BinaryOperationContext)tail;
            var (op, opSpan) = BinaryOperatorOf(operation.binaryOperator());
            if (lastCast is not null && op is BinaryOperator.Lt or BinaryOperator.Shl)
            {
                var (text, what) = op == BinaryOperator.Lt ? ("<", "comparison") : ("<<", "shift");
                Report(SyntaxErrors.GenericArgumentsAfterCast(opSpan, text, lastCast.castType().GetText(), what));
            }
            lastCast = null;
            var precedence = Precedence(op);
            while (operators.Count > 0 && operators[^1].Precedence >= precedence)
            {
                if (precedence == ComparisonPrecedence && operators[^1].Precedence == ComparisonPrecedence)
                {
                    Report(SyntaxErrors.ComparisonOperatorsCannotBeChained(operators[^1].Span, opSpan));
                }
                Reduce(operands, operators);
            }
            operators.Add(new PendingOperator(op, opSpan, precedence));
            operands.Add(BuildOperand(operation.operand()));
        }
        while (operators.Count > 0) Reduce(operands, operators);
        return operands[0];
    }

    private static void Reduce(List<ExpressionSyntax> operands, List<PendingOperator> operators)
    {
        var right = operands[^1];
        var left = operands[^2];
        var op = operators[^1];
        operands.RemoveAt(operands.Count - 1);
        operators.RemoveAt(operators.Count - 1);
        operands[^1] = new BinaryExpressionSyntax(Cover(left.Span, right.Span), op.Operator, op.Span, left, right);
    }

    private const int ComparisonPrecedence = 4;

    /// <summary>Rust's binary precedence, from `*` (highest) down to `||`.</summary>
    private static int Precedence(BinaryOperator op) => op switch
    {
        BinaryOperator.Mul or BinaryOperator.Div or BinaryOperator.Rem => 10,
        BinaryOperator.Add or BinaryOperator.Sub => 9,
        BinaryOperator.Shl or BinaryOperator.Shr => 8,
        BinaryOperator.BitAnd => 7,
        BinaryOperator.BitXor => 6,
        BinaryOperator.BitOr => 5,
        BinaryOperator.Eq or BinaryOperator.Ne or BinaryOperator.Lt or BinaryOperator.Le or BinaryOperator.Gt or BinaryOperator.Ge => ComparisonPrecedence,
        BinaryOperator.And => 3,
        _ => 2,
    };

    private (BinaryOperator Operator, TextSpan Span) BinaryOperatorOf(BinaryOperatorContext context)
    {
        var span = SpanOf(context);
        if (context.ChildCount == 2)
        {
            CheckAdjacent(context);
            return (context.EQ() is not null ? BinaryOperator.Ge : context.Start.Type == LT ? BinaryOperator.Shl : BinaryOperator.Shr, span);
        }
        var op = context.Start.Type switch
        {
            STAR => BinaryOperator.Mul,
            SLASH => BinaryOperator.Div,
            PERCENT => BinaryOperator.Rem,
            PLUS => BinaryOperator.Add,
            MINUS => BinaryOperator.Sub,
            AND => BinaryOperator.BitAnd,
            CARET => BinaryOperator.BitXor,
            OR => BinaryOperator.BitOr,
            EQEQ => BinaryOperator.Eq,
            NE => BinaryOperator.Ne,
            LT => BinaryOperator.Lt,
            LE => BinaryOperator.Le,
            GT => BinaryOperator.Gt,
            ANDAND => BinaryOperator.And,
            OROR => BinaryOperator.Or,
            _ => throw new InvalidOperationException("unknown binary operator"),
        };
        return (op, span);
    }

    /// <summary>
    /// operand: prefixOperator* primaryExpression postfixOperator*
    /// Postfix operators apply first, then prefix ones from the inside out: `-*a.b?` is `-(*((a.b)?))`.
    /// </summary>
    private ExpressionSyntax BuildOperand(OperandContext context) =>
        BuildPrimaryWithOperators(context.prefixOperator(), context.primaryExpression(), context.postfixOperator());

    private ExpressionSyntax BuildPrimaryWithOperators(PrefixOperatorContext[] prefixes, ParserRuleContext primary, PostfixOperatorContext[] postfixes)
    {
        var result = primary is NonBlockPrimaryContext nonBlock ? BuildNonBlockPrimary(nonBlock) : BuildPrimary((PrimaryExpressionContext)primary);
        return ApplyPrefixes(prefixes, ApplyPostfixes(result, postfixes));
    }

    private ExpressionSyntax ApplyPostfixes(ExpressionSyntax target, PostfixOperatorContext[] postfixes)
    {
        foreach (var postfix in postfixes) target = BuildPostfix(target, postfix);
        return target;
    }

    private static ExpressionSyntax ApplyPrefixes(PrefixOperatorContext[] prefixes, ExpressionSyntax result)
    {
        for (var i = prefixes.Length - 1; i >= 0; i--)
        {
            var prefix = prefixes[i];
            var span = TextSpan.FromBounds(prefix.Start.StartIndex, result.Span.End);
            var isMutable = prefix.MUT() is not null;
            result = prefix.Start.Type switch
            {
                MINUS => new UnaryExpressionSyntax(span, UnaryOperator.Neg, result),
                NOT => new UnaryExpressionSyntax(span, UnaryOperator.Not, result),
                STAR => new UnaryExpressionSyntax(span, UnaryOperator.Deref, result),
                AND => new ReferenceExpressionSyntax(span, isMutable, result),
                // `&&x` is one token meaning `& &x`.
                _ => new ReferenceExpressionSyntax(span, false, new ReferenceExpressionSyntax(TextSpan.FromBounds(span.Start + 1, span.End), isMutable, result)),
            };
        }
        return result;
    }

    private ExpressionSyntax BuildPostfix(ExpressionSyntax target, PostfixOperatorContext context)
    {
        var span = TextSpan.FromBounds(target.Span.Start, SpanOf(context).End);
        return context switch
        {
            DotOrTryContext d => BuildDotOrTry(target, d.dotOrTryPostfix()),
            CallContext c => new CallExpressionSyntax(span, target, BuildCallArguments(c.callArguments())),
            IndexContext i => new IndexExpressionSyntax(span, target, BuildExpression(i.expression())),
            _ => throw new InvalidOperationException("unknown postfix operator"),
        };
    }

    private ExpressionSyntax BuildDotOrTry(ExpressionSyntax target, DotOrTryPostfixContext context)
    {
        var span = TextSpan.FromBounds(target.Span.Start, SpanOf(context).End);
        switch (context)
        {
            case TryOperatorContext:
                return new TryExpressionSyntax(span, target);
            case MethodCallContext m:
            {
                var (types, _) = BuildGenericArgs(m.genericArgs());
                return new MethodCallExpressionSyntax(span, target, IdentifierOf(m.IDENT()), types, BuildCallArguments(m.callArguments()));
            }
            case FieldAccessContext f:
                return new FieldExpressionSyntax(span, target, IdentifierOf(f.IDENT()));
            case TupleIndexContext t:
                return new FieldExpressionSyntax(span, target, TupleIndexOf(t.INTEGER().Symbol.Text, SpanOf(t.INTEGER())));
            case NestedTupleIndexContext n:
                return BuildNestedTupleIndex(target, n.FLOAT());
            default:
                throw new InvalidOperationException("unknown postfix operator");
        }
    }

    private Identifier TupleIndexOf(string text, TextSpan span)
    {
        if (text.Length == 0 || !text.All(char.IsAsciiDigit)) Report(SyntaxErrors.InvalidTupleIndex(span, text));
        return new Identifier(text, span);
    }

    /// <summary>`t.0.1`: the lexer saw the float `0.1`; it is two tuple indices (rustc splits it the same way).</summary>
    private ExpressionSyntax BuildNestedTupleIndex(ExpressionSyntax target, ITerminalNode floatNode)
    {
        var text = floatNode.GetText();
        var span = SpanOf(floatNode);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == text.Length - 1)
        {
            Report(SyntaxErrors.InvalidTupleIndex(span, text));
            return new FieldExpressionSyntax(Cover(target.Span, span), target, new Identifier(text, span));
        }
        var firstSpan = new TextSpan(span.Start, dot);
        var secondSpan = TextSpan.FromBounds(span.Start + dot + 1, span.End);
        var first = new FieldExpressionSyntax(Cover(target.Span, firstSpan), target, TupleIndexOf(text[..dot], firstSpan));
        return new FieldExpressionSyntax(Cover(target.Span, secondSpan), first, TupleIndexOf(text[(dot + 1)..], secondSpan));
    }

    // callArguments: expression (COMMA expression)* COMMA?
    private ImmutableArray<ExpressionSyntax> BuildCallArguments(CallArgumentsContext? context) =>
        context is null ? [] : Map(context.expression(), BuildExpression);

    private ExpressionSyntax BuildPrimary(PrimaryExpressionContext context) => context switch
    {
        NonBlockPrimaryExpressionContext n => BuildNonBlockPrimary(n.nonBlockPrimary()),
        BlockLikePrimaryContext b => BuildBlockLike(b.blockLikeExpression()),
        _ => throw new InvalidOperationException("unknown primary expression"),
    };

    private ExpressionSyntax BuildNonBlockPrimary(NonBlockPrimaryContext context)
    {
        var span = SpanOf(context);
        switch (context)
        {
            case LiteralExpressionContext l:
                return BuildLiteral(l.literal());
            case MacroExpressionContext m:
                return BuildMacro(m.macroInvocation());
            case StructExpressionContext s:
                return BuildStructExpression(s, span);
            case PathPrimaryContext p:
                return new PathExpressionSyntax(span, BuildPathExpression(p.pathExpression()));
            case QualifiedPathExpressionContext q:
            {
                var (self, trait, rest) = BuildQualifiedPath(q.qualifiedPath());
                return new QualifiedPathExpressionSyntax(span, self, trait, rest);
            }
            case ParenthesizedOrTupleExpressionContext p:
            {
                // `(e)` is kept as a parenthesized expression; `()`, `(e,)`, `(a, b)` are tuples.
                var elements = p.expression();
                if (elements.Length == 1 && p.COMMA().Length == 0) return new ParenthesizedExpressionSyntax(span, BuildExpression(elements[0]));
                return new TupleExpressionSyntax(span, Map(elements, BuildExpression));
            }
            case ArrayRepeatExpressionContext r:
                return new ArrayRepeatExpressionSyntax(span, BuildExpression(r.expression(0)), BuildExpression(r.expression(1)));
            case ArrayExpressionContext a:
                return new ArrayExpressionSyntax(span, Map(a.expression(), BuildExpression));
            case ClosureExpressionContext c:
                return BuildClosure(c, span);
            case ReturnExpressionContext r:
                return new ReturnExpressionSyntax(span, r.expressionWith() is { } value ? BuildExpressionWith(value) : null);
            case BreakExpressionContext b:
                return new BreakExpressionSyntax(span, LabelOf(b.LIFETIME()), b.expressionWith() is { } breakValue ? BuildExpressionWith(breakValue) : null);
            case ContinueExpressionContext c:
                return new ContinueExpressionSyntax(span, LabelOf(c.LIFETIME()));
            default:
                throw new InvalidOperationException("unknown primary expression");
        }
    }

    // structExpression: pathExpression LBRACE structExpressionFields? RBRACE
    private StructExpressionSyntax BuildStructExpression(StructExpressionContext context, TextSpan span)
    {
        var path = BuildPathExpression(context.pathExpression());
        var fields = ImmutableArray.CreateBuilder<FieldInitializerSyntax>();
        ExpressionSyntax? baseExpression = null;
        if (context.structExpressionFields() is { } list)
        {
            foreach (var field in list.structExpressionField())
            {
                switch (field)
                {
                    case ExplicitFieldContext e:
                    {
                        var name = e.IDENT() is { } ident ? IdentifierOf(ident) : IdentifierOf(e.INTEGER());
                        fields.Add(new FieldInitializerSyntax(SpanOf(e), name, BuildExpression(e.expression()), false));
                        break;
                    }
                    case ShorthandFieldContext s:
                    {
                        // `S { x }` means `S { x: x }`.
                        var name = IdentifierOf(s.IDENT());
                        var value = new PathExpressionSyntax(name.Span, new PathSyntax(name.Span, [new PathSegmentSyntax(name.Span, name, [], [], null)]));
                        fields.Add(new FieldInitializerSyntax(SpanOf(s), name, value, true));
                        break;
                    }
                }
            }
            if (list.expression() is { } b) baseExpression = BuildExpression(b);
        }
        return new StructExpressionSyntax(span, path, fields.ToImmutable(), baseExpression);
    }

    // closure: MOVE? (OROR | OR closureParam (COMMA closureParam)* COMMA? OR | OR OR) closureBody
    private ClosureExpressionSyntax BuildClosure(ClosureExpressionContext context, TextSpan span)
    {
        var parameters = Map(context.closureParam(), p =>
            new ClosureParameterSyntax(SpanOf(p), BuildPattern(p.patternNoTopAlt()), p.type_() is { } t ? BuildType(t) : null));
        var body = context.closureBody();
        TypeSyntax? returnType = null;
        ExpressionSyntax bodyExpression;
        if (body.blockExpression() is { } block)
        {
            returnType = BuildTypeNoBounds(body.typeNoBounds());
            bodyExpression = BuildBlock(block, null, SpanOf(block));
        }
        else
        {
            bodyExpression = BuildExpressionWith(body.expressionWith());
        }
        return new ClosureExpressionSyntax(span, context.MOVE() is not null, parameters, returnType, bodyExpression);
    }
}
