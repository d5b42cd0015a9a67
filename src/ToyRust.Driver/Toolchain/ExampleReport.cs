using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ToyRust.Driver.Toolchain;

/// <summary>One line of `toyrust report`: one program built for one target at one opt-level, and run.</summary>
/// <param name="Failure">Null when the program compiled, ran and matched its expectations; else why not, in one line.</param>
public sealed record ReportRow(string Example, string Target, OptLevel OptLevel, long? ExeSize, TimeSpan CompileTime, string? Failure)
{
    public bool Ok => Failure is null;
}

/// <summary>A report row and what the caller measured on its build.</summary>
public sealed record Measured<T>(ReportRow Row, T? Measurement);

/// <summary>
/// `toyrust report`: compiles every example for every linkable target at the given opt-levels, runs
/// each executable and checks it against its <see cref="ProgramExpectation"/>. The rows come back in
/// a fixed order (program, target, opt-level) whatever order the parallel work finished in.
/// </summary>
public static class ExampleReport
{
    public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The `.rs` files named, or found (recursively, sorted) in the named folders; paths kept relative as given.</summary>
    public static IReadOnlyList<string> FindPrograms(IEnumerable<string> filesOrFolders)
    {
        var found = new List<string>();
        foreach (var entry in filesOrFolders)
        {
            if (Directory.Exists(entry))
                found.AddRange(Directory.EnumerateFiles(entry, "*.rs", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(entry) || entry.EndsWith(".rs", StringComparison.Ordinal))
                found.Add(entry); // a missing .rs file becomes a failed row saying so
        }
        return found;
    }

    public static IReadOnlyList<ReportRow> Run(IReadOnlyList<string> programs, IReadOnlyList<string> targets, IReadOnlyList<OptLevel> optLevels, ILogger? logger = null) =>
        [.. Run<object>(programs, targets, optLevels, null, logger).Select(m => m.Row)];

    /// <summary>
    /// As <see cref="Run(IReadOnlyList{string}, IReadOnlyList{string}, IReadOnlyList{OptLevel}, ILogger?)"/>, and
    /// <paramref name="measure"/> looks at each successful build while its executable still exists
    /// (the builds keep their instance records for it).
    /// </summary>
    public static IReadOnlyList<Measured<T>> Run<T>(IReadOnlyList<string> programs, IReadOnlyList<string> targets, IReadOnlyList<OptLevel> optLevels,
        Func<CompileResult, CompileOptions, T>? measure, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var jobs = (from p in programs from t in targets from o in optLevels select (Program: p, Target: t, Opt: o)).ToArray();
        var rows = new Measured<T>?[jobs.Length];
        var missing = targets.ToDictionary(t => t, SystemCheck.For);
        var work = Directory.CreateTempSubdirectory("toyrust-report-");
        try
        {
            Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var (program, target, opt) = jobs[i];
                rows[i] = missing[target] is { } why
                    ? new Measured<T>(new ReportRow(program, target, opt, null, TimeSpan.Zero, why), default)
                    : BuildAndRun(program, target, opt, Path.Combine(work.FullName, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), measure, logger);
            });
        }
        finally
        {
            work.Delete(recursive: true);
        }
        return [.. rows.OfType<Measured<T>>()];
    }

    /// <summary>Null when the program is not meant for this target (`//@ only-target`).</summary>
    private static Measured<T>? BuildAndRun<T>(string program, string target, OptLevel opt, string folder, Func<CompileResult, CompileOptions, T>? measure, ILogger logger)
    {
        Measured<T> Row(long? exe, TimeSpan time, string? failure, T? measured = default) => new(new(program, target, opt, exe, time, failure), measured);

        if (!SourceFiles.TryRead(program, out var source, out var readError)) return Row(null, TimeSpan.Zero, readError.Message);
        ProgramExpectation expectation;
        try
        {
            expectation = ProgramExpectation.Load(program);
        }
        catch (FormatException e)
        {
            return Row(null, TimeSpan.Zero, e.Message);
        }
        if (!expectation.RunsOn(target)) return null;

        Directory.CreateDirectory(folder);
        var options = new CompileOptions { Target = target, OptLevel = opt, OutputStem = Path.Combine(folder, Path.GetFileNameWithoutExtension(program)), RecordInstances = measure is not null };
        if (!RustcFlags.TryApply(options, expectation.CompileFlags, out options, out var flagError)) return Row(null, TimeSpan.Zero, "compile-flags: " + flagError);

        var clock = Stopwatch.StartNew();
        var result = Compiler.Compile(source, options, logger);
        var time = clock.Elapsed;
        if (result.SystemError is { } system) return Row(null, time, system);
        if (!result.Succeeded)
        {
            var first = result.Diagnostics.First(d => d.IsError);
            return Row(null, time, $"does not compile: {first.Message}");
        }
        if (result.Executable is not { } exe) return Row(null, time, "no executable was produced");

        var size = new FileInfo(exe).Length;
        var measured = measure is null ? default : measure(result, options);
        try
        {
            var run = ProgramRunner.Run(exe, target, new RunOptions { Timeout = RunTimeout });
            return Row(size, time, expectation.Check(run), measured);
        }
        catch (ToolchainException e)
        {
            return Row(size, time, e.Message, measured);
        }
    }
}
