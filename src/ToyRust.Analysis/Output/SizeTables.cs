using ToyRust.Analysis.Sizes;

namespace ToyRust.Analysis.Output;

/// <summary>The tables of `toyrust size`: sections, generics, functions, crates and (for ToyRust's builds) instances and vtables.</summary>
public static class SizeTables
{
    public static IReadOnlyList<ReportTable> Of(SizeReport report, int top)
    {
        var tables = new List<ReportTable> { Sections(report) };
        if (report.Functions.Length > 0)
        {
            tables.Add(Generics(report, top));
            tables.Add(Functions(report, top));
            tables.Add(Crates(report));
        }
        if (report.Instances.Length > 0) tables.Add(Instances(report, top));
        if (report.Vtables.Length > 0) tables.Add(Vtables(report, top));
        return tables;
    }

    public static ReportTable Sections(SizeReport r) => new("sections", $"Sections: {r.FileSize:N0} bytes in the file",
        [new("section", Shrinks: true), new("kind"), new("file bytes", true), new("memory bytes", true)],
        [.. r.Sections.Select(s => Row(s.Name, s.Kind.ToString(), s.FileSize, s.MemorySize))]);

    public static ReportTable Generics(SizeReport r, int top)
    {
        var withIr = r.Generics.Any(g => g.IrInstructions is not null);
        List<Column> columns = [new("generic item", Shrinks: true), new("crate"), new("copies", true)];
        if (withIr) columns.Add(new("IR instrs", true));
        columns.AddRange([new("bytes", true), new("% code", true), new("bloat", true)]);
        return new("generics", Caption("Functions grouped by generic item (bloat: total − largest copy)", r.Generics.Length, top), columns,
            [.. r.Generics.Take(top).Select(g => withIr
                ? Row(g.Item, g.Crate, (long)g.Copies, g.IrInstructions, g.Bytes, new Share(g.ShareOfCode), g.EstimatedBloat)
                : Row(g.Item, g.Crate, (long)g.Copies, g.Bytes, new Share(g.ShareOfCode), g.EstimatedBloat))]);
    }

    public static ReportTable Functions(SizeReport r, int top) => new("functions", Caption("Functions by machine-code bytes", r.Functions.Length, top),
        [new("function", Shrinks: true), new("crate"), new("bytes", true), new("% code", true)],
        [.. r.Functions.Take(top).Select(f => Row(f.Aliases.Length == 0 ? f.Name : $"{f.Name} (= {string.Join(", ", f.Aliases)})", f.Crate, f.Bytes, new Share(f.ShareOfCode)))]);

    public static ReportTable Crates(SizeReport r) => new("crates", $"Crates: {r.CodeSize:N0} bytes of code",
        [new("crate", Shrinks: true), new("functions", true), new("bytes", true), new("% code", true)],
        [.. r.Crates.Select(c => Row(c.Crate, (long)c.Functions, c.Bytes, new Share(c.ShareOfCode)))]);

    /// <summary>Every instance, its fate, and the item whose use created it (the whole chain back to `main` is in the JSON, and in `build --print mono-items=why`).</summary>
    public static ReportTable Instances(SizeReport r, int top) => new("instances", Caption("Instances the collector made, and their fate", r.Instances.Length, top),
        [new("instance", Shrinks: true), new("IR instrs", true), new("bytes", true), new("fate", Shrinks: true), new("first used in", Shrinks: true)],
        [.. r.Instances.Take(top).Select(i => Row(i.Name, (long)i.IrInstructions, i.Bytes, i.Describe(), i.CausedBy.FirstOrDefault() ?? "(root)"))]);

    /// <summary>Each vtable's own bytes and the methods only it keeps alive (with their bytes of code).</summary>
    public static ReportTable Vtables(SizeReport r, int top) => new("vtables", Caption("Vtables, and the methods only they keep", r.Vtables.Length, top),
        [new("vtable", Shrinks: true), new("symbol"), new("slots", true), new("bytes", true), new("kept only by it", Shrinks: true), new("their bytes", true)],
        [.. r.Vtables.Take(top).Select(v => Row(v.Name, v.Symbol, (long)v.Slots, v.Bytes, v.OnlyThroughVtable.Length == 0 ? "-" : string.Join(", ", v.OnlyThroughVtable), v.OnlyThroughVtableBytes))]);

    private static string Caption(string what, int count, int top) => count > top ? $"{what}: top {top} of {count}" : what;

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
