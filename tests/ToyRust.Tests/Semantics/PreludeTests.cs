using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Mir;
using ToyRust.Mir.Analysis;
using ToyRust.Mir.Building;
using ToyRust.Semantics.Binding;
using ToyRust.Syntax;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Semantics;

/// <summary>
/// The prelude is checked and lowered only as far as a program reaches it. These tests hold the
/// whole prelude to the checker, the MIR validator and the borrow checker once (a build never
/// looks at the parts it does not reach), and show that checking it lazily changes no output.
/// </summary>
public class PreludeTests
{
    private static BoundProgram Check(string text, bool wholePrelude)
    {
        var result = Checker.Check(SyntaxTree.Parse(new SourceText("main.rs", text)), wholePrelude);
        Assert.That(result.Diagnostics, Is.Empty);
        return result.Program;
    }

    [Test]
    public void Whole_prelude_checks_lowers_and_passes_the_borrow_checker()
    {
        var program = Check("fn main() {}", wholePrelude: true);
        var mir = MirBuilder.BuildProgram(program, new MirBuildOptions(OverflowChecks: true));
        var elaborated = DropElaboration.Run(mir);
        Assert.Multiple(() =>
        {
            Assert.That(program.Functions.Count(f => f.Symbol.IsPrelude), Is.GreaterThan(500));
            Assert.That(mir.Bodies.SelectMany(b => DefiniteInitialization.Check(b).AddRange(MoveCheck.Check(b, mir.Options.Drops))), Is.Empty);
            Assert.That(elaborated.Bodies.SelectMany(b => MirValidator.Validate(b)), Is.Empty);
        });
    }

    [Test]
    public void A_program_s_check_leaves_the_prelude_s_bodies_until_asked()
    {
        var program = Check("fn main() { println!(\"{}\", 1); }", wholePrelude: false);
        Assert.That(program.Functions.Select(f => f.Symbol.Name), Is.EqualTo(new[] { "main" }));
    }

    /// <summary>The collector asks for what `main` reaches: a few dozen of the prelude's ~770 bodies.</summary>
    [Test]
    public void A_build_lowers_only_the_prelude_functions_it_reaches()
    {
        var program = Check("fn main() { let v = vec![1, 2, 3]; println!(\"{}\", v.len()); }", wholePrelude: false);
        var mir = DropElaboration.Run(MirBuilder.BuildProgram(program, new MirBuildOptions(OverflowChecks: true)));
        var mono = ToyRust.Mono.MonoCollector.Collect(program, mir).Program!;
        var preludeItems = mono.Functions.Where(f => f.Definition.IsPrelude).Select(f => f.Definition).Distinct().Count();
        Assert.That(preludeItems, Is.InRange(1, 100));
    }

    public static IEnumerable<TestCaseData> Programs() =>
        new[] { "examples/iterators.rs", "examples/shapes_dyn.rs", "tests/programs/l5/closures_pattern_captures.rs", "tests/programs/l4/rc_dyn.rs", "tests/programs/l5/char_methods.rs" }
            .Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    /// <summary>Lazily or whole, the prelude gives the same LLVM IR, byte for byte.</summary>
    [TestCaseSource(nameof(Programs))]
    public void Checking_the_prelude_lazily_changes_no_output(string program)
    {
        var source = new SourceText(program, File.ReadAllText(Repo.Full(program)));
        Assert.That(LlvmIr(source, wholePrelude: false), Is.EqualTo(LlvmIr(source, wholePrelude: true)));
    }

    private static string LlvmIr(SourceText source, bool wholePrelude)
    {
        using var dir = new TempDir();
        var result = Compiler.Compile(source, new CompileOptions { Emit = EmitKinds.LlvmIr, OutputStem = Path.Combine(dir.Path, "p"), WholePrelude = wholePrelude });
        Assert.That(result.Diagnostics.Where(d => d.IsError), Is.Empty);
        return File.ReadAllText(result.Outputs.Single());
    }
}
