using System.Collections.Immutable;
using System.Numerics;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Ir;

/// <summary>The end of a basic block: where control goes next.</summary>
public abstract record Terminator(TextSpan Span)
{
    /// <summary>The blocks control may go to from here, in order, the unwind block last.</summary>
    public abstract IEnumerable<BasicBlock> Successors { get; }

    /// <summary>
    /// Where a panic inside this terminator continues: a cleanup block that drops what is live and
    /// ends in `resume`. Null when nothing needs dropping (the panic leaves the function at once) or
    /// the terminator cannot panic.
    /// </summary>
    public virtual BasicBlock? Unwind => null;

    /// <summary>Appends the unwind block, if any, to the normal successors.</summary>
    private protected IEnumerable<BasicBlock> WithUnwind(IEnumerable<BasicBlock> normal) => Unwind is { } u ? [.. normal, u] : normal;
}

/// <summary>`goto -> bb1`.</summary>
public sealed record GotoTerminator(TextSpan Span, BasicBlock Target) : Terminator(Span)
{
    public override IEnumerable<BasicBlock> Successors => [Target];
}

/// <summary>One value of a `switchInt` and the block it goes to.</summary>
public sealed record SwitchTarget(BigInteger Value, BasicBlock Target);

/// <summary>`switchInt(op) -> [0: bb1, 1: bb2, otherwise: bb3]`: the integer, bool, char or discriminant picks a block.</summary>
public sealed record SwitchIntTerminator(TextSpan Span, Operand Discriminant, ImmutableArray<SwitchTarget> Targets, BasicBlock Otherwise) : Terminator(Span)
{
    public override IEnumerable<BasicBlock> Successors => [.. Targets.Select(t => t.Target), Otherwise];
}

/// <summary>
/// `dest = callee(args) -> bb1`. <see cref="Target"/> is null when the call never returns
/// (`panic!`, `exit`, a function returning `!`).
/// </summary>
public sealed record CallTerminator(TextSpan Span, Callee Callee, ImmutableArray<Operand> Arguments, Place Destination, BasicBlock? Target, BasicBlock? Cleanup = null) : Terminator(Span)
{
    public override IEnumerable<BasicBlock> Successors => WithUnwind(Target is { } t ? [t] : []);

    public override BasicBlock? Unwind => Cleanup;
}

/// <summary>`assert(cond, "message") -> bb1`: panics with the message unless the condition is <see cref="Expected"/>.</summary>
public sealed record AssertTerminator(TextSpan Span, Operand Condition, bool Expected, AssertMessage Message, BasicBlock Target, BasicBlock? Cleanup = null) : Terminator(Span)
{
    public override IEnumerable<BasicBlock> Successors => WithUnwind([Target]);

    public override BasicBlock? Unwind => Cleanup;
}

/// <summary>`drop(place) -> bb1`: runs the drop glue of the place's type (from L4 on; nothing before it needs dropping).</summary>
public sealed record DropTerminator(TextSpan Span, Place Place, BasicBlock Target, BasicBlock? Cleanup = null) : Terminator(Span)
{
    public override IEnumerable<BasicBlock> Successors => WithUnwind([Target]);

    public override BasicBlock? Unwind => Cleanup;
}

/// <summary>`resume`: the end of a cleanup path; the panic goes on unwinding into the caller.</summary>
public sealed record ResumeTerminator(TextSpan Span) : Terminator(Span)
{
    public override IEnumerable<BasicBlock> Successors => [];
}

/// <summary>`return`: the value is in `_0`.</summary>
public sealed record ReturnTerminator(TextSpan Span) : Terminator(Span)
{
    public override IEnumerable<BasicBlock> Successors => [];
}

/// <summary>`unreachable`: control never gets here (after an exhaustive `match`, after a call that diverges).</summary>
public sealed record UnreachableTerminator(TextSpan Span) : Terminator(Span)
{
    public override IEnumerable<BasicBlock> Successors => [];
}

/// <summary>What a `Call` calls.</summary>
public abstract record Callee;

/// <summary>
/// A function item with its type arguments, which may mention the body's generic parameters. A
/// trait method (`Clone::clone` with Self = T) is resolved per instance by the collector: to an
/// impl's method, the trait's default body, or a compiler-provided shim.
/// </summary>
public sealed record FnCallee(FunctionSymbol Function, ValueArray<TypeSymbol> TypeArguments) : Callee
{
    public override string ToString() => TypeArguments.Count == 0 ? Function.DisplayName : $"{Function.DisplayName}::<{string.Join(", ", TypeArguments)}>";
}

/// <summary>
/// A call through a vtable (rustc's `InstanceKind::Virtual`): <see cref="Method"/> is the trait
/// method, <see cref="TypeArguments"/> start with the trait object type (`dyn Shape`), and
/// <see cref="Slot"/> is the method's index in that trait object's vtable
/// (<see cref="ToyRust.Semantics.Traits.VtableLayout"/>). The first argument is the fat pointer
/// (`&amp;dyn Shape`): the callee gets its data pointer and is loaded from the vtable's slot.
/// The collector makes no item for it (the vtables' methods are items of their own).
/// Printed as rustc prints it: `&lt;dyn Shape as Shape&gt;::area(copy _1)`.
/// </summary>
public sealed record VirtualCallee(FunctionSymbol Method, ValueArray<TypeSymbol> TypeArguments, int Slot) : Callee;

