using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Patterns;

/// <summary>A pattern of a value no arm matches, e.g. `Some((false, _))`.</summary>
internal sealed record WitnessPattern(Constructor Constructor, TypeSymbol Type, ImmutableArray<WitnessPattern> Fields)
{
    /// <summary>`c(_, …, _)`: the constructor with wildcard fields.</summary>
    public static WitnessPattern WildFrom(Constructor constructor, TypeSymbol type) =>
        new(constructor, type, [.. TypeShapes.FieldTypes(type, constructor).Select(t => new WitnessPattern(WildcardConstructor.Instance, t, []))]);
}

/// <summary>
/// Witnesses for the columns of one matrix: each row is one unmatched value per column. Going
/// back up a specialization by constructor c, the first arity(c) patterns of each row become
/// the fields of a `c(…)` pattern (<see cref="Apply"/>).
/// </summary>
internal sealed class WitnessMatrix
{
    private readonly List<ImmutableArray<WitnessPattern>> _rows;

    private WitnessMatrix(List<ImmutableArray<WitnessPattern>> rows) => _rows = rows;

    public static WitnessMatrix Empty() => new([]);

    /// <summary>The matrix with no columns and one row: "the empty tuple is not covered".</summary>
    public static WitnessMatrix Unit() => new([[]]);

    public IEnumerable<WitnessPattern> SingleColumn => _rows.Select(r => r[0]);

    public void Extend(WitnessMatrix other) => _rows.AddRange(other._rows);

    /// <summary>
    /// Undoes a specialization by <paramref name="constructor"/> of a column of <paramref name="type"/>.
    /// For <see cref="MissingConstructor"/> each row is repeated once per missing constructor.
    /// </summary>
    public void Apply(Constructor constructor, TypeSymbol type, ImmutableArray<Constructor> missing)
    {
        if (constructor is MissingConstructor)
        {
            var rows = missing.SelectMany(m => _rows.Select(r => r.Insert(0, WitnessPattern.WildFrom(m, type)))).ToList();
            _rows.Clear();
            _rows.AddRange(rows);
            return;
        }
        var arity = TypeShapes.FieldTypes(type, constructor).Length;
        for (var i = 0; i < _rows.Count; i++)
        {
            var fields = _rows[i][..arity];
            _rows[i] = _rows[i][arity..].Insert(0, new WitnessPattern(constructor, type, fields));
        }
    }
}

/// <summary>
/// Prints witnesses as rustc 1.95 does in E0004 (rustc_pattern_analysis `print.rs`): `Dir::West`,
/// `None`/`Some(_)`/`Ok(_)`/`Err(_)` without their enum (prelude), `Point(_, _)`, `(true,)`,
/// `P { x: false, .. }` (only non-wildcard fields, then `..` when any was left out), `Shape::Circle { .. }`,
/// `&amp;None`, `[false, _]`, integer ranges like `i32::MIN..=-1_i32`, chars like `'\0'..='`'`.
/// A variant is printed without its enum when the prelude imports its name (<paramref name="importedVariants"/>).
/// </summary>
internal sealed class WitnessPrinter(IReadOnlySet<VariantSymbol> importedVariants)
{
    public string Print(WitnessPattern pattern) => pattern.Constructor switch
    {
        _ when pattern.Constructor.PrintsAsWildcard => "_",
        BoolConstructor b => b.Value ? "true" : "false",
        RangeConstructor r when pattern.Type is PrimitiveType p => IntegerDomain.Format(p.Kind, r),
        ReferenceConstructor => "&" + Print(pattern.Fields[0]),
        SingleConstructor or VariantConstructor => PrintStructLike(pattern),
        _ => "_",
    };

    private string PrintStructLike(WitnessPattern pattern) => pattern.Type switch
    {
        TupleType => $"({string.Join(", ", pattern.Fields.Select(Print))}{(pattern.Fields.Length == 1 ? "," : "")})",
        ArrayType => $"[{string.Join(", ", pattern.Fields.Select(Print))}]",
        AdtType adt when Variant(adt, pattern.Constructor) is { } variant => PrintVariant(adt, variant, pattern.Fields),
        _ => "_",
    };

    private static VariantSymbol? Variant(AdtType adt, Constructor constructor) => constructor switch
    {
        VariantConstructor v => v.Variant,
        _ => adt.Adt.Variants.Length == 1 ? adt.Adt.Variants[0] : null,
    };

    private string PrintVariant(AdtType adt, VariantSymbol variant, ImmutableArray<WitnessPattern> fields)
    {
        var name = !adt.Adt.IsEnum ? adt.Adt.Name
            : importedVariants.Contains(variant) ? variant.Name
            : $"{adt.Adt.Name}::{variant.Name}";
        if (variant.Kind == StructKind.Named) return $"{name} {{ {NamedFields(variant, fields)} }}";
        return fields.IsEmpty ? name : $"{name}({string.Join(", ", fields.Select(Print))})";
    }

    /// <summary>`x: false, ..`: a field that is a wildcard is left out, and `..` stands for them.</summary>
    private string NamedFields(VariantSymbol variant, ImmutableArray<WitnessPattern> fields)
    {
        var printed = fields
            .Select((f, i) => (Field: f, Name: variant.Fields[i].Name))
            .Where(p => !p.Field.Constructor.PrintsAsWildcard)
            .Select(p => $"{p.Name}: {Print(p.Field)}")
            .ToList();
        if (printed.Count < fields.Length) printed.Add("..");
        return string.Join(", ", printed);
    }
}
