using System.Globalization;
using System.Text;
using System.Xml;

namespace ToyRust.Analysis.Rendering;

// A horizontal stacked bar chart as SVG, written with XmlWriter so every label is escaped and the
// result is well-formed XML that can also sit inline in an HTML page (no XML declaration, no
// <style>: presentation attributes only, so nothing leaks into the page's CSS).
//
// Layout, top to bottom, on a fixed 960-pixel width: the title; one row per bar (its label right-
// aligned in a monospace column on the left, its segments left to right in legend order, its total
// after the bar's end); a byte axis with vertical grid lines; the legend, one key per line with its
// total. Only segments are <rect> elements (legend swatches are paths), one per non-zero segment,
// each with a <title> tooltip; shortened labels keep their full text in a <title> too.
//
// Colours come from Paul Tol's colour-blind-safe "muted" scheme, by legend position; "other" is
// grey. Same input, same bytes: invariant culture, fixed rounding, no ids, no timestamps.

/// <summary>Renders stacked bar charts of byte counts as SVG.</summary>
public static class SvgChart
{
    private const string Ns = "http://www.w3.org/2000/svg";
    private const string Mono = "DejaVu Sans Mono, Menlo, Consolas, monospace";
    private const double Width = 960, Pad = 12, TitleY = 28, PlotTop = 48, LabelRight = 262, PlotLeft = 270, PlotRight = 870;
    private const double RowPitch = 24, BarHeight = 16, LabelSize = 12, LegendPitch = 18, Swatch = 12;

    private static readonly string[] Palette = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499"];
    private const string OtherColour = "#BBBBBB";

