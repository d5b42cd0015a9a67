using System.Collections.Immutable;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Semantics.Patterns;

/// <summary>Values no arm matches, printed as rustc prints them, and the arms no value reaches (0-based).</summary>
internal sealed record ExhaustivenessResult(ImmutableArray<string> Missing, ImmutableArray<int> UnreachableArms);

// Match exhaustiveness and arm reachability
// =========================================
//
// The algorithm is Maranget's "Warnings for pattern matching" (2007) in the form rustc uses
// (compiler/rustc_pattern_analysis, `usefulness.rs`); rustc's E0004 witnesses are reproduced.
//
// Terms. A *constructor* is the head of a value or pattern (`Some`, `true`, `(_, _)`, `&`,
// the integer range `0..=9`); its *fields* are the sub-values. The arms form a *matrix*, one row
// per arm (or-patterns give several rows), one column per place still to inspect. A row is
// *useful* when some value reaches it and matches it. A match is exhaustive when the *wildcard
// row* `_`, put after every arm, is not useful; the values that reach it are the *witnesses*.
//
// Step. Look at the first column. Split the type's constructors by the heads found there
// (`ColumnSplitter`): constructors that behave alike are grouped (integers into ranges, the
// constructors absent from the column into one `Missing`). For each group c, *specialize*:
// keep the rows whose head covers c, replacing the head by its fields (`_` gives `_, …, _`),
// and recurse. When no column is left, the first row is useful; so is each next row while all
// rows above it have guards; the wildcard row is useful when every row has a guard. A row is
// useful when one of its specializations is. Witnesses found under c are rebuilt as `c(…)`;
// under `Missing`, once per missing constructor (or `_` when the column has no constructor at
// all, below the scrutinee). When constructors are missing, only those are reported: rustc
// reports `None` for `match o { Some(true) => … }`, not also `Some(false)`.
//
// Worked example: `match x: (bool, bool) { (true, _) => A, (_, true) => B }`. The tuple type
// has one constructor; specializing by it turns the one column into two. Then:
//   Column 1 holds `true` and `_`: `true` is present, `false` missing:
//     specialize by `true`:  rows `_` (A), `true` (B) over the second bool.
//       Column holds `_` and `true`: specialize `true` → rows A, B: A useful.
//       `Missing` (= `false`) → row A: A useful.  No witness.
//     specialize by `Missing` (= `false`): row `true` (B) over the second bool.
//       Column holds `true`: by `true` → B useful (no witness: `false` is missing);
//       by `Missing` → no row: the wildcard row is useful: witness `false`.
//     Rebuilt: `(false, false)`. Both arms are useful; rustc: "`(false, false)` not covered".
//
// Empty types. `match v: Void {}` is exhaustive. A variant whose fields cannot hold a value
// (`Err(Void)`) may be omitted where the matched value is known valid, but not behind a
// reference (`&Result<i32, Void>` needs `&Err(_)`), as in rustc since 1.82.
//
// Integers. `usize`/`isize` have a fictitious value past their open ends (`IntegerDomain`), so
// `0..` is exhaustive on `usize`. ToyRust's bound patterns cannot tell `0..` from
// `0..=usize::MAX` (rustc rejects only the latter); both count as `0..` here.
//
// Entry point: `Exhaustiveness.Check`. Output is deterministic: constructors are enumerated in
// declaration order (variants), `true` before `false` (as rustc 1.95 prints), ranges ascending.

/// <summary>The exhaustiveness and usefulness checker for `match` (see the design comment above).</summary>
internal static class Exhaustiveness
{
    private static readonly ExhaustivenessResult Nothing = new([], []);

    /// <summary>
    /// Checks a match whose scrutinee is a place known to hold a valid value (a local, a field, a
    /// temporary). An arm with a guard never counts toward exhaustiveness, but can be unreachable.
    /// Witnesses name <paramref name="importedVariants"/> (the prelude's `Some`, `Ok`, …) without their enum.
    /// </summary>
    public static ExhaustivenessResult Check(
        TypeSymbol scrutinee, IReadOnlyList<(BoundPattern Pattern, bool HasGuard)> arms, IReadOnlySet<VariantSymbol> importedVariants) =>
        Check(scrutinee, arms, importedVariants, scrutineeIsKnownValid: true);

