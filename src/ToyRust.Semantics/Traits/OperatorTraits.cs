using ToyRust.Semantics.Symbols;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Traits;

/// <summary>
/// Which prelude trait and method an operator goes through (`a + b` is `Add::add`, `a += b` is
/// `AddAssign::add_assign`, `a &lt; b` is `PartialOrd::lt`). One table for the checker, the
/// collector and the code generator.
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

    /// <summary>The arithmetic trait and method of `op` (or of `op=` when <paramref name="isAssignment"/>), or null.</summary>
    public static (string Trait, string Method)? Arithmetic(BinaryOperator op, bool isAssignment = false)
    {
        (string, string)? plain = op switch
        {
            BinaryOperator.Add => ("Add", "add"),
            BinaryOperator.Sub => ("Sub", "sub"),
            BinaryOperator.Mul => ("Mul", "mul"),
            BinaryOperator.Div => ("Div", "div"),
            BinaryOperator.Rem => ("Rem", "rem"),
            _ => null,
        };
        return plain is var (trait, method) && isAssignment ? (trait + "Assign", method + "_assign") : plain;
    }

    /// <summary>The comparison trait and method of `op`, or null for a non-comparison.</summary>
    public static (string Trait, string Method)? Comparison(BinaryOperator op) => op switch
    {
        BinaryOperator.Eq => ("PartialEq", "eq"),
        BinaryOperator.Ne => ("PartialEq", "ne"),
        BinaryOperator.Lt => ("PartialOrd", "lt"),
        BinaryOperator.Le => ("PartialOrd", "le"),
        BinaryOperator.Gt => ("PartialOrd", "gt"),
        BinaryOperator.Ge => ("PartialOrd", "ge"),
        _ => null,
    };

    /// <summary>The operator a comparison or arithmetic method stands for (`lt` → `&lt;`, `add_assign` → `+`).</summary>
    public static BinaryOperator OperatorOf(string method) => method switch
    {
        "eq" => BinaryOperator.Eq,
        "ne" => BinaryOperator.Ne,
        "lt" => BinaryOperator.Lt,
        "le" => BinaryOperator.Le,
        "gt" => BinaryOperator.Gt,
        "ge" => BinaryOperator.Ge,
        "add" or "add_assign" => BinaryOperator.Add,
        "sub" or "sub_assign" => BinaryOperator.Sub,
        "mul" or "mul_assign" => BinaryOperator.Mul,
        "div" or "div_assign" => BinaryOperator.Div,
        _ => BinaryOperator.Rem,
    };
}
