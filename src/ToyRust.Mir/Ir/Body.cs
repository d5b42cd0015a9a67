using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Ir;

// The MIR: ToyRust's lowered IR, in the shape of rustc's MIR (rustc_middle::mir).
//
// Terms
// - A *body* is one function as a control-flow graph of *basic blocks*. It is not SSA: values
//   live in *locals*, numbered like rustc's: `_0` is the return place, `_1 … _n` are the
//   arguments, the rest are user variables and temporaries.
// - A *place* is a local plus projections: a field (`(_1.0: i32)`), a dereference (`(*_2)`), an
//   index (`_3[_4]`), a constant index (used by array patterns) and a downcast to an enum variant
//   (`(_5 as Some)`). Places are what can be assigned to and borrowed.
// - An *operand* is a copy or move out of a place, or a constant. An *rvalue* computes a value
//   from operands: an operation, a borrow, a cast, an aggregate (tuple, array, struct, variant).
// - A block is a list of *statements* (`place = rvalue`) and one *terminator*, the only thing that
//   transfers control: `goto`, `switchInt`, `call`, `assert`, `drop`, `return`, `unreachable`.
//
// Why this shape
// - Every call, and every use of an operator on a non-primitive type, is a `Call` terminator whose
//   callee names a function and its type arguments. The monomorphization collector and the code
//   generator read the same callee, so they cannot disagree about what a node uses.
// - Types stay generic (`T`) in a body, as in rustc; the collector and the code generator
//   substitute the type arguments of the instance they are working on.
// - Checks that panic (overflow, division by zero, bounds) are `Assert` terminators, so the
//   places where a program can panic are visible in the graph, as dataflow passes need them.

/// <summary>A local of a body: `_0` (the return place), an argument, a user variable or a temporary.</summary>
public readonly record struct Local(int Index)
{
    public static Local ReturnPlace => new(0);

    public override string ToString() => $"_{Index}";
}

/// <summary>A basic block of a body.</summary>
public readonly record struct BasicBlock(int Index)
{
    public static BasicBlock Start => new(0);

    public override string ToString() => $"bb{Index}";
}

/// <summary>
/// The declaration of a local: its type (generic parameters left as they are), whether it is
/// mutable, and for a user variable its name and where it was declared (a temporary has no name).
/// </summary>
public sealed record LocalDecl(TypeSymbol Type, bool IsMutable, string? Name, TextSpan Span);

/// <summary>One basic block: statements run in order, then the terminator decides where to go.</summary>
public sealed record BasicBlockData(ImmutableArray<Statement> Statements, Terminator Terminator)
{
    /// <summary>A block only unwinding reaches: it drops what is live while a panic passes (rustc's `is_cleanup`).</summary>
    public bool IsCleanup { get; init; }
}

/// <summary>
/// The MIR of one function. <see cref="Function"/> is the item it was built from (its generic
/// parameters are the ones its types mention). Locals `_1 … _ArgumentCount` are the arguments.
/// </summary>
public sealed record MirBody(FunctionSymbol Function, ImmutableArray<LocalDecl> Locals, int ArgumentCount, ImmutableArray<BasicBlockData> Blocks, TextSpan Span)
{
    public TypeSymbol ReturnType => Locals[0].Type;

    public IEnumerable<Local> Arguments => Enumerable.Range(1, ArgumentCount).Select(i => new Local(i));

    public LocalDecl this[Local local] => Locals[local.Index];

    public BasicBlockData this[BasicBlock block] => Blocks[block.Index];
}
