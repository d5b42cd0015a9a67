using System.Numerics;

namespace ToyRust.Semantics.Types;

/// <summary>Minimum and maximum of each integer type (64-bit targets).</summary>
public static class IntegerRanges
{
    public static BigInteger Min(PrimitiveKind kind) =>
        kind.IsSignedInteger() ? -(BigInteger.One << (kind.BitWidth() - 1)) : BigInteger.Zero;

    public static BigInteger Max(PrimitiveKind kind) =>
        kind.IsSignedInteger() ? (BigInteger.One << (kind.BitWidth() - 1)) - 1 : (BigInteger.One << kind.BitWidth()) - 1;

    public static bool Fits(PrimitiveKind kind, BigInteger value) => value >= Min(kind) && value <= Max(kind);

    /// <summary>Wraps a value to the type's width, two's complement, as `as` casts do.</summary>
    public static BigInteger Wrap(PrimitiveKind kind, BigInteger value)
    {
        var bits = kind.BitWidth();
        var modulus = BigInteger.One << bits;
        var r = ((value % modulus) + modulus) % modulus;
        return kind.IsSignedInteger() && r > Max(kind) ? r - modulus : r;
    }
}