    /// <summary>
    /// As <see cref="Check(TypeSymbol, IReadOnlyList{ValueTuple{BoundPattern, bool}}, IReadOnlySet{VariantSymbol})"/>;
    /// pass false for a scrutinee read through a reference (`match *r`), which rustc does not trust to be valid.
    /// </summary>
    public static ExhaustivenessResult Check(
        TypeSymbol scrutinee,
        IReadOnlyList<(BoundPattern Pattern, bool HasGuard)> arms,
        IReadOnlySet<VariantSymbol> importedVariants,
        bool scrutineeIsKnownValid)
    {
        if (scrutinee.ContainsError || arms.Any(a => ContainsError(a.Pattern))) return Nothing;
        var matrix = new PatternMatrix([new Place(scrutinee, IsScrutinee: true, scrutineeIsKnownValid)], wildcardRowIsRelevant: true);
        for (var i = 0; i < arms.Count; i++)
            matrix.Push(new MatrixRow([DeconstructedPattern.Lower(arms[i].Pattern, scrutinee)], i, arms[i].HasGuard));
        var witnesses = ComputeUsefulness(matrix);
        var reachable = matrix.Rows.Where(r => r.IsUseful).Select(r => r.Parent).ToHashSet();
        return new ExhaustivenessResult(
            [.. witnesses.SingleColumn.Select(w => new WitnessPrinter(importedVariants).Print(w))],
            [.. Enumerable.Range(0, arms.Count).Where(i => !reachable.Contains(i))]);
    }

    /// <summary>
    /// rustc's E0004 text for a non-empty list of witnesses: "non-exhaustive patterns: `A`, `B`
    /// and `C` not covered"; past three, "`A`, `B`, `C` and 2 more not covered".
    /// </summary>
    public static string MissingMessage(ImmutableArray<string> missing)
    {
        const int Limit = 3;
        var quoted = missing.Select(m => $"`{m}`").ToArray();
        var joined = quoted.Length switch
        {
            1 => quoted[0],
            <= Limit => $"{string.Join(", ", quoted[..^1])} and {quoted[^1]}",
            _ => $"{string.Join(", ", quoted[..Limit])} and {quoted.Length - Limit} more",
        };
        return $"non-exhaustive patterns: {joined} not covered";
    }

    /// <summary>
    /// The whole E0004 message. A match with no arms on a type other than a non-empty enum gets
    /// rustc's "non-exhaustive patterns: type `bool` is non-empty" instead of a witness list.
    /// </summary>
    public static string NonExhaustiveMessage(TypeSymbol scrutinee, int armCount, ImmutableArray<string> missing) =>
        armCount == 0 && scrutinee is not AdtType { Adt.IsEnum: true, Adt.Variants.IsEmpty: false }
            ? $"non-exhaustive patterns: type `{scrutinee}` is non-empty"
            : MissingMessage(missing);

    /// <summary>
    /// Marks the useful rows of <paramref name="matrix"/> and returns the values that reach its
    /// wildcard row (when it is relevant), one witness row per value.
    /// </summary>
    private static WitnessMatrix ComputeUsefulness(PatternMatrix matrix)
    {
        if (matrix.Places.IsEmpty) return ComputeWithoutColumns(matrix);
        var place = matrix.Places[0];
        var split = ColumnSplitter.Split(place, matrix.Rows.Select(r => r.Head.Constructor));
        var witnesses = WitnessMatrix.Empty();
        foreach (var constructor in split.Specialize)
        {
            // With constructors missing, only their witnesses are reported: `Missing` keeps fewer
            // rows than any present constructor, so it finds at least as many.
            var isRelevant = constructor is MissingConstructor || split.Missing.IsEmpty;
            var specialized = matrix.Specialize(constructor, isRelevant);
            var found = ComputeUsefulness(specialized);
            found.Apply(constructor, place.Type, split.Missing);
            witnesses.Extend(found);
            foreach (var child in specialized.Rows.Where(r => r.IsUseful))
                matrix.Rows[child.Parent].IsUseful = true;
        }
        return witnesses;
    }

    /// <summary>No column left: every value matches every row, so only guards let values pass a row.</summary>
    private static WitnessMatrix ComputeWithoutColumns(PatternMatrix matrix)
    {
        var reachesNext = true;
        foreach (var row in matrix.Rows)
        {
            row.IsUseful = reachesNext;
            reachesNext &= row.IsUnderGuard;
        }
        return reachesNext && matrix.WildcardRowIsRelevant ? WitnessMatrix.Unit() : WitnessMatrix.Empty();
    }

    private static bool ContainsError(BoundPattern pattern) => pattern.Type.ContainsError || pattern switch
    {
        BoundBindingPattern { SubPattern: { } sub } => ContainsError(sub),
        BoundOrPattern or => or.Alternatives.Any(ContainsError),
        BoundDerefPattern deref => ContainsError(deref.Inner),
        BoundTuplePattern tuple => tuple.Elements.Any(ContainsError),
        BoundArrayPattern array => array.Elements.Any(ContainsError),
        BoundVariantPattern variant => variant.Fields.Any(ContainsError),
        _ => false,
    };
}
