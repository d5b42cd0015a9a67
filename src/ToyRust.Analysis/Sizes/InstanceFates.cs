using System.Collections.Immutable;
using ToyRust.Driver;
using ToyRust.Llvm;

namespace ToyRust.Analysis.Sizes;

/// <summary>What became of one instance between the collector and the executable.</summary>
public enum InstanceFate
{
    /// <summary>A symbol of its own, every call site still calling it.</summary>
    Kept,

    /// <summary>Still a symbol, but some call sites had it inlined.</summary>
    InlinedIntoSome,

    /// <summary>Gone after optimisation, and it had call sites: inlined into every caller.</summary>
    InlinedEverywhere,

    /// <summary>Gone after optimisation with no call site to inline into: deleted as unused.</summary>
    RemovedUnused,

    /// <summary>Folded into an identical function by LLVM's `mergefunc` (gone, or left as an alias or a thunk).</summary>
    Merged,

    /// <summary>Folded by the linker's identical code folding: same address as another symbol.</summary>
    FoldedByLinker,

    /// <summary>In the object, but dropped by the linker's `--gc-sections`.</summary>
    RemovedByLinker,
}

/// <summary>
/// One instance the collector made, and its fate: <see cref="IrInstructions"/> before optimisation,
/// <see cref="Bytes"/> of machine code in the output (null when it has no symbol there), the call
/// sites to it before optimisation and after, the function it was merged or folded with, and why
/// it exists (<see cref="CausedBy"/>: the item that first used it, back to `main`).
/// </summary>
public sealed record InstanceRow(string Symbol, string Name, string Item, int IrInstructions, long? Bytes, InstanceFate Fate,
    string? Partner, int CallSites, int CallSitesLeft, ImmutableArray<string> CausedBy)
{
    public string Describe() => Fate switch
    {
        InstanceFate.Kept => "kept",
        InstanceFate.InlinedIntoSome => $"inlined at {CallSites - CallSitesLeft} of {CallSites} call sites, kept",
        InstanceFate.InlinedEverywhere => CallSites == 1 ? "inlined into its caller" : $"inlined at all {CallSites} call sites",
        InstanceFate.RemovedUnused => "removed: unused after optimisation",
        InstanceFate.Merged => Partner is null ? "merged with an identical function" : $"merged with {Partner}",
        InstanceFate.FoldedByLinker => $"folded with {Partner} by the linker",
        _ => "removed by the linker (--gc-sections)",
    };
}

/// <summary>
/// Decides each instance's fate from the compiler's own records, never from names: the LLVM
/// inventories before optimisation, after the pipeline and after `mergefunc`
/// (<see cref="BuildRecords"/>), then the output's symbol table (addresses shared by folded
/// functions, symbols the linker dropped). The order of the questions is the order of the
/// pipeline: did the optimiser remove it, did merging fold it, did the linker drop or fold it.
/// </summary>
public static class InstanceFates
{
    /// <param name="symbolsAt">Each symbol of the output with the other symbols at its address; null when the output has no symbol table.</param>
    public static ImmutableArray<InstanceRow> Decide(
        IEnumerable<MonoItemReport> items, BuildRecords records, IReadOnlyDictionary<string, (long Bytes, ImmutableArray<string> Aliases)>? symbolsAt,
        Func<string, (string Name, string Item)> name)
    {
        var before = CallSites(records.Unoptimized);
        var after = CallSites(records.Final);
        return [.. items.Select(item =>
        {
            var (display, generic) = name(item.Symbol);
            var instructions = records.Unoptimized.Functions.TryGetValue(item.Symbol, out var f) ? f.Instructions : 0;
            var sites = before.GetValueOrDefault(item.Symbol);
            var left = after.GetValueOrDefault(item.Symbol);
            var (fate, partner) = FateOf(item.Symbol, records, sites, left, symbolsAt);
            long? bytes = symbolsAt?.TryGetValue(item.Symbol, out var s) == true && fate is not InstanceFate.FoldedByLinker ? s.Bytes : null;
            return new InstanceRow(item.Symbol, display, generic, instructions, bytes, fate, partner is null ? null : name(partner).Name, sites, left, item.CausedBy);
        })];
    }

    private static (InstanceFate, string?) FateOf(string symbol, BuildRecords records, int sites, int left,
        IReadOnlyDictionary<string, (long Bytes, ImmutableArray<string> Aliases)>? symbolsAt)
    {
        if (!records.Optimized.Functions.ContainsKey(symbol))
            return (sites > 0 ? InstanceFate.InlinedEverywhere : InstanceFate.RemovedUnused, null);
        if (records.Merged is { } merged && MergedInto(symbol, records.Optimized, merged) is var (wasMerged, into) && wasMerged)
            return (InstanceFate.Merged, into);
        if (symbolsAt is not null)
        {
            if (!symbolsAt.TryGetValue(symbol, out var at)) return (InstanceFate.RemovedByLinker, null);
            // Of the names at one address, the first in ordinal order stands for the code; the others were folded into it.
            if (at.Aliases.Length > 0 && string.CompareOrdinal(at.Aliases[0], symbol) < 0) return (InstanceFate.FoldedByLinker, at.Aliases[0]);
        }
        return (left < sites ? InstanceFate.InlinedIntoSome : InstanceFate.Kept, null);
    }

    /// <summary>
    /// `mergefunc` replaces a function by an identical one in one of three ways: every use redirected
    /// and the function deleted, an alias to the other, or a thunk whose whole body calls the other.
    /// </summary>
    private static (bool, string?) MergedInto(string symbol, LlvmInventory optimized, LlvmInventory merged)
    {
        if (merged.Aliases.TryGetValue(symbol, out var aliasee)) return (true, aliasee);
        if (!merged.Functions.TryGetValue(symbol, out var now)) return (true, Twin(symbol, optimized, merged));
        var wasThunk = optimized.Functions[symbol].Calls is [_] && optimized.Functions[symbol].Instructions <= 2;
        return !wasThunk && now.Calls.Length == 1 && now.Instructions <= 2 ? (true, now.Calls[0]) : (false, null);
    }

    /// <summary>The surviving function that had the same size and calls as a deleted one: what its uses were redirected to.</summary>
    private static string? Twin(string symbol, LlvmInventory optimized, LlvmInventory merged)
    {
        var gone = optimized.Functions[symbol];
        return merged.Functions.Values
            .Where(f => f.Instructions == gone.Instructions && f.Calls.SequenceEqual(gone.Calls))
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static Dictionary<string, int> CallSites(LlvmInventory inventory)
    {
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in inventory.Functions.Values)
        {
            foreach (var callee in f.Calls) count[callee] = count.GetValueOrDefault(callee) + 1;
        }
        return count;
    }
}
