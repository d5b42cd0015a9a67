using ToyRust.Analysis.Diffs;

namespace ToyRust.Analysis.Output;

/// <summary>The tables of `toyrust diff`: sections, then generic items, each with old, new and the change.</summary>
public static class DiffTables
{
    public static IReadOnlyList<ReportTable> Of(SizeDiff diff, int top) =>
    [
        Table("sections", $"Sections (bytes in the file): {ReportTable.Text(new Change(diff.FileTotal.Delta))} bytes in total", "section", [diff.FileTotal with { Name = "TOTAL" }], diff.Sections, top, copies: false),
        Table("generics", $"Generic items (bytes of code, copies): {ReportTable.Text(new Change(diff.CodeTotal.Delta))} bytes of code", "generic item", [diff.CodeTotal with { Name = "TOTAL" }], diff.Generics, top, copies: true),
    ];

    private static ReportTable Table(string name, string caption, string what, IReadOnlyList<DiffRow> total, IReadOnlyList<DiffRow> rows, int top, bool copies)
    {
        List<Column> columns = [new(what, Shrinks: true), new("old", true), new("new", true), new("change", true)];
        if (copies) columns.Add(new("copies", true));
        var shown = rows.Take(top).Concat(total);
        return new ReportTable(name, rows.Count > top ? $"{caption} (top {top} of {rows.Count} changes)" : caption, columns,
            [.. shown.Select(r => copies
                ? (IReadOnlyList<object?>)[r.Name, r.OldBytes, r.NewBytes, new Change(r.Delta), $"{r.OldCopies} → {r.NewCopies}"]
                : [r.Name, r.OldBytes, r.NewBytes, new Change(r.Delta)])]);
    }
}
