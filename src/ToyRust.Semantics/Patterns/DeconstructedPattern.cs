using System.Collections.Immutable;
using System.Numerics;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;

namespace ToyRust.Semantics.Patterns;

/// <summary>
/// A pattern as the usefulness algorithm sees it: a constructor and one sub-pattern per field
/// (for an or-pattern, one per alternative). Bindings become wildcards, `x @ p` becomes `p`,
/// literals become constructors: `5` is the range `5..=5`, `"a"` is `&amp;` around an opaque value.
/// </summary>
internal sealed record DeconstructedPattern(Constructor Constructor, ImmutableArray<DeconstructedPattern> Fields)
{
    public static readonly DeconstructedPattern Wildcard = new(WildcardConstructor.Instance, []);

    /// <summary>
    /// Lowers <paramref name="pattern"/> as a pattern of <paramref name="type"/>. Field types come
    /// from the matched type, not from the patterns. A pattern that does not fit its type (only
    /// after an error was reported) lowers to a wildcard.
    /// </summary>
    public static DeconstructedPattern Lower(BoundPattern pattern, TypeSymbol type) => pattern switch
    {
        BoundBindingPattern { SubPattern: { } sub } => Lower(sub, type),
        BoundOrPattern or => new(OrConstructor.Instance, [.. or.Alternatives.Select(a => Lower(a, type))]),
        BoundDerefPattern deref when type is ReferenceType reference => new(ReferenceConstructor.Instance, [Lower(deref.Inner, reference.Referent)]),
        BoundTuplePattern tuple => LowerFields(SingleConstructor.Instance, tuple.Elements, type),
        BoundArrayPattern array => LowerFields(SingleConstructor.Instance, array.Elements, type),
        BoundVariantPattern variant when type is AdtType adt && variant.Variant.Owner == adt.Adt =>
            LowerFields(adt.Adt.IsEnum ? new VariantConstructor(variant.Variant) : SingleConstructor.Instance, variant.Fields, type),
        BoundLiteralPattern literal => LowerLiteral(literal.Value, type),
        BoundRangePattern range when type is PrimitiveType p && IsRangeKind(p.Kind) => new(IntegerDomain.Range(p.Kind, range.Low, range.Last), []),
        _ => Wildcard,
    };

    private static DeconstructedPattern LowerFields(Constructor constructor, ImmutableArray<BoundPattern> fields, TypeSymbol type)
    {
        var fieldTypes = TypeShapes.FieldTypes(type, constructor);
        if (fieldTypes.Length != fields.Length) return Wildcard;
        return new(constructor, [.. fields.Select((f, i) => Lower(f, fieldTypes[i]))]);
    }

    private static DeconstructedPattern LowerLiteral(object value, TypeSymbol type) => (value, type) switch
    {
        (bool b, PrimitiveType { Kind: PrimitiveKind.Bool }) => new(new BoolConstructor(b), []),
        (BigInteger or int or long, PrimitiveType p) when IsRangeKind(p.Kind) => Singleton(ToBigInteger(value)),
        (string, ReferenceType { Referent: PrimitiveType { Kind: PrimitiveKind.Str } }) => new(ReferenceConstructor.Instance, [new(new OpaqueConstructor(value), [])]),
        _ => new(new OpaqueConstructor(value), []),
    };

    private static DeconstructedPattern Singleton(BigInteger value) => new(new RangeConstructor(value, value), []);

    private static BigInteger ToBigInteger(object value) => value switch
    {
        BigInteger n => n,
        int n => n,
        _ => (long)value,
    };

    private static bool IsRangeKind(PrimitiveKind kind) => kind == PrimitiveKind.Char || kind.IsInteger();
}
