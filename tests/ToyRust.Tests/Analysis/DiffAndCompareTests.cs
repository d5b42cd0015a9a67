using System.Xml.Linq;
using NUnit.Framework;
using ToyRust.Analysis.Compare;
using ToyRust.Analysis.Diffs;
using ToyRust.Analysis.Output;
using ToyRust.Driver;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Analysis;

/// <summary>
/// `toyrust diff` between two builds of one source, and `toyrust compare` over a matrix with both
/// compilers: the rows, the side-by-side copies, and the files it writes (well-formed SVG, an HTML
/// page that renders in headless Chromium).
/// </summary>
public class DiffAndCompareTests
{
    private const string ThreeCopies = "tests/size/three_copies.rs";

    [Test]
    public void Diff_of_opt_level_0_and_2_shows_the_copies_inlining_removed()
    {
        var diff = SizeDiff.Between(SizeBuilds.ToyRust(ThreeCopies, "-C opt-level=0"), SizeBuilds.ToyRust(ThreeCopies, "-C opt-level=2"));
        var largest = diff.Generics.Single(r => r.Name == "toyrust_program::largest");
        Assert.Multiple(() =>
        {
            Assert.That((largest.OldCopies, largest.NewCopies, largest.NewBytes), Is.EqualTo((3, 0, 0L)));
            Assert.That(diff.Generics.Select(r => Math.Abs(r.Delta)), Is.Ordered.Descending);
            Assert.That(diff.CodeTotal.Delta, Is.Negative);
            Assert.That(diff.Sections.Single(s => s.Name == ".text").Delta, Is.Negative);
        });
    }

    [Test]
    public void Diff_from_the_command_line_takes_two_flag_sets()
    {
        var file = Repo.Full(ThreeCopies);
        var (code, text, error) = SizeReportTests.Cli("diff", file, file, "--old-flags", "-C opt-level=0", "--new-flags", "-C opt-level=2", "--format", "csv");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(text, Does.StartWith("generic item,old,new,change,copies\n"));
        Assert.That(text, Does.Contain("toyrust_program::largest,"));
    }

    [Test]
    public void Diff_of_two_rustc_executables_groups_by_generic_item_too()
    {
        if (!Rustc.IsAvailable) Assert.Ignore("rustc is not installed");
        var diff = SizeDiff.Between(SizeBuilds.Rustc(ThreeCopies, "0"), SizeBuilds.Rustc(ThreeCopies, "2"));
        var largest = diff.Generics.Single(r => r.Name == "three_copies::largest");
        Assert.That((largest.OldCopies, largest.NewCopies), Is.EqualTo((3, 0)));
    }

    [Test]
    public void The_matrix_is_every_combination_of_its_axes()
    {
        Assert.That(Matrix.TryParse("opt=0,2,s,z target=x86_64,aarch64 compiler=toyrust,rustc", out var configurations, out var error), Is.True, error);
        Assert.That(configurations!.Value, Has.Length.EqualTo(16));
        Assert.That(configurations.Value.Select(c => c.Label).Distinct().Count(), Is.EqualTo(16));
        Assert.That(configurations.Value[0].Label, Is.EqualTo("toyrust x86_64 opt=0"));
    }

    [Test]
    public void The_cgu_axis_passes_codegen_units_as_rustc_spells_it()
    {
        Assert.That(Matrix.TryParse("opt=2 cgu=1,16", out var configurations, out var error), Is.True, error);
        Assert.Multiple(() =>
        {
            Assert.That(configurations!.Value.Select(c => c.Label), Is.EqualTo(new[] { "toyrust x86_64 opt=2 cgu=1", "toyrust x86_64 opt=2 cgu=16" }));
            Assert.That(configurations.Value[1].Flags(), Does.Contain("codegen-units=16"));
        });
    }

    [TestCase("cgu=0", "invalid value `0` for matrix axis `cgu`")]
    [TestCase("opt=4", "invalid value `4` for matrix axis `opt`")]
    [TestCase("colour=red", "unknown matrix axis `colour`")]
    [TestCase("opt=0 opt=1", "matrix axis `opt` is given twice")]
    public void Bad_matrices_say_what_is_wrong(string matrix, string message)
    {
        Assert.That(Matrix.TryParse(matrix, out _, out var error), Is.False);
        Assert.That(error, Does.StartWith(message));
    }

