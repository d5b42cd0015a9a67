using Antlr4.Runtime;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Generated;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Parsing;

/// <summary>
/// Runs the lexer over a whole file and checks the token stream before the parser sees it:
/// <list type="number">
/// <item>tokens that are errors by themselves (an unknown character, an unterminated string,
/// char or block comment) become diagnostics and are dropped;</item>
/// <item>brackets must balance, as in rustc, whose lexer builds token trees before parsing
/// (`fn main() {` → "this file contains an unclosed delimiter");</item>
/// <item>brackets may nest at most <see cref="MaxBracketDepth"/> deep. ANTLR's parser and the AST
/// builder recurse once or more per bracket, and .NET cannot catch a stack overflow, so a file
/// of 20,000 `(` must be rejected before parsing.</item>
/// </list>
/// </summary>
internal static class TokenScanner
{
    /// <summary>The deepest bracket nesting ToyRust accepts (rustc has no limit; real code stays under 30).</summary>
    public const int MaxBracketDepth = 256;

    /// <summary>The tokens for the parser (ending with EOF) and whether the brackets allow parsing at all.</summary>
    public sealed record Result(List<IToken> Tokens, bool BracketsOk);

    public static Result Scan(SourceText source, List<Diagnostic> diagnostics)
    {
        var lexer = new ToyRustLexer(new AntlrInputStream(source.Text));
        lexer.RemoveErrorListeners();
        var tokens = new List<IToken>();
        while (true)
        {
            var token = lexer.NextToken();
            if (token.Type == TokenConstants.EOF)
            {
                tokens.Add(token);
                break;
            }
            if (ReportBadToken(token, diagnostics)) continue;
            tokens.Add(token);
        }
        return new Result(tokens, CheckBrackets(tokens, source, diagnostics));
    }

    private static bool ReportBadToken(IToken token, List<Diagnostic> diagnostics)
    {
        var span = SpanOf(token);
        switch (token.Type)
        {
            case ToyRustLexer.UNKNOWN:
                diagnostics.Add(SyntaxErrors.UnknownStartOfToken(span, token.Text));
                return true;
            case ToyRustLexer.UNTERMINATED_STRING:
                diagnostics.Add(SyntaxErrors.UnterminatedString(span));
                return true;
            case ToyRustLexer.UNTERMINATED_CHAR:
                diagnostics.Add(SyntaxErrors.UnterminatedChar(span));
                return true;
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
