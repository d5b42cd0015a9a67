using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;
using ToyRust.Analysis.Rendering;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Analysis;

/// <summary>
/// The size report's renderers: SvgChart must write well-formed, escaped, deterministic SVG with
/// one rect per non-zero segment and a legend in total order; HtmlReport must write one page that
/// fetches nothing, escapes every text and embeds the charts. The last test opens a report in
/// headless Chromium (scripts/screenshot.sh) and checks a real PNG came out.
/// </summary>
public class RenderingTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const string DropKey = "<alloc::vec::Vec<_> as core::ops::drop::Drop>::drop";

    private static ChartBar Bar(string label, params (string Key, long Value)[] segments) =>
        new(label, [.. segments.Select(s => new ChartSegment(s.Key, s.Value))]);

    private static readonly ChartBar[] Sample =
    [
        Bar("fib.rs x86_64 opt=0 toyrust", ("main::max", 1200), (".text", 300), (DropKey, 0)),
        Bar("fib.rs x86_64 opt=0 rustc", ("main::max", 900), (DropKey, 2100), ("a&b", 40)),
    ];

    private static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    private static List<XElement> Segments(XElement root) => [.. root.Descendants(Svg + "rect")];

    private static List<string> LegendKeys(XElement root) =>
        [.. root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "legend-entry")
            .Select(g => g.Element(Svg + "title")!.Value.Split(": ")[0])];

    [Test]
    public void Svg_is_well_formed_with_an_svg_root_a_size_and_a_viewBox()
    {
        var root = Parse(SvgChart.Render("Sizes", Sample));
        Assert.That(root.Name, Is.EqualTo(Svg + "svg"));
        Assert.That(root.Attribute("width"), Is.Not.Null);
        Assert.That(root.Attribute("height"), Is.Not.Null);
        Assert.That((string?)root.Attribute("viewBox"), Is.EqualTo($"0 0 {root.Attribute("width")!.Value} {root.Attribute("height")!.Value}"));
        Assert.That(root.Element(Svg + "title")!.Value, Is.EqualTo("Sizes"));
    }

    [Test]
    public void There_is_one_rect_per_non_zero_segment()
    {
        var root = Parse(SvgChart.Render("Sizes", Sample));
        Assert.That(Segments(root), Has.Count.EqualTo(5));
    }

    [Test]
    public void The_legend_lists_keys_by_total_descending()
    {
        var root = Parse(SvgChart.Render("Sizes", Sample));
        Assert.That(LegendKeys(root), Is.EqualTo(new[] { DropKey, "main::max", ".text", "a&b" }));
    }

    [Test]
    public void Segments_of_a_bar_are_stacked_in_legend_order_with_one_colour_per_key()
    {
        var root = Parse(SvgChart.Render("Sizes", Sample));
        var bar = root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "bar").ElementAt(1);
        var rects = bar.Elements(Svg + "rect").ToList();
        Assert.That(rects.Select(r => r.Element(Svg + "title")!.Value.Split(": ")[0]), Is.EqualTo(new[] { DropKey, "main::max", "a&b" }));
        Assert.That(rects.Select(r => X(r)), Is.Ordered.Ascending);
        var colours = Segments(root).GroupBy(r => r.Element(Svg + "title")!.Value.Split(": ")[0]).ToDictionary(g => g.Key, g => g.Select(r => (string)r.Attribute("fill")!).Distinct().ToList());
        Assert.That(colours.Values.Select(c => c.Count), Is.All.EqualTo(1), "one key, one colour");
        Assert.That(colours.Values.Select(c => c[0]), Is.Unique, "different keys, different colours");
    }

    [Test]
    public void Widths_are_proportional_to_bytes()
    {
        var root = Parse(SvgChart.Render("Sizes", [Bar("a", ("x", 1000), ("y", 3000))]));
        var widths = Segments(root).Select(r => double.Parse(r.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(widths[0] / widths[1], Is.EqualTo(3.0).Within(0.01));
    }

    [Test]
    public void Keys_beyond_max_keys_are_summed_into_other()
    {
        var bars = new[] { Bar("a", [.. Enumerable.Range(0, 12).Select(i => ($"k{i:D2}", 100L + i))]) };
        var root = Parse(SvgChart.Render("Many", bars, maxKeys: 5));
        var keys = LegendKeys(root);
        Assert.That(keys, Is.EqualTo(new[] { "k11", "k10", "k09", "k08", "other" }));
        var other = root.Descendants(Svg + "rect").Select(r => r.Element(Svg + "title")!.Value).Single(t => t.StartsWith("other:", StringComparison.Ordinal));
        Assert.That(other, Does.StartWith($"other: {Enumerable.Range(0, 8).Sum(i => 100 + i)} bytes"));
    }

    [Test]
    public void The_other_key_is_grey_and_palette_colours_are_fixed()
    {
        var bars = new[] { Bar("a", ("big", 500), ("small", 10), ("tiny", 1)) };
        var fills = Segments(Parse(SvgChart.Render("t", bars, maxKeys: 2))).Select(r => (string)r.Attribute("fill")!).ToList();
        Assert.That(fills, Is.EqualTo(new[] { "#CC6677", "#BBBBBB" }));
    }

    [Test]
    public void Labels_with_angle_brackets_and_ampersands_are_escaped_and_read_back_intact()
    {
        var svg = SvgChart.Render("<T> & co", [Bar("x<y>&z", (DropKey, 10))]);
        Assert.That(svg, Does.Contain("&lt;alloc::vec::Vec&lt;_&gt; as core::ops::drop::Drop&gt;::drop"));
        Assert.That(svg, Does.Not.Contain("Vec<_>"));
        var root = Parse(svg);
        Assert.That(Segments(root).Single().Element(Svg + "title")!.Value, Does.StartWith(DropKey + ": 10 bytes"));
        Assert.That(root.Descendants(Svg + "text").Select(t => t.Value), Does.Contain("x<y>&z"));
        Assert.That(root.Element(Svg + "title")!.Value, Is.EqualTo("<T> & co"));
    }

    [Test]
    public void Long_labels_are_shortened_with_an_ellipsis_and_keep_their_full_text_in_a_title()
    {
        var label = "examples/" + new string('a', 80) + "/generic_struct_impls.rs aarch64 opt=3 rustc";
        var root = Parse(SvgChart.Render("t", [Bar(label, ("k", 5))]));
        var group = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "bar-label");
        var shown = group.Element(Svg + "text")!.Value;
        Assert.That(shown, Does.Contain("\u2026"));
        Assert.That(shown.Length, Is.LessThan(label.Length));
        Assert.That(shown, Does.StartWith("examples/").And.EndWith("opt=3 rustc"));
        Assert.That(group.Element(Svg + "title")!.Value, Is.EqualTo(label));
    }

    [Test]
    public void Axis_ticks_are_in_one_binary_unit()
    {
        var root = Parse(SvgChart.Render("t", [Bar("a", ("k", 3000))]));
        Assert.That(AxisLabels(root), Is.EqualTo(new[] { "0", "1 KiB", "2 KiB", "3 KiB", "size in bytes" }));
        var small = Parse(SvgChart.Render("t", [Bar("a", ("k", 37))]));
        Assert.That(AxisLabels(small), Is.EqualTo(new[] { "0", "10 B", "20 B", "30 B", "40 B", "size in bytes" }));
    }

    [Test]
    public void An_empty_chart_still_renders()
    {
        var root = Parse(SvgChart.Render("nothing", []));
        Assert.That(Segments(root), Is.Empty);
        Assert.That(LegendKeys(root), Is.Empty);
        Assert.That(root.Descendants(Svg + "text").Select(t => t.Value), Does.Contain("no data"));
    }

    [Test]
    public void Bars_without_segments_or_bytes_render_with_a_zero_total()
    {
        var root = Parse(SvgChart.Render("zeros", [Bar("empty"), Bar("zero", ("k", 0))]));
        Assert.That(Segments(root), Is.Empty);
        var texts = root.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.That(texts, Does.Contain("empty").And.Contain("zero"));
        Assert.That(AxisLabels(root), Is.EqualTo(new[] { "0", "1 B", "size in bytes" }));
    }

    [Test]
    public void A_single_bar_and_forty_bars_render()
    {
        var one = Parse(SvgChart.Render("one", [Bar("only", ("k", 1))]));
        Assert.That(Segments(one), Has.Count.EqualTo(1));
        var many = Enumerable.Range(0, 40).Select(i => Bar($"cfg {i}", ("a", 100 * i), ("b", 50), ("c", i % 3))).ToList();
        var forty = Parse(SvgChart.Render("forty", many));
        Assert.That(Segments(forty), Has.Count.EqualTo(39 + 40 + 26));
        Assert.That(double.Parse(forty.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(40 * 20));
        Assert.That(forty.Descendants(Svg + "rect").Select(r => double.Parse(r.Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Count(), Is.EqualTo(40));
    }

    [Test]
    public void Rendering_is_deterministic()
    {
        var copy = Sample.Select(b => new ChartBar(b.Label, [.. b.Segments.Select(s => new ChartSegment(s.Key, s.Value))])).ToList();
        Assert.That(SvgChart.Render("Sizes", copy), Is.EqualTo(SvgChart.Render("Sizes", Sample)));
        var first = SampleReport();
        Assert.That(SampleReport(), Is.EqualTo(first));
    }

    [Test]
    public void Bad_input_is_refused()
    {
        Assert.That(() => SvgChart.Render("t", [Bar("a", ("k", -1))]), Throws.ArgumentException);
        Assert.That(() => SvgChart.Render("t", Sample, maxKeys: 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Characters_xml_forbids_do_not_break_the_svg()
    {
        var root = Parse(SvgChart.Render("bell\u0007", [Bar("nul\0", ("esc\u001b", 3))]));
        Assert.That(root.Element(Svg + "title")!.Value, Is.EqualTo("bell\uFFFD"));
    }

    [Test]
    public void The_report_is_well_formed_and_embeds_the_chart()
    {
        var page = XDocument.Parse(SampleReport(), LoadOptions.None).Root!;
        Assert.That(page.Name.LocalName, Is.EqualTo("html"));
        Assert.That(page.Element("head")!.Element("style"), Is.Not.Null);
        Assert.That(page.Element("head")!.Element("title")!.Value, Is.EqualTo("Sizes <of> generics & more"));
        var figure = page.Descendants("figure").Single();
        Assert.That(figure.Element(Svg + "svg"), Is.Not.Null);
        Assert.That(figure.Element("figcaption")!.Value, Is.EqualTo("bytes by item"));
        Assert.That(page.Descendants("table").Single().Element("caption")!.Value, Is.EqualTo("items"));
    }

    [Test]
    public void The_report_fetches_nothing()
    {
        var report = SampleReport();
        var uris = Regex.Matches(report, @"https?://[^""'\s<>]*").Select(m => m.Value).Distinct().ToList();
        Assert.That(uris, Is.EqualTo(new[] { "http://www.w3.org/2000/svg" }));
        Assert.That(report, Does.Not.Contain("<script").And.Not.Contain("<link").And.Not.Contain(" src=").And.Not.Contain("@import").And.Not.Contain("url("));
        Assert.That(report, Does.Not.Contain("<?xml"));
    }

    [Test]
    public void The_report_escapes_every_text_and_aligns_numbers_right()
    {
        var report = SampleReport();
        Assert.That(report, Does.Contain("<td>&lt;alloc::vec::Vec&lt;_&gt; as core::ops::drop::Drop&gt;::drop</td><td class=\"num\">2,100</td>"));
        Assert.That(report, Does.Contain("<p>Generic items &amp; their &quot;instances&quot; &lt;T&gt;.</p>"));
        Assert.That(report, Does.Contain("<th>item</th><th class=\"num\">bytes</th>"));
        Assert.That(report, Does.Not.Contain("<T>"));
    }

    [Test]
    public void An_svg_with_an_xml_declaration_loses_it_in_the_page()
    {
        var report = HtmlReport.Render("t", [], [], [("c", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]);
        Assert.That(report, Does.Not.Contain("<?xml"));
        Assert.That(XDocument.Parse(report).Root!.Descendants(Svg + "svg").Count(), Is.EqualTo(1));
    }

    [Test]
    public void Chromium_renders_the_report_to_a_png()
    {
        if (FindOnPath("chromium") is null && FindOnPath("chromium-browser") is null)
            Assert.Ignore("chromium is not installed (scripts/setup.sh installs it); the browser check did not run");
        var folder = Directory.CreateTempSubdirectory("toyrust-render-");
        try
        {
            var html = Path.Combine(folder.FullName, "report.html");
            var png = Path.Combine(folder.FullName, "report.png");
            File.WriteAllText(html, SampleReport());
            var (exit, output) = Run(Repo.Full("scripts/screenshot.sh"), html, png);
            Assert.That(exit, Is.Zero, output);
            var bytes = File.ReadAllBytes(png);
            Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "PNG signature");
            Assert.That(BigEndian(bytes, 16), Is.EqualTo(1200), "PNG width");
            Assert.That(BigEndian(bytes, 20), Is.EqualTo(900), "PNG height");
            Assert.That(bytes, Has.Length.GreaterThan(10_000), "a page with a chart and a table is more than a blank PNG");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void The_screenshot_script_fails_without_writing_a_png_when_the_page_is_missing()
    {
        var png = Path.Combine(Path.GetTempPath(), "toyrust-render-missing.png");
        var (exit, output) = Run(Repo.Full("scripts/screenshot.sh"), Path.Combine(Path.GetTempPath(), "toyrust-no-such-report.html"), png);
        Assert.That(exit, Is.Not.Zero, output);
        Assert.That(File.Exists(png), Is.False);
    }

    internal static bool ChromiumInstalled => FindOnPath("chromium") is not null || FindOnPath("chromium-browser") is not null;

    /// <summary>scripts/screenshot.sh HTML PNG.</summary>
    internal static (int Exit, string Output) Screenshot(string html, string png) => Run(Repo.Full("scripts/screenshot.sh"), html, png);

    private static string SampleReport()
    {
        var table = new HtmlTable("items", ["item", "bytes"],
            [[DropKey, "2,100"], ["main::max", "2,100"], ["a&b", "40"]], [false, true]);
        return HtmlReport.Render("Sizes <of> generics & more", ["Generic items & their \"instances\" <T>."],
            [table], [("bytes by item", SvgChart.Render("Sizes", Sample))]);
    }

    private static double X(XElement rect) => double.Parse(rect.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> AxisLabels(XElement root) =>
        [.. root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "axis").Elements(Svg + "text").Select(t => t.Value)];

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static (int Exit, string Output) Run(string script, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
