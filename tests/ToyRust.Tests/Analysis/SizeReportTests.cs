using NUnit.Framework;
using ToyRust.Analysis.Output;
using ToyRust.Analysis.Sizes;
using ToyRust.Cli;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Analysis;

/// <summary>
/// `toyrust size` on programs whose answer is known (tests/size/*.rs): a generic used at three
/// types is three copies at opt-level 0 and no symbol at opt-level 2; two identical instances are
/// merged by `mergefunc`, or folded by lld's identical code folding when merging is off. Fates
/// come from the compiler's records; the same grouping is then applied to rustc's executables.
/// </summary>
public class SizeReportTests
{
    private const string ThreeCopies = "tests/size/three_copies.rs";
    private const string Twins = "tests/size/twins.rs";
    private const string Largest = "toyrust_program::largest";

    private static IEnumerable<InstanceRow> InstancesOf(SizeReport report, string item) => report.Instances.Where(i => i.Item == item);

    [TestCase("x86_64-unknown-linux-gnu")]
    [TestCase("aarch64-unknown-linux-gnu")]
    public void A_generic_at_three_types_is_three_kept_copies_at_opt_level_0(string target)
    {
        var report = SizeBuilds.ToyRust(ThreeCopies, "-C opt-level=0", target);
        var largest = report.Generics.Single(g => g.Item == Largest);
        Assert.Multiple(() =>
        {
            Assert.That(largest.Copies, Is.EqualTo(3));
            Assert.That(largest.Crate, Is.EqualTo("toyrust_program"));
            Assert.That(largest.EstimatedBloat, Is.EqualTo(largest.Bytes - report.Functions.Where(f => f.Item == Largest).Max(f => f.Bytes)));
            Assert.That(InstancesOf(report, Largest).Select(i => i.Fate), Is.EqualTo(new[] { InstanceFate.Kept, InstanceFate.Kept, InstanceFate.Kept }));
            Assert.That(InstancesOf(report, Largest).Select(i => i.Name), Is.EquivalentTo(new[] { "toyrust_program::largest::<i32>", "toyrust_program::largest::<f64>", "toyrust_program::largest::<char>" }));
            Assert.That(InstancesOf(report, Largest).All(i => i.IrInstructions > 0 && i.Bytes > 0), Is.True);
            Assert.That(largest.IrInstructions, Is.EqualTo(InstancesOf(report, Largest).Sum(i => i.IrInstructions)));
        });
    }

    [Test]
    public void At_opt_level_2_the_copies_are_inlined_into_main_and_leave_no_symbol()
    {
        var report = SizeBuilds.ToyRust(ThreeCopies, "-C opt-level=2");
        Assert.Multiple(() =>
        {
            Assert.That(InstancesOf(report, Largest).Select(i => i.Fate), Is.All.EqualTo(InstanceFate.InlinedEverywhere));
            Assert.That(InstancesOf(report, Largest).Select(i => i.Bytes), Is.All.Null);
            Assert.That(report.Generics.Any(g => g.Item == Largest), Is.False);
        });
    }

    [Test]
    public void A_recursive_function_is_inlined_into_main_and_kept_for_itself()
    {
        var fib = SizeBuilds.ToyRust("tests/size/recursive.rs", "-C opt-level=2").Instances.Single(i => i.Name == "toyrust_program::fib");
        Assert.That((fib.Fate, fib.CallSites, fib.CallSitesLeft), Is.EqualTo((InstanceFate.InlinedIntoSome, 3, 2)));
        Assert.That(fib.Bytes, Is.GreaterThan(0));
    }

    [Test]
    public void Two_identical_instances_are_merged_when_merging_is_on()
    {
        var mix = InstancesOf(SizeBuilds.ToyRust(Twins, "-C opt-level=2"), "toyrust_program::mix").OrderBy(i => i.Fate).ToList();
        Assert.That(mix.Select(i => i.Fate), Is.EqualTo(new[] { InstanceFate.Kept, InstanceFate.Merged }));
        Assert.That(mix[1].Partner, Is.EqualTo(mix[0].Name));
    }

    [Test]
    public void With_merging_off_lld_folds_the_identical_instances()
    {
        var report = SizeBuilds.ToyRust(Twins, "-C opt-level=2 -Z merge-functions=disabled -C link-arg=-fuse-ld=lld -C link-arg=-Wl,--icf=all");
        var mix = InstancesOf(report, "toyrust_program::mix").OrderBy(i => i.Fate).ToList();
        Assert.That(mix.Select(i => i.Fate), Is.EqualTo(new[] { InstanceFate.Kept, InstanceFate.FoldedByLinker }));
        Assert.That(report.Functions.Single(f => f.Item == "toyrust_program::mix").Aliases, Has.Length.EqualTo(1));
    }

    [Test]
    public void With_merging_and_folding_off_both_copies_stay_and_one_is_bloat()
    {
        var report = SizeBuilds.ToyRust(Twins, "-C opt-level=2 -Z merge-functions=disabled");
        var mix = report.Generics.Single(g => g.Item == "toyrust_program::mix");
        Assert.That(mix.Copies, Is.EqualTo(2));
        Assert.That(mix.EstimatedBloat, Is.EqualTo(mix.Bytes / 2));
    }

