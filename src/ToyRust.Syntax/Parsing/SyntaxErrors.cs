using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Parsing;

/// <summary>
/// Every message of the syntax phase, one method each, worded as rustc words them
/// (with rustc's error code where it has one).
/// </summary>
internal static class SyntaxErrors
{
    /// <summary>rustc prints the character escaped unless it is printable ASCII: `\u{1}`, `\u{20ac}`.</summary>
    public static Diagnostic UnknownStartOfToken(TextSpan span, string text) =>
        Diagnostic.Error(null, $"unknown start of token: {string.Concat(text.EnumerateRunes().Select(r => r.Value is >= 0x20 and <= 0x7E ? r.ToString() : $"\\u{{{r.Value:x}}}"))}", span);

    public static Diagnostic UnterminatedString(TextSpan span) =>
        Diagnostic.Error("E0765", "unterminated double quote string", span);

    public static Diagnostic UnterminatedRawString(TextSpan span) =>
        Diagnostic.Error("E0748", "unterminated raw string", span, "unterminated raw string");

    public static Diagnostic UnterminatedBlockComment(TextSpan span) =>
        Diagnostic.Error("E0758", "unterminated block comment", span);

    public static Diagnostic UnterminatedChar(TextSpan span) =>
        Diagnostic.Error("E0762", "unterminated character literal", span);

    public static Diagnostic UnclosedDelimiter(TextSpan eof, TextSpan opener) =>
        Diagnostic.Error(null, "this file contains an unclosed delimiter", eof).WithSecondary(opener, "unclosed delimiter");

    public static Diagnostic UnexpectedClosingDelimiter(TextSpan span, string text) =>
        Diagnostic.Error(null, $"unexpected closing delimiter: `{text}`", span, "unexpected closing delimiter");

    public static Diagnostic MismatchedClosingDelimiter(TextSpan closer, string text, TextSpan opener) =>
        Diagnostic.Error(null, $"mismatched closing delimiter: `{text}`", opener, "unclosed delimiter")
            .WithSecondary(closer, "mismatched closing delimiter");

    public static Diagnostic NestedTooDeeply(TextSpan span, int limit) =>
        Diagnostic.Error(null, $"brackets are nested more than {limit} deep, which is ToyRust's limit", span, "this bracket is too deep")
            .WithNote("rustc has no such limit; ToyRust keeps one so that its parser cannot run out of stack");

    public static Diagnostic PrefixNestedTooDeeply(TextSpan span, int limit) =>
        Diagnostic.Error(null, $"`return`, `break` and closures are nested more than {limit} deep here, which is ToyRust's limit", span, "nested too deeply")
            .WithHelp("put the inner expression in parentheses or a block");

    public static Diagnostic RulesNestedTooDeeply(TextSpan span, int limit) =>
        Diagnostic.Error(null, $"this code nests more than {limit} grammar rules deep, which is ToyRust's limit", span, "nested too deeply here");

    public static Diagnostic Expected(TextSpan span, string expected, string found) =>
        Diagnostic.Error(null, $"expected {expected}, found {found}", span, $"expected {expected}");

    public static Diagnostic ExpectedAfterLabel(TextSpan span) =>
        Diagnostic.Error(null, "expected `while`, `for`, `loop` or `{` after a label", span, "expected `while`, `for`, `loop` or `{` after a label")
            .WithHelp("if this is a char literal, add `'` to close it");

    public static Diagnostic StructLiteralNotAllowedHere(TextSpan span) =>
        Diagnostic.Error(null, "struct literals are not allowed here", span)
            .WithHelp("surround the struct literal with parentheses");

    public static Diagnostic ComparisonOperatorsCannotBeChained(TextSpan first, TextSpan second) =>
        Diagnostic.Error(null, "comparison operators cannot be chained", first).WithSecondary(second, "");

    /// <summary>`a as usize &lt; b` (what: "comparison") or `a as usize &lt;&lt; b` (what: "shift").</summary>
    public static Diagnostic GenericArgumentsAfterCast(TextSpan span, string op, string type, string what) =>
        Diagnostic.Error(null, $"`{op}` is interpreted as a start of generic arguments for `{type}`, not a {what}", span, $"not interpreted as {what}");

    public static Diagnostic MissingCommaAfterMatchArm(TextSpan span) =>
        Diagnostic.Error(null, "expected `,` following `match` arm", span, "missing a comma here to end this `match` arm");

    public static Diagnostic InclusiveRangeWithNoEnd(TextSpan span) =>
        Diagnostic.Error("E0586", "inclusive range with no end", span);

    public static Diagnostic NoValidDigits(TextSpan span) =>
        Diagnostic.Error("E0768", "no valid digits found for number", span);

    public static Diagnostic IntegerTooLarge(TextSpan span) =>
        Diagnostic.Error(null, "integer literal is too large", span)
            .WithNote("value exceeds limit of `340282366920938463463374607431768211455`");

    public static Diagnostic InvalidDigit(TextSpan span, int radix) =>
        Diagnostic.Error(null, $"invalid digit for a base {radix} literal", span);

    public static Diagnostic InvalidSuffix(TextSpan span, string kind, string suffix) =>
        Diagnostic.Error(null, $"invalid suffix `{suffix}` for {kind} literal", span, $"invalid suffix `{suffix}`")
            .WithHelp(kind == "float"
                ? "valid suffixes are `f32` and `f64`"
                : "the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)");

    public static Diagnostic UnknownCharacterEscape(TextSpan span, string escape) =>
        Diagnostic.Error(null, $"unknown character escape: `{EscapeForMessage(escape)}`", span, "unknown character escape");

    public static Diagnostic InvalidEscape(TextSpan span, string message) =>
        Diagnostic.Error(null, message, span);

    public static Diagnostic CharLiteralOneCodepoint(TextSpan span) =>
        Diagnostic.Error(null, "character literal may only contain one codepoint", span);

    /// <summary>`unsafe impl`, `unsafe trait`: Rust that ToyRust lacks yet, worded as the checker words it.</summary>
    public static Diagnostic UnsafeNotSupported(TextSpan span) =>
        Diagnostic.Error(null, "ToyRust does not support `unsafe impl` and `unsafe trait` yet", span);

    public static Diagnostic ByteStringNotSupported(TextSpan span) =>
        Diagnostic.Error(null, "byte string literals are not supported by ToyRust", span)
            .WithHelp("use an array of byte literals, `[b'a', b'b']`, or a `&str`");

    public static Diagnostic NonAsciiByte(TextSpan span) =>
        Diagnostic.Error(null, "non-ASCII character in byte literal", span, "must be ASCII");

    public static Diagnostic InvalidTupleIndex(TextSpan span, string text) =>
        Diagnostic.Error(null, $"invalid tuple index `{text}`", span);

    public static Diagnostic InternalError(TextSpan span, string message) =>
        Diagnostic.Error(null, $"internal compiler error: the parser failed: {message}", span);

    /// <summary>rustc prints control and invisible characters as `\u{1}`.</summary>
    public static string EscapeForMessage(string text)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (System.Text.Rune.IsControl(rune)) sb.Append($"\\u{{{rune.Value:x}}}");
            else sb.Append(rune.ToString());
        }
        return sb.ToString();
    }
}
