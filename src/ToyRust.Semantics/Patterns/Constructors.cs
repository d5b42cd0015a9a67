using System.Numerics;
using ToyRust.Semantics.Symbols;

namespace ToyRust.Semantics.Patterns;

/// <summary>
/// The head of a pattern or of a value: what it is built with, ignoring its fields. `Some(3)` has
/// the constructor `Some` and one field; `(a, b)` has the single tuple constructor and two fields;
/// `3..=7` is an integer range constructor with no fields.
/// </summary>
internal abstract record Constructor
{
    /// <summary>
    /// Whether every value built with this constructor matches a pattern headed by
    /// <paramref name="other"/>. Only called on constructors produced by splitting a column, which
    /// are never larger than a column constructor they intersect.
    /// </summary>
    public bool IsCoveredBy(Constructor other) => other is WildcardConstructor || CoveredBySameKind(other);

    protected virtual bool CoveredBySameKind(Constructor other) => false;

    /// <summary>Wildcards print as `_`; so do the placeholders that stand for "some value".</summary>
    public bool PrintsAsWildcard => this is WildcardConstructor or NonExhaustiveConstructor or NeverConstructor or MissingConstructor;
}

/// <summary>`_` and bindings without a sub-pattern: every value.</summary>
internal sealed record WildcardConstructor : Constructor
{
    public static readonly WildcardConstructor Instance = new();
}

/// <summary>`true` or `false`.</summary>
internal sealed record BoolConstructor(bool Value) : Constructor
{
    protected override bool CoveredBySameKind(Constructor other) => other == this;
}

/// <summary>One variant of an enum; its fields are the variant's fields.</summary>
internal sealed record VariantConstructor(VariantSymbol Variant) : Constructor
{
    protected override bool CoveredBySameKind(Constructor other) => other is VariantConstructor v && v.Variant == Variant;
}

/// <summary>The only constructor of a struct, a tuple or a fixed-size array.</summary>
internal sealed record SingleConstructor : Constructor
{
    public static readonly SingleConstructor Instance = new();

    protected override bool CoveredBySameKind(Constructor other) => other is SingleConstructor;
}

/// <summary>`&amp;p`: the only constructor of a reference type, with the referent as its field.</summary>
internal sealed record ReferenceConstructor : Constructor
{
    public static readonly ReferenceConstructor Instance = new();

    protected override bool CoveredBySameKind(Constructor other) => other is ReferenceConstructor;
}

/// <summary>
/// The integers (or char code points) <see cref="Low"/> to <see cref="High"/>, both included.
/// `usize` and `isize` have a fictitious value past each open end (see <see cref="IntegerDomain"/>).
/// </summary>
internal sealed record RangeConstructor(BigInteger Low, BigInteger High) : Constructor
{
    protected override bool CoveredBySameKind(Constructor other) => other is RangeConstructor r && r.Low <= Low && High <= r.High;
}

/// <summary>
/// A value of a type with too many values to list (a string or float literal): it covers only
/// an equal value. An empty range like `5..5` is an opaque constructor equal to nothing.
/// </summary>
internal sealed record OpaqueConstructor(object Value) : Constructor
{
    protected override bool CoveredBySameKind(Constructor other) => other is OpaqueConstructor o && Equals(o.Value, Value);
}

/// <summary>Or-patterns: their fields are the alternatives. Rows are expanded so an or-pattern never heads a row.</summary>
internal sealed record OrConstructor : Constructor
{
    public static readonly OrConstructor Instance = new();
}

/// <summary>"Every constructor of the type not in this column": specializing by it keeps the wildcard rows.</summary>
internal sealed record MissingConstructor : Constructor
{
    public static readonly MissingConstructor Instance = new();
}

/// <summary>The constructors of a type that cannot be listed (strings, floats); printed `_`.</summary>
internal sealed record NonExhaustiveConstructor : Constructor
{
    public static readonly NonExhaustiveConstructor Instance = new();
}

/// <summary>Stands for the absent constructors of an empty type (`!`, `enum Void {}`); printed `_`.</summary>
internal sealed record NeverConstructor : Constructor
{
    public static readonly NeverConstructor Instance = new();
}
