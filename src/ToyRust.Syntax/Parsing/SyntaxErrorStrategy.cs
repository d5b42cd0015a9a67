using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using ToyRust.Syntax.Generated;

namespace ToyRust.Syntax.Parsing;

/// <summary>The first syntax error of a parse: where it is and which tokens would have fit.</summary>
internal sealed class SyntaxErrorException(IToken offending, IntervalSet expected) : Exception("syntax error")
{
    public IToken Offending { get; } = offending;

    public IntervalSet Expected { get; } = expected;
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
        var expected = e is NoViableAltException nva && nva.OffendingToken.TokenIndex != nva.StartToken.TokenIndex
            ? new IntervalSet()
            : e.GetExpectedTokens() ?? new IntervalSet();
        if (e is FailedPredicateException) expected = new IntervalSet();
        throw new SyntaxErrorException(e.OffendingToken ?? recognizer.CurrentToken, expected);
    }

    public override void Recover(Antlr4.Runtime.Parser recognizer, RecognitionException e) =>
        throw new SyntaxErrorException(recognizer.CurrentToken, recognizer.GetExpectedTokens());

    public override IToken RecoverInline(Antlr4.Runtime.Parser recognizer) =>
        throw new SyntaxErrorException(recognizer.CurrentToken, recognizer.GetExpectedTokens());

    protected override void ReportUnwantedToken(Antlr4.Runtime.Parser recognizer) =>
        throw new SyntaxErrorException(recognizer.CurrentToken, recognizer.GetExpectedTokens());

    protected override void ReportMissingToken(Antlr4.Runtime.Parser recognizer) =>
        throw new SyntaxErrorException(recognizer.CurrentToken, recognizer.GetExpectedTokens());
}
