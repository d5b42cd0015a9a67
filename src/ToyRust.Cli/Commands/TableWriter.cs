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
        var shrunk = ShrunkWidth(table);
        foreach (var column in table.Columns)
        {
            var c = new TableColumn(new Text(column.Header)) { NoWrap = true, Width = column.Shrinks ? shrunk : null };
            result.AddColumn(column.RightAligned ? c.RightAligned() : c);
        }
        foreach (var row in table.Rows)
            result.AddRow(row.Select((cell, i) => Cell(ReportTable.Text(cell), table.Columns[i], shrunk)).ToArray());
        return result;
    }

    /// <summary>
    /// The width each shrinking column gets when the table would be wider than <see cref="Width"/>
    /// (null when it fits): the columns that keep their width are measured, the rest is shared.
    /// </summary>
    private static int? ShrunkWidth(ReportTable table)
    {
        int WidthOf(int c) => table.Rows.Select(r => ReportTable.Text(r[c]).Length).Append(table.Columns[c].Header.Length).Max();
        const int Frame = 2; // the border's edge on each side
        const int BetweenColumns = 3;
        var columns = Enumerable.Range(0, table.Columns.Count).ToList();
        var needed = columns.Sum(WidthOf) + Frame * 2 + BetweenColumns * (columns.Count - 1);
        if (needed <= Width) return null;
        var fixedWidth = columns.Where(c => !table.Columns[c].Shrinks).Sum(WidthOf);
        var shrinking = columns.Count(c => table.Columns[c].Shrinks);
        if (shrinking == 0) return null;
        return Math.Max(8, (Width - fixedWidth - Frame * 2 - BetweenColumns * (columns.Count - 1)) / shrinking);
    }

    /// <summary>A cell on one line: a shrinking column's text is cut to its width with `…` (Spectre would wrap it at spaces).</summary>
    private static IRenderable Cell(string text, Column column, int? shrunk) =>
        new Text(column.Shrinks && shrunk is { } w && text.Length > w ? text[..(w - 1)] + "…" : text);
}
