using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Semantics;

/// <summary>
/// E0282/E0283 as rustc 1.95 renders them: the caret under the callee path (`total_area::&lt;&gt;`),
/// not the whole call, and E0283's note naming the bound that cannot be satisfied. The expected
/// lines are rustc's own output for the UI test's file, checked here against rustc each run.
/// </summary>
public class InferenceDiagnosticTests
{
    private const string File = "tests/ui/l3/e0282_e0283_type_parameter_not_inferred.rs";

    [TestCase("18 |     println!(\"{}\", make()); //~ ERROR E0282", "   |                    ^^^^ cannot infer type of the type parameter `T` declared on the function `make`")]
    [TestCase("22 |     println!(\"{}\", total_area::<>(4)); //~ ERROR E0283", "   |                    ^^^^^^^^^^^^^^ cannot infer type of the type parameter `T` declared on the function `total_area`")]
    [TestCase("   = note: cannot satisfy `_: Shape`", null)]
    public void The_caret_and_note_are_rustcs(string line, string? next)
    {
        var text = System.IO.File.ReadAllText(Repo.Full(File));
        var source = new SourceText(File, text);
        var result = Compiler.Compile(source, new CompileOptions { Emit = EmitKinds.None, OutputStem = Path.Combine(Path.GetTempPath(), "toyrust-e0283") });
        var ours = string.Join("\n", result.Diagnostics.Select(d => DiagnosticRenderer.Render(d, source))).Split('\n');
        AssertFollows(ours, line, next, "ToyRust");
        if (!Rustc.IsAvailable) return;
        var theirs = Rustc.Run(["--edition", "2021", "--emit=metadata", "-o", Path.Combine(Path.GetTempPath(), "toyrust-e0283.rmeta"), File]).Stderr.Split('\n');
        AssertFollows(theirs, line, next, "rustc");
    }

    private static void AssertFollows(string[] lines, string line, string? next, string who)
    {
        var index = Array.IndexOf(lines, line);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"{who} did not print: {line}\n{string.Join("\n", lines)}");
        if (next is not null) Assert.That(lines[index + 1], Is.EqualTo(next), who);
    }
}
