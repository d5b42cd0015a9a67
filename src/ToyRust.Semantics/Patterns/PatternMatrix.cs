using System.Collections.Immutable;
using ToyRust.Semantics.Types;

namespace ToyRust.Semantics.Patterns;

/// <summary>
/// A column of the matrix: the type of the value matched there, whether it is the scrutinee
/// itself, and whether the value is known to be valid. Behind a reference it may not be (rustc
/// leaves open whether `&amp;!` can exist), so an empty type there must still be matched.
/// </summary>
internal sealed record Place(TypeSymbol Type, bool IsScrutinee, bool IsKnownValid);

/// <summary>One row: the patterns left to match, and the row of the parent matrix it came from.</summary>
internal sealed class MatrixRow(ImmutableArray<DeconstructedPattern> patterns, int parent, bool isUnderGuard)
{
    public ImmutableArray<DeconstructedPattern> Patterns { get; } = patterns;

    /// <summary>The row of the parent matrix (at the top, the arm) this row was specialized from.</summary>
    public int Parent { get; } = parent;

    public bool IsUnderGuard { get; } = isUnderGuard;

    /// <summary>Set by the algorithm: some value reaches this row and matches it.</summary>
    public bool IsUseful { get; set; }

    public DeconstructedPattern Head => Patterns[0];
}

/// <summary>
/// The rows of a match, all of the same width, one <see cref="Place"/> per column. The implicit
/// last row `_, _, …` is the "wildcard row" whose usefulness means non-exhaustiveness; it is
/// relevant only in branches whose witnesses will be reported.
/// </summary>
internal sealed class PatternMatrix(ImmutableArray<Place> places, bool wildcardRowIsRelevant)
{
    public ImmutableArray<Place> Places { get; } = places;

    public List<MatrixRow> Rows { get; } = [];

    public bool WildcardRowIsRelevant { get; } = wildcardRowIsRelevant;

    /// <summary>Adds a row, one row per alternative when it starts with an or-pattern (recursively).</summary>
    public void Push(MatrixRow row)
    {
        if (row.Patterns.IsEmpty || row.Head.Constructor is not OrConstructor)
        {
            Rows.Add(row);
            return;
        }
        foreach (var alternative in row.Head.Fields)
            Push(new MatrixRow(row.Patterns.SetItem(0, alternative), row.Parent, row.IsUnderGuard));
    }

    /// <summary>
    /// The rows that match values built with <paramref name="constructor"/>, with the head replaced
    /// by its fields (a wildcard head becomes as many wildcards as there are fields).
    /// </summary>
    public PatternMatrix Specialize(Constructor constructor, bool constructorIsRelevant)
    {
        var place = Places[0];
        var fieldTypes = TypeShapes.FieldTypes(place.Type, constructor);
        var fieldsAreValid = place.IsKnownValid && constructor is not ReferenceConstructor;
        var result = new PatternMatrix(
            [.. fieldTypes.Select(t => new Place(t, IsScrutinee: false, fieldsAreValid)), .. Places.RemoveAt(0)],
            WildcardRowIsRelevant && constructorIsRelevant);
        for (var i = 0; i < Rows.Count; i++)
        {
            if (constructor.IsCoveredBy(Rows[i].Head.Constructor))
                result.Push(PopHead(Rows[i], fieldTypes.Length, i));
        }
        return result;
    }

    private static MatrixRow PopHead(MatrixRow row, int arity, int parent)
    {
        var head = row.Head;
        var fields = head.Fields.Length == arity && head.Constructor is not WildcardConstructor
            ? head.Fields
            : [.. Enumerable.Repeat(DeconstructedPattern.Wildcard, arity)];
        return new MatrixRow([.. fields, .. row.Patterns.RemoveAt(0)], parent, row.IsUnderGuard);
    }
}
