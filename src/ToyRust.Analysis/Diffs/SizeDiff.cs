using System.Collections.Immutable;
using ToyRust.Analysis.Sizes;

namespace ToyRust.Analysis.Diffs;

/// <summary>One thing measured in both builds: bytes and copies before and after.</summary>
public sealed record DiffRow(string Name, long OldBytes, long NewBytes, int OldCopies, int NewCopies)
{
    public long Delta => NewBytes - OldBytes;

    public int CopiesDelta => NewCopies - OldCopies;
}

/// <summary>
/// What changed between two builds, in the manner of `bloaty NEW -- OLD`: per section (bytes in
/// the file) and per generic item (bytes of machine code and copies), unchanged rows left out,
/// sorted by the size of the change, largest first. Totals compare the whole file and all code.
/// </summary>
public sealed record SizeDiff(string Old, string New, DiffRow FileTotal, DiffRow CodeTotal, ImmutableArray<DiffRow> Sections, ImmutableArray<DiffRow> Generics)
{
    public static SizeDiff Between(SizeReport old, SizeReport @new) => new(
        old.File,
        @new.File,
        new DiffRow("file", old.FileSize, @new.FileSize, 1, 1),
        new DiffRow("code", old.CodeSize, @new.CodeSize, old.Functions.Length, @new.Functions.Length),
        Changes(old.Sections.GroupBy(s => s.Name).ToDictionary(g => g.Key, g => (g.Sum(s => s.FileSize), g.Count())),
            @new.Sections.GroupBy(s => s.Name).ToDictionary(g => g.Key, g => (g.Sum(s => s.FileSize), g.Count()))),
        Changes(old.Generics.ToDictionary(g => g.Item, g => (g.Bytes, g.Copies)), @new.Generics.ToDictionary(g => g.Item, g => (g.Bytes, g.Copies))));

    private static ImmutableArray<DiffRow> Changes(Dictionary<string, (long Bytes, int Copies)> old, Dictionary<string, (long Bytes, int Copies)> @new) =>
    [
        .. old.Keys.Union(@new.Keys)
            .Select(k => new DiffRow(k, old.GetValueOrDefault(k).Bytes, @new.GetValueOrDefault(k).Bytes, old.GetValueOrDefault(k).Copies, @new.GetValueOrDefault(k).Copies))
            .Where(r => r.Delta != 0 || r.CopiesDelta != 0)
            .OrderByDescending(r => Math.Abs(r.Delta)).ThenBy(r => r.Name, StringComparer.Ordinal),
    ];
}
