using System.Collections.Immutable;
using ToyRust.Analysis.Demangling;
using ToyRust.Analysis.Objects;
using ToyRust.Driver;

namespace ToyRust.Analysis.Sizes;

/// <summary>What ToyRust knows about a build it made itself: its instances, the optimiser's records, and the runtime's symbols.</summary>
public sealed record BuildInfo(ImmutableArray<MonoItemReport> MonoItems, BuildRecords Records, IReadOnlySet<string> RuntimeSymbols)
{
    /// <summary>The build's vtables (`&amp;dyn Trait`), to find in the object file.</summary>
    public ImmutableArray<VtableReport> Vtables { get; init; } = [];
}

/// <summary>
/// Turns an <see cref="ObjectImage"/> into a <see cref="SizeReport"/>: sections; functions (one
/// per address, the other names there as aliases); functions grouped by generic item and by
/// crate; and, for a build ToyRust made (<see cref="BuildInfo"/>), every instance's fate.
/// Shares are of the code sections' total (`.text` and the other code sections), as cargo-bloat
/// reports them. Every list has a total order (size, then name), so the same file gives the same report.
/// </summary>
public static class SizeAnalyzer
{
    public static SizeReport Analyze(ObjectImage image, BuildInfo? build = null)
    {
        var namer = build is null ? SymbolNamer.ForeignBinary
            : new SymbolNamer(build.RuntimeSymbols, build.MonoItems.Where(m => m.FromPrelude).Select(m => m.Symbol).ToHashSet(StringComparer.Ordinal));
        var code = image.CodeSize;
        var functions = Functions(image, namer, code);
        var instances = build is null ? [] : InstanceFates.Decide(build.MonoItems, build.Records, SymbolsAt(image), s => (namer.Name(s).Name, namer.Name(s).Item));
        return new SizeReport(image.Path, FormatName(image.Format), image.Architecture, image.IsExecutable, image.FileSize, code,
            [.. image.Sections.Select(s => new SectionRow(s.Name, s.Kind, s.FileSize, s.MemorySize))],
            functions, Generics(functions, build, namer, code), Crates(functions, code), instances, Notes(image, functions, namer))
        {
            Vtables = build is null ? [] : VtableRows.Of(image, build.Vtables, functions),
        };
    }

    public static string FormatName(ObjectFormat format) => format switch
    {
        ObjectFormat.Elf => "ELF",
        ObjectFormat.MachO => "Mach-O",
        _ => "COFF",
    };

    private static ImmutableArray<FunctionRow> Functions(ObjectImage image, SymbolNamer namer, long code) =>
    [
        .. image.Functions
            .GroupBy(s => (s.Section, s.Address))
            .Select(g => Function(g.OrderBy(s => Preference(s.Name)).ThenBy(s => s.Name, StringComparer.Ordinal).ToList(), namer, code))
            .OrderByDescending(f => f.Bytes).ThenBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Symbol, StringComparer.Ordinal),
    ];

    /// <summary>Of several names at one address, a Rust name first, then a public-looking one.</summary>
    private static int Preference(string symbol) => symbol.StartsWith("_R", StringComparison.Ordinal) ? 0 : symbol.StartsWith("_ZN", StringComparison.Ordinal) ? 1 : 2;

    private static FunctionRow Function(List<ObjectSymbol> atAddress, SymbolNamer namer, long code)
    {
        var first = atAddress[0];
        var name = namer.Name(first.Name);
        var bytes = atAddress.Max(s => s.Size);
        return new FunctionRow(first.Name, name.Name, name.Item, name.Crate, bytes, Share(bytes, code), [.. atAddress.Skip(1).Select(s => namer.Name(s.Name).Name)]);
    }

    private static ImmutableArray<GenericRow> Generics(ImmutableArray<FunctionRow> functions, BuildInfo? build, SymbolNamer namer, long code)
    {
        var instructions = build is null ? null : build.MonoItems
            .GroupBy(m => namer.Name(m.Symbol).Item)
            .ToDictionary(g => g.Key, g => (long)g.Sum(m => build.Records.Unoptimized.Functions.TryGetValue(m.Symbol, out var f) ? f.Instructions : 0));
        return
        [
            .. functions.GroupBy(f => f.Item)
                .Select(g => new GenericRow(g.Key, g.First().Crate, g.Count(), g.Sum(f => f.Bytes),
                    instructions is not null && instructions.TryGetValue(g.Key, out var n) ? n : null, Share(g.Sum(f => f.Bytes), code), g.Sum(f => f.Bytes) - g.Max(f => f.Bytes)))
                .OrderByDescending(g => g.Bytes).ThenBy(g => g.Item, StringComparer.Ordinal),
        ];
    }

    private static ImmutableArray<CrateRow> Crates(ImmutableArray<FunctionRow> functions, long code) =>
    [
        .. functions.GroupBy(f => f.Crate)
            .Select(g => new CrateRow(g.Key, g.Count(), g.Sum(f => f.Bytes), Share(g.Sum(f => f.Bytes), code)))
            .OrderByDescending(c => c.Bytes).ThenBy(c => c.Crate, StringComparer.Ordinal),
    ];

    /// <summary>Each function symbol of the output, with its bytes and the other symbols at its address.</summary>
    private static Dictionary<string, (long, ImmutableArray<string>)>? SymbolsAt(ObjectImage image)
    {
        if (image.Symbols.IsEmpty) return null;
        var result = new Dictionary<string, (long, ImmutableArray<string>)>(StringComparer.Ordinal);
        foreach (var group in image.Functions.GroupBy(s => (s.Section, s.Address)))
        {
            var names = group.Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
            foreach (var s in group) result[s.Name] = (s.Size, [.. names.Where(n => n != s.Name)]);
        }
        return result;
    }

    private static ImmutableArray<string> Notes(ObjectImage image, ImmutableArray<FunctionRow> functions, SymbolNamer namer)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        if (image.Symbols.IsEmpty) notes.Add("no symbol table (stripped?): only sections can be measured");
        var legacy = functions.Count(f => namer.Name(f.Symbol).Scheme == ManglingScheme.Legacy);
        if (legacy > 0)
            notes.Add($"{legacy} functions have legacy Rust names (`_ZN…17h<hash>E`), which carry no type arguments: their copies are grouped by path "
                + "and told apart only by hash. Build with `-C symbol-mangling-version=v0` for exact grouping.");
        if (image.Format != ObjectFormat.Elf) notes.Add($"{FormatName(image.Format)} records no symbol sizes: each is the gap to the next symbol of its section");
        return notes.ToImmutable();
    }

    private static double Share(long bytes, long total) => total == 0 ? 0 : (double)bytes / total;
}
