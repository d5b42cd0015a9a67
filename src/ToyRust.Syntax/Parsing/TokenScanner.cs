using Antlr4.Runtime;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Generated;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Parsing;

/// <summary>
/// Runs the lexer over a whole file and checks the token stream before the parser sees it:
/// <list type="number">
/// <item>tokens that are errors by themselves (an unknown character, an unterminated string,
/// char or block comment, a byte string) become diagnostics; an unknown character is dropped
/// and a bad literal replaced by a harmless one, so the parse can go on as rustc's does;</item>
/// <item>brackets must balance, as in rustc, whose lexer builds token trees before parsing
/// (`fn main() {` → "this file contains an unclosed delimiter");</item>
/// <item>brackets may nest at most <see cref="MaxBracketDepth"/> deep. ANTLR's parser and the AST
/// builder recurse once or more per bracket, and .NET cannot catch a stack overflow, so a file
/// of 20,000 `(` must be rejected before parsing.</item>
/// <item>`return`, `break` and closures take an expression without brackets, so
/// `return return ... 1` nests too; ANTLR's prediction looks ahead through each level, which
/// grows quadratically. At most <see cref="MaxPrefixNesting"/> of them may nest.</item>
/// </list>
/// </summary>
internal static class TokenScanner
{
    /// <summary>The deepest bracket nesting ToyRust accepts (rustc has no limit; real code stays under 30).</summary>
    public const int MaxBracketDepth = 256;

    /// <summary>How many `return`, `break` and closures may nest without brackets in between (real code: 2 or 3).</summary>
    public const int MaxPrefixNesting = 100;

    /// <summary>
    /// The tokens for the parser (ending with EOF) and whether to parse them at all: not when the
    /// brackets are wrong, nor after an unterminated string or comment, which swallowed the rest
    /// of the file (rustc, too, reports only the unterminated literal then).
    /// </summary>
    public sealed record Result(List<IToken> Tokens, bool CanParse);

    public static Result Scan(SourceText source, List<Diagnostic> diagnostics)
    {
        // The lexer reads code points, so `'😀'` is one character; offsets are mapped back to
        // UTF-16 positions (SourceText's offsets) when the text has characters outside the BMP.
        var lexer = new ToyRustLexer(CharStreams.fromString(source.Text));
        lexer.RemoveErrorListeners();
        var utf16Offsets = CodePointToUtf16Offsets(source.Text);
        var tokens = new List<IToken>();
        var swallowed = false;
        while (true)
        {
            var token = lexer.NextToken();
            if (utf16Offsets is not null) MapToUtf16((CommonToken)token, utf16Offsets);
            if (token.Type == TokenConstants.EOF)
            {
                tokens.Add(token);
                break;
            }
            if (ReportBadToken(token, diagnostics))
            {
                swallowed |= token.Type is ToyRustLexer.UNTERMINATED_STRING or ToyRustParser.UNTERMINATED_RAW_STRING or ToyRustParser.UNTERMINATED_BLOCK_COMMENT;
                continue;
            }
            tokens.Add(token);
        }
        if (swallowed) return new Result(tokens, false);
        return new Result(tokens, CheckBrackets(tokens, source, diagnostics) && CheckPrefixNesting(tokens, diagnostics));
    }

    /// <summary>A reported bad literal becomes a harmless one of its kind, so that it causes no follow-on syntax error.</summary>
    private static void Replace(IToken token, int type, string text)
    {
        var replacement = (CommonToken)token;
        replacement.Type = type;
        replacement.Text = text;
    }

    /// <summary>Null when every character is in the BMP (code point index = UTF-16 index).</summary>
    private static int[]? CodePointToUtf16Offsets(string text)
    {
        if (!text.Any(char.IsSurrogate)) return null;
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        offsets.Add(text.Length);
        return [.. offsets];
    }

    private static void MapToUtf16(CommonToken token, int[] offsets)
    {
        token.Text = token.Text; // fix the text before the offsets change
        var start = offsets[Math.Min(token.StartIndex, offsets.Length - 1)];
        var stop = offsets[Math.Min(token.StopIndex + 1, offsets.Length - 1)] - 1;
        token.StartIndex = start;
        token.StopIndex = stop;
    }

    private static bool ReportBadToken(IToken token, List<Diagnostic> diagnostics)
    {
        var span = SpanOf(token);
        switch (token.Type)
        {
            case ToyRustLexer.UNKNOWN when token.StartIndex == 0 && token.Text == "\uFEFF":
                return true; // a byte order mark starting the file is not part of the program (rustc skips it too)
            case ToyRustLexer.UNKNOWN:
                diagnostics.Add(SyntaxErrors.UnknownStartOfToken(span, token.Text));
                return true;
            case ToyRustLexer.UNTERMINATED_STRING:
                diagnostics.Add(SyntaxErrors.UnterminatedString(span));
                return true;
            case ToyRustLexer.MULTI_CHAR:
                // Parsed as a char literal, so that the parse goes on; decoding it reports the error.
                ((CommonToken)token).Type = ToyRustLexer.CHAR;
                return false;
            case ToyRustLexer.BYTE_STRING or ToyRustLexer.RAW_BYTE_STRING:
                diagnostics.Add(SyntaxErrors.ByteStringNotSupported(span));
                Replace(token, ToyRustLexer.STRING, "\"\"");
                return false;
            case ToyRustLexer.UNTERMINATED_CHAR:
                diagnostics.Add(SyntaxErrors.UnterminatedChar(span));
                Replace(token, ToyRustLexer.CHAR, "' '");
                return false;
            case ToyRustParser.UNTERMINATED_RAW_STRING:
                diagnostics.Add(SyntaxErrors.UnterminatedRawString(new TextSpan(span.Start, 1)));
                return true;
            case ToyRustParser.UNTERMINATED_BLOCK_COMMENT:
                diagnostics.Add(SyntaxErrors.UnterminatedBlockComment(new TextSpan(span.Start, 2)));
                return true;
            default:
                return false;
        }
    }

