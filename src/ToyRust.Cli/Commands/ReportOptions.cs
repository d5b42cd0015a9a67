using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using ToyRust.Analysis.Output;

namespace ToyRust.Cli.Commands;

/// <summary>How a report is printed: `--format text|json|csv`, `--top N` rows per table, `--table NAME` (one table; CSV prints one).</summary>
internal sealed record ReportSettings(string Format, int Top, string? Table)
{
    public bool SectionsOnly => Table == "sections";

    public void Write<T>(TextWriter writer, T report, JsonTypeInfo<T> json, IReadOnlyList<ReportTable> tables)
    {
        if (Table is not null && tables.All(t => t.Name != Table))
            throw new ToyRust.Analysis.AnalysisException($"no table `{Table}` in this report (tables: {string.Join(", ", tables.Select(t => t.Name))})");
        var chosen = Table is null ? tables : [.. tables.Where(t => t.Name == Table)];
        switch (Format)
        {
            case "json":
                writer.Write(ReportJson.Serialize(report, json));
                break;
            case "csv":
                writer.Write((chosen.FirstOrDefault(t => t.Name == (Table ?? DefaultCsvTable)) ?? chosen[0]).ToCsv());
                break;
            default:
                TableWriter.Write(writer, chosen);
                break;
        }
    }

    /// <summary>The table CSV gives when none is named: the generics, the report's reason to exist (or the first there is).</summary>
    private const string DefaultCsvTable = "generics";
}

internal sealed class ReportOptions
{
    private static readonly string[] Formats = ["text", "json", "csv"];

    public Option<string?> Format { get; } = new("--format") { HelpName = "text|json|csv", Description = "Output format (default text; csv prints one table, --table)" };

    public Option<int?> Top { get; } = new("--top") { HelpName = "N", Description = "Rows per table (default 20; 0 for all)" };

    public Option<string?> Table { get; } = new("--table") { HelpName = "NAME", Description = "Only one table: sections, generics, functions, crates, instances" };

    public void AddTo(Command command)
    {
        command.Add(Format);
        command.Add(Top);
        command.Add(Table);
    }

    public bool TryGet(ParseResult parse, [NotNullWhen(true)] out ReportSettings? settings, [NotNullWhen(false)] out string? error)
    {
        settings = null;
        error = null;
        var format = parse.GetValue(Format) ?? "text";
        if (!Formats.Contains(format))
        {
            error = $"argument for `--format` must be `text`, `json` or `csv` (instead was `{format}`)";
            return false;
        }
        var top = parse.GetValue(Top) ?? 20;
        if (top < 0)
        {
            error = $"argument for `--top` must be 0 or more (instead was `{top}`)";
            return false;
        }
        settings = new ReportSettings(format, top == 0 ? int.MaxValue : top, parse.GetValue(Table));
        return true;
    }
}
