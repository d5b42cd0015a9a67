using System.Globalization;
using System.Text;
using ToyRust.Analysis.Rendering;

namespace ToyRust.Analysis.Output;

/// <summary>A share of a whole, printed as a percentage.</summary>
public readonly record struct Share(double Value);

/// <summary>A change in bytes, printed with its sign.</summary>
public readonly record struct Change(long Value);

/// <summary>One column: its header, whether numbers align right, and whether it is the one that gives way (shortened) when the table is too wide.</summary>
public sealed record Column(string Header, bool RightAligned = false, bool Shrinks = false);

/// <summary>
/// One table of a report, independent of how it is printed: cells are strings, <see cref="long"/>s,
/// <see cref="Share"/>s or null (nothing to say). The CLI prints it with Spectre.Console, and
/// <see cref="ToCsv"/> and <see cref="ToHtml"/> give the same rows for tools and for the HTML report.
/// Text cells format numbers for people (`12,345`, `4.2%`); CSV cells for tools (`12345`, `0.0420`).
/// </summary>
public sealed record ReportTable(string Name, string Caption, IReadOnlyList<Column> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static string Text(object? cell) => cell switch
    {
        null => "-",
        long n => n.ToString("N0", CultureInfo.InvariantCulture),
        int n => n.ToString("N0", CultureInfo.InvariantCulture),
        Share s => (s.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        Change c => (c.Value > 0 ? "+" : "") + c.Value.ToString("N0", CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    public static string Raw(object? cell) => cell switch
    {
        null => "",
        long n => n.ToString(CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        Share s => s.Value.ToString("0.0000", CultureInfo.InvariantCulture),
        Change c => c.Value.ToString(CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    /// <summary>RFC 4180: a header line, then one line per row; fields with a comma, quote or line break are quoted.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', Columns.Select(c => Quote(c.Header)))).Append('\n');
        foreach (var row in Rows) sb.Append(string.Join(',', row.Select(c => Quote(Raw(c))))).Append('\n');
        return sb.ToString();
    }

    public HtmlTable ToHtml() =>
        new(Caption, [.. Columns.Select(c => c.Header)], [.. Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(Text)])], [.. Columns.Select(c => c.RightAligned)]);

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
