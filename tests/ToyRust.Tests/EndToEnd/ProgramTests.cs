using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Tests.EndToEnd;

/// <summary>
/// Every program in `examples/` and `tests/programs/` is a test (see <see cref="ProgramExpectation"/>
/// for the files and `//@` directives). Each is compiled in-process with <see cref="Compiler.Compile"/>
/// for x86-64 and AArch64 at opt-levels 0 and 3, run (AArch64 under QEMU) and checked: stdout
/// against `NAME.stdout` (missing: empty), the exit code against `//@ exit-code` (default 0), stderr
/// against `NAME.stderr` when it exists.
///
/// The expectation files are written by running rustc's build of the program, never by hand, and
/// <see cref="Rustc_meets_the_same_expectations"/> keeps them honest: it builds each program with
/// rustc and holds rustc's behaviour to the very same files.
/// </summary>
public class ProgramTests
{
    /// <summary>
    /// What catches a program that hangs. The slowest test program, `examples/shapes_dyn.rs` at
    /// opt-level 0 under qemu, takes about 2 s on a quiet machine and went past 10 s when the
    /// machine's load was around 20, so the limit leaves room for a busy machine.
    /// </summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Run with RUST_BACKTRACE unset, so panic messages end with rustc's standard note.</summary>
    private static readonly Dictionary<string, string?> CleanEnvironment = new() { ["RUST_BACKTRACE"] = null };

    public static IEnumerable<string> Programs() =>
        Repo.RelativeSources("examples").Concat(Repo.RelativeSources("tests/programs"));

    public static IEnumerable<TestCaseData> Cases() =>
        from program in Programs()
        from target in Targets.Linkable
        from opt in new[] { OptLevel.O0, OptLevel.O3 }
        select new TestCaseData(program, target, opt).SetArgDisplayNames(program, target.Split('-')[0], "opt-level=" + RustcFlags.Spell(opt));

    public static IEnumerable<TestCaseData> RustcCases() =>
        Programs().Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    [TestCaseSource(nameof(Cases))]
    public void Program_behaves_as_expected(string program, string target, OptLevel opt)
    {
        var expectation = ProgramExpectation.Load(Repo.Full(program));
        if (!expectation.RunsOn(target)) Assert.Ignore($"only-target: {string.Join(", ", expectation.OnlyTargets)}");
        var folder = Directory.CreateTempSubdirectory("toyrust-test-");
        try
        {
            var stem = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(program));
            var options = new CompileOptions { Target = target, OptLevel = opt, OutputStem = stem };
            Assert.That(RustcFlags.TryApply(options, expectation.CompileFlags, out options, out var flagError), Is.True, flagError);

            var source = ReadSource(program);
            var result = Compiler.Compile(source, options);
            Assert.That(result.SystemError, Is.Null, "system error");
            var errors = result.Diagnostics.Where(d => d.IsError).Select(d => ToyRust.Syntax.Diagnostics.DiagnosticRenderer.Render(d, source));
            Assert.That(errors, Is.Empty, "compile errors");
            Assert.That(result.Executable, Is.Not.Null, "no executable");

            var run = ProgramRunner.Run(result.Executable!, target, new RunOptions { Timeout = Timeout, Environment = CleanEnvironment });
            AssertMeets(expectation, run);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [TestCaseSource(nameof(RustcCases))]
    public void Rustc_meets_the_same_expectations(string program)
    {
        if (!Rustc.IsAvailable) Assert.Ignore("rustc is not on PATH");
        var expectation = ProgramExpectation.Load(Repo.Full(program));
        if (!expectation.RunsOn(Targets.Host)) Assert.Ignore("not for the host target");
        var folder = Directory.CreateTempSubdirectory("toyrust-rustc-");
        try
        {
            var exe = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(program));
            var compile = Rustc.Run(["--edition", "2021", "-C", "opt-level=0", .. expectation.CompileFlags, program, "-o", exe]);
            Assert.That(compile.ExitCode, Is.Zero, "rustc failed:\n" + compile.Stderr);

            var run = ProgramRunner.Run(exe, Targets.Host, new RunOptions { Timeout = Timeout, Environment = CleanEnvironment });
            AssertMeets(expectation, run);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The source, read as the CLI reads it, with its path repo-relative as rustc is given it.</summary>
    private static ToyRust.Syntax.Text.SourceText ReadSource(string program)
    {
        Assert.That(SourceFiles.TryRead(Repo.Full(program), out var source, out var error), Is.True, error?.Message);
        return new ToyRust.Syntax.Text.SourceText(program, source!.Text);
    }

    private static void AssertMeets(ProgramExpectation expectation, RunResult run)
    {
        Assert.That(run.TimedOut, Is.False, $"timed out after {Timeout.TotalSeconds} s");
        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Is.EqualTo(expectation.ExpectedStdout ?? ""), "stdout");
            Assert.That(run.ExitCode, Is.EqualTo(expectation.ExpectedExitCode), "exit code; stderr:\n" + run.Stderr);
            if (expectation.ExpectedStderr is { } stderr) Assert.That(ProgramExpectation.NormalizeStderr(run.Stderr), Is.EqualTo(stderr), "stderr");
        });
    }
}
