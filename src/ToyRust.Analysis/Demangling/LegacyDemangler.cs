using System.Text;

namespace ToyRust.Analysis.Demangling;

/// <summary>
/// The legacy scheme: `_ZN` then length-prefixed segments then `17h&lt;16 hex digits&gt;E`, optionally
/// followed by `.suffix`es. Accepted exactly when libiberty accepts it: only `[_0-9a-zA-Z.:$@]`, the
/// `E` that ends the name is the last one followed by `.` or the end, and the hash has at least 5
/// distinct hex digits. Segments decode `$LT$`-style and `$uXX$` escapes, `..` as `::`, and a
/// leading `_$` loses its `_`; an unknown escape makes the rest of its segment print verbatim.
/// </summary>
internal static class LegacyDemangler
{
    private const int HashSegmentLength = 17;

    /// <summary>The demangled name of the `_ZN` name whose segments start at <paramref name="start"/>, or null.</summary>
    public static string? Demangle(string text, int start)
    {
        if (!HasLegacyCharacters(text, start))
            return null;
        int end = FindEnd(text, start);
        if (end < 0)
            return null;
        var segments = SplitSegments(text, start, end);
        if (segments is null || segments.Count < 2 || !IsHash(segments[^1]))
            return null;
        var sb = new StringBuilder();
        for (int i = 0; i < segments.Count - 1; i++)
        {
            if (i > 0)
                sb.Append("::");
            AppendSegment(sb, segments[i]);
        }
        return sb.ToString();
    }

    private static bool HasLegacyCharacters(string text, int start)
    {
        foreach (var c in text.AsSpan(start))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '$' or '.' or ':' or '@'))
                return false;
        }
        return true;
    }

    /// <summary>The index of the closing `E`: the last `E` at the end or followed by `.`; -1 if none.</summary>
    private static int FindEnd(string text, int start)
    {
        for (int i = text.Length - 1; i >= start; i--)
        {
            if (text[i] == 'E' && (i == text.Length - 1 || text[i + 1] == '.'))
                return i;
        }
        return -1;
    }

    private static List<string>? SplitSegments(string text, int start, int end)
    {
        var segments = new List<string>();
        int pos = start;
        while (pos < end)
        {
            if (text[pos] == '0')
                return null;
            int length = 0;
            while (pos < end && char.IsAsciiDigit(text[pos]) && length <= end)
                length = length * 10 + (text[pos++] - '0');
            if (length == 0 || length > end - pos)
                return null;
            segments.Add(text.Substring(pos, length));
            pos += length;
        }
        return segments;
    }

    private static bool IsHash(string segment)
    {
        if (segment.Length != HashSegmentLength || segment[0] != 'h')
            return false;
        int seen = 0;
        foreach (var c in segment.AsSpan(1))
        {
            if (!char.IsAsciiHexDigitLower(c))
                return false;
            seen |= 1 << Convert.ToInt32(c.ToString(), 16);
        }
        return int.PopCount(seen) >= 5;
    }

    private static void AppendSegment(StringBuilder sb, string segment)
    {
        var rest = segment.AsSpan();
        if (rest.Length >= 2 && rest[0] == '_' && rest[1] == '$')
            rest = rest[1..];
        while (rest.Length > 0)
        {
            if (rest[0] == '$')
            {
                if (!TryDecodeEscape(rest, out var decoded, out var used))
                {
                    sb.Append(rest);
                    return;
                }
                sb.Append(decoded);
                rest = rest[used..];
            }
            else if (rest[0] == '.')
            {
                bool pair = rest.Length >= 2 && rest[1] == '.';
                sb.Append(pair ? "::" : ".");
                rest = rest[(pair ? 2 : 1)..];
            }
            else
            {
                int plain = rest.IndexOfAny('$', '.');
                if (plain < 0)
                    plain = rest.Length;
                sb.Append(rest[..plain]);
                rest = rest[plain..];
            }
        }
    }

    /// <summary>`$C$`, `$SP$`, `$BP$`, `$RF$`, `$LT$`, `$GT$`, `$LP$`, `$RP$`, and `$uXX$` for printable ASCII.</summary>
    private static bool TryDecodeEscape(ReadOnlySpan<char> text, out char decoded, out int used)
    {
        int close = text.Length > 1 ? text[1..].IndexOf('$') + 1 : 0;
        decoded = close switch
        {
            2 => text[1] == 'C' ? ',' : '\0',
            3 => NamedEscape(text[1..3]),
            4 when text[1] == 'u' => HexEscape(text[2], text[3]),
            _ => '\0',
        };
        used = close + 1;
        return decoded != '\0';
    }

    private static char NamedEscape(ReadOnlySpan<char> name) => name switch
    {
        "SP" => '@',
        "BP" => '*',
        "RF" => '&',
        "LT" => '<',
        "GT" => '>',
        "LP" => '(',
        "RP" => ')',
        _ => '\0',
    };

    private static char HexEscape(char high, char low)
    {
        if (high is < '0' or > '7' || !char.IsAsciiHexDigitLower(low))
            return '\0';
        int value = (high - '0') * 16 + Convert.ToInt32(low.ToString(), 16);
        return value < 0x20 ? '\0' : (char)value;
    }
}