    private static bool CheckBrackets(List<IToken> tokens, SourceText source, List<Diagnostic> diagnostics)
    {
        var open = new Stack<IToken>();
        foreach (var token in tokens)
        {
            switch (token.Type)
            {
                case ToyRustLexer.LPAREN or ToyRustLexer.LBRACKET or ToyRustLexer.LBRACE:
                    if (open.Count == MaxBracketDepth)
                    {
                        diagnostics.Add(SyntaxErrors.NestedTooDeeply(SpanOf(token), MaxBracketDepth));
                        return false;
                    }
                    open.Push(token);
                    break;
                case ToyRustLexer.RPAREN or ToyRustLexer.RBRACKET or ToyRustLexer.RBRACE:
                    if (open.Count == 0)
                    {
                        diagnostics.Add(SyntaxErrors.UnexpectedClosingDelimiter(SpanOf(token), token.Text));
                        return false;
                    }
                    var opener = open.Pop();
                    if (!Matches(opener.Type, token.Type))
                    {
                        diagnostics.Add(SyntaxErrors.MismatchedClosingDelimiter(SpanOf(token), token.Text, SpanOf(opener)));
                        return false;
                    }
                    break;
                case TokenConstants.EOF when open.Count > 0:
                    diagnostics.Add(SyntaxErrors.UnclosedDelimiter(new TextSpan(source.Text.Length, 0), SpanOf(open.Peek())));
                    return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Counts `return`, `break` and closure heads (`|` or `||` where an operand starts) since the
    /// last `;`, `,` or `=>` at each bracket level. Brackets themselves are limited separately.
    /// </summary>
    private static bool CheckPrefixNesting(List<IToken> tokens, List<Diagnostic> diagnostics)
    {
        var outer = new Stack<int>();
        var count = 0;
        var previous = TokenConstants.InvalidType;
        foreach (var token in tokens)
        {
            switch (token.Type)
            {
                case ToyRustLexer.LPAREN or ToyRustLexer.LBRACKET or ToyRustLexer.LBRACE:
                    outer.Push(count);
                    count = 0;
                    break;
                case ToyRustLexer.RPAREN or ToyRustLexer.RBRACKET or ToyRustLexer.RBRACE:
                    count = outer.Count > 0 ? outer.Pop() : 0;
                    break;
                case ToyRustLexer.SEMI or ToyRustLexer.COMMA or ToyRustLexer.FATARROW:
                    count = 0;
                    break;
                case ToyRustLexer.RETURN or ToyRustLexer.BREAK:
                    count++;
                    break;
                case ToyRustLexer.OR or ToyRustLexer.OROR when !EndsOperand(previous):
                    count++;
                    break;
            }
            if (count > MaxPrefixNesting)
            {
                diagnostics.Add(SyntaxErrors.PrefixNestedTooDeeply(SpanOf(token), MaxPrefixNesting));
                return false;
            }
            previous = token.Type;
        }
        return true;
    }

    /// <summary>After these tokens a `|` is the binary operator; elsewhere it opens a closure.</summary>
    private static bool EndsOperand(int type) => type is ToyRustLexer.IDENT or ToyRustLexer.INTEGER or ToyRustLexer.FLOAT
        or ToyRustLexer.STRING or ToyRustLexer.RAW_STRING or ToyRustLexer.CHAR or ToyRustLexer.BYTE or ToyRustLexer.TRUE
        or ToyRustLexer.FALSE or ToyRustLexer.SELF or ToyRustLexer.SELF_TYPE or ToyRustLexer.RPAREN or ToyRustLexer.RBRACKET
        or ToyRustLexer.RBRACE or ToyRustLexer.QUESTION or ToyRustLexer.GT;

    private static bool Matches(int opener, int closer) => (opener, closer) switch
    {
        (ToyRustLexer.LPAREN, ToyRustLexer.RPAREN) => true,
        (ToyRustLexer.LBRACKET, ToyRustLexer.RBRACKET) => true,
        (ToyRustLexer.LBRACE, ToyRustLexer.RBRACE) => true,
        _ => false,
    };

    public static TextSpan SpanOf(IToken token) =>
        token.Type == TokenConstants.EOF
            ? new TextSpan(token.StartIndex, 0)
            : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
}
