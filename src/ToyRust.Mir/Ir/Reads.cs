using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Ir;

/// <summary>
/// What an rvalue or a terminator reads, for the passes that walk every use of a local (register
/// allocation in the code generator, definite initialization): the operands, in order, and the
/// place used by address. One place that knows every rvalue, so a new one fails loudly here.
/// </summary>
public static class Reads
{
    /// <summary>The operands of an rvalue, in order.</summary>
    public static IEnumerable<Operand> OperandsOf(Rvalue rvalue) => rvalue switch
    {
        UseRvalue u => [u.Operand],
        RepeatRvalue r => [r.Operand],
        CastRvalue c => [c.Operand],
        UnsizeRvalue u => [u.Operand],
        ReifyRvalue r => [r.Operand],
        BinaryRvalue b => [b.Left, b.Right],
        CheckedBinaryRvalue b => [b.Left, b.Right],
        UnaryRvalue u => [u.Operand],
        AggregateRvalue a => a.Operands,
        RefRvalue or LenRvalue or DiscriminantRvalue => [],
        _ => throw new InvalidOperationException($"Reads does not know {rvalue.GetType().Name}"),
    };

    /// <summary>The place an rvalue needs the address of (`&amp;p`, `Len(p)`, `discriminant(p)`), or null.</summary>
    public static Place? AddressedPlaceOf(Rvalue rvalue) => rvalue switch
    {
        RefRvalue r => r.Place,
        LenRvalue l => l.Place,
        DiscriminantRvalue d => d.Place,
        _ => null,
    };

    /// <summary>The operands of a terminator, in order (a bounds check's message reads two).</summary>
    public static IEnumerable<Operand> OperandsOf(Terminator terminator) => terminator switch
    {
        SwitchIntTerminator s => [s.Discriminant],
        CallTerminator c => c.Arguments,
        AssertTerminator { Message: BoundsCheckMessage b } a => [a.Condition, b.Length, b.Index],
        AssertTerminator a => [a.Condition],
        _ => [],
    };

    /// <summary>The place an operand reads with the span of the expression that reads it (default when it has none), or null for a constant.</summary>
    public static (Place Place, TextSpan Span)? ReadOf(Operand operand) => operand switch
    {
        CopyOperand c => (c.Place, c.Span),
        MoveOperand m => (m.Place, m.Span),
        _ => null,
    };

    /// <summary>The place an operand reads, or null for a constant.</summary>
    public static Place? PlaceOf(Operand operand) => operand switch
    {
        CopyOperand c => c.Place,
        MoveOperand m => m.Place,
        _ => null,
    };
}
