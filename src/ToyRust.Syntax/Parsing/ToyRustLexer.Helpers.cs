using System.Globalization;
using Antlr4.Runtime;

namespace ToyRust.Syntax.Generated;

/// <summary>
/// The parts of the lexer a regular grammar cannot say: `1.` followed by what, raw strings whose
/// closing quote needs as many `#` as the opening one, and nested block comments.
/// The grammar calls these from actions and predicates (grammar/ToyRust.g4).
/// </summary>
internal partial class ToyRustLexer
{
    private ICharStream Input => (ICharStream)InputStream;

    /// <summary>`1.` is a float unless a `.` (range `1..2`) or an identifier (method `1.max(2)`) follows.</summary>
    private bool NotFollowedByDotOrIdentifier()
    {
        var next = Input.LA(1);
        return next != '.' && !IsIdentifierStart(next);
    }

    internal static bool IsIdentifierStart(int c)
    {
        if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_') return true;
        if (c < 128 || c > 0x10FFFF) return false;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    /// <summary>
    /// Called after `r#..#"` (or `br#..#"`): consumes up to the `"` followed by as many `#`, e.g. `r#"a "quoted" b"#`.
    /// At end of file the token becomes UNTERMINATED_RAW_STRING.
    /// </summary>
    private void ScanRawString()
    {
        var hashes = Text.Count(c => c == '#');
        while (true)
        {
            var c = Input.LA(1);
            if (c == IntStreamConstants.EOF)
            {
                Type = ToyRustParser.UNTERMINATED_RAW_STRING;
                return;
            }
            Interpreter.Consume(Input);
            if (c == '"' && ClosingHashesFollow(hashes))
            {
                for (var i = 0; i < hashes; i++) Interpreter.Consume(Input);
                return;
            }
        }
    }

    private bool ClosingHashesFollow(int hashes)
    {
        for (var i = 1; i <= hashes; i++)
        {
            if (Input.LA(i) != '#') return false;
        }
        return true;
    }

    /// <summary>
    /// Called after `/*`: consumes the comment, counting nested `/* */` pairs as rustc does, and
    /// drops the token. At end of file the token becomes UNTERMINATED_BLOCK_COMMENT instead.
    /// </summary>
    private void ScanBlockComment()
    {
        var depth = 1;
        while (true)
        {
            var c = Input.LA(1);
            if (c == IntStreamConstants.EOF)
            {
                Type = ToyRustParser.UNTERMINATED_BLOCK_COMMENT;
                return;
            }
            var next = Input.LA(2);
            if (c == '/' && next == '*')
            {
                depth++;
                Interpreter.Consume(Input);
            }
            else if (c == '*' && next == '/')
            {
                depth--;
                Interpreter.Consume(Input);
                if (depth == 0)
                {
                    Interpreter.Consume(Input);
                    Skip();
                    return;
                }
            }
            Interpreter.Consume(Input);
        }
    }
}
