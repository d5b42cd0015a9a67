using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Syntax.Text;

namespace ToyRust.Tests.EndToEnd;

/// <summary>
/// Symbols carry Rust's v0 mangling, so binutils' `nm -C` shows `toyrust_program::max::&lt;i32&gt;`
/// with no extra tool; and `-C opt-level=2` inlines small instances away (their symbols vanish)
/// while bigger ones called from several places stay — the point of examples/generic_copies.rs.
/// </summary>
public class SymbolTests
{
    private const string Example = "examples/generic_copies.rs";

    [TestCase(Targets.X86_64Linux)]
    [TestCase(Targets.Aarch64Linux)]
    public void Nm_demangles_every_instance_at_opt_level_0(string target)
    {
        var symbols = Symbols(OptLevel.O0, target);
        Assert.That(symbols, Is.SupersetOf(new[]
        {
            "toyrust_program::main",
            "toyrust_program::largest::<i32>",
            "toyrust_program::largest::<toyrust_program::Money>",
            "toyrust_program::sort::<f64>",
            "toyrust_program::sort::<u8>",
            "toyrust_program::show_sorted::<char>",
        }));
    }

    [Test]
    public void Opt_level_2_inlines_the_small_copies_away()
    {
        var symbols = Symbols(OptLevel.O2, Targets.X86_64Linux);
        Assert.Multiple(() =>
        {
            Assert.That(symbols.Where(s => s.Contains("largest::<", StringComparison.Ordinal)), Is.Empty);
            Assert.That(symbols.Where(s => s.Contains("sort::<", StringComparison.Ordinal) && !s.Contains("show_sorted", StringComparison.Ordinal)), Is.Empty);
            Assert.That(symbols, Does.Contain("toyrust_program::show_sorted::<i32>"));
        });
    }

    /// <summary>The demangled names of the program's own functions in the linked executable.</summary>
    private static List<string> Symbols(OptLevel level, string target)
    {
        var folder = Directory.CreateTempSubdirectory("toyrust-symbols-");
        try
        {
            var source = new SourceText(Example, File.ReadAllText(Repo.Full(Example)));
            var options = new CompileOptions { Target = target, OptLevel = level, OutputStem = Path.Combine(folder.FullName, "copies") };
            var result = Compiler.Compile(source, options);
            Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics.Select(d => d.Message)) + result.SystemError);
            var nm = target == Targets.X86_64Linux ? "nm" : "aarch64-linux-gnu-nm";
            var info = new System.Diagnostics.ProcessStartInfo(nm) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { "-C", "--defined-only", result.Executable! }) info.ArgumentList.Add(a);
            using var process = System.Diagnostics.Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return [.. stdout.Split('\n')
                .Select(line => line.Length > 19 ? line[19..] : "")
                .Where(name => name.Contains("toyrust_program::", StringComparison.Ordinal))];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
