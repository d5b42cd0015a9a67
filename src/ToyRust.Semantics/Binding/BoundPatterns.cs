using System.Collections.Immutable;
using System.Numerics;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Patterns of `let`, parameters, `for`, `match`, `if let`, `while let`. Every pattern has the
/// type of the value it matches. Rust's default binding modes are already applied: matching a
/// `&amp;Option&lt;i32&gt;` with `Some(x)` appears here as a <see cref="BoundDerefPattern"/> around
/// the variant pattern, with `x` bound by reference.
/// </summary>
public abstract record BoundPattern(TextSpan Span, TypeSymbol Type) : BoundNode(Span);

/// <summary>`_`, and the fields a pattern leaves out (`..`, `P { x, .. }`).</summary>
public sealed record BoundWildcardPattern(TextSpan Span, TypeSymbol Type) : BoundPattern(Span, Type);

/// <summary>
/// `x`, `mut x`, `ref x`, `x @ subpattern`. With <see cref="ByReference"/> the local holds a
/// reference to the matched place (its type is `&amp;Type`); otherwise a copy of the value.
/// </summary>
public sealed record BoundBindingPattern(TextSpan Span, TypeSymbol Type, LocalSymbol Local, bool ByReference, BoundPattern? SubPattern) : BoundPattern(Span, Type);

/// <summary>A literal: BigInteger (integers), bool, int (char code point), string.</summary>
public sealed record BoundLiteralPattern(TextSpan Span, TypeSymbol Type, object Value) : BoundPattern(Span, Type);

/// <summary>`lo..=hi`, `lo..hi`, `lo..`, `..=hi` over integers or chars (chars as code points); a missing bound is the type's end.</summary>
public sealed record BoundRangePattern(TextSpan Span, TypeSymbol Type, BigInteger Low, BigInteger High, bool IsInclusive) : BoundPattern(Span, Type)
{
    /// <summary>The inclusive upper bound.</summary>
    public BigInteger Last => IsInclusive ? High : High - 1;
}

/// <summary>`(a, b)`; a `..` has already been expanded into wildcards.</summary>
public sealed record BoundTuplePattern(TextSpan Span, TypeSymbol Type, ImmutableArray<BoundPattern> Elements) : BoundPattern(Span, Type);

/// <summary>`[a, b, ..]` against a fixed-size array; a `..` has already been expanded into wildcards.</summary>
public sealed record BoundArrayPattern(TextSpan Span, TypeSymbol Type, ImmutableArray<BoundPattern> Elements) : BoundPattern(Span, Type);

/// <summary>
/// A struct or enum variant: `Some(x)`, `P { x, y: 0 }`, `Color::Red`. <see cref="Fields"/> has
/// one pattern per field of the variant, in declaration order (omitted fields are wildcards).
/// </summary>
public sealed record BoundVariantPattern(TextSpan Span, TypeSymbol Type, VariantSymbol Variant, ImmutableArray<BoundPattern> Fields) : BoundPattern(Span, Type);

/// <summary>`a | b | c`.</summary>
public sealed record BoundOrPattern(TextSpan Span, TypeSymbol Type, ImmutableArray<BoundPattern> Alternatives) : BoundPattern(Span, Type);

/// <summary>`&amp;p`, or an implicit dereference by the default binding modes. Type is the reference type; Inner matches the referent.</summary>
public sealed record BoundDerefPattern(TextSpan Span, TypeSymbol Type, BoundPattern Inner) : BoundPattern(Span, Type);
