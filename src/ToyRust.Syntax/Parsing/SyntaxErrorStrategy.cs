using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using ToyRust.Syntax.Generated;

namespace ToyRust.Syntax.Parsing;

/// <summary>
/// The first syntax error of a parse: where it is, which tokens would have fit, the rule the
/// parser was in and the token before the offending one (some messages point just after it).
/// </summary>
internal sealed class SyntaxErrorException(IToken offending, IntervalSet expected, int ruleIndex, IToken? previous, IToken? next) : Exception("syntax error")
{
    public IToken Offending { get; } = offending;

    public IntervalSet Expected { get; } = expected;

    public int RuleIndex { get; } = ruleIndex;

    public IToken? Previous { get; } = previous;

    public IToken? Next { get; } = next;
}

/// <summary>A struct literal where rustc forbids one (`if x == S { a: 1 } {}`).</summary>
internal sealed class StructLiteralNotAllowedException(IToken start) : Exception("struct literal not allowed")
{
    public IToken Start { get; } = start;
}

/// <summary>
/// Stops at the first syntax error, like rustc, which gives up on a file after a parse error
/// rather than guessing at a repair. ANTLR's default strategy would insert or delete tokens and
/// go on, producing follow-on errors that only confuse. The error is thrown as a
/// <see cref="SyntaxErrorException"/> carrying the offending token and the expected set, which
/// <see cref="SyntaxErrorDescriber"/> turns into a rustc-like message.
/// </summary>
internal sealed class SyntaxErrorStrategy : DefaultErrorStrategy
{
    public override void ReportError(Antlr4.Runtime.Parser recognizer, RecognitionException e)
    {
        if (recognizer.Context is ToyRustParser.NonBlockPrimaryContext { ns: true } && LooksLikeStructLiteral(recognizer.InputStream as ITokenStream))
        {
            throw new StructLiteralNotAllowedException(recognizer.CurrentToken);
        }
        var expected = e is NoViableAltException nva ? ExpectedAtDeadEnd(recognizer, nva) : e.GetExpectedTokens() ?? new IntervalSet();
        throw Error(recognizer, e.OffendingToken ?? recognizer.CurrentToken, expected);
    }

    private static SyntaxErrorException Error(Antlr4.Runtime.Parser recognizer, IToken offending, IntervalSet expected)
    {
        var stream = (ITokenStream)recognizer.InputStream;
        var previous = offending.TokenIndex > 0 ? stream.Get(offending.TokenIndex - 1) : null;
        var next = offending.Type != TokenConstants.EOF && offending.TokenIndex + 1 < stream.Size ? stream.Get(offending.TokenIndex + 1) : null;
        return new SyntaxErrorException(offending, expected, recognizer.Context?.RuleIndex ?? -1, previous, next);
    }

    /// <summary>
    /// Where prediction failed after looking ahead, the tokens that would have fit there are
    /// those after the states prediction had reached (its "dead-end configurations").
    /// </summary>
    private static IntervalSet ExpectedAtDeadEnd(Antlr4.Runtime.Parser recognizer, NoViableAltException e)
    {
        if (e.OffendingToken.TokenIndex == e.StartToken.TokenIndex || e.DeadEndConfigs is null) return e.GetExpectedTokens() ?? new IntervalSet();
        var expected = new IntervalSet();
        foreach (var config in e.DeadEndConfigs.configs)
        {
            expected.AddAll(recognizer.Atn.NextTokens(config.state));
        }
        expected.Remove(TokenConstants.EPSILON);
        return expected;
    }

    /// <summary>`S {` followed by `}`, `ident :`, `ident ,`, `ident }` or `..`: a struct literal, as rustc guesses.</summary>
    private static bool LooksLikeStructLiteral(ITokenStream? stream)
    {
        if (stream is null) return false;
        var i = 1;
        while (stream.LA(i) is ToyRustParser.IDENT or ToyRustParser.PATHSEP or ToyRustParser.SELF_TYPE or ToyRustParser.SELF or ToyRustParser.CRATE or ToyRustParser.SUPER) i++;
        if (i == 1 || stream.LA(i) != ToyRustParser.LBRACE) return false;
        var next = stream.LA(i + 1);
        var after = stream.LA(i + 2);
        return next is ToyRustParser.RBRACE or ToyRustParser.DOTDOT
            || (next == ToyRustParser.IDENT && after is ToyRustParser.COLON or ToyRustParser.COMMA);
    }

    public override void Recover(Antlr4.Runtime.Parser recognizer, RecognitionException e) =>
        throw Error(recognizer, recognizer.CurrentToken, recognizer.GetExpectedTokens());

    public override IToken RecoverInline(Antlr4.Runtime.Parser recognizer) =>
        throw Error(recognizer, recognizer.CurrentToken, recognizer.GetExpectedTokens());

    protected override void ReportUnwantedToken(Antlr4.Runtime.Parser recognizer) =>
        throw Error(recognizer, recognizer.CurrentToken, recognizer.GetExpectedTokens());

    protected override void ReportMissingToken(Antlr4.Runtime.Parser recognizer) =>
        throw Error(recognizer, recognizer.CurrentToken, recognizer.GetExpectedTokens());
}
