using ToyRust.Syntax.Ast;

namespace ToyRust.Mir.Ir;

/// <summary>
/// The one table between the source's operators (<see cref="BinaryOperator"/>) and the MIR's
/// operations (<see cref="BinOp"/>): the builder maps one way, the shims (which look up a
/// comparison's trait method) and the code generator (whose arithmetic helpers take the source
/// operator) the other.
/// </summary>
public static class BinOps
{
    private static readonly (BinaryOperator Surface, BinOp Op)[] Table =
    [
        (BinaryOperator.Add, BinOp.Add), (BinaryOperator.Sub, BinOp.Sub), (BinaryOperator.Mul, BinOp.Mul),
        (BinaryOperator.Div, BinOp.Div), (BinaryOperator.Rem, BinOp.Rem),
        (BinaryOperator.BitAnd, BinOp.BitAnd), (BinaryOperator.BitOr, BinOp.BitOr), (BinaryOperator.BitXor, BinOp.BitXor),
        (BinaryOperator.Shl, BinOp.Shl), (BinaryOperator.Shr, BinOp.Shr),
        (BinaryOperator.Eq, BinOp.Eq), (BinaryOperator.Ne, BinOp.Ne), (BinaryOperator.Lt, BinOp.Lt),
        (BinaryOperator.Le, BinOp.Le), (BinaryOperator.Gt, BinOp.Gt), (BinaryOperator.Ge, BinOp.Ge),
    ];

    /// <summary>The operation of a source operator; `&amp;&amp;` and `||` are control flow and have none.</summary>
    public static BinOp Of(BinaryOperator op)
    {
        foreach (var (surface, binOp) in Table)
        {
            if (surface == op) return binOp;
        }
        throw new InvalidOperationException($"{op} is control flow, not an operation");
    }

    /// <summary>The source operator an operation stands for.</summary>
    public static BinaryOperator Surface(this BinOp op)
    {
        foreach (var (surface, binOp) in Table)
        {
            if (binOp == op) return surface;
        }
        throw new InvalidOperationException($"no source operator for {op}");
    }

    public static bool IsComparison(this BinOp op) => op is BinOp.Eq or BinOp.Ne or BinOp.Lt or BinOp.Le or BinOp.Gt or BinOp.Ge;
}
