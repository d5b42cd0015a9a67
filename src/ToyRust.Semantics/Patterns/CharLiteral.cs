using System.Globalization;
using System.Text;

namespace ToyRust.Semantics.Patterns;

/// <summary>
/// A char printed as Rust's `{:?}` prints it, which is how rustc shows chars in witnesses:
/// `'a'`, `'\0'`, `'\n'`, `'\''`, `'\\'`, `'"'`, `'¡'`, `'\u{300}'` (combining marks and
/// non-printable characters are escaped). Printability uses .NET's Unicode tables; Rust's
/// `is_printable` rejects the same categories (controls, format, private use, unassigned, and
/// separators other than the space).
/// </summary>
internal static class CharLiteral
{
    public static string Format(int codePoint) => $"'{Escape(codePoint)}'";

    private static string Escape(int codePoint) => codePoint switch
    {
        0 => "\\0",
        '\t' => "\\t",
        '\r' => "\\r",
        '\n' => "\\n",
        '\\' => "\\\\",
        '\'' => "\\'",
        _ when Rune.IsValid(codePoint) && IsPrintable(new Rune(codePoint)) => new Rune(codePoint).ToString(),
        _ => $"\\u{{{codePoint:x}}}",
    };

    private static bool IsPrintable(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) is not (
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
        or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.SpaceSeparator
        // Grapheme extenders: Debug escapes them so they do not combine with the quote.
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark);
}
