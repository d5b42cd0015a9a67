using System.Collections.Immutable;

namespace ToyRust.Fuzz.Mutation;

public enum FuzzTokenKind
{
    Whitespace,
    Comment,
    Identifier,
    Number,

    /// <summary>A string, raw string, byte string, char or byte literal, or a lifetime.</summary>
    Literal,
    Punctuation,

    /// <summary>Anything else: one character, or one surrogate pair.</summary>
    Other,
}

/// <summary>One token of the fuzzer's tokenization: a kind and a range of the text.</summary>
public readonly record struct FuzzToken(FuzzTokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public bool IsSignificant => Kind != FuzzTokenKind.Whitespace;
}

/// <summary>
/// Cuts Rust-ish text into tokens so that the mutator can delete, swap and splice at token
/// boundaries instead of in the middle of a word. It is deliberately not ToyRust's lexer: it
/// never fails, it keeps whitespace and comments as tokens (so the tokens cover the whole text
/// and concatenate back to it), and it takes any text, including text that is no longer Rust
/// after a few mutations. A surrogate pair is never split, so every token boundary is a safe
/// place to cut a .NET string.
/// </summary>
public static class RustTokenizer
{
    /// <summary>Longest first, so that `&lt;&lt;=` is one token and not `&lt;&lt;` then `=`.</summary>
    private static readonly string[] Operators =
    [
        "<<=", ">>=", "...", "..=",
        "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=",
        "<<", ">>", "..",
    ];

    private const string SingleCharPunctuation = "+-*/%^!&|=<>@.,;:#$?~()[]{}'\\\"";

    public static ImmutableArray<FuzzToken> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<FuzzToken>();
        var i = 0;
        while (i < text.Length)
        {
            var (kind, end) = ScanToken(text, i);
            tokens.Add(new FuzzToken(kind, i, end - i));
            i = end;
        }
        return tokens.ToImmutable();
    }

    /// <summary>The kind and end of the token that starts at <paramref name="i"/>; the end is always past i.</summary>
    private static (FuzzTokenKind Kind, int End) ScanToken(string text, int i)
    {
        var c = text[i];
        if (char.IsWhiteSpace(c)) return (FuzzTokenKind.Whitespace, ScanWhile(text, i, char.IsWhiteSpace));
        if (StartsWith(text, i, "//")) return (FuzzTokenKind.Comment, ScanLineComment(text, i));
        if (StartsWith(text, i, "/*")) return (FuzzTokenKind.Comment, ScanBlockComment(text, i));
        if (c == '"') return (FuzzTokenKind.Literal, ScanString(text, i + 1, '"'));
        if (c == '\'') return ScanQuote(text, i);
        if (PrefixedLiteralEnd(text, i) is { } literalEnd) return (FuzzTokenKind.Literal, literalEnd);
        if (IsIdentifierStart(c)) return (FuzzTokenKind.Identifier, ScanWhile(text, i, IsIdentifierContinue));
        if (char.IsAsciiDigit(c)) return (FuzzTokenKind.Number, ScanNumber(text, i));
        foreach (var op in Operators)
        {
            if (StartsWith(text, i, op)) return (FuzzTokenKind.Punctuation, i + op.Length);
        }
        if (SingleCharPunctuation.Contains(c, StringComparison.Ordinal)) return (FuzzTokenKind.Punctuation, i + 1);
        return (FuzzTokenKind.Other, i + CharLength(text, i));
    }

    /// <summary>`b"..."`, `b'x'`, `r"..."`, `r#"..."#`, `br#"..."#`: the end, or null when i starts no such literal.</summary>
    private static int? PrefixedLiteralEnd(string text, int i)
    {
        var j = i;
        if (At(text, j) == 'b') j++;
        if (At(text, j) == '\'' && j > i) return ScanString(text, j + 1, '\'');
        if (At(text, j) == 'r')
        {
            var hashes = 0;
            while (At(text, j + 1 + hashes) == '#') hashes++;
            if (At(text, j + 1 + hashes) == '"') return ScanRawString(text, j + 2 + hashes, hashes);
            return null;
        }
        return At(text, j) == '"' && j > i ? ScanString(text, j + 1, '"') : null;
    }

    /// <summary>Up to and including the closing quote (backslash escapes it); the end of the text when unterminated.</summary>
    private static int ScanString(string text, int i, char quote)
    {
        while (i < text.Length && text[i] != quote) i += text[i] == '\\' && i + 1 < text.Length ? 2 : 1;
        return Math.Min(i + 1, text.Length);
    }

    private static int ScanRawString(string text, int i, int hashes)
    {
        var closing = "\"" + new string('#', hashes);
        var end = text.IndexOf(closing, i, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + closing.Length;
    }

    /// <summary>`'x'`, `'\n'`, `'\u{1F600}'` are char literals; `'a` is a lifetime; a lone `'` is punctuation.</summary>
    private static (FuzzTokenKind Kind, int End) ScanQuote(string text, int i)
    {
        if (At(text, i + 1) == '\\')
        {
            var close = text.IndexOf('\'', i + 2);
            return close >= 0 && close - i <= 12 ? (FuzzTokenKind.Literal, close + 1) : (FuzzTokenKind.Punctuation, i + 1);
        }
        if (i + 1 < text.Length)
        {
            var width = CharLength(text, i + 1);
            if (At(text, i + 1 + width) == '\'') return (FuzzTokenKind.Literal, i + 2 + width);
            if (IsIdentifierStart(text[i + 1])) return (FuzzTokenKind.Literal, ScanWhile(text, i + 1, IsIdentifierContinue));
        }
        return (FuzzTokenKind.Punctuation, i + 1);
    }

    /// <summary>`42`, `0xff_u8`, `1.5e3f64`; `1..2` is a number, `..`, a number, so a dot followed by a dot stops it.</summary>
    private static int ScanNumber(string text, int i)
    {
        i = ScanWhile(text, i, IsIdentifierContinue);
        if (At(text, i) == '.' && char.IsAsciiDigit(At(text, i + 1))) i = ScanWhile(text, i + 1, IsIdentifierContinue);
        return i;
    }

    private static int ScanLineComment(string text, int i)
    {
        var newline = text.IndexOf('\n', i);
        return newline < 0 ? text.Length : newline;
    }

    /// <summary>Block comments nest in Rust: `/* a /* b */ c */` is one comment.</summary>
    private static int ScanBlockComment(string text, int i)
    {
        var depth = 0;
        while (i < text.Length)
        {
            if (StartsWith(text, i, "/*")) (depth, i) = (depth + 1, i + 2);
            else if (StartsWith(text, i, "*/")) (depth, i) = (depth - 1, i + 2);
            else i++;
            if (depth == 0) return i;
        }
        return text.Length;
    }

    private static int ScanWhile(string text, int i, Func<char, bool> accepts)
    {
        do i++;
        while (i < text.Length && accepts(text[i]));
        return i;
    }

    /// <summary>2 for a surrogate pair, so that no token boundary falls inside one; 1 otherwise.</summary>
    public static int CharLength(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsIdentifierContinue(char c) => c == '_' || char.IsLetterOrDigit(c);

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';

    private static bool StartsWith(string text, int i, string prefix) => string.CompareOrdinal(text, i, prefix, 0, prefix.Length) == 0;
}