    /// <summary>std's impls for std types are instantiated in the program's crate by ToyRust, but are std's code in rustc's build: they count as std.</summary>
    /// <summary>
    /// `tests/size/vtables.rs` unsizes two types to `dyn Shape`; `describe` is called on neither
    /// directly, so each vtable alone keeps its type's `describe` (and `Square`'s `area`, which only
    /// the vtable's callers reach). At opt-level 0 every vtable is in the file with its 4 methods.
    /// </summary>
    [Test]
    public void Vtables_are_charged_their_bytes_and_the_methods_only_they_keep()
    {
        var report = SizeBuilds.ToyRust("tests/size/vtables.rs", "-C opt-level=0");

        Assert.That(report.Vtables.Select(v => v.Name), Is.EquivalentTo(new[] { "<Circle as Shape>", "<Square as Shape>" }));
        var square = report.Vtables.Single(v => v.Name == "<Square as Shape>");
        Assert.That(square.Slots, Is.EqualTo(6));
        Assert.That(square.Bytes, Is.EqualTo(48));
        Assert.That(square.OnlyThroughVtable, Is.EquivalentTo(new[] { "<Square as Shape>::area", "<Square as Shape>::describe", "<Square as Shape>::sides" }));
        Assert.That(square.OnlyThroughVtableBytes, Is.GreaterThan(0));
        var circle = report.Vtables.Single(v => v.Name == "<Circle as Shape>");
        Assert.That(circle.OnlyThroughVtable, Is.EquivalentTo(new[] { "<Circle as Shape>::describe", "<Circle as Shape>::sides" }));
    }

    [Test]
    public void Standard_library_instances_count_as_std_not_as_the_program()
    {
        var report = SizeBuilds.ToyRust("examples/generic_copies.rs", "-C opt-level=0");
        var debug = report.Functions.Single(f => f.Name == "<i32 as std::Debug>::fmt");
        Assert.That(debug.Crate, Is.EqualTo("std"));
        Assert.That(report.Functions.Single(f => f.Name == "toyrust_program::largest::<i32>").Crate, Is.EqualTo("toyrust_program"));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Rustc_executables_group_the_same_copies(bool v0)
    {
        if (!Rustc.IsAvailable) Assert.Ignore("rustc is not installed");
        var report = SizeBuilds.Rustc(ThreeCopies, "0", v0);
        var largest = report.Generics.Single(g => g.Item == "three_copies::largest");
        Assert.Multiple(() =>
        {
            Assert.That(largest.Copies, Is.EqualTo(3));
            Assert.That(largest.Crate, Is.EqualTo("three_copies"));
            Assert.That(report.Crates.Select(c => c.Crate), Does.Contain("std").And.Contain("core"));
            Assert.That(report.Notes.Any(n => n.Contains("legacy", StringComparison.Ordinal)), Is.EqualTo(!v0));
        });
    }

    [Test]
    public void The_text_report_fits_100_columns_and_the_json_is_the_same_every_time()
    {
        if (!Rustc.IsAvailable) Assert.Ignore("rustc is not installed");
        var folder = Directory.CreateTempSubdirectory("toyrust-size-cli-");
        try
        {
            var exe = Path.Combine(folder.FullName, "three");
            Assert.That(Rustc.Run([ThreeCopies, "-o", exe, "-C", "symbol-mangling-version=v0"]).ExitCode, Is.EqualTo(0));
            var (code, text, _) = Cli("size", exe, "--top", "40");
            Assert.That(code, Is.EqualTo(0));
            Assert.That(text.Split('\n').Where(l => l.Length > 100), Is.Empty);
            var first = Cli("size", exe, "--format", "json").Stdout;
            Assert.That(Cli("size", exe, "--format", "json").Stdout, Is.EqualTo(first));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Csv_gives_one_table_with_raw_numbers()
    {
        var (code, csv, error) = Cli("size", Repo.Full(ThreeCopies), "--format", "csv", "--table", "generics", "--top", "0");
        Assert.That(code, Is.EqualTo(0), error);
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Is.EqualTo("generic item,crate,copies,IR instrs,bytes,% code,bloat"));
        Assert.That(lines.Single(l => l.StartsWith(Largest + ",", StringComparison.Ordinal)), Does.Match(@"^toyrust_program::largest,toyrust_program,3,\d+,\d+,0\.\d{4},\d+$"));
    }

    [Test]
    public void Bad_arguments_are_one_line_errors()
    {
        var missing = Repo.Full("tests/size/no_such_file.o");
        Assert.That(Cli("size", missing), Is.EqualTo((1, "", $"error: {missing}: no such file\n")));
        Assert.That(Cli("size", Repo.Full(ThreeCopies), "--format", "xml").Stderr, Does.StartWith("error: argument for `--format`"));
        Assert.That(Cli("size", Repo.Full(ThreeCopies), "--table", "bogus"), Is.EqualTo((1, "", "error: no table `bogus` in this report (tables: sections, generics, functions, crates, instances)\n")));
    }

    [Test]
    public void The_report_tour_lists_sizes_and_the_generics_whose_copies_cost_most()
    {
        var (code, text, error) = Cli("report", Repo.Full("examples/generic_copies.rs"), "--opt-level", "0");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(text, Does.Contain("Top 10 generics by bloat"));
        Assert.That(text, Does.Match(@"toyrust_program::sort\s+generic_copies\.rs\s+x86_64\s+0\s+5\s"));
        Assert.That(text.TrimEnd('\n').Split('\n')[^1], Is.EqualTo("2 ok, 0 failed"));
    }

    internal static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = ToyRustCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
