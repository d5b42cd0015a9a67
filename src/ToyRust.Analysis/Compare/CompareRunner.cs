using System.Diagnostics;
using ToyRust.Analysis.Objects;
using ToyRust.Analysis.Sizes;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Analysis.Compare;

/// <summary>One program built in one configuration and measured; <see cref="Failure"/> says in one line why there is no report.</summary>
/// <see cref="Skipped"/>: the configuration cannot be built on this machine at all (rustc without that target's standard library), which is not a failure.
public sealed record CompareRow(string File, Configuration Configuration, SizeReport? Report, string? Failure, TimeSpan BuildTime, bool Skipped = false)
{
    /// <summary>The crate the program's own code is in: ToyRust names it `toyrust_program`, rustc after the file.</summary>
    public string ProgramCrate => Configuration.Compiler == CompilerKind.ToyRust
        ? Mono.SymbolMangler.CrateName
        : Path.GetFileNameWithoutExtension(File).Replace('-', '_');

    public long? ProgramCode => Report?.Crates.Where(c => c.Crate == ProgramCrate).Sum(c => c.Bytes);

    public int? ProgramFunctions => Report?.Crates.Where(c => c.Crate == ProgramCrate).Sum(c => c.Functions);

    /// <summary>The program's generic items and their bytes, named without the crate, so ToyRust's `toyrust_program::max` and rustc's `app::max` meet as `max`.</summary>
    public IEnumerable<(string Item, long Bytes, int Copies)> ProgramItems() =>
        Report?.Generics.Where(g => g.Crate == ProgramCrate).Select(g => (g.Item.Replace(ProgramCrate + "::", "", StringComparison.Ordinal), g.Bytes, g.Copies)) ?? [];
}

/// <summary>
/// Builds every (program, configuration) pair of a `toyrust compare` and measures it: ToyRust in
/// process (its builds keep their instance records), rustc as a process with v0 symbol names so
/// its copies group exactly. Work runs in parallel across <c>jobs</c> threads; rows come back in
/// (program, configuration) order whatever order they finished in.
/// </summary>
public static class CompareRunner
{
    public static IReadOnlyList<CompareRow> Run(IReadOnlyList<string> files, IReadOnlyList<Configuration> configurations, int jobs, Action<int, int, string>? progress = null)
    {
        var work = (from f in files from c in configurations select (File: f, Configuration: c)).ToArray();
        var rows = new CompareRow[work.Length];
        var done = 0;
        var folder = Directory.CreateTempSubdirectory("toyrust-compare-");
        try
        {
            Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i =>
            {
                var dir = Directory.CreateDirectory(Path.Combine(folder.FullName, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName;
                rows[i] = Build(work[i].File, work[i].Configuration, dir);
                progress?.Invoke(Interlocked.Increment(ref done), work.Length, $"{work[i].File} {work[i].Configuration.Label}");
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        return rows;
    }

    private static CompareRow Build(string file, Configuration configuration, string dir)
    {
        var clock = Stopwatch.StartNew();
        if (configuration.Compiler == CompilerKind.Rustc && !StdInstalled.GetOrAdd(configuration.Target, RustcHasStd))
            return new CompareRow(file, configuration, null, $"skipped: rustc's standard library for {configuration.Target} is not installed", TimeSpan.Zero, Skipped: true);
        try
        {
            var report = configuration.Compiler == CompilerKind.ToyRust ? BuildWithToyRust(file, configuration, dir) : BuildWithRustc(file, configuration, dir);
            return new CompareRow(file, configuration, report with { File = file }, null, clock.Elapsed);
        }
        catch (Exception e) when (e is AnalysisException or ToolchainException)
        {
            return new CompareRow(file, configuration, null, e.Message, clock.Elapsed);
        }
    }

    /// <summary>rustc builds only for targets whose standard library rustup installed (and rustup cannot download here).</summary>
    private static bool RustcHasStd(string target)
    {
        var dir = ExternalTool.Run("rustc", ["--print", "target-libdir", "--target", target]).Stdout.Trim();
        return dir.Length > 0 && Directory.Exists(dir) && Directory.EnumerateFiles(dir, "libstd-*").Any();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> StdInstalled = new(StringComparer.Ordinal);

    private static SizeReport BuildWithToyRust(string file, Configuration configuration, string dir) =>
        BuildMeasurer.BuildAndMeasure(file, configuration.Flags(), Path.Combine(dir, Path.GetFileNameWithoutExtension(file)));

    private static SizeReport BuildWithRustc(string file, Configuration configuration, string dir)
    {
        var exe = Path.Combine(dir, Path.GetFileNameWithoutExtension(file));
        var linker = Targets.Find(configuration.Target)?.CCompiler is { } cc && configuration.Target != Targets.Host ? new[] { "-C", "linker=" + cc } : [];
        var run = ExternalTool.Run("rustc", [file, "-o", exe, "-C", "symbol-mangling-version=v0", .. linker, .. configuration.Flags()],
            environment: new Dictionary<string, string> { ["RUSTC_BOOTSTRAP"] = "1" });
        if (run.ExitCode != 0) throw new AnalysisException("rustc failed: " + RustcReason(run.Stderr));
        return SizeAnalyzer.Analyze(ObjectReader.Read(exe));
    }

    /// <summary>rustc's first error line.</summary>
    private static string RustcReason(string stderr)
    {
        var lines = stderr.Split('\n');
        return lines.FirstOrDefault(l => l.StartsWith("error", StringComparison.Ordinal))?.Trim() ?? "exit code not 0";
    }
}
