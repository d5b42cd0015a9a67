using System.Globalization;
using ToyRust.Analysis.Compare;
using ToyRust.Analysis.Rendering;

namespace ToyRust.Analysis.Output;

/// <summary>The JSON form of one row of `toyrust compare` (no build times: the same builds give the same bytes).</summary>
public sealed record CompareRecord(string File, string Configuration, string Compiler, string Target, string OptLevel, IReadOnlyList<string> Flags,
    long? FileSize, long? CodeSize, long? ProgramCode, int? ProgramFunctions, string? Failure,
    IReadOnlyList<CompareSection> Sections, IReadOnlyList<CompareItem> ProgramItems);

public sealed record CompareSection(string Name, long FileSize);

public sealed record CompareItem(string Item, int Copies, long Bytes);

/// <summary>
/// Everything `toyrust compare` writes: the table (text, CSV), the JSON records, the SVG charts
/// (one bar per configuration, stacked by the program's generic items or by section) and the
/// self-contained HTML report. All are functions of the rows alone, so the same builds give the same bytes.
/// </summary>
public static class CompareOutputs
{
    public static ReportTable Table(IReadOnlyList<CompareRow> rows)
    {
        var (common, label) = Labels(rows);
        return new("compare", $"Bytes per configuration{(common.Length > 0 ? $" (all: {common})" : "")}: file, code, and the program's own code (fns: its functions)",
            [new("program", Shrinks: true), new("configuration", Shrinks: true), new("file", true), new("code", true), new("own code", true), new("fns", true), new("result")],
            [.. rows.Select(r => (IReadOnlyList<object?>)[Path.GetFileName(r.File), label(r), r.Report?.FileSize, r.Report?.CodeSize, r.ProgramCode,
                r.ProgramFunctions is { } n ? (long)n : null, r.Failure is null ? "ok" : r.Skipped ? "skipped" : "FAIL"])]);
    }

    /// <summary>The rows that did not build, and why.</summary>
    public static ReportTable Failures(IReadOnlyList<CompareRow> rows) => new("failures", "Configurations that did not build",
        [new("program"), new("configuration", Shrinks: true), new("why", Shrinks: true)],
        [.. rows.Where(r => r.Failure is not null).Select(r => (IReadOnlyList<object?>)[Path.GetFileName(r.File), r.Configuration.Label, r.Failure])]);

    /// <summary>What every configuration shares (`toyrust x86_64`), and each one's label without it (`opt=2 icf=on`).</summary>
    public static (string Common, Func<CompareRow, string> Label) Labels(IReadOnlyList<CompareRow> rows)
    {
        var parts = rows.Select(r => r.Configuration.Label.Split(' ')).ToList();
        var common = parts.Count == 0 ? [] : parts.Skip(1).Aggregate((IEnumerable<string>)parts[0], (a, b) => a.Intersect(b)).ToHashSet();
        string Label(CompareRow r) => string.Join(' ', r.Configuration.Label.Split(' ').Where(p => !common.Contains(p))) is { Length: > 0 } l ? l : r.Configuration.Label;
        return (string.Join(' ', parts.FirstOrDefault()?.Where(common.Contains) ?? []), Label);
    }

    /// <summary>The program's generic items side by side: one row per (file, item), one column per configuration, cells `bytes (copies)`.</summary>
    public static IReadOnlyList<ReportTable> ItemTables(IReadOnlyList<CompareRow> rows, int top) =>
    [
        .. rows.GroupBy(r => r.File).Where(file => file.Any(r => r.ProgramItems().Any())).Select(file =>
        {
            var configs = file.ToList();
            var (_, label) = Labels(configs);
            var items = configs.SelectMany(r => r.ProgramItems()).GroupBy(i => i.Item)
                .OrderByDescending(g => g.Max(i => i.Bytes)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(top).Select(g => g.Key).ToList();
            var cells = configs.Select(r => r.ProgramItems().ToDictionary(i => i.Item)).ToList();
            return new ReportTable("items", $"{file.Key}: the program's generic items, bytes (copies) per configuration",
                [new("generic item", Shrinks: true), .. configs.Select(r => new Column(label(r), true))],
                [.. items.Select(item => (IReadOnlyList<object?>)[item, .. cells.Select(c => c.TryGetValue(item, out var i) ? $"{i.Bytes:N0} ({i.Copies})" : "-")])]);
        }),
    ];

    public static IReadOnlyList<CompareRecord> Records(IReadOnlyList<CompareRow> rows) =>
    [
        .. rows.Select(r => new CompareRecord(r.File, r.Configuration.Label, r.Configuration.Compiler.ToString().ToLowerInvariant(), r.Configuration.Target,
            Driver.Toolchain.RustcFlags.Spell(r.Configuration.OptLevel), r.Configuration.Flags(), r.Report?.FileSize, r.Report?.CodeSize, r.ProgramCode,
            r.ProgramFunctions, r.Failure,
            [.. r.Report?.Sections.Select(s => new CompareSection(s.Name, s.FileSize)) ?? []],
            [.. r.ProgramItems().Select(i => new CompareItem(i.Item, i.Copies, i.Bytes))])),
    ];

    /// <summary>Bars of the program's own code by generic item (the standard library, the runtime and the C start-up code are the table's "code" column: in rustc's executables they are 40 to 100 times the program).</summary>
    public static string ChartByItem(IReadOnlyList<CompareRow> rows) => SvgChart.Render("The program's own machine code by generic item",
        [.. rows.Select(r => new ChartBar(BarLabel(r, rows), [.. r.ProgramItems().Select(i => new ChartSegment(i.Item, i.Bytes))]))]);

    /// <summary>Bars of the file by section (the file also holds headers and alignment padding, so a bar is a little shorter than the file).</summary>
    public static string ChartBySection(IReadOnlyList<CompareRow> rows) => SvgChart.Render("Bytes in the file by section",
        [.. rows.Select(r => new ChartBar(BarLabel(r, rows), [.. r.Report?.Sections.Select(s => new ChartSegment(s.Name, s.FileSize)) ?? []]))]);

    public static string Html(IReadOnlyList<CompareRow> rows, string matrix, int top)
    {
        var failed = rows.Count(r => r.Failure is not null && !r.Skipped);
        var skipped = rows.Count(r => r.Skipped);
        var paragraphs = new List<string>
        {
            $"{rows.Select(r => r.File).Distinct().Count()} programs × {rows.Select(r => r.Configuration).Distinct().Count()} configurations (matrix: {matrix}); {rows.Count - failed - skipped} built, {failed} failed, {skipped} skipped.",
            "Program code is the machine code of the program's own crate (ToyRust names it toyrust_program, rustc after the file); generic items are named without the crate, so both compilers' copies meet on one row.",
        };
        return HtmlReport.Render("toyrust compare", paragraphs, [Table(rows).ToHtml(), .. ItemTables(rows, top).Select(t => t.ToHtml())],
            [("The program's own code: one bar per configuration, one segment per generic item (all its copies)", ChartByItem(rows)),
             ("The whole file by section (headers and padding not included)", ChartBySection(rows))]);
    }

    private static string BarLabel(CompareRow r, IReadOnlyList<CompareRow> all) =>
        all.Select(x => x.File).Distinct().Count() > 1 ? $"{Path.GetFileName(r.File)} {r.Configuration.Label}" : r.Configuration.Label;
}
