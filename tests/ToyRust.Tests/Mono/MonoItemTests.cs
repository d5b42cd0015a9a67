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
        var actual = result.MonoItems.Select(i => "fn " + WithoutPreludeLines(i.Name)).Order(StringComparer.Ordinal).ToList();
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(result.MonoItems.Select(i => i.Symbol), Is.Unique, "two mono items share a symbol");
    }

    /// <summary>
    /// A prelude closure is annotated as `{closure@&lt;prelude&gt;}`: its line and column change with every
    /// prelude edit above it, which says nothing about the test's program (and conflicted in merges).
    /// </summary>
    private static string WithoutPreludeLines(string name) => PreludeClosure().Replace(name, "{closure@<prelude>}");

    [GeneratedRegex(@"\{closure@<prelude>:\d+:\d+: \d+:\d+\}")]
    private static partial Regex PreludeClosure();

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

    /// <summary>
    /// `--print mono-items` runs the build's collection, with the crate's `#![recursion_limit]`
    /// (it used to ignore the attribute and stop at a chain of 130 items where the build stopped at 10).
    /// </summary>
    [Test]
    public void Printing_mono_items_honours_the_crate_recursion_limit()
    {
        const string Program = """
            #![recursion_limit = "8"]
            struct Wrap<T> { inner: T }
            fn deeper<T>(x: T, n: u32) -> u32 { if n == 0 { return 0; } deeper(Wrap { inner: x }, n - 1) + 1 }
            fn main() { println!("{}", deeper(1u8, 3)); }
            """;
        string[] Errors(EmitKinds emit)
        {
            var options = new CompileOptions { Emit = emit, OutputStem = Path.Combine(Path.GetTempPath(), $"toyrust-mono-limit-{emit}") };
            return [.. Compiler.Compile(new SourceText("limit.rs", Program), options).Diagnostics.Where(d => d.IsError).Select(d => d.Message)];
        }
        var printed = Errors(EmitKinds.Mono);
        Assert.That(printed, Has.Length.EqualTo(1));
        Assert.That(printed[0], Does.StartWith("reached the recursion limit while instantiating"));
        // rustc 1.95 names `deeper::<Wrap<…9 deep…<u8>>>`: the ninth `deeper` on the chain is the first past the limit.
        Assert.That(Regex.Count(printed[0], "Wrap<"), Is.EqualTo(9), printed[0]);
        Assert.That(Errors(EmitKinds.Obj), Is.EqualTo(printed));
    }

    [GeneratedRegex(@"//~ MONO_ITEM (fn .+)$", RegexOptions.Multiline)]
    private static partial Regex Annotation();
}
