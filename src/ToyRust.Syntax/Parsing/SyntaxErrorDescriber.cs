using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Generated;
using ToyRust.Syntax.Text;
using static ToyRust.Syntax.Generated.ToyRustParser;

namespace ToyRust.Syntax.Parsing;

/// <summary>
/// Words a syntax error the way rustc does: `expected one of `;` or `else`, found keyword `let``,
/// `expected expression, found `)``. When the expected set is what starts an expression, a
/// pattern, a type or an item, the error names that category instead of listing tokens.
/// </summary>
internal static class SyntaxErrorDescriber
{
    // Tokens that only the named category starts, so their presence identifies it.
    private static readonly int[] ExpressionSignature = [IF, MATCH, RETURN, IDENT];
    private static readonly int[] PatternSignature = [UNDERSCORE, REF, IDENT];
    private static readonly int[] TypeSignature = [DYN, FN, UNDERSCORE, IDENT];
    private static readonly int[] ItemSignature = [FN, STRUCT, ENUM, IMPL];

    private static readonly HashSet<int> ExpressionStarts =
    [
        IDENT, INTEGER, FLOAT, STRING, RAW_STRING, CHAR, BYTE, TRUE, FALSE, LPAREN, LBRACKET, LBRACE, OR, OROR,
        MINUS, NOT, STAR, AND, ANDAND, DOTDOT, DOTDOTEQ, LT, PATHSEP, LIFETIME, IF, MATCH, LOOP, WHILE, FOR,
        RETURN, BREAK, CONTINUE, MOVE, SELF, SELF_TYPE, CRATE, SUPER,
    ];

    private static readonly HashSet<int> Operators =
    [
        PLUS, MINUS, STAR, SLASH, PERCENT, CARET, AND, OR, ANDAND, OROR, EQEQ, NE, LT, LE, GT, AS,
        EQ, PLUSEQ, MINUSEQ, STAREQ, SLASHEQ, PERCENTEQ, CARETEQ, ANDEQ, OREQ, SHLEQ, DOTDOT, DOTDOTEQ,
    ];

    public static Diagnostic Describe(SyntaxErrorException e)
    {
        var found = DescribeFound(e.Offending);
        var afterPrevious = e.Previous is null ? TokenScanner.SpanOf(e.Offending) : new TextSpan(e.Previous.StopIndex + 1, 0);
        // Between two arms of a `match` (prediction of the next arm failed after a body that wants a comma).
        if (e.RuleIndex == RULE_blockLikeExpression && e.Expected.Contains(COMMA) && !e.Expected.Contains(FATARROW))
        {
            return SyntaxErrors.MissingCommaAfterMatchArm(afterPrevious);
        }
        // `(1 + )`: ANTLR leaves the operator loop at `+` (nothing fits after it) and then misses `)`;
        // the real problem is the missing operand after the operator.
        if (Operators.Contains(e.Offending.Type) && !e.Expected.Contains(e.Offending.Type) && e.Next is { } next && !ExpressionStarts.Contains(next.Type))
        {
            return SyntaxErrors.Expected(TokenScanner.SpanOf(next), "expression", DescribeFound(next));
        }
        // `if c {} else }`: the `if` ended before the `else`, which then cannot start a statement.
        if (e.Offending.Type == ELSE && e.Previous?.Type == RBRACE && e.Next is { } afterElse && afterElse.Type is not (LBRACE or IF))
        {
            return SyntaxErrors.Expected(TokenScanner.SpanOf(afterElse), "`{`", DescribeFound(afterElse));
        }
        // `'a;` lexes as a label.
        if (e.Previous?.Type == LIFETIME && e.Expected.Count == 1 && e.Expected.Contains(COLON))
        {
            return SyntaxErrors.ExpectedAfterLabel(TokenScanner.SpanOf(e.Offending));
        }
        // `unsafe impl` and `unsafe trait` are Rust the grammar does not have yet: say so rather than "expected item".
        if (e.Previous is { Type: UNSAFE } unsafeToken && e.Offending.Type is IMPL or TRAIT)
        {
            return SyntaxErrors.UnsafeNotSupported(TokenScanner.SpanOf(unsafeToken));
        }
        var diagnostic = SyntaxErrors.Expected(TokenScanner.SpanOf(e.Offending), DescribeExpected(e.Expected), found);
        if (e.Offending.Type == RESERVED)
        {
            diagnostic = diagnostic.WithNote($"`{e.Offending.Text}` is a Rust keyword for a feature ToyRust does not have");
        }
        if (e.RuleIndex == RULE_moduleItem && e.Offending.Type == SEMI)
        {
            diagnostic = diagnostic.WithHelp("ToyRust compiles a single file: write the module inline, `mod name { ... }`");
        }
        if (e.RuleIndex == RULE_statement && e.Offending.Type == RBRACE && e.Expected.Contains(SEMI))
        {
            diagnostic = diagnostic.WithHelp("ToyRust does not take `if`/`match`/block expressions continued by `.` or `?` as the value of a block; put them in parentheses: `(match x { .. }).method()`");
        }
        return diagnostic;
    }

    public static string DescribeFound(IToken token)
    {
        if (token.Type == TokenConstants.EOF) return "`<eof>`";
        var text = SyntaxErrors.EscapeForMessage(token.Text ?? "");
        if (IsKeyword(token.Type)) return $"keyword `{text}`";
        return $"`{text}`";
    }

    private static string DescribeExpected(IntervalSet expected)
    {
        if (ContainsAll(expected, ExpressionSignature)) return "expression";
        if (ContainsAll(expected, PatternSignature)) return "pattern";
        if (ContainsAll(expected, TypeSignature)) return "type";
        if (ContainsAll(expected, ItemSignature)) return "item";
        var tokens = expected.ToArray().Where(t => t != TokenConstants.EOF || expected.Count == 1).ToList();
        // Like rustc, "an operator" stands for the binary operators when they all fit.
        var anOperator = tokens.Count(Operators.Contains) >= 5;
        if (anOperator) tokens.RemoveAll(Operators.Contains);
        var names = tokens.Select(DisplayName).Distinct().Order(StringComparer.Ordinal).ToList();
        if (anOperator) names.Add("an operator");
        return names.Count switch
        {
            0 => "something else",
            1 => names[0],
            2 => $"one of {names[0]} or {names[1]}",
            _ => $"one of {string.Join(", ", names.Take(names.Count - 1))}, or {names[^1]}",
        };
    }

    private static bool ContainsAll(IntervalSet set, int[] tokens) => tokens.All(set.Contains);

    private static string DisplayName(int type)
    {
        if (type == TokenConstants.EOF) return "`<eof>`";
        switch (type)
        {
            case IDENT: return "identifier";
            case LIFETIME: return "lifetime";
            case INTEGER or FLOAT or STRING or RAW_STRING or CHAR or BYTE: return "literal";
        }
        var literal = DefaultVocabulary.GetLiteralName(type);
        return literal is null ? DefaultVocabulary.GetSymbolicName(type) : $"`{literal.Trim('\'')}`";
    }

    private static bool IsKeyword(int type) => type is >= AS and <= RESERVED;
}
