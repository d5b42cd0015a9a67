using System.Text;

namespace ToyRust.Analysis.Rendering;

// One self-contained HTML5 page for a size report: inline CSS, no scripts, no fonts, images or
// links to fetch, so the file can be mailed, archived or opened offline and look the same. The
// page is also well-formed XML (void elements self-closed, no entities but the XML five), so tests
// can read its structure with an XML parser; it declares no XHTML namespace, leaving the SVG
// namespace the only URI in it. Order: title, paragraphs, charts, tables. Every text is escaped;
// the SVG charts, which SvgChart already escaped, go in as they are, without an XML declaration.

/// <summary>A table of a report: a caption, the header, the rows, and which columns are right-aligned (numbers).</summary>
public sealed record HtmlTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool> RightAligned);

/// <summary>Renders a size report as one self-contained HTML page.</summary>
public static class HtmlReport
{
    private const string Css = """
        body { margin: 0; background: #FFFFFF; color: #222222; font: 14px/1.45 "DejaVu Sans", Helvetica, Arial, sans-serif; }
        main { max-width: 1000px; margin: 0 auto; padding: 16px 20px 40px; }
        h1 { font-size: 22px; margin: 8px 0 12px; }
        p { margin: 0 0 10px; }
        figure { margin: 20px 0; }
        figure svg { display: block; max-width: 100%; height: auto; }
        figcaption { color: #555555; font-size: 13px; margin-top: 4px; }
        table { border-collapse: collapse; margin: 20px 0; font-size: 13px; }
        caption { text-align: left; font-weight: bold; padding-bottom: 6px; }
        th, td { padding: 3px 10px; border-bottom: 1px solid #E4E4E4; text-align: left; vertical-align: top; }
        th { border-bottom: 2px solid #999999; }
        td { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        tbody tr:nth-child(even) { background: #F6F6F6; }
        """;

    /// <summary>
    /// A self-contained HTML5 page: inline CSS only, nothing fetched from the network; the SVG charts
    /// embedded inline; every text HTML-escaped. Deterministic. Each chart's <c>Svg</c> is markup, not
    /// text: it goes in as it is (less any XML declaration), so it should come from <see cref="SvgChart"/>.
    /// </summary>
    public static string Render(string title, IReadOnlyList<string> paragraphs, IReadOnlyList<HtmlTable> tables, IReadOnlyList<(string Caption, string Svg)> charts)
    {
        var html = new StringBuilder();
        WriteHead(html, title);
        html.Append("<h1>").Append(Escape(title)).Append("</h1>\n");
        foreach (var paragraph in paragraphs)
            html.Append("<p>").Append(Escape(paragraph)).Append("</p>\n");
        foreach (var (caption, svg) in charts)
            WriteChart(html, caption, svg);
        foreach (var table in tables)
            WriteTable(html, table);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteHead(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Append("<title>").Append(Escape(title)).Append("</title>\n");
        html.Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<main>\n");
    }

    private static void WriteChart(StringBuilder html, string caption, string svg)
    {
        html.Append("<figure>\n").Append(WithoutXmlDeclaration(svg).Trim()).Append('\n');
        html.Append("<figcaption>").Append(Escape(caption)).Append("</figcaption>\n</figure>\n");
    }

    private static void WriteTable(StringBuilder html, HtmlTable table)
    {
        html.Append("<table>\n<caption>").Append(Escape(table.Caption)).Append("</caption>\n<thead>\n");
        WriteRow(html, "th", table.Header, table.RightAligned);
        html.Append("</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
            WriteRow(html, "td", row, table.RightAligned);
        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteRow(StringBuilder html, string cell, IReadOnlyList<string> cells, IReadOnlyList<bool> rightAligned)
    {
        html.Append("<tr>");
        for (var i = 0; i < cells.Count; i++)
        {
            var numeric = i < rightAligned.Count && rightAligned[i];
            html.Append('<').Append(cell).Append(numeric ? " class=\"num\">" : ">");
            html.Append(Escape(cells[i])).Append("</").Append(cell).Append('>');
        }
        html.Append("</tr>\n");
    }

    private static string WithoutXmlDeclaration(string svg)
    {
        var text = svg.TrimStart();
        return text.StartsWith("<?xml", StringComparison.Ordinal) ? text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..] : text;
    }

    /// <summary>Text safe in HTML element content and in quoted attributes; characters XML forbids become U+FFFD.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in TextFit.XmlSafe(text))
        {
            var entity = c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => null };
            if (entity is null) sb.Append(c);
            else sb.Append(entity);
        }
        return sb.ToString();
    }
}
