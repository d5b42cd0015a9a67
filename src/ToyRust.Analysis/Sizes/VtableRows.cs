using System.Collections.Immutable;
using ToyRust.Analysis.Objects;
using ToyRust.Driver;

namespace ToyRust.Analysis.Sizes;

/// <summary>
/// The "vtables" notion of a size report. A vtable is data (`vtable.N`, a local symbol in a
/// read-only data section), not code; what it costs is its own bytes plus the methods it alone
/// keeps alive: the collector makes every method of a vtable an item whether or not anything
/// calls it (rustc does the same), and a method no direct call reaches is only there because of
/// the vtable. A vtable the optimiser removed (its unsizing was folded away) is not listed.
/// </summary>
internal static class VtableRows
{
    public static ImmutableArray<VtableRow> Of(ObjectImage image, ImmutableArray<VtableReport> vtables, ImmutableArray<FunctionRow> functions)
    {
        var data = image.Symbols.Where(s => s.Section.Kind != SectionKind.Code).GroupBy(s => s.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var code = functions.GroupBy(f => f.Symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return
        [
            .. vtables.Where(v => data.ContainsKey(v.Symbol)).Select(v => Row(v, data[v.Symbol], code))
                .OrderByDescending(r => r.Bytes + r.OnlyThroughVtableBytes).ThenBy(r => r.Name, StringComparer.Ordinal),
        ];
    }

    private static VtableRow Row(VtableReport vtable, ObjectSymbol symbol, Dictionary<string, FunctionRow> code)
    {
        var kept = vtable.OnlyThroughVtable.Select((s, i) => (Name: vtable.OnlyThroughVtableNames[i], Symbol: s)).Where(k => code.ContainsKey(k.Symbol)).ToList();
        return new VtableRow(vtable.Name, vtable.Symbol, vtable.Slots, symbol.Size, [.. kept.Select(k => k.Name)], kept.Sum(k => code[k.Symbol].Bytes));
    }
}
