using System.Text;

namespace ToyRust.Analysis.Demangling;

/// <summary>
/// Punycode (RFC 3492) decoding as v0 identifiers use it: `u&lt;len&gt;[ascii_]digits`, digits
/// lower-case `a-z` then `0-9`. The basic code points come first; each delta inserts one code point.
/// Digits that end inside a delta decode to the empty string, as in libiberty (which then prints
/// nothing for the identifier); a bad digit or an out-of-range code point is an error.
/// </summary>
internal static class Punycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int InitialBias = 72;
    private const int InitialN = 0x80;

    public static string Decode(ReadOnlySpan<char> basic, ReadOnlySpan<char> digits)
    {
        var output = new List<int>(basic.Length + digits.Length);
        foreach (var c in basic)
            output.Add(c);
        long i = 0, n = InitialN;
        int bias = InitialBias, pos = 0;
        bool first = true;
        while (pos < digits.Length)
        {
            long delta = ReadDelta(digits, ref pos, bias);
            if (delta < 0)
                return "";
            i += delta;
            n += i / (output.Count + 1);
            i %= output.Count + 1;
            if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF))
                throw new DemangleException("punycode code point out of range");
            output.Insert((int)i, (int)n);
            i++;
            bias = Adapt(delta, output.Count, first);
            first = false;
        }
        return ToUtf16(output);
    }

    private static long ReadDelta(ReadOnlySpan<char> digits, ref int pos, int bias)
    {
        long delta = 0, w = 1;
        for (int k = Base; ; k += Base)
        {
            if (pos >= digits.Length)
                return -1;
            int d = DigitValue(digits[pos++]);
            delta += d * w;
            int t = Math.Clamp(k - bias, TMin, TMax);
            if (d < t)
                return delta;
            w *= Base - t;
            if (delta > int.MaxValue || w > int.MaxValue)
                throw new DemangleException("punycode overflow");
        }
    }

    private static int DigitValue(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + (c - '0'),
        _ => throw new DemangleException("bad punycode digit"),
    };

    private static int Adapt(long delta, int count, bool first)
    {
        delta /= first ? 700 : 2;
        delta += delta / count;
        int k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }
        return (int)(k + ((Base - TMin + 1) * delta) / (delta + Skew));
    }

    private static string ToUtf16(List<int> codePoints)
    {
        var sb = new StringBuilder(codePoints.Count);
        foreach (var cp in codePoints)
            sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }
}
