using System.Globalization;
using System.Numerics;
using System.Text;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Parsing;

/// <summary>
/// Decodes the text of literal tokens as rustc does (Rust Reference, "Tokens"), reporting
/// invalid ones: digits that do not fit the base, unknown suffixes, integers above u128::MAX,
/// unknown escapes. Each method takes the token text and its start offset so that errors can
/// point at the exact character.
/// </summary>
internal static class LiteralDecoder
{
    private static readonly BigInteger U128Max = (BigInteger.One << 128) - 1;

    private static readonly HashSet<string> IntegerSuffixes =
        ["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"];

    private static readonly HashSet<string> FloatSuffixes = ["f32", "f64"];

    /// <summary>An integer token (`123`, `0xff_u8`, `1f64`): an integer, or a float when the suffix is `f32`/`f64`.</summary>
    public sealed record NumberResult(BigInteger Integer, double Float, string FloatText, string? Suffix, bool IsFloat);

    public static NumberResult DecodeInteger(string text, int start, List<Diagnostic> diagnostics)
    {
        var span = new TextSpan(start, text.Length);
        var radix = 10;
        var position = 0;
        if (text.Length >= 2 && text[0] == '0' && text[1] is 'x' or 'o' or 'b')
        {
            radix = text[1] switch { 'x' => 16, 'o' => 8, _ => 2 };
            position = 2;
        }
        var digitsStart = position;
        while (position < text.Length && IsDigitOrUnderscore(text[position], radix == 16 ? 16 : 10)) position++;
        var digits = text[digitsStart..position];
        var suffix = position < text.Length ? text[position..] : null;

        if (!digits.Any(c => c != '_'))
        {
            diagnostics.Add(SyntaxErrors.NoValidDigits(span));
            return new NumberResult(BigInteger.Zero, 0, "0", null, false);
        }
        for (var i = 0; i < digits.Length; i++)
        {
            if (digits[i] != '_' && DigitValue(digits[i]) >= radix)
            {
                diagnostics.Add(SyntaxErrors.InvalidDigit(new TextSpan(start + digitsStart + i, 1), radix));
                return new NumberResult(BigInteger.Zero, 0, "0", null, false);
            }
        }
        var clean = digits.Replace("_", "", StringComparison.Ordinal);
        if (suffix is not null && radix == 10 && FloatSuffixes.Contains(suffix))
        {
            return new NumberResult(BigInteger.Zero, double.Parse(clean, CultureInfo.InvariantCulture), clean, suffix, true);
        }
        if (suffix is not null && !IntegerSuffixes.Contains(suffix))
        {
            diagnostics.Add(SyntaxErrors.InvalidSuffix(span, "number", suffix));
            suffix = null;
        }
        // Stop as soon as the value passes u128::MAX: a million-digit literal must not cost a
        // million BigInteger multiplications of growing size.
        var value = BigInteger.Zero;
        foreach (var c in clean)
        {
            value = value * radix + DigitValue(c);
            if (value > U128Max)
            {
                diagnostics.Add(SyntaxErrors.IntegerTooLarge(span));
                return new NumberResult(BigInteger.Zero, 0, clean, suffix, false);
            }
        }
        return new NumberResult(value, 0, clean, suffix, false);
    }

