using System.Collections.Immutable;
using System.Numerics;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Semantics.Patterns;

/// <summary>
/// The constructors to specialize a column by (<see cref="Specialize"/>, which together cover the
/// whole type) and the ones the column lacks, as witnesses will show them (<see cref="Missing"/>).
/// </summary>
internal sealed record ColumnSplit(ImmutableArray<Constructor> Specialize, ImmutableArray<Constructor> Missing);

/// <summary>
/// Constructor splitting (rustc's `ConstructorSet::split` and `split_column_ctors`). The
/// constructors of a column's type are grouped by the column's heads: `match x: u8 { 0..=9 => …,
/// 5..=20 => … }` splits `u8` into `0..=4`, `5..=9`, `10..=20` (present) and `21..=255` (missing).
/// Every missing constructor behaves alike, so they are specialized once, as
/// <see cref="MissingConstructor"/>. Enum variants, booleans and ranges keep rustc's order.
/// </summary>
internal static class ColumnSplitter
{
    private sealed class Buckets
    {
        public List<Constructor> Present { get; } = [];

        public List<Constructor> Missing { get; } = [];

        /// <summary>Missing constructors with no value (a variant holding a `Void`): may be omitted where the place is valid.</summary>
        public List<Constructor> MissingEmpty { get; } = [];
    }

    public static ColumnSplit Split(Place place, IEnumerable<Constructor> heads)
    {
        var seen = heads.Where(h => h is not WildcardConstructor).ToList();
        var buckets = new Buckets();
        buckets.Present.AddRange(seen.OfType<OpaqueConstructor>().Distinct());
        var hasNoConstructors = SplitByType(place.Type, seen, buckets);
        return Finish(place, buckets, place.IsScrutinee && hasNoConstructors);
    }

    /// <summary>Fills the buckets; returns true when the type has no constructors at all (`!`, `enum Void {}`).</summary>
    private static bool SplitByType(TypeSymbol type, List<Constructor> seen, Buckets buckets)
    {
        switch (type)
        {
            case NeverType:
            case AdtType { Adt.IsEnum: true, Adt.Variants.IsEmpty: true }:
                buckets.MissingEmpty.Add(NeverConstructor.Instance);
                return true;
            case PrimitiveType { Kind: PrimitiveKind.Bool }:
                SplitBool(seen, buckets);
                break;
            case PrimitiveType p when p.Kind == PrimitiveKind.Char || p.Kind.IsInteger():
                SplitRanges(p.Kind, seen, buckets);
                break;
            case AdtType { Adt.IsEnum: true } adt:
                SplitVariants(adt, seen, buckets);
                break;
            case TupleType or ArrayType or AdtType:
                SplitSingle(SingleConstructor.Instance, seen, buckets, TypeShapes.IsUninhabited(type));
                break;
            case ReferenceType:
                SplitSingle(ReferenceConstructor.Instance, seen, buckets, isEmpty: false);
                break;
            default:
                buckets.Present.AddRange(seen.Where(c => c is not OpaqueConstructor).Distinct());
                buckets.Missing.Add(NonExhaustiveConstructor.Instance);
                break;
        }
        return false;
    }

    private static void SplitBool(List<Constructor> seen, Buckets buckets)
    {
        // rustc 1.95 lists `true` before `false` (`match b { _ if c => {} }`: "`true` and `false` not covered").
        foreach (var value in new[] { true, false })
        {
            var constructor = new BoolConstructor(value);
            (seen.Contains(constructor) ? buckets.Present : buckets.Missing).Add(constructor);
        }
    }

    private static void SplitVariants(AdtType adt, List<Constructor> seen, Buckets buckets)
    {
        foreach (var variant in adt.Adt.Variants)
        {
            var constructor = new VariantConstructor(variant);
            if (seen.Contains(constructor)) buckets.Present.Add(constructor);
            else if (TypeShapes.IsVariantUninhabited(adt, variant)) buckets.MissingEmpty.Add(constructor);
            else buckets.Missing.Add(constructor);
        }
    }

    private static void SplitSingle(Constructor constructor, List<Constructor> seen, Buckets buckets, bool isEmpty)
    {
        if (seen.Contains(constructor)) buckets.Present.Add(constructor);
        else if (isEmpty) buckets.MissingEmpty.Add(constructor);
        else buckets.Missing.Add(constructor);
    }

    private static void SplitRanges(PrimitiveKind kind, List<Constructor> seen, Buckets buckets)
    {
        var seenRanges = seen.OfType<RangeConstructor>().ToList();
        foreach (var typeRange in IntegerDomain.TypeRanges(kind))
        {
            foreach (var (isSeen, piece) in SplitRange(typeRange, seenRanges))
                (isSeen ? buckets.Present : buckets.Missing).Add(piece);
        }
    }

    /// <summary>
    /// Cuts <paramref name="whole"/> at every boundary of the column's ranges, so that each piece
    /// is either inside or outside each column range, and says whether some column range covers it.
    /// Counting opening (+1) and closing (-1) boundaries in order tells whether a piece is covered.
    /// </summary>
    private static IEnumerable<(bool Seen, RangeConstructor Piece)> SplitRange(RangeConstructor whole, List<RangeConstructor> column)
    {
        var boundaries = new List<(BigInteger At, int Delta)>();
        foreach (var range in column)
        {
            var low = BigInteger.Max(range.Low, whole.Low);
            var high = BigInteger.Min(range.High, whole.High);
            if (low > high) continue;
            boundaries.Add((low, 1));
            boundaries.Add((high + 1, -1));
        }
        boundaries.Sort();
        boundaries.Add((whole.High + 1, 0));
        var count = 0;
        var start = whole.Low;
        foreach (var (at, delta) in boundaries)
        {
            if (at != start) yield return (count > 0, new RangeConstructor(start, at - 1));
            start = at;
            count += delta;
        }
    }

    /// <summary>
    /// Decides, as rustc does, which constructors are specialized and which are reported missing.
    /// Empty constructors may be left out where the place is known valid, or for a scrutinee of a
    /// type with no constructors (`match void {}`). Arms that match only empty values are reported
    /// unreachable only in that last case (rustc does not lint `Err(_)` on `Result&lt;T, Void&gt;`).
    /// Below the scrutinee, a column with no constructor at all reports `_` rather than listing them.
    /// </summary>
    private static ColumnSplit Finish(Place place, Buckets buckets, bool isTopLevelException)
    {
        var emptyArmsAreUnreachable = place.IsKnownValid && isTopLevelException;
        var canOmitEmptyArms = place.IsKnownValid || isTopLevelException;
        var specialize = buckets.Present.ToList();
        if (buckets.Missing.Count > 0 || (buckets.MissingEmpty.Count > 0 && !emptyArmsAreUnreachable))
            specialize.Add(MissingConstructor.Instance);
        var missing = canOmitEmptyArms ? buckets.Missing : [.. buckets.Missing, .. buckets.MissingEmpty];
        var reportIndividually = place.IsScrutinee || buckets.Present.Count > 0;
        if (missing.Count > 0 && !reportIndividually) missing = [WildcardConstructor.Instance];
        else if (missing.Any(c => c is NonExhaustiveConstructor)) missing = [NonExhaustiveConstructor.Instance];
        return new ColumnSplit([.. specialize], [.. missing]);
    }
}
