using System.Text.RegularExpressions;
using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Mono;

/// <summary>
/// Every `tests/mono/**/*.rs` lists the mono items it must produce, in the style of rustc's
/// `tests/codegen-units`: one `//~ MONO_ITEM fn max::&lt;i32&gt;` line per instance. The collector's
/// items must be exactly that set — nothing missing, nothing extra. Each file is also a real Rust
/// program: rustc must accept it.
/// </summary>
public partial class MonoItemTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        Repo.RelativeSources("tests/mono").Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    [TestCaseSource(nameof(Cases))]
    public void Mono_items_are_exactly_the_annotated_ones(string file)
    {
        var text = File.ReadAllText(Repo.Full(file));
        var expected = Annotation().Matches(text).Select(m => m.Groups[1].Value.Trim()).Order(StringComparer.Ordinal).ToList();
        var options = new CompileOptions { Emit = EmitKinds.Mono, OutputStem = Path.Combine(Path.GetTempPath(), "toyrust-mono") };
        var result = Compiler.Compile(new SourceText(file, text), options);
        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.Message), Is.Empty);
        var actual = result.MonoItems.Select(i => "fn " + i.Name).Order(StringComparer.Ordinal).ToList();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Cases))]
    public void Rustc_accepts_the_program(string file)
    {
        if (!Rustc.IsAvailable) Assert.Ignore("rustc is not on PATH");
        var folder = Directory.CreateTempSubdirectory("toyrust-mono-rustc-");
        try
        {
            var run = Rustc.Run(["--edition", "2021", "--emit=metadata", "-o", Path.Combine(folder.FullName, "out.rmeta"), file]);
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"//~ MONO_ITEM (fn .+)$", RegexOptions.Multiline)]
    private static partial Regex Annotation();
}
