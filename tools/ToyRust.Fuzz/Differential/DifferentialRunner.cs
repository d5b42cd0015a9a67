using System.Diagnostics;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Fuzz.Differential;

/// <summary>What one configuration of one program came to.</summary>
public enum Verdict
{
    /// <summary>ToyRust's build behaved as rustc's.</summary>
    Agree,

    /// <summary>ToyRust rejected, crashed on, or miscompiled a program rustc accepts: a ToyRust bug.</summary>
    Mismatch,

    /// <summary>rustc rejected the program, or its build did not finish: a bug of the generator, not of ToyRust.</summary>
    GeneratorBug,
}

/// <summary>
/// One finding. <see cref="Signature"/> says what kind of mismatch it is (a rejection with its
/// message, an internal error, a different exit code or output), so that the reducer keeps the
/// same bug while it shrinks the program rather than drifting to another one.
/// </summary>
public sealed record Finding(Verdict Verdict, Configuration? Configuration, string Signature, string Detail);

/// <summary>The findings of every configuration of one program; <see cref="Source"/> is the program.</summary>
public sealed record CaseReport(string Name, string Source, IReadOnlyList<Finding> Findings)
{
    public bool HasMismatch => Findings.Any(f => f.Verdict == Verdict.Mismatch);

    public bool HasGeneratorBug => Findings.Any(f => f.Verdict == Verdict.GeneratorBug);
}

/// <summary>Where the runner works and how long anything may take.</summary>
public sealed record RunnerSettings
{
    public IReadOnlyList<Configuration> Configurations { get; init; } = Configuration.Standard;

    /// <summary>A folder for the programs and builds; each case gets a subfolder, deleted when it is done.</summary>
    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "toyrust-fuzz");

    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan CompileTimeout { get; init; } = TimeSpan.FromSeconds(60);
}

/// <summary>
/// The differential runner: builds a program with rustc (the oracle, on the host) and with
/// ToyRust in-process for every configuration, runs each build (AArch64 under QEMU) and compares
/// stdout, exit code and panic message.
///
/// rustc is built once per distinct semantics (opt-level and overflow checks); ToyRust's x86-64
/// and AArch64 builds are both held to that one oracle, since a program's output may not depend
/// on the target. If rustc rejects the program, or its build does not finish in time, the case is
/// a generator bug and ToyRust is not judged on it.
/// </summary>
public sealed class DifferentialRunner(RunnerSettings settings)
{
    private static readonly Dictionary<string, string?> CleanEnvironment = new() { ["RUST_BACKTRACE"] = null };

    public RunnerSettings Settings { get; } = settings;

    /// <summary>Whether `rustc` can be run here; without it there is nothing to compare with.</summary>
    public static bool RustcAvailable => Rustc.Find() is not null;

    public CaseReport Check(string name, string source) => InCaseFolder(name, folder =>
    {
        var path = Path.Combine(folder, name + ".rs");
        File.WriteAllText(path, source);
        var oracles = new Dictionary<string, Behaviour>();
        foreach (var config in Settings.Configurations)
        {
            if (oracles.ContainsKey(config.OracleKey)) continue;
            var oracle = RunRustc(path, config, folder);
            if (oracle.Finding is { } bug) return new CaseReport(name, source, [bug]);
            oracles[config.OracleKey] = oracle.Behaviour!;
        }
        var findings = Settings.Configurations.Select(c => CheckToyRust(path, source, c, oracles[c.OracleKey], folder)).ToList();
        return new CaseReport(name, source, findings);
    });

    /// <summary>
    /// For the reducer: does <paramref name="source"/> still show a mismatch with this signature in
    /// this configuration, while rustc still accepts it and its build still finishes?
    /// </summary>
    public bool StillMismatches(string source, Configuration config, string signature) => InCaseFolder("reduce-" + Guid.NewGuid().ToString("N")[..8], folder =>
    {
        var path = Path.Combine(folder, "case.rs");
        File.WriteAllText(path, source);
        var oracle = RunRustc(path, config, folder);
        if (oracle.Behaviour is null) return false;
        var finding = CheckToyRust(path, source, config, oracle.Behaviour, folder);
        return finding.Verdict == Verdict.Mismatch && finding.Signature == signature;
    });

