using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Semantics.Patterns;

/// <summary>What the checker needs to know about a type: the types of a constructor's fields, and whether any value exists.</summary>
internal static class TypeShapes
{
    /// <summary>The field types of <paramref name="constructor"/> applied at <paramref name="type"/>, in order.</summary>
    public static ImmutableArray<TypeSymbol> FieldTypes(TypeSymbol type, Constructor constructor) => (type, constructor) switch
    {
        (TupleType tuple, SingleConstructor) => tuple.Elements.AsImmutable(),
        (ArrayType array, SingleConstructor) => [.. Enumerable.Repeat(array.Element, (int)array.Length)],
        (AdtType adt, SingleConstructor) when adt.Adt.Variants.Length == 1 => VariantFieldTypes(adt, adt.Adt.Variants[0]),
        (AdtType adt, VariantConstructor v) => VariantFieldTypes(adt, v.Variant),
        (ReferenceType reference, ReferenceConstructor) => [reference.Referent],
        _ => [],
    };

    public static ImmutableArray<TypeSymbol> VariantFieldTypes(AdtType adt, VariantSymbol variant) => [.. variant.Fields.Select(adt.FieldType)];

    /// <summary>
    /// True when no value of the type can exist: `!`, an empty enum, an enum whose variants all
    /// hold an uninhabited field, a struct or tuple with one. References are always inhabited, as
    /// in rustc. A type met again while deciding (only possible in erroneous recursive types) counts
    /// as inhabited.
    /// </summary>
    public static bool IsUninhabited(TypeSymbol type) => IsUninhabited(type, []);

    public static bool IsVariantUninhabited(AdtType adt, VariantSymbol variant) => IsVariantUninhabited(adt, variant, []);

    private static bool IsUninhabited(TypeSymbol type, HashSet<TypeSymbol> visiting)
    {
        if (!visiting.Add(type)) return false;
        var result = type switch
        {
            NeverType => true,
            TupleType tuple => tuple.Elements.Any(e => IsUninhabited(e, visiting)),
            ArrayType array => array.Length > 0 && IsUninhabited(array.Element, visiting),
            AdtType { Adt.IsEnum: true } adt => adt.Adt.Variants.All(v => IsVariantUninhabited(adt, v, visiting)),
            AdtType adt => adt.Adt.Variants.Any(v => IsVariantUninhabited(adt, v, visiting)),
            _ => false,
        };
        visiting.Remove(type);
        return result;
    }

    private static bool IsVariantUninhabited(AdtType adt, VariantSymbol variant, HashSet<TypeSymbol> visiting) =>
        variant.Fields.Any(f => IsUninhabited(adt.FieldType(f), visiting));
}