/// <summary>
/// A call through a function pointer (rustc's `move _2(const 3_i32)`): the first argument is the
/// pointer, of type <see cref="Signature"/>, and the rest are the function's. No item is reached.
/// </summary>
public sealed record PointerCallee(FunctionType Signature) : Callee;

/// <summary>`print!`/`println!`/`eprint!`/`eprintln!`: the format's holes take the call's arguments in order.</summary>
public sealed record PrintCallee(PrintTarget Stream, ImmutableArray<FormatPiece> Pieces) : Callee;

/// <summary>`panic!(…)`: the message is formatted like a print; the location is the call's span (or the caller's, under `#[track_caller]`).</summary>
public sealed record PanicCallee(ImmutableArray<FormatPiece> Pieces) : Callee;

/// <summary>A step of a `Debug` shim (see <see cref="DebugCallee"/>).</summary>
public enum DebugStep
{
    /// <summary>`debug_value(v, f)`: a primitive, `&amp;str` or `()` formatted with the formatter's spec.</summary>
    Value,
    /// <summary>`display_value(v, f)`: a primitive, `&amp;str` or `&amp;String` formatted as `{}` with the formatter's spec.</summary>
    DisplayValue,
    /// <summary>`debug_open(f)`: the type's or variant's name, and `[` or `(` of an array or tuple.</summary>
    Open,
    /// <summary>`debug_field(i, f)`: the separator before part i (an operand: an array's parts are formatted in a loop), and a field's name.</summary>
    Field,
    /// <summary>`debug_field_end(f)`: after a part (its comma under `{:#?}`).</summary>
    FieldEnd,
    /// <summary>`debug_close(f)`: the closing bracket, after <see cref="DebugCallee.Count"/> parts.</summary>
    Close,
}

/// <summary>How a `Debug` shim's parts are bracketed: std's DebugStruct, DebugTuple (a tuple struct or variant), DebugList, or a tuple.</summary>
public enum DebugShape
{
    Struct,
    TupleStruct,
    List,
    Tuple,
}

/// <summary>
/// A step of `{:?}` in a `Debug` shim, a call of the runtime's formatter (`toyrust_rt.c`): the
/// last argument is the `&amp;mut Formatter`; <see cref="DebugStep.Value"/> takes the value first,
/// and <see cref="DebugStep.Field"/> the part's index (a `usize`).
/// <see cref="Name"/> is the type, variant or field name the step writes.
/// </summary>
public sealed record DebugCallee(DebugStep Step, DebugShape Shape, string Name, int Count) : Callee
{
    /// <summary>The step's name in a MIR listing: `debug_open`, `debug_field`, ….</summary>
    public override string ToString() => Step switch
    {
        DebugStep.Value => "debug_value",
        DebugStep.DisplayValue => "display_value",
        DebugStep.Open => "debug_open",
        DebugStep.Field => "debug_field",
        DebugStep.FieldEnd => "debug_field_end",
        _ => "debug_close",
    };

    /// <summary>What the step writes, after its operands in a MIR listing: `Struct, "Point"`, `Struct, "x"`, `List, 3`.</summary>
    public IEnumerable<string> Constants => Step switch
    {
        DebugStep.Open => [Shape.ToString(), $"\"{Name}\""],
        DebugStep.Field => Name.Length > 0 ? [Shape.ToString(), $"\"{Name}\""] : [Shape.ToString()],
        DebugStep.Close => [Shape.ToString(), Count.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        _ => [],
    };
}

/// <summary>`std::process::exit(code)`.</summary>
public sealed record ExitCallee : Callee
{
    public static readonly ExitCallee Instance = new();
}

/// <summary>Why an `Assert` panics, with rustc's run-time message.</summary>
public abstract record AssertMessage
{
    /// <summary>The message as the panic prints it (a bounds check fills in the two numbers at run time).</summary>
    public abstract string Text { get; }
}

/// <summary>`attempt to add with overflow` (also subtract, multiply, divide, calculate the remainder, shift left/right).</summary>
public sealed record OverflowMessage(BinOp Op) : AssertMessage
{
    public override string Text => Op switch
    {
        BinOp.Add => "attempt to add with overflow",
        BinOp.Sub => "attempt to subtract with overflow",
        BinOp.Mul => "attempt to multiply with overflow",
        BinOp.Div => "attempt to divide with overflow",
        BinOp.Rem => "attempt to calculate the remainder with overflow",
        BinOp.Shl => "attempt to shift left with overflow",
        BinOp.Shr => "attempt to shift right with overflow",
        _ => throw new InvalidOperationException($"{Op} does not overflow"),
    };
}

/// <summary>`attempt to negate with overflow`.</summary>
public sealed record NegationOverflowMessage : AssertMessage
{
    public static readonly NegationOverflowMessage Instance = new();

    public override string Text => "attempt to negate with overflow";
}

/// <summary>`attempt to divide by zero` / `attempt to calculate the remainder with a divisor of zero`.</summary>
public sealed record ZeroDivisorMessage(BinOp Op) : AssertMessage
{
    public override string Text => Op == BinOp.Div ? "attempt to divide by zero" : "attempt to calculate the remainder with a divisor of zero";
}

/// <summary>`index out of bounds: the len is {len} but the index is {index}`.</summary>
public sealed record BoundsCheckMessage(Operand Length, Operand Index) : AssertMessage
{
    public override string Text => "index out of bounds: the len is {} but the index is {}";
}
