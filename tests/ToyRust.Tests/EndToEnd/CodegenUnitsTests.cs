using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;
using ToyRust.Mono;
using ToyRust.Syntax.Text;

namespace ToyRust.Tests.EndToEnd;

/// <summary>
/// `-C codegen-units=N`: the program behaves the same whatever N (the program tests run with the
/// default, 16), a build is the same bytes for the same N, every item is in exactly one unit or
/// copied into those that use it, and the flag is spelt and checked as rustc does.
/// </summary>
[Parallelizable(ParallelScope.All)]
public class CodegenUnitsTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        from program in new[] { "examples/iterators.rs", "examples/shapes_dyn.rs", "examples/generic_copies.rs", "tests/programs/l5/closures_pattern_captures.rs" }
        from units in new[] { 1, 2, 3 }
        from opt in new[] { OptLevel.O0, OptLevel.O3 }
        select new TestCaseData(program, units, opt).SetArgDisplayNames(program, $"codegen-units={units}", "opt-level=" + RustcFlags.Spell(opt));

    [TestCaseSource(nameof(Cases))]
    public void Program_behaves_the_same_in_any_number_of_units(string program, int units, OptLevel opt)
    {
        using var dir = new TempDir();
        var exe = Build(program, units, opt, Path.Combine(dir.Path, "p"));
        var run = ProgramRunner.Run(exe, Targets.Host, new RunOptions { Timeout = TimeSpan.FromSeconds(30) });
        var expectation = ProgramExpectation.Load(Repo.Full(program));
        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Is.EqualTo(expectation.ExpectedStdout ?? ""));
            Assert.That(run.ExitCode, Is.EqualTo(expectation.ExpectedExitCode));
        });
    }

    [TestCase(OptLevel.O0)]
    [TestCase(OptLevel.O3)]
    public void The_same_number_of_units_gives_the_same_bytes(OptLevel opt)
    {
        using var dir = new TempDir();
        var first = File.ReadAllBytes(Build("examples/shapes_static.rs", 4, opt, Path.Combine(dir.Path, "a")));
        var second = File.ReadAllBytes(Build("examples/shapes_static.rs", 4, opt, Path.Combine(dir.Path, "b")));
        Assert.That(second, Is.EqualTo(first));
    }

    [TestCase(1, false)]
    [TestCase(2, false)]
    [TestCase(2, true)]
    [TestCase(16, true)]
    public void Every_item_is_in_one_unit_or_copied(int units, bool localCopies)
    {
        var mono = MonoItems("examples/iterators.rs");
        var partition = Partitioning.Partition(mono, units, localCopies);
        var placed = partition.SelectMany(u => u.Items).ToList();
        var copied = mono.Functions.Where(f => !placed.Contains(f)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(partition, Has.Length.InRange(1, units));
            Assert.That(placed, Is.Unique);
            Assert.That(partition.Count(u => u.HoldsEntry), Is.EqualTo(1));
            Assert.That(partition.Single(u => u.HoldsEntry).Items, Does.Contain(mono.Entry));
            Assert.That(copied.All(f => Partitioning.IsLocalCopy(mono, f)), Is.True);
            Assert.That(copied, localCopies ? Is.Not.Empty : Is.Empty);
            Assert.That(partition.Select(u => u.Index), Is.EqualTo(Enumerable.Range(0, partition.Length)));
        });
    }

    /// <summary>A one-module program larger than <see cref="Partitioning.SplitMinimum"/> is cut into halves so that it uses every core.</summary>
    [Test]
    public void A_large_module_is_split_across_units()
    {
        using var dir = new TempDir();
        var functions = string.Concat(Enumerable.Range(0, 400).Select(i =>
            $"fn f{i}(x: i64) -> i64 {{ let mut s = x; let mut k = 0; while k < {i + 3} {{ s = s * 3 + k; if s > 1000000 {{ s = s % 1000 + {i}; }} k += 1; }} s }}\n"));
        var main = "fn main() { let mut t = 0i64; " + string.Concat(Enumerable.Range(0, 400).Select(i => $"t += f{i}({i}); ")) + "println!(\"{}\", t); }\n";
        var path = Path.Combine(dir.Path, "many.rs");
        File.WriteAllText(path, functions + main);
        var program = ToyRust.Semantics.Binding.Checker.Check(ToyRust.Syntax.SyntaxTree.Parse(new SourceText(path, File.ReadAllText(path)))).Program;
        var mir = ToyRust.Mir.Analysis.DropElaboration.Run(ToyRust.Mir.Building.MirBuilder.BuildProgram(program, new ToyRust.Mir.Building.MirBuildOptions(OverflowChecks: true)));
        var mono = MonoCollector.Collect(program, mir).Program!;
        Assert.That(Partitioning.Partition(mono, 4, localCopies: false), Has.Length.EqualTo(4));
        Assert.That(Partitioning.Partition(mono, 1, localCopies: false), Has.Length.EqualTo(1));
    }

    [TestCase("codegen-units=0", ExpectedResult = "value for codegen units must be a positive non-zero integer")]
    [TestCase("codegen-units=four", ExpectedResult = "incorrect value `four` for codegen option `codegen-units` - a number was expected")]
    [TestCase("codegen-units", ExpectedResult = "codegen option `codegen-units` requires a number (`-C codegen-units=<value>`)")]
    public string? Bad_value_is_rustc_s_error(string flag)
    {
        Assert.That(RustcFlags.TryApplyCodegenOption(new CompileOptions { OutputStem = "x" }, flag, out _, out var error), Is.False);
        return error;
    }

    [Test]
    public void Only_an_executable_is_split()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new CompileOptions { OutputStem = "x" }.EffectiveCodegenUnits, Is.EqualTo(Partitioning.DefaultUnits));
            Assert.That(new CompileOptions { OutputStem = "x", CodegenUnits = 4, Emit = EmitKinds.Exe | EmitKinds.Obj }.EffectiveCodegenUnits, Is.EqualTo(1));
            Assert.That(new CompileOptions { OutputStem = "x", CodegenUnits = 4, Emit = EmitKinds.LlvmIr }.EffectiveCodegenUnits, Is.EqualTo(1));
        });
    }

    private static string Build(string program, int units, OptLevel opt, string stem)
    {
        var source = new SourceText(program, File.ReadAllText(Repo.Full(program)));
        var result = Compiler.Compile(source, new CompileOptions { OutputStem = stem, OptLevel = opt, CodegenUnits = units });
        Assert.That(result.Diagnostics.Where(d => d.IsError), Is.Empty);
        Assert.That(result.SystemError, Is.Null);
        return result.Executable!;
    }

    private static MonoProgram MonoItems(string program)
    {
        var checkedProgram = ToyRust.Tests.Mir.MirPrograms.Check(program);
        var mir = ToyRust.Mir.Analysis.DropElaboration.Run(ToyRust.Mir.Building.MirBuilder.BuildProgram(checkedProgram, new ToyRust.Mir.Building.MirBuildOptions(OverflowChecks: true)));
        return MonoCollector.Collect(checkedProgram, mir).Program!;
    }
}
