using System.Diagnostics;
using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Tests.EndToEnd;

/// <summary>
/// Memory safety of what ToyRust builds, from level L4 on (drops, and later the heap): every
/// program in `tests/programs/l4` and `examples/l4` is built for x86-64 at opt-levels 0 and 3 and
/// run under `valgrind --leak-check=full`, which must report no error (invalid read or write, use
/// of uninitialized memory, a double free) and no definitely lost block, and the program must end
/// as its expectation says. The set-up (scripts/setup.sh) installs valgrind, so it is required here.
/// </summary>
public class ValgrindTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static IEnumerable<TestCaseData> Cases() =>
        from program in Repo.RelativeSources("tests/programs/l4").Concat(Repo.RelativeSources("tests/programs/l5")).Concat(Repo.RelativeSources("examples/l4"))
        from opt in new[] { OptLevel.O0, OptLevel.O3 }
        select new TestCaseData(program, opt).SetArgDisplayNames(program, "opt-level=" + RustcFlags.Spell(opt));

    [TestCaseSource(nameof(Cases))]
    public void Valgrind_finds_no_error_and_no_leak(string program, OptLevel opt)
    {
        var expectation = ProgramExpectation.Load(Repo.Full(program));
        var folder = Directory.CreateTempSubdirectory("toyrust-valgrind-");
        try
        {
            var options = new CompileOptions { Target = Targets.X86_64Linux, OptLevel = opt, OutputStem = Path.Combine(folder.FullName, "prog") };
            Assert.That(RustcFlags.TryApply(options, expectation.CompileFlags, out options, out var flagError), Is.True, flagError);
            var source = new ToyRust.Syntax.Text.SourceText(program, File.ReadAllText(Repo.Full(program)));
            var result = Compiler.Compile(source, options);
            Assert.That(result.Executable, Is.Not.Null, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
            var (exitCode, log) = RunUnderValgrind(result.Executable!);
            Assert.That(log, Does.Contain("ERROR SUMMARY: 0 errors"), "valgrind's report:\n" + log);
            Assert.That(exitCode, Is.EqualTo(expectation.ExpectedExitCode), "exit code; valgrind's report:\n" + log);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The program's exit code (valgrind's own is 99 when it finds an error) and valgrind's report.</summary>
    private static (int ExitCode, string Log) RunUnderValgrind(string exe)
    {
        var info = new ProcessStartInfo("valgrind")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--leak-check=full", "--errors-for-leak-kinds=definite", "--error-exitcode=99", exe }) info.ArgumentList.Add(a);
        info.Environment.Remove("RUST_BACKTRACE");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("valgrind did not start (scripts/setup.sh installs it)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"valgrind still running after {Timeout.TotalSeconds} s");
        }
        _ = stdout.Result;
        return (process.ExitCode, stderr.Result);
    }
}
