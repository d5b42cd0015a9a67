using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Semantics;

/// <summary>
/// `assert_eq!` on a type without `PartialEq` is E0369 where the macro is called, as rustc renders
/// it (once an internal compiler error: the collector found no `eq`). rustc's JSON puts the primary
/// span inside core's macro, so the UI harness cannot hold it; the rendered `-->` lines can.
/// </summary>
public class MacroComparisonTests
{
    private const string File = "tests/checker/assert_eq_without_partial_eq.rs";
    private const string Where = "  --> tests/checker/assert_eq_without_partial_eq.rs:12:5";

    [Test]
    public void Assert_eq_without_partial_eq_is_E0369_at_the_macro()
    {
        var source = new SourceText(File, System.IO.File.ReadAllText(Repo.Full(File)));
        var result = Compiler.Compile(source, new CompileOptions { Emit = EmitKinds.None, OutputStem = Path.Combine(Path.GetTempPath(), "toyrust-assert-eq") });
        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.Code), Is.EqualTo(new[] { "E0369" }));
        var ours = DiagnosticRenderer.Render(result.Diagnostics[0], source).Split('\n');
        Assert.That(ours[..2], Is.EqualTo(new[] { "error[E0369]: binary operation `==` cannot be applied to type `Shape`", Where }));
        if (!Rustc.IsAvailable) return;
        var theirs = Rustc.Run(["--edition", "2021", "--emit=metadata", "-o", Path.Combine(Path.GetTempPath(), "toyrust-assert-eq.rmeta"), File]).Stderr.Split('\n');
        Assert.That(theirs[..2], Is.EqualTo(ours[..2]));
    }
}
