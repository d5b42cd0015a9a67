using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>A hole as written: which argument (by position, by name, or the next one) and its spec.</summary>
internal sealed record ParsedHole(int? Position, string? Name, FormatSpec Spec, int Offset);

/// <summary>
/// Parses Rust format strings: `{{`/`}}` escapes, `{}`, `{0}`, `{name}`, and specs
/// `{:[[fill]align][+][#][0][width][.precision][type]}` with type `?`, `x`, `X`, `b`, `o`.
/// Offsets are character positions in the decoded string, for pointing at errors.
/// </summary>
internal static class FormatStringParser
{
    public static ImmutableArray<object> Parse(string text, out (string Message, int Offset)? error)
    {
        error = null;
        var pieces = ImmutableArray.CreateBuilder<object>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{') { literal.Append('{'); i += 2; continue; }
            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}') { literal.Append('}'); i += 2; continue; }
            if (c == '}')
            {
                error = ("invalid format string: unmatched `}` found", i);
                return pieces.ToImmutable();
            }
            if (c != '{') { literal.Append(c); i++; continue; }
            var close = text.IndexOf('}', i + 1);
            if (close < 0)
            {
                error = ("invalid format string: expected `}` but string was terminated", i);
                return pieces.ToImmutable();
            }
            if (literal.Length > 0) { pieces.Add(literal.ToString()); literal.Clear(); }
            var hole = ParseHole(text[(i + 1)..close], i, out var holeError);
            if (hole is null)
            {
                error = (holeError!, i);
                return pieces.ToImmutable();
            }
            pieces.Add(hole);
            i = close + 1;
        }
        if (literal.Length > 0) pieces.Add(literal.ToString());
        return pieces.ToImmutable();
    }

    private static ParsedHole? ParseHole(string inside, int offset, out string? error)
    {
        error = null;
        var colon = inside.IndexOf(':', StringComparison.Ordinal);
        var argument = (colon < 0 ? inside : inside[..colon]).Trim();
        var specText = colon < 0 ? "" : inside[(colon + 1)..];
        int? position = null;
        string? name = null;
        if (argument.Length > 0)
        {
            if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var p)) position = p;
            else if (IsIdentifier(argument)) name = argument;
            else { error = $"invalid format string: invalid argument name `{argument}`"; return null; }
        }
        var spec = ParseSpec(specText, out error);
        return spec is null ? null : new ParsedHole(position, name, spec, offset);
    }

    private static FormatSpec? ParseSpec(string s, out string? error)
    {
        error = null;
        var spec = FormatSpec.Default;
        var i = 0;
        if (s.Length >= 2 && AlignOf(s[1]) is { } a2 && !char.IsSurrogate(s[0])) { spec = spec with { Fill = s[0], Align = a2 }; i = 2; }
        else if (s.Length >= 1 && AlignOf(s[0]) is { } a1) { spec = spec with { Align = a1 }; i = 1; }
        if (i < s.Length && s[i] == '+') { spec = spec with { Plus = true }; i++; }
        if (i < s.Length && s[i] == '#') { spec = spec with { Alternate = true }; i++; }
        if (i < s.Length && s[i] == '0' && (i + 1 >= s.Length || s[i + 1] != '$')) { spec = spec with { Zero = true }; i++; }
        if (UnsupportedSpec(s, i) is { } unsupported)
        {
            error = $"ToyRust does not support {unsupported} yet";
            return null;
        }
        var widthStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > widthStart) spec = spec with { Width = int.Parse(s[widthStart..i], CultureInfo.InvariantCulture) };
        if (i < s.Length && s[i] == '.')
        {
            i++;
            var precisionStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == precisionStart) { error = "invalid format string: expected a precision after `.`"; return null; }
            spec = spec with { Precision = int.Parse(s[precisionStart..i], CultureInfo.InvariantCulture) };
        }
        var kind = s[i..] switch
        {
            "" => FormatKind.Display,
            "?" => FormatKind.Debug,
            "x" => FormatKind.LowerHex,
            "X" => FormatKind.UpperHex,
            "b" => FormatKind.Binary,
            "o" => FormatKind.Octal,
            _ => (FormatKind?)null,
        };
        if (kind is null)
        {
            error = $"invalid format string: unknown format trait `{s[i..]}`";
            return null;
        }
        return spec with { Kind = kind.Value };
    }

    /// <summary>
    /// Specs that are valid Rust but not ToyRust's yet (the rest of the spec from <paramref name="i"/>,
    /// after the flags): a width or precision taken from an argument (`{:w$}`, `{:.1$}`, `{:.*}`) and
    /// the `e`/`E` and `x?` traits. Null when the spec is one ToyRust formats, or not valid at all.
    /// </summary>
    private static string? UnsupportedSpec(string s, int i)
    {
        var rest = s[i..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        var width = dot < 0 ? rest : rest[..dot];
        if (width.Contains('$', StringComparison.Ordinal) || (dot >= 0 && (rest[(dot + 1)..].StartsWith('*') || rest[(dot + 1)..].Contains('$', StringComparison.Ordinal))))
            return "a width or precision taken from an argument in a format spec (`{:w$}`, `{:.p$}`, `{:.*}`)";
        var end = rest.Length;
        while (end > 0 && char.IsAsciiLetter(rest[end - 1]) || end > 0 && rest[end - 1] == '?') end--;
        return rest[end..] is "e" or "E" or "x?" or "X?" ? $"the format trait `{rest[end..]}`" : null;
    }

    private static FormatAlign? AlignOf(char c) => c switch
    {
        '<' => FormatAlign.Left,
        '>' => FormatAlign.Right,
        '^' => FormatAlign.Center,
        _ => null,
    };

    private static bool IsIdentifier(string s) =>
        (char.IsLetter(s[0]) || s[0] == '_') && s.All(ch => char.IsLetterOrDigit(ch) || ch == '_');
}
