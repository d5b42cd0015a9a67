using System.Collections.Immutable;
using Antlr4.Runtime;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;
using static ToyRust.Syntax.Generated.ToyRustParser;

namespace ToyRust.Syntax.Parsing;

internal sealed partial class AstBuilder
{
    // pattern: OR? patternNoTopAlt (OR patternNoTopAlt)*
    private PatternSyntax BuildPattern(PatternContext context)
    {
        var alternatives = context.patternNoTopAlt();
        if (alternatives.Length == 1) return BuildPattern(alternatives[0]);
        return new OrPatternSyntax(SpanOf(context), Map(alternatives, BuildPattern));
    }

    private PatternSyntax BuildPattern(PatternNoTopAltContext context)
    {
        var span = SpanOf(context);
        return context switch
        {
            InclusiveRangePatternContext r => new RangePatternSyntax(span, BuildRangeBound(r.rangePatternBound(0)), BuildRangeBound(r.rangePatternBound(1)), true),
            ExclusiveRangePatternContext r => new RangePatternSyntax(span, BuildRangeBound(r.rangePatternBound(0)), BuildRangeBound(r.rangePatternBound(1)), false),
            HalfOpenRangePatternContext r => new RangePatternSyntax(span, BuildRangeBound(r.rangePatternBound()), null, false),
            ToInclusiveRangePatternContext r => new RangePatternSyntax(span, null, BuildRangeBound(r.rangePatternBound()), true),
            PlainPatternContext p => BuildPattern(p.patternWithoutRange()),
            _ => throw new InvalidOperationException("unknown pattern"),
        };
    }

    // rangePatternBound: MINUS? (INTEGER | FLOAT) | CHAR | BYTE | pathExpression
    private PatternSyntax BuildRangeBound(RangePatternBoundContext context)
    {
        if (context.pathExpression() is { } path) return new PathPatternSyntax(SpanOf(context), BuildPathExpression(path));
        return BuildLiteralPattern(context, context.MINUS() is not null);
    }

    private LiteralPatternSyntax BuildLiteralPattern(ParserRuleContext context, bool negated) =>
        new(SpanOf(context), BuildLiteralToken(context.Stop), negated);

    private PatternSyntax BuildPattern(PatternWithoutRangeContext context)
    {
        var span = SpanOf(context);
        switch (context)
        {
            case WildcardPatternContext:
                return new WildcardPatternSyntax(span);
            case RestPatternContext:
                return new RestPatternSyntax(span);
            case NumberPatternContext n:
                return BuildLiteralPattern(n, n.MINUS() is not null);
            case LiteralPatternContext l:
                return BuildLiteralPattern(l, false);
            case IdentifierPatternContext i:
            {
                var sub = i.patternNoTopAlt() is { } p ? BuildPattern(p) : null;
                return new IdentifierPatternSyntax(span, i.REF() is not null, i.MUT() is not null, IdentifierOf(i.IDENT()), sub);
            }
            case ReferencePatternContext r:
            {
                var inner = BuildPattern(r.patternWithoutRange());
                var isMutable = r.MUT() is not null;
                if (r.ANDAND() is null) return new ReferencePatternSyntax(span, isMutable, inner);
                // `&&p` is one token meaning `& &p`.
                return new ReferencePatternSyntax(span, false, new ReferencePatternSyntax(TextSpan.FromBounds(span.Start + 1, span.End), isMutable, inner));
            }
            case TupleOrGroupedPatternContext t:
            {
                // `(p)` is p; `()`, `(p,)`, `(a, b)` and `(..)` are tuples.
                var elements = t.pattern();
                if (elements.Length == 1 && t.COMMA().Length == 0)
                {
                    var only = BuildPattern(elements[0]);
                    if (only is not RestPatternSyntax) return only;
                    return new TuplePatternSyntax(span, [only]);
                }
                return new TuplePatternSyntax(span, Map(elements, BuildPattern));
            }
            case SlicePatternContext s:
                return new SlicePatternSyntax(span, Map(s.pattern(), BuildPattern));
            case TupleStructPatternContext t:
                return new TupleStructPatternSyntax(span, BuildPathExpression(t.pathExpression()), Map(t.pattern(), BuildPattern));
            case StructPatternContext s:
                return BuildStructPattern(s, span);
            case PathPatternContext p:
                return new PathPatternSyntax(span, BuildPathExpression(p.pathExpression()));
            default:
                throw new InvalidOperationException("unknown pattern");
        }
    }

    // structPattern: pathExpression LBRACE structPatternFields? RBRACE
    private StructPatternSyntax BuildStructPattern(StructPatternContext context, TextSpan span)
    {
        var fields = ImmutableArray.CreateBuilder<FieldPatternSyntax>();
        var hasRest = false;
        if (context.structPatternFields() is { } list)
        {
            hasRest = list.DOTDOT() is not null;
            foreach (var field in list.structPatternField())
            {
                switch (field)
                {
                    case ExplicitFieldPatternContext e:
                    {
                        var name = e.IDENT() is { } ident ? IdentifierOf(ident) : IdentifierOf(e.INTEGER());
                        fields.Add(new FieldPatternSyntax(SpanOf(e), name, BuildPattern(e.pattern()), false));
                        break;
                    }
                    case ShorthandFieldPatternContext s:
                    {
                        // `S { ref mut x }` means `S { x: ref mut x }`.
                        var name = IdentifierOf(s.IDENT());
                        var binding = new IdentifierPatternSyntax(SpanOf(s), s.REF() is not null, s.MUT() is not null, name, null);
                        fields.Add(new FieldPatternSyntax(SpanOf(s), name, binding, true));
                        break;
                    }
                }
            }
        }
        return new StructPatternSyntax(span, BuildPathExpression(context.pathExpression()), fields.ToImmutable(), hasRest);
    }
}
