using Spectre.Console;
using Spectre.Console.Rendering;
using ToyRust.Analysis.Output;

namespace ToyRust.Cli.Commands;

/// <summary>
/// Prints <see cref="ReportTable"/>s as text with Spectre.Console: no colours or escape codes (the
/// output is often a file or a pipe), at most 100 columns, one line per row — the columns that
/// <see cref="Column.Shrinks"/> are cut with an ellipsis when a row would not fit. Each table is
/// its caption, its lines without Spectre's padding, and one blank line.
/// </summary>
internal static class TableWriter
{
    public const int Width = 100;

    public static void Write(TextWriter writer, IEnumerable<ReportTable> tables)
    {
        foreach (var table in tables)
        {
            writer.WriteLine(table.Caption);
            foreach (var line in Lines(Render(table))) writer.WriteLine(line);
            writer.WriteLine();
        }
    }

    private static IEnumerable<string> Lines(Table table)
    {
        using var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = Width;
        console.Write(table);
        return text.ToString().ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);
    }

    private static Table Render(ReportTable table)
    {
        var result = new Table { Border = TableBorder.Simple, ShowHeaders = true };
        var shrunk = ShrunkWidths(table);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var c = new TableColumn(new Text(table.Columns[i].Header)) { NoWrap = true, Width = shrunk.TryGetValue(i, out var w) ? w : null };
            result.AddColumn(table.Columns[i].RightAligned ? c.RightAligned() : c);
        }
        foreach (var row in table.Rows)
            result.AddRow(row.Select((cell, i) => Cell(ReportTable.Text(cell), shrunk.TryGetValue(i, out var w) ? w : null)).ToArray());
        return result;
    }

    /// <summary>
    /// The width of each column that <see cref="Column.Shrinks"/>, when the table would be wider than
    /// <see cref="Width"/> (empty when it fits): the other columns keep their width, and the room left
    /// is shared among the shrinking ones in proportion to what they would need.
    /// </summary>
    private static Dictionary<int, int> ShrunkWidths(ReportTable table)
    {
        int WidthOf(int c) => table.Rows.Select(r => ReportTable.Text(r[c]).Length).Append(table.Columns[c].Header.Length).Max();
        const int Frame = 2; // the border's edge on each side
        const int BetweenColumns = 3;
        var columns = Enumerable.Range(0, table.Columns.Count).ToList();
        var natural = columns.ToDictionary(c => c, WidthOf);
        var overhead = Frame * 2 + BetweenColumns * (columns.Count - 1);
        if (natural.Values.Sum() + overhead <= Width) return [];
        // Water-filling: the narrowest shrinking column takes what it needs up to an equal share of the room left.
        var shrinking = columns.Where(c => table.Columns[c].Shrinks).OrderBy(c => natural[c]).ToList();
        var room = Width - overhead - columns.Where(c => !table.Columns[c].Shrinks).Sum(c => natural[c]);
        var widths = new Dictionary<int, int>();
        for (var i = 0; i < shrinking.Count; i++)
        {
            var c = shrinking[i];
            var width = Math.Max(Math.Max(8, table.Columns[c].Header.Length), Math.Min(natural[c], room / (shrinking.Count - i)));
            widths[c] = width;
            room -= width;
        }
        return widths;
    }

    /// <summary>A cell on one line: a shrinking column's text is cut to its width with `…` (Spectre would wrap it at spaces).</summary>
    private static IRenderable Cell(string text, int? width) =>
        new Text(width is { } w && text.Length > w ? text[..(w - 1)] + "…" : text);
}
