using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Dfa;
using ToyRust.Syntax.Generated;

namespace ToyRust.Syntax.Parsing;

/// <summary>
/// ANTLR's prediction, except that in the LL pass (see <see cref="Parser"/>) the decisions of
/// the rules that continue an expression (<see cref="ExpressionRules"/>) are predicted as in the
/// SLL pass.
///
/// Why: `return`, `break` and a closure end in an expression that reaches as far right as it can
/// (`return x.y + 1` is `return ((x.y) + 1)`), but the grammar lets any operand be followed by
/// postfix and binary operators, so after `return x` a `.y` could continue `x` or the operand
/// `return x` around it. ANTLR resolves such an ambiguity to the first alternative, which here
/// continues the inner expression, as rustc does. SLL prediction sees the conflict one token
/// after the decision and stops there. Full LL first reads on until the two readings meet again,
/// at the end of the enclosing expression, and does so at every link: a syntax error after
/// `return x.x.x…` took time quadratic in the chain (bug 15: 600 links, 24 s) to report.
///
/// The answer is the same in both modes. At these decisions the alternatives are to go on with
/// the inner expression or to leave it, and leaving only fits where an enclosing expression goes
/// on with the same tokens. The inner expression can always take those tokens itself and then
/// end where the enclosing one would have, so going on is always viable when leaving is: a
/// conflict is an ambiguity, which full LL also resolves to the first alternative. Elsewhere a
/// decision that SLL cannot settle still gets full LL.
/// </summary>
internal sealed class GreedyExpressionSimulator : ParserATNSimulator
{
    /// <summary>`a = b`, `a..b`, `a + b` / `a as T`, and an operand's prefix and postfix operators.</summary>
    private static readonly int[] ExpressionRules =
    [
        ToyRustParser.RULE_expressionWith,
        ToyRustParser.RULE_rangeExpression,
        ToyRustParser.RULE_binaryExpression,
        ToyRustParser.RULE_operand,
    ];

    private readonly bool[] predictAsSll;

    public GreedyExpressionSimulator(Antlr4.Runtime.Parser parser, ATN atn, DFA[] decisionToDfa, PredictionContextCache cache)
        : base(parser, atn, decisionToDfa, cache)
    {
        predictAsSll = new bool[atn.NumberOfDecisions];
        for (var decision = 0; decision < predictAsSll.Length; decision++)
        {
            predictAsSll[decision] = ExpressionRules.Contains(atn.GetDecisionState(decision).ruleIndex);
        }
    }

    public override int AdaptivePredict(ITokenStream input, int decision, ParserRuleContext outerContext)
    {
        if (PredictionMode != PredictionMode.LL || !predictAsSll[decision]) return base.AdaptivePredict(input, decision, outerContext);
        PredictionMode = PredictionMode.SLL;
        try
        {
            return base.AdaptivePredict(input, decision, outerContext);
        }
        finally
        {
            PredictionMode = PredictionMode.LL;
        }
    }
}