    /// <summary>
    /// A horizontal stacked bar chart, one bar per configuration, segments stacked in a fixed key order
    /// (keys ordered by their total over all bars, descending; at most <paramref name="maxKeys"/> keys
    /// in the legend, the rest summed into "other"). Deterministic: same input, same string.
    /// </summary>
    public static string Render(string title, IReadOnlyList<ChartBar> bars, int maxKeys = 10)
    {
        var data = StackedData.From(bars, maxKeys);
        var ticks = ByteFormat.Ticks(data.MaxTotal);
        var layout = new Layout(Math.Max(bars.Count, 1), data.Legend.Count, ticks[^1].Value);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var w = XmlWriter.Create(text, Settings))
        {
            WriteRoot(w, title, layout);
            WriteTitle(w, title);
            WriteAxis(w, ticks, layout);
            WriteBars(w, data, layout);
            WriteLegend(w, data.Legend, layout);
            w.WriteEndElement();
        }
        return text.ToString() + "\n";
    }

    private static XmlWriterSettings Settings => new()
    {
        OmitXmlDeclaration = true, Indent = true, IndentChars = "  ", NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace, Encoding = new UTF8Encoding(false),
    };

    /// <summary>Where things go: rows of bars, then the axis, then the legend.</summary>
    private sealed record Layout(int Rows, int LegendEntries, long AxisMax)
    {
        public double AxisY => PlotTop + (Rows * RowPitch) + 4;
        public double LegendTop => AxisY + 40;
        public double Height => LegendTop + (LegendEntries * LegendPitch) + Pad;
        public double X(long bytes) => PlotLeft + ((PlotRight - PlotLeft) * bytes / AxisMax);
        public double RowY(int row) => PlotTop + (row * RowPitch) + ((RowPitch - BarHeight) / 2);
    }

    private static void WriteRoot(XmlWriter w, string title, Layout layout)
    {
        w.WriteStartElement("svg", Ns);
        Attr(w, "width", Num(Width));
        Attr(w, "height", Num(layout.Height));
        Attr(w, "viewBox", $"0 0 {Num(Width)} {Num(layout.Height)}");
        Attr(w, "role", "img");
        Attr(w, "font-family", "DejaVu Sans, Helvetica, Arial, sans-serif");
        Attr(w, "font-size", "12");
        Element(w, "title", title);
    }

    private static void WriteTitle(XmlWriter w, string title)
    {
        w.WriteStartElement("text", Ns);
        Attr(w, "class", "chart-title");
        Attr(w, "x", Num(Pad));
        Attr(w, "y", Num(TitleY));
        Attr(w, "font-size", "16");
        Attr(w, "font-weight", "bold");
        w.WriteString(TextFit.XmlSafe(TextFit.Shorten(title, TextFit.CharsThatFit(Width - (2 * Pad), 16, 0.62))));
        w.WriteEndElement();
    }

    private static void WriteAxis(XmlWriter w, IReadOnlyList<(long Value, string Label)> ticks, Layout layout)
    {
        Group(w, "axis");
        Attr(w, "fill", "#333333");
        foreach (var (value, label) in ticks)
        {
            var x = Num(layout.X(value));
            Shape(w, "line", ("x1", x), ("x2", x), ("y1", Num(PlotTop - 4)), ("y2", Num(layout.AxisY)), ("stroke", value == 0 ? "#333333" : "#DDDDDD"));
            TextAt(w, layout.X(value), layout.AxisY + 16, label, "middle");
        }
        Shape(w, "line", ("x1", Num(PlotLeft)), ("x2", Num(layout.X(layout.AxisMax))), ("y1", Num(layout.AxisY)), ("y2", Num(layout.AxisY)), ("stroke", "#333333"));
        TextAt(w, PlotLeft + ((PlotRight - PlotLeft) / 2), layout.AxisY + 32, "size in bytes", "middle");
        w.WriteEndElement();
    }

    private static void WriteBars(XmlWriter w, StackedData data, Layout layout)
    {
        Group(w, "bars");
        if (data.Bars.Count == 0)
            TextAt(w, PlotLeft + 6, layout.RowY(0) + 12, "no data", "start");
        for (var row = 0; row < data.Bars.Count; row++)
            WriteBar(w, data.Bars[row], row, data.Legend, layout);
        w.WriteEndElement();
    }

    private static void WriteBar(XmlWriter w, ChartBar bar, int row, IReadOnlyList<ChartSegment> legend, Layout layout)
    {
        Group(w, "bar");
        var y = layout.RowY(row);
        WriteLabel(w, bar.Label, y + 12);
        var total = bar.Segments.Sum(s => s.Value);
        long start = 0;
        foreach (var segment in bar.Segments.Where(s => s.Value > 0))
        {
            WriteSegment(w, bar.Label, segment, total, start, y, Colour(segment.Key, legend), layout);
            start += segment.Value;
        }
        TextAt(w, layout.X(total) + 6, y + 12, ByteFormat.Short(total), "start");
        w.WriteEndElement();
    }

    private static void WriteLabel(XmlWriter w, string label, double baseline)
    {
        Group(w, "bar-label");
        Element(w, "title", label);
        w.WriteStartElement("text", Ns);
        Attr(w, "x", Num(LabelRight));
        Attr(w, "y", Num(baseline));
        Attr(w, "text-anchor", "end");
        Attr(w, "font-family", Mono);
        w.WriteString(TextFit.XmlSafe(TextFit.Shorten(label, TextFit.CharsThatFit(LabelRight - Pad, LabelSize))));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteSegment(XmlWriter w, string label, ChartSegment segment, long total, long start, double y, string colour, Layout layout)
    {
        var share = (100.0 * segment.Value / total).ToString("0.0", CultureInfo.InvariantCulture);
        w.WriteStartElement("rect", Ns);
        Attr(w, "class", "segment");
        Attr(w, "x", Num(layout.X(start)));
        Attr(w, "y", Num(y));
        Attr(w, "width", Num(layout.X(start + segment.Value) - layout.X(start)));
        Attr(w, "height", Num(BarHeight));
        Attr(w, "fill", colour);
        Attr(w, "stroke", "#FFFFFF");
        Attr(w, "stroke-width", "0.5");
        Element(w, "title", $"{segment.Key}: {ByteFormat.Exact(segment.Value)} ({share}% of {label})");
        w.WriteEndElement();
    }

    private static void WriteLegend(XmlWriter w, IReadOnlyList<ChartSegment> legend, Layout layout)
    {
        Group(w, "legend");
        var chars = TextFit.CharsThatFit(Width - Pad - PlotLeft - Swatch - 6, LabelSize);
        for (var i = 0; i < legend.Count; i++)
        {
            var y = layout.LegendTop + (i * LegendPitch);
            var entry = legend[i];
            Group(w, "legend-entry");
            Element(w, "title", $"{entry.Key}: {ByteFormat.Exact(entry.Value)} in all bars");
            Shape(w, "path", ("d", $"M{Num(PlotLeft)} {Num(y)}h{Num(Swatch)}v{Num(Swatch)}h-{Num(Swatch)}z"), ("fill", Colour(entry.Key, legend)));
            w.WriteStartElement("text", Ns);
            Attr(w, "x", Num(PlotLeft + Swatch + 6));
            Attr(w, "y", Num(y + 10));
            Attr(w, "font-family", Mono);
            w.WriteString(TextFit.XmlSafe(TextFit.Shorten($"{entry.Key} ({ByteFormat.Short(entry.Value)})", chars)));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static string Colour(string key, IReadOnlyList<ChartSegment> legend)
    {
        if (key == StackedData.OtherKey) return OtherColour;
        var index = 0;
        while (index < legend.Count && legend[index].Key != key) index++;
        return Palette[index % Palette.Length];
    }

    private static void Group(XmlWriter w, string cls)
    {
        w.WriteStartElement("g", Ns);
        Attr(w, "class", cls);
    }

    private static void Shape(XmlWriter w, string name, params (string Name, string Value)[] attributes)
    {
        w.WriteStartElement(name, Ns);
        foreach (var (n, v) in attributes) Attr(w, n, v);
        w.WriteEndElement();
    }

    private static void TextAt(XmlWriter w, double x, double y, string text, string anchor)
    {
        w.WriteStartElement("text", Ns);
        Attr(w, "x", Num(x));
        Attr(w, "y", Num(y));
        Attr(w, "text-anchor", anchor);
        w.WriteString(TextFit.XmlSafe(text));
        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, string text) => w.WriteElementString(name, Ns, TextFit.XmlSafe(text));

    private static void Attr(XmlWriter w, string name, string value) => w.WriteAttributeString(name, TextFit.XmlSafe(value));

    private static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
