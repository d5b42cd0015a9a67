using System.Collections.Immutable;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Driver;

/// <summary>How long one pass took, for `-v` and the benchmarks.</summary>
public sealed record PassTiming(string Pass, TimeSpan Elapsed);

/// <summary>
/// The outcome of a compilation: the diagnostics (errors and warnings, in the order rustc
/// would print them) and the files written. <see cref="Succeeded"/> is false when any error was
/// reported or the system is missing a piece (see <see cref="SystemError"/>).
/// </summary>
public sealed record CompileResult(
    SourceText Source,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<string> Outputs,
    ImmutableArray<PassTiming> Timings,
    string? SystemError)
{
    public bool Succeeded => SystemError is null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The executable, when one was linked.</summary>
    public string? Executable { get; init; }

    /// <summary>What the optimiser did to each function, when <see cref="CompileOptions.RecordInstances"/> asked for it.</summary>
    public BuildRecords? Records { get; init; }

    /// <summary>The mono items, in collection order (for `--print mono-items`).</summary>
    public ImmutableArray<MonoItemReport> MonoItems { get; init; } = [];

    /// <summary>The vtables the collector made, in collection order (for the size tools).</summary>
    public ImmutableArray<VtableReport> Vtables { get; init; } = [];
}

/// <summary>
/// One vtable as the size tools see it: its symbol (`vtable.0`), the concrete type and trait
/// (`&lt;Circle as Shape&gt;`), its pointer-sized slots, the symbols of the methods in it, and of
/// those the ones that no chain of direct calls from `main` reaches: methods that only vtables
/// keep in the program.
/// </summary>
public sealed record VtableReport(string Symbol, string Name, int Slots, ImmutableArray<string> Methods, ImmutableArray<string> OnlyThroughVtable)
{
    /// <summary>The mono items' names of <see cref="OnlyThroughVtable"/>, in the same order (`&lt;Circle as Shape&gt;::name`).</summary>
    public ImmutableArray<string> OnlyThroughVtableNames { get; init; } = [];

    public static ImmutableArray<VtableReport> From(Mono.MonoProgram program)
    {
        var called = new HashSet<Mono.MonoFunction>(ReferenceEqualityComparer.Instance) { program.Entry };
        var work = new Queue<Mono.MonoFunction>([program.Entry]);
        while (work.Count > 0)
        {
            var item = work.Dequeue();
            foreach (var callee in item.Callees.Values.Concat(item.Formatters.Values))
            {
                if (called.Add(callee)) work.Enqueue(callee);
            }
        }
        return [.. program.Vtables.Select(v => From(v, called))];
    }

    private static VtableReport From(Mono.MonoVtable vtable, HashSet<Mono.MonoFunction> called)
    {
        var methods = Enumerable.Range(0, vtable.Layout.Length)
            .Where(i => vtable.Layout[i] is ToyRust.Semantics.Traits.MethodEntry).Select(vtable.Method).ToList();
        var kept = methods.Where(m => !called.Contains(m)).Distinct().ToList();
        return new VtableReport(vtable.Symbol, vtable.DisplayName, vtable.Layout.Length, [.. methods.Select(m => m.Symbol)], [.. kept.Select(m => m.Symbol)])
        {
            OnlyThroughVtableNames = [.. kept.Select(m => m.DisplayName)],
        };
    }
}

/// <summary>
/// The module's functions at three moments: as generated (<see cref="Unoptimized"/>), after the
/// opt-level's pipeline (<see cref="Optimized"/>), and after `mergefunc` when merging ran
/// (<see cref="Merged"/>). A function present before and absent after was inlined into its callers
/// or deleted; one absent only after merging was folded into an identical one.
/// </summary>
public sealed record BuildRecords(ToyRust.Llvm.LlvmInventory Unoptimized, ToyRust.Llvm.LlvmInventory Optimized, ToyRust.Llvm.LlvmInventory? Merged)
{
    /// <summary>The last inventory: what the object file holds.</summary>
    public ToyRust.Llvm.LlvmInventory Final => Merged ?? Optimized;
}

/// <summary>
/// One mono item as `--print mono-items` reports it: the instance (`max::&lt;i32&gt;`), its generic
/// origin (`max`), its type arguments, its symbol, and the chain of items that caused it, from
/// the item that first used it back to `main`.
/// </summary>
public sealed record MonoItemReport(string Name, string Origin, ImmutableArray<string> TypeArguments, string Symbol, ImmutableArray<string> CausedBy)
{
    /// <summary>An instance of a prelude function (`Option::&lt;i32&gt;::unwrap`) or a shim of a std type's impl, which rustc counts as the standard library's.</summary>
    public bool FromPrelude { get; init; }

    public static MonoItemReport From(Mono.MonoFunction item)
    {
        var chain = ImmutableArray.CreateBuilder<string>();
        for (var c = item.CausedBy; c is not null; c = c.CausedBy) chain.Add(c.DisplayName);
        return new MonoItemReport(item.DisplayName, item.Definition.DisplayName,
            [.. item.TypeArguments.Select(Mono.SymbolMangler.DisplayType)], item.Symbol, chain.ToImmutable())
        {
            FromPrelude = item.FromPrelude,
        };
    }
}
