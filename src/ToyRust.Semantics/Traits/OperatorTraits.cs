using ToyRust.Semantics.Symbols;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Traits;

/// <summary>
/// Which lang item trait an arithmetic operator goes through (`a + b` is `Add`, `a += b` is
/// `AddAssign`), and back. The method is the trait's one method (LangItems.OperatorMethod); a
/// comparison calls a `PartialEq`/`PartialOrd` method (LangItems.ComparisonMethod). One table for
/// the checker, the collector and the code generator.
/// </summary>
public static class OperatorTraits
{
    /// <summary>The lang item trait of an arithmetic `op` (or of `op=` when <paramref name="isAssignment"/>), or null.</summary>
    public static LangItem? TraitOf(BinaryOperator op, bool isAssignment = false) => (op, isAssignment) switch
    {
        (BinaryOperator.Add, false) => LangItem.Add,
        (BinaryOperator.Sub, false) => LangItem.Sub,
        (BinaryOperator.Mul, false) => LangItem.Mul,
        (BinaryOperator.Div, false) => LangItem.Div,
        (BinaryOperator.Rem, false) => LangItem.Rem,
        (BinaryOperator.Add, true) => LangItem.AddAssign,
        (BinaryOperator.Sub, true) => LangItem.SubAssign,
        (BinaryOperator.Mul, true) => LangItem.MulAssign,
        (BinaryOperator.Div, true) => LangItem.DivAssign,
        (BinaryOperator.Rem, true) => LangItem.RemAssign,
        _ => null,
    };

    /// <summary>The operator of an arithmetic trait: `Add` and `AddAssign` are `+`.</summary>
    public static BinaryOperator OperatorOf(LangItem trait) => trait switch
    {
        LangItem.Add or LangItem.AddAssign => BinaryOperator.Add,
        LangItem.Sub or LangItem.SubAssign => BinaryOperator.Sub,
        LangItem.Mul or LangItem.MulAssign => BinaryOperator.Mul,
        LangItem.Div or LangItem.DivAssign => BinaryOperator.Div,
        LangItem.Rem or LangItem.RemAssign => BinaryOperator.Rem,
        _ => throw new InvalidOperationException($"{trait} is not an arithmetic operator trait"),
    };
}
