using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Range expressions as values, built as rustc's HIR lowering builds them (the prelude's lang-item
/// structs, std's):
/// <code>
/// a..b     →  Range { start: a, end: b }
/// a..      →  RangeFrom { start: a }
/// ..b      →  RangeTo { end: b }
/// ..       →  RangeFull
/// a..=b    →  RangeInclusive { start: a, end: b, exhausted: false }   (rustc: RangeInclusive::new(a, b))
/// </code>
/// Both ends have one type, the expected one's when the range is expected to be a struct of that
/// lang item. Two places keep their own forms: `for i in a..b` written out (the built-in loop,
/// FunctionChecker.Control.cs) and `&amp;s[a..b]` (FunctionChecker.Slices.cs).
/// </summary>
internal sealed partial class FunctionChecker
{
    private BoundExpression CheckRange(RangeExpressionSyntax range, TypeSymbol? expected)
    {
        var item = (range.Start, range.End, range.IsInclusive) switch
        {
            (null, null, _) => LangItem.RangeFull,
            (_, null, true) => (LangItem?)null,
            (null, _, true) => null,
            (_, null, false) => LangItem.RangeFrom,
            (null, _, false) => LangItem.RangeTo,
            (_, _, true) => LangItem.RangeInclusive,
            _ => LangItem.Range,
        };
        if (item is not { } kind) return Unsupported(range, "`..=` without both ends outside slicing");
        var adt = LangItems.Adt(kind);
        if (adt.GenericParameters.Length == 0) return new BoundAdtLiteral(range.Span, new AdtType(adt, ValueArray<TypeSymbol>.Empty), adt.Variants[0], [], null);
        var index = ExpectedRangeIndex(adt, expected) ?? _inference.NewVariable(InferenceKind.General);
        var type = new AdtType(adt, new ValueArray<TypeSymbol>([index]));
        var start = range.Start is null ? null : CheckRangeEnd(range.Start, index);
        var end = range.End is null ? null : CheckRangeEnd(range.End, index);
        var fields = kind switch
        {
            LangItem.RangeFrom => [start],
            LangItem.RangeTo => [end],
            LangItem.RangeInclusive => [start, end, new BoundLiteral(range.Span, TypeSymbol.Bool, false)],
            _ => new BoundExpression?[] { start, end },
        };
        return new BoundAdtLiteral(range.Span, type, adt.Variants[0], [.. fields], null);
    }

    /// <summary>`let r: Range&lt;u8&gt; = 0..5;` types the ends as `u8`.</summary>
    private TypeSymbol? ExpectedRangeIndex(AdtSymbol adt, TypeSymbol? expected) =>
        expected is not null && StructurallyResolve(expected) is AdtType a && ReferenceEquals(a.Adt, adt) && a.Arguments.Count == 1 ? a.Arguments[0] : null;

    private BoundExpression CheckRangeEnd(ExpressionSyntax syntax, TypeSymbol index)
    {
        var bound = CheckExpression(syntax, index);
        CoerceTo(bound, index, syntax.Span);
        return bound;
    }
}