    private T InCaseFolder<T>(string name, Func<string, T> work)
    {
        var folder = Path.Combine(Settings.WorkDirectory, name);
        Directory.CreateDirectory(folder);
        try
        {
            return work(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private (Behaviour? Behaviour, Finding? Finding) RunRustc(string path, Configuration config, string folder)
    {
        var exe = Path.Combine(folder, "rustc-" + string.Concat(config.OracleKey.Where(char.IsLetterOrDigit)));
        var compile = Rustc.Run(["--edition", "2021", .. config.RustcFlags, path, "-o", exe], Settings.CompileTimeout);
        if (compile.ExitCode != 0 || compile.TimedOut)
        {
            var error = compile.Stderr.Split('\n').FirstOrDefault(l => l.StartsWith("error", StringComparison.Ordinal)) ?? "rustc failed";
            return (null, new Finding(Verdict.GeneratorBug, config, "rustc rejects", $"rustc rejects the program: {error}"));
        }
        var run = Behaviour.From(ProgramRunner.Run(exe, Targets.Host, RunOptions()));
        if (run.TimedOut) return (null, new Finding(Verdict.GeneratorBug, config, "rustc's build hangs", $"rustc's build did not finish in {Settings.RunTimeout.TotalSeconds:F0} s"));
        return (run, null);
    }

    private Finding CheckToyRust(string path, string source, Configuration config, Behaviour oracle, string folder)
    {
        var stem = Path.Combine(folder, "toyrust-" + config.Target.Split('-')[0] + "-" + RustcFlags.Spell(config.OptLevel) + (config.OverflowChecks is null ? "" : "-oc"));
        var text = new SourceText(path, source);
        CompileResult result;
        try
        {
            var compile = Task.Run(() => Compiler.Compile(text, config.ToCompileOptions(stem)));
            if (!compile.Wait(Settings.CompileTimeout)) return Mismatch(config, "compiler hang", $"ToyRust did not finish compiling in {Settings.CompileTimeout.TotalSeconds:F0} s");
            result = compile.Result;
        }
        catch (AggregateException e)
        {
            var inner = e.InnerException!;
            return Mismatch(config, "internal error: " + inner.GetType().Name, $"internal compiler error: {inner.GetType().Name}: {inner.Message}");
        }
        // A missing tool fails every case alike, and loudly; a failed link of ToyRust's own output is a ToyRust bug.
        if (result.SystemError is { } system) return Mismatch(config, "system error: " + system.Split('\n')[0].Split(':')[0], "ToyRust: " + FirstLines(system, 6));
        if (result.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
        {
            var kind = error.Message.Contains("internal compiler error", StringComparison.Ordinal) ? "internal error" : "rejects: " + error.Message;
            return Mismatch(config, kind, "ToyRust " + FirstLines(DiagnosticRenderer.Render(error, text), 4));
        }
        var run = Behaviour.From(ProgramRunner.Run(result.Executable!, config.Target, RunOptions()));
        var difference = Behaviour.Difference(oracle, run);
        return difference is null
            ? new Finding(Verdict.Agree, config, "", "")
            : Mismatch(config, difference.Split(' ')[0] + " " + difference.Split(' ')[1], $"{difference}\n  rustc:   {oracle.Summary()}\n  ToyRust: {run.Summary()}");
    }

    private static Finding Mismatch(Configuration config, string signature, string detail) => new(Verdict.Mismatch, config, signature, detail);

    private static string FirstLines(string text, int count) => string.Join("\n", text.Split('\n').Take(count));

    private RunOptions RunOptions() => new() { Timeout = Settings.RunTimeout, Environment = CleanEnvironment };
}

/// <summary>rustc as a child process, with a time limit.</summary>
public static class Rustc
{
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "rustc")).FirstOrDefault(File.Exists);

    public static RunResult Run(IEnumerable<string> args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("rustc") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var finished = process.WaitForExit(timeout);
        if (!finished) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return new RunResult(finished ? process.ExitCode : -1, stdout.Result, stderr.Result, !finished);
    }
}