    /// <summary>A float token: `1.5`, `1e10`, `2.5E-3f32`, `1.`.</summary>
    public static NumberResult DecodeFloat(string text, int start, List<Diagnostic> diagnostics)
    {
        var position = 0;
        while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] is '_' or '.')) position++;
        if (position < text.Length && text[position] is 'e' or 'E')
        {
            position++;
            if (position < text.Length && text[position] is '+' or '-') position++;
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '_')) position++;
        }
        var number = text[..position].Replace("_", "", StringComparison.Ordinal);
        var suffix = position < text.Length ? text[position..] : null;
        if (suffix is not null && !FloatSuffixes.Contains(suffix))
        {
            diagnostics.Add(SyntaxErrors.InvalidSuffix(new TextSpan(start, text.Length), "float", suffix));
            suffix = null;
        }
        var parsed = double.Parse(number.EndsWith('.') ? number + "0" : number, NumberStyles.Float, CultureInfo.InvariantCulture);
        return new NumberResult(BigInteger.Zero, parsed, number, suffix, true);
    }

    /// <summary>`'a'`, `'\n'`, `'\u{1F600}'` (text with quotes) → the scalar value.</summary>
    public static int DecodeChar(string text, int start, List<Diagnostic> diagnostics)
    {
        var body = text[1..^1];
        var value = Unescape(body, start + 1, EscapeMode.Char, diagnostics);
        var runes = value.EnumerateRunes().ToList();
        if (runes.Count != 1)
        {
            if (runes.Count > 1) diagnostics.Add(SyntaxErrors.CharLiteralOneCodepoint(new TextSpan(start, text.Length)));
            return 0;
        }
        return runes[0].Value;
    }

    /// <summary>`b'a'`, `b'\xff'` (text with `b` and quotes) → the byte.</summary>
    public static byte DecodeByte(string text, int start, List<Diagnostic> diagnostics)
    {
        var body = text[2..^1];
        var value = Unescape(body, start + 2, EscapeMode.Byte, diagnostics);
        if (value.Length != 1) return 0;
        return value[0] > 0xFF ? (byte)0 : (byte)value[0];
    }

    /// <summary>The contents of `"..."` (without quotes), escapes decoded.</summary>
    public static string DecodeString(string body, int contentStart, List<Diagnostic> diagnostics) =>
        Unescape(body, contentStart, EscapeMode.String, diagnostics);

    /// <summary>The contents of a raw string: no escapes; CRLF becomes LF as in rustc.</summary>
    public static string DecodeRawString(string body) => body.Replace("\r\n", "\n", StringComparison.Ordinal);

    private enum EscapeMode
    {
        Char,
        Byte,
        String,
    }

    private static string Unescape(string body, int offset, EscapeMode mode, List<Diagnostic> diagnostics)
    {
        if (mode != EscapeMode.Byte && !body.Contains('\\') && !body.Contains('\r')) return body;
        var sb = new StringBuilder(body.Length);
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (c == '\r' && i + 1 < body.Length && body[i + 1] == '\n')
            {
                i++;
                continue;
            }
            if (c != '\\')
            {
                if (mode == EscapeMode.Byte && c > 0x7F) diagnostics.Add(SyntaxErrors.NonAsciiByte(new TextSpan(offset + i, 1)));
                sb.Append(c);
                i++;
                continue;
            }
            if (i + 1 >= body.Length)
            {
                diagnostics.Add(SyntaxErrors.InvalidEscape(new TextSpan(offset + i, 1), "unterminated escape"));
                break;
            }
            var kind = body[i + 1];
            var escapeStart = i;
            i += 2;
            switch (kind)
            {
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case '\\': sb.Append('\\'); break;
                case '0': sb.Append('\0'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'x':
                    i = DecodeHexEscape(body, i, offset + escapeStart, mode, sb, diagnostics);
                    break;
                case 'u' when mode != EscapeMode.Byte:
                    i = DecodeUnicodeEscape(body, i, offset + escapeStart, sb, diagnostics);
                    break;
                case '\n' or '\r' when mode == EscapeMode.String:
                    // Line continuation: skip the newline and the whitespace that follows it.
                    while (i < body.Length && body[i] is ' ' or '\t' or '\n' or '\r') i++;
                    break;
                default:
                    diagnostics.Add(SyntaxErrors.UnknownCharacterEscape(new TextSpan(offset + escapeStart + 1, 1), kind.ToString()));
                    break;
            }
        }
        return sb.ToString();
    }

    // `\x7F`: exactly two hex digits; at most 0x7F except in byte literals.
    private static int DecodeHexEscape(string body, int i, int escapeOffset, EscapeMode mode, StringBuilder sb, List<Diagnostic> diagnostics)
    {
        if (i + 2 > body.Length || !char.IsAsciiHexDigit(body[i]) || !char.IsAsciiHexDigit(body[i + 1]))
        {
            diagnostics.Add(SyntaxErrors.InvalidEscape(new TextSpan(escapeOffset, Math.Min(4, body.Length - (i - 2))), "invalid character in numeric character escape"));
            return Math.Min(i + 2, body.Length);
        }
        var value = int.Parse(body.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (value > 0x7F && mode != EscapeMode.Byte)
        {
            diagnostics.Add(SyntaxErrors.InvalidEscape(new TextSpan(escapeOffset, 4), "out of range hex escape"));
        }
        sb.Append((char)value);
        return i + 2;
    }

    // `\u{1F600}`: 1 to 6 hex digits (underscores allowed), a Unicode scalar value.
    private static int DecodeUnicodeEscape(string body, int i, int escapeOffset, StringBuilder sb, List<Diagnostic> diagnostics)
    {
        var close = i < body.Length && body[i] == '{' ? body.IndexOf('}', i) : -1;
        if (close < 0)
        {
            diagnostics.Add(SyntaxErrors.InvalidEscape(new TextSpan(escapeOffset, 2), "incorrect unicode escape sequence"));
            return i;
        }
        var digits = body[(i + 1)..close].Replace("_", "", StringComparison.Ordinal);
        var span = new TextSpan(escapeOffset, close + 1 - (i - 2));
        if (digits.Length is 0 or > 6 || !digits.All(char.IsAsciiHexDigit))
        {
            diagnostics.Add(SyntaxErrors.InvalidEscape(span, digits.Length > 6 ? "overlong unicode escape" : "invalid unicode character escape"));
            return close + 1;
        }
        var value = int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (!Rune.IsValid(value))
        {
            diagnostics.Add(SyntaxErrors.InvalidEscape(span, "invalid unicode character escape"));
            return close + 1;
        }
        sb.Append(new Rune(value).ToString());
        return close + 1;
    }

    private static bool IsDigitOrUnderscore(char c, int radix) =>
        c == '_' || char.IsAsciiDigit(c) || (radix == 16 && char.IsAsciiHexDigit(c));

    private static int DigitValue(char c) =>
        c is >= '0' and <= '9' ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10;
}