    [Test]
    public void Compare_shows_toyrust_and_rustc_copies_side_by_side()
    {
        if (!Rustc.IsAvailable) Assert.Ignore("rustc is not installed");
        Assert.That(Matrix.TryParse("opt=0,2 compiler=toyrust,rustc", out var configurations, out _), Is.True);
        var rows = CompareRunner.Run([Repo.Full(ThreeCopies)], configurations!.Value, jobs: 2);
        Assert.That(rows.Select(r => r.Failure), Is.All.Null);
        int CopiesOfLargest(CompilerKind compiler, OptLevel opt) =>
            rows.Single(r => r.Configuration.Compiler == compiler && r.Configuration.OptLevel == opt).ProgramItems().Where(i => i.Item == "largest").Sum(i => i.Copies);
        Assert.Multiple(() =>
        {
            Assert.That(CopiesOfLargest(CompilerKind.ToyRust, OptLevel.O0), Is.EqualTo(3));
            Assert.That(CopiesOfLargest(CompilerKind.Rustc, OptLevel.O0), Is.EqualTo(3));
            Assert.That(CopiesOfLargest(CompilerKind.ToyRust, OptLevel.O2), Is.EqualTo(0));
            Assert.That(CopiesOfLargest(CompilerKind.Rustc, OptLevel.O2), Is.EqualTo(0));
        });
    }

    [Test]
    public void Compare_writes_csv_json_well_formed_svg_and_an_html_page_that_renders()
    {
        var out_ = Directory.CreateTempSubdirectory("toyrust-compare-test-");
        try
        {
            var (code, _, error) = SizeReportTests.Cli("compare", Repo.Full(ThreeCopies), "--matrix", "opt=0,2 target=x86_64,aarch64", "--out", out_.FullName, "--jobs", "2");
            Assert.That(code, Is.EqualTo(0), error);
            string Read(string name) => File.ReadAllText(Path.Combine(out_.FullName, name));
            Assert.That(Read("compare.csv").TrimEnd('\n').Split('\n'), Has.Length.EqualTo(5));
            Assert.That(Read("compare.json"), Does.Contain("\"programItems\""));
            Assert.That(XDocument.Parse(Read("compare-items.svg")).Root!.Name.LocalName, Is.EqualTo("svg"));
            Assert.That(XDocument.Parse(Read("compare-sections.svg")).Root!.Name.LocalName, Is.EqualTo("svg"));
            Assert.That(Read("compare.html"), Does.Contain("<svg").And.Contain("toyrust aarch64 opt=2"));
            if (!RenderingTests.ChromiumInstalled) Assert.Ignore("chromium is not installed (scripts/setup.sh installs it); the files were checked, the rendering was not");
            var png = Path.Combine(out_.FullName, "compare.png");
            Assert.That(RenderingTests.Screenshot(Path.Combine(out_.FullName, "compare.html"), png).Exit, Is.EqualTo(0));
            Assert.That(new FileInfo(png).Length, Is.GreaterThan(10_000));
        }
        finally
        {
            out_.Delete(recursive: true);
        }
    }

    /// <summary>macOS and Windows targets give objects, which compare and diff measure as they are (Mach-O and COFF: sizes from gaps).</summary>
    [Test]
    public void Compare_and_diff_work_on_mach_o_and_coff_objects()
    {
        Assert.That(Matrix.TryParse("opt=0,2 target=x86_64-apple-darwin,aarch64-apple-darwin,x86_64-pc-windows-msvc", out var configurations, out var error), Is.True, error);
        var rows = CompareRunner.Run([Repo.Full(ThreeCopies)], configurations!.Value, jobs: 2);
        Assert.That(rows.Select(r => r.Failure), Is.All.Null);
        Assert.That(rows.Where(r => r.Configuration.OptLevel == OptLevel.O0).Select(r => r.ProgramItems().Single(i => i.Item == "largest").Copies), Is.All.EqualTo(3));
        Assert.That(rows.Select(r => r.Report!.Format), Is.EqualTo(new[] { "Mach-O", "Mach-O", "COFF", "Mach-O", "Mach-O", "COFF" }));

        var folder = Directory.CreateTempSubdirectory("toyrust-diff-objects-");
        try
        {
            var o0 = Path.Combine(folder.FullName, "o0.o");
            var o2 = Path.Combine(folder.FullName, "o2.o");
            Assert.That(SizeReportTests.Cli("build", Repo.Full(ThreeCopies), "--target", "aarch64-apple-darwin", "--emit", "obj", "-o", o0).Code, Is.EqualTo(0));
            Assert.That(SizeReportTests.Cli("build", Repo.Full(ThreeCopies), "--target", "aarch64-apple-darwin", "--emit", "obj", "-C", "opt-level=2", "-o", o2).Code, Is.EqualTo(0));
            var (code, csv, stderr) = SizeReportTests.Cli("diff", o0, o2, "--format", "csv");
            Assert.That(code, Is.EqualTo(0), stderr);
            Assert.That(csv, Does.Contain("toyrust_program::largest,").And.Contain(",3 → 0"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void The_report_in_json_is_the_same_every_time()
    {
        var first = SizeReportTests.Cli("report", Repo.Full("examples/fib.rs"), "--format", "json", "--opt-level", "2");
        Assert.That(first.Code, Is.EqualTo(0), first.Stderr);
        Assert.That(SizeReportTests.Cli("report", Repo.Full("examples/fib.rs"), "--format", "json", "--opt-level", "2").Stdout, Is.EqualTo(first.Stdout));
    }
}
