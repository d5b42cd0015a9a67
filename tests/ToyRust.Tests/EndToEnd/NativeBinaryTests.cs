using NUnit.Framework;
using ToyRust.Cli;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Tests.EndToEnd;

/// <summary>
/// The native compiler, `artifacts/native/toyrust` (.NET Native AOT, what `./toyrust` runs), against
/// the same expectations as the in-process library: every example built and run through it, and
/// its diagnostics and JSON reports byte for byte the library's. AOT has no run-time code
/// generation, so what reflection used to do (JSON) is the part most likely to differ.
///
/// `./test` publishes the binary first and sets TOYRUST_REQUIRE_NATIVE=1, so there a missing binary
/// fails; a bare `dotnet test` without it skips these tests and says how to build it.
/// </summary>
[Parallelizable(ParallelScope.All)]
public class NativeBinaryTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static IEnumerable<TestCaseData> Examples() =>
        Repo.RelativeSources("examples").Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    [TestCaseSource(nameof(Examples))]
    public void Native_binary_runs_each_example_as_rustc_does(string program)
    {
        var expectation = ProgramExpectation.Load(Repo.Full(program));
        var run = Native("run", program);
        Assert.That(run.TimedOut, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Is.EqualTo(expectation.ExpectedStdout ?? ""), "stdout");
            Assert.That(run.ExitCode, Is.EqualTo(expectation.ExpectedExitCode), "exit code; stderr:\n" + run.Stderr);
        });
    }

    [TestCase("human")]
    [TestCase("json")]
    public void Native_binary_reports_an_error_as_the_library_does(string format)
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "bad.rs");
        File.WriteAllText(file, "fn main() {\n    let x: i32 = \"one\";\n    println!(\"{}\", x);\n}\n");
        var native = Native("build", file, "--error-format", format, "-o", Path.Combine(dir.Path, "bad"));
        var library = Library("build", file, "--error-format", format, "-o", Path.Combine(dir.Path, "bad"));
        Assert.Multiple(() =>
        {
            Assert.That(native.ExitCode, Is.EqualTo(1));
            Assert.That(native.Stderr, Does.Contain("E0308"));
            Assert.That(native.Stderr, Is.EqualTo(library.Stderr));
        });
    }

    [TestCase("size", "examples/generic_copies.rs", "--format", "json")]
    [TestCase("build", "examples/generic_copies.rs", "--print", "mono-items=why", "--format", "json")]
    public void Native_binary_writes_the_library_s_json(params string[] args)
    {
        var native = Native(args);
        var library = Library(args);
        Assert.Multiple(() =>
        {
            Assert.That(native.ExitCode, Is.Zero, native.Stderr);
            Assert.That(native.Stdout, Does.StartWith("{").And.Contain("show_sorted"));
            Assert.That(native.Stdout, Is.EqualTo(library.Stdout));
        });
    }

    private static string Binary()
    {
        var binary = Repo.Full("artifacts/native/toyrust");
        if (File.Exists(binary)) return binary;
        const string Build = "the native binary is not built: `./toyrust --version` publishes it to artifacts/native/";
        if (Environment.GetEnvironmentVariable("TOYRUST_REQUIRE_NATIVE") == "1") Assert.Fail(Build);
        Assert.Ignore(Build);
        return binary;
    }

    private static RunResult Native(params string[] args) =>
        ProgramRunner.Run(Binary(), Targets.Host, new RunOptions { Arguments = args, Timeout = Timeout, WorkingDirectory = Repo.Root });

    /// <summary>The same command in-process; paths are repo-relative, so the working directory is the repo's.</summary>
    private static RunResult Library(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = ToyRustCli.Run([.. args.Select(a => a.StartsWith("examples/", StringComparison.Ordinal) ? Repo.Full(a) : a)], stdout, stderr);
        var relative = (string s) => s.Replace(Repo.Root + "/", "", StringComparison.Ordinal);
        return new RunResult(code, relative(stdout.ToString()), relative(stderr.ToString()), TimedOut: false);
    }
}
