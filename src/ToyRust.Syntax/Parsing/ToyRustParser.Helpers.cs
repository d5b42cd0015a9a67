using Antlr4.Runtime;
using ToyRust.Syntax.Parsing;

namespace ToyRust.Syntax.Generated;

/// <summary>Thrown when the parser nests deeper than <see cref="ToyRustParser.MaxRuleDepth"/> rules.</summary>
internal sealed class NestingTooDeepException(IToken token) : Exception("nesting too deep")
{
    public IToken Token { get; } = token;
}

/// <summary>
/// A guard on recursion depth. The bracket check in <see cref="Syntax.Parser"/> bounds most
/// nesting, but some constructs nest without brackets (`return return ...`, `&amp;&amp;&amp;T`,
/// long `else if` chains); this stops them before the stack runs out.
/// </summary>
internal partial class ToyRustParser
{
    /// <summary>How many grammar rules may be active at once (about 10 per bracket level).</summary>
    public const int MaxRuleDepth = 10_000;

    private int _ruleDepth;

    /// <summary>A parser over <paramref name="stream"/> that predicts with <see cref="GreedyExpressionSimulator"/>.</summary>
    public static ToyRustParser Create(ITokenStream stream)
    {
        var parser = new ToyRustParser(stream);
        parser.Interpreter = new GreedyExpressionSimulator(parser, _ATN, decisionToDFA, sharedContextCache);
        return parser;
    }

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        if (++_ruleDepth > MaxRuleDepth)
        {
            _ruleDepth--;
            throw new NestingTooDeepException(CurrentToken);
        }
        base.EnterRule(localctx, state, ruleIndex);
    }

    public override void ExitRule()
    {
        _ruleDepth--;
        base.ExitRule();
    }

    public override void Reset()
    {
        _ruleDepth = 0;
        base.Reset();
    }
}
