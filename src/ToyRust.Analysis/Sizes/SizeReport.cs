using System.Collections.Immutable;
using ToyRust.Analysis.Objects;

namespace ToyRust.Analysis.Sizes;

/// <summary>One section: its bytes in the file and in memory.</summary>
public sealed record SectionRow(string Name, SectionKind Kind, long FileSize, long MemorySize);

/// <summary>
/// One function of the machine code: <see cref="Name"/> demangled, <see cref="Item"/> the generic
/// item it is a copy of, <see cref="Crate"/> the crate its code belongs to (`[C]` for code that
/// is not Rust), and the other names at the same address (<see cref="Aliases"/>: merged or folded copies).
/// </summary>
public sealed record FunctionRow(string Symbol, string Name, string Item, string Crate, long Bytes, double ShareOfCode, ImmutableArray<string> Aliases);

/// <summary>
/// A generic item and its copies, in the manner of cargo-llvm-lines (copies, IR instructions before
/// optimisation: ToyRust's builds only) and cargo-bloat (bytes of machine code after).
/// <see cref="EstimatedBloat"/> is twiggy's `min(avg × (n − 1), total − max)`, which is always
/// `total − max`: the bytes saved if every copy were as small as the largest one shared.
/// </summary>
public sealed record GenericRow(string Item, string Crate, int Copies, long Bytes, long? IrInstructions, double ShareOfCode, long EstimatedBloat);

/// <summary>Functions and bytes of machine code per crate.</summary>
public sealed record CrateRow(string Crate, int Functions, long Bytes, double ShareOfCode);

/// <summary>What a size report says about one file.</summary>
/// <param name="Notes">Limits of this report, e.g. what legacy symbol names cannot say.</param>
public sealed record SizeReport(
    string File,
    string Format,
    string Architecture,
    bool IsExecutable,
    long FileSize,
    long CodeSize,
    ImmutableArray<SectionRow> Sections,
    ImmutableArray<FunctionRow> Functions,
    ImmutableArray<GenericRow> Generics,
    ImmutableArray<CrateRow> Crates,
    ImmutableArray<InstanceRow> Instances,
    ImmutableArray<string> Notes)
{
    /// <summary>The vtables of a ToyRust build that are still in the file (see <see cref="VtableRow"/>).</summary>
    public ImmutableArray<VtableRow> Vtables { get; init; } = [];
}

/// <summary>
/// One vtable in the file: its name (`&lt;Circle as Shape&gt;`), symbol, slots and bytes, and the
/// methods that only the vtable keeps (no direct call reaches them: a method nobody calls
/// through `dyn` either still costs its bytes), with their bytes of machine code.
/// </summary>
public sealed record VtableRow(string Name, string Symbol, int Slots, long Bytes, ImmutableArray<string> OnlyThroughVtable, long OnlyThroughVtableBytes);
