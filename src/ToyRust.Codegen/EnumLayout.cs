using System.Collections.Immutable;
using System.Numerics;

namespace ToyRust.Codegen;

/// <summary>
/// A scalar inside a value whose invalid bit patterns can stand for an enclosing enum's variants
/// without fields (rustc's *niche*): `bool` is valid in 0..=1, so an `Option&lt;bool&gt;` is `None`
/// when its byte is 2. <see cref="Path"/> leads from the value's LLVM type to the scalar, an
/// integer of <see cref="Bits"/> bits whose valid values are <see cref="Start"/>..=<see cref="End"/>,
/// counted modulo 2^Bits (the range may wrap around). A `bool` is `i1` in registers, and the enum
/// that uses its niche stores it as `i8` (<see cref="IsBool"/>), as rustc stores every `bool`.
/// </summary>
internal sealed record Niche(ImmutableArray<int> Path, uint Bits, bool IsBool, BigInteger Start, BigInteger End)
{
    private BigInteger Modulus => BigInteger.One << (int)Bits;

    /// <summary>How many bit patterns are not valid values.</summary>
    public BigInteger Available => Modulus - ((End - Start + Modulus) % Modulus + 1);

    /// <summary>The first invalid value after the valid range: the one the first reserved variant gets.</summary>
    public BigInteger FirstFree => (End + 1) % Modulus;

    /// <summary>The niche that is left once <paramref name="count"/> values after the valid range are taken.</summary>
    public Niche Reserve(BigInteger count) => this with { End = (End + count) % Modulus };

    /// <summary>The same scalar, seen from a struct that holds the value as field <paramref name="field"/>.</summary>
    public Niche Under(int field) => this with { Path = Path.Insert(0, field) };
}

/// <summary>How an enum's variant is told apart: a tag field of its own, or a niche of its one variant with data.</summary>
internal abstract record EnumLayout;

/// <summary>`{ tag, payload }`: the tag holds the discriminant; the payload, as many words as the largest variant.</summary>
internal sealed record TaggedLayout : EnumLayout
{
    public static readonly TaggedLayout Instance = new();
}

/// <summary>
/// rustc's niche-filling layout, for an enum where one variant (<see cref="Untagged"/>) has data
/// and every other one is zero-sized: the enum is that variant's struct, and variants
/// <see cref="FirstVariant"/>..=<see cref="LastVariant"/> are written as the niche's values from
/// <see cref="FirstValue"/> on (variant i as FirstValue + i − FirstVariant). Any other value of the
/// niche means the untagged variant. So `Option&lt;bool&gt;` is one byte (`None` is 2) and
/// `Option&lt;Option&lt;bool&gt;&gt;` one byte too (its `None` is 3), as in rustc.
/// </summary>
internal sealed record NicheLayout(int Untagged, Niche Niche, BigInteger FirstValue, int FirstVariant, int LastVariant) : EnumLayout
{
    /// <summary>The niche the enum itself offers to an enclosing enum: what is left after its own variants.</summary>
    public Niche Remaining => Niche.Reserve(LastVariant - FirstVariant + 1);
}
