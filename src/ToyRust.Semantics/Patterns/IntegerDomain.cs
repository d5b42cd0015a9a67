using System.Collections.Immutable;
using System.Numerics;
using ToyRust.Semantics.Types;

namespace ToyRust.Semantics.Patterns;

/// <summary>
/// The values of an integer or char type as ranges of integers. rustc (RFC 2591) refuses to let
/// a match on `usize`/`isize` depend on the target's pointer width: `0..=usize::MAX` is not
/// exhaustive, only `0..` is. It models a value past each open end; so do we, with the fictitious
/// points `Max + 1` (and `Min - 1` for `isize`). The bound tree writes `lo..` with the type's
/// maximum as its end, so a range pattern reaching `usize::MAX` is read as `lo..`.
/// </summary>
internal static class IntegerDomain
{
    /// <summary>The ranges a wildcard of the type covers: chars skip the surrogates D800–DFFF.</summary>
    public static ImmutableArray<RangeConstructor> TypeRanges(PrimitiveKind kind) => kind == PrimitiveKind.Char
        ? [new(0, 0xD7FF), new(0xE000, 0x10FFFF)]
        : [new(Lowest(kind), Highest(kind))];

    /// <summary>The range pattern `lo..=hi` (inclusive end already computed) over this type.</summary>
    public static Constructor Range(PrimitiveKind kind, BigInteger low, BigInteger high)
    {
        if (low > high) return new OpaqueConstructor(new object());
        if (IsPointerSized(kind) && high == IntegerRanges.Max(kind)) high = Highest(kind);
        if (kind == PrimitiveKind.Isize && low == IntegerRanges.Min(kind)) low = Lowest(kind);
        return new RangeConstructor(low, high);
    }

    /// <summary>
    /// rustc's text for a missing range: `5_i32`, `i32::MIN..=-1_i32`, `3_u8..=u8::MAX`, `2_usize..`,
    /// `..=-1_isize`, `6_u128..`, `'a'..='z'`.
    /// </summary>
    public static string Format(PrimitiveKind kind, RangeConstructor range)
    {
        var openLow = range.Low < Min(kind);
        // rustc stores range ends as exclusive u128s: a 128-bit range reaching MAX ends at +∞ and prints `6_u128..`.
        var openHigh = range.High > Max(kind) || (Is128Bit(kind) && range.High == Max(kind) && range.Low != range.High);
        if (openLow && openHigh) return "_";
        if (range.Low == range.High && !openLow && !openHigh) return FormatValue(kind, range.Low);
        var low = openLow ? "" : FormatValue(kind, BigInteger.Min(range.Low, Max(kind)));
        if (openHigh) return low + "..";
        return range.High < Min(kind) ? $"{low}..{FormatValue(kind, Min(kind))}" : $"{low}..={FormatValue(kind, range.High)}";
    }

    private static string FormatValue(PrimitiveKind kind, BigInteger value)
    {
        if (kind == PrimitiveKind.Char) return CharLiteral.Format((int)value);
        var name = kind.Name();
        if (kind.IsSignedInteger() && value == IntegerRanges.Min(kind)) return $"{name}::MIN";
        if (value == IntegerRanges.Max(kind)) return $"{name}::MAX";
        return $"{value}_{name}";
    }

    private static bool Is128Bit(PrimitiveKind kind) => kind is PrimitiveKind.U128 or PrimitiveKind.I128;

    private static bool IsPointerSized(PrimitiveKind kind) => kind is PrimitiveKind.Usize or PrimitiveKind.Isize;

    private static BigInteger Min(PrimitiveKind kind) => kind == PrimitiveKind.Char ? 0 : IntegerRanges.Min(kind);

    private static BigInteger Max(PrimitiveKind kind) => kind == PrimitiveKind.Char ? 0x10FFFF : IntegerRanges.Max(kind);

    private static BigInteger Lowest(PrimitiveKind kind) => kind == PrimitiveKind.Isize ? Min(kind) - 1 : Min(kind);

    private static BigInteger Highest(PrimitiveKind kind) => IsPointerSized(kind) ? Max(kind) + 1 : Max(kind);
}
