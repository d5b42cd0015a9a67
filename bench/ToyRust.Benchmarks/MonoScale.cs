using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;
using ToyRust.Syntax.Text;

namespace ToyRust.Benchmarks;

/// <summary>One build of one scale program, as the child process reports it to the parent.</summary>
public sealed record ScaleRun(
    int Seeds,
    int Items,
    int Lines,
    double TotalMs,
    double CpuMs,
    Dictionary<string, double> PassMs,
    long PeakBytes,
    long WarmBytes,
    long AllocatedBytes,
    string Stdout);

/// <summary>
/// Issue 4, "speed and scale": does the cost of a build grow with the number of mono items, and
/// not faster? Builds <see cref="MonoScaleProgramGenerator"/>'s programs of ~1,000 to ~20,000 items
/// at opt-level 0 and prints, per size, the time of each pass, the peak memory and the ratios
/// between sizes.
///
/// Each size is built in a fresh child process (this program again, with `--scale-one SEEDS`), so
/// that its peak resident set is its own and not the high-water mark of a bigger build before it.
/// The child first builds a ~1,000-item program twice, so that JIT compilation (and tiering up
/// the hot loops) is not billed to the measured build, then builds the measured one once and
/// prints a <see cref="ScaleRun"/> as JSON. Besides wall time it reports the process's CPU time
/// over the build (the compiler's thread plus GC and JIT), which moves less than wall time when
/// other work shares the machine.
/// </summary>
public static class MonoScale
{
    public const string ChildFlag = "--scale-one";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The child: build the program of <paramref name="seeds"/> seeds once, print the figures.</summary>
    public static int RunOne(int seeds, int optLevel)
    {
        var work = Directory.CreateTempSubdirectory("toyrust-scale-");
        try
        {
            for (var i = 0; i < 2; i++) Build(work.FullName, MonoScaleProgramGenerator.SeedsFor(1_000), optLevel);
            var warm = PeakMemory.Self();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var (result, elapsed, lines) = Build(work.FullName, seeds, optLevel);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var expected = MonoScaleProgramGenerator.ExpectedItems(seeds);
            if (result.MonoItems.Length != expected)
            {
                Console.Error.WriteLine($"the collector made {result.MonoItems.Length} items, the generator expects {expected}");
                return 1;
            }
            var run = ProgramRunner.Run(result.Executable!, Targets.Host, new RunOptions { Timeout = TimeSpan.FromSeconds(60) });
            var passes = new[] { "parse", "check", "mir", "mono", "codegen", "optimize", "emit", "link" }
                .ToDictionary(p => p, p => result.Timings.Where(t => t.Pass == p).Sum(t => t.Elapsed.TotalMilliseconds));
            var report = new ScaleRun(seeds, result.MonoItems.Length, lines, elapsed.TotalMilliseconds, cpu.TotalMilliseconds, passes, PeakMemory.Self(), warm, allocated, run.Stdout);
            Console.WriteLine(JsonSerializer.Serialize(report, Json));
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static (CompileResult Result, TimeSpan Elapsed, int Lines) Build(string folder, int seeds, int optLevel)
    {
        var path = Path.Combine(folder, $"mono_scale_{seeds}.rs");
        var text = MonoScaleProgramGenerator.Generate(seeds);
        File.WriteAllText(path, text);
        var source = new SourceText(path, text);
        var options = new CompileOptions { OptLevel = optLevel == 0 ? OptLevel.O0 : OptLevel.O3, OutputStem = Path.Combine(folder, $"mono_scale_{seeds}") };
        CompileResult? result = null;
        var elapsed = Measure.Time(() => result = Compiler.Compile(source, options));
        if (!result!.Succeeded)
            throw new InvalidOperationException($"ToyRust cannot build {path}: {result.SystemError ?? result.Diagnostics.First(d => d.IsError).Message}");
        return (result, elapsed, L2ProgramGenerator.CountLines(text));
    }

    /// <summary>The parent: one child per size and run, then the tables.</summary>
    public static bool Run(IReadOnlyList<int> sizes, int runs, int optLevel, bool withRustc, string folder)
    {
        Console.WriteLine($"## Monomorphization scale: ~1,000 to ~20,000 distinct mono items, opt-level {optLevel}");
        Console.WriteLine();
        Console.WriteLine($"`MonoScaleProgramGenerator`: {MonoScaleProgramGenerator.ItemsPerSeed} items per seed struct; each size is built in a fresh process after two warm-up builds of ~1,000 items; median of {runs} run(s) by total time. `LLVM` = optimize + object emission; `to object` = build − link.");
        Console.WriteLine();
        var rows = new List<ScaleRun>();
        foreach (var size in sizes)
        {
            var seeds = MonoScaleProgramGenerator.SeedsFor(size);
            var samples = new List<ScaleRun>();
            for (var i = 0; i < runs; i++)
            {
                if (RunChild(seeds, optLevel) is not { } sample) return false;
                samples.Add(sample);
            }
            var median = samples.OrderBy(s => s.TotalMs).ElementAt(samples.Count / 2);
            // The peak is a property of the program, not of the run's luck: report the largest seen.
            rows.Add(median with { PeakBytes = samples.Max(s => s.PeakBytes) });
        }

        Console.WriteLine("| mono items | source lines | build (ms) | CPU (ms) | to object (ms) | parse + check | mir | mono | codegen | LLVM | link | peak RSS (MB) | allocated (MB) | µs per item |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            double P(string pass) => r.PassMs.GetValueOrDefault(pass);
            var llvm = P("optimize") + P("emit") - P("link");
            Console.WriteLine($"| {r.Items:N0} | {r.Lines:N0} | {Measure.Ms(r.TotalMs)} | {Measure.Ms(r.CpuMs)} | {Measure.Ms(r.TotalMs - P("link"))} | {Measure.Ms(P("parse") + P("check"))} | {Measure.Ms(P("mir"))} | {Measure.Ms(P("mono"))} | {Measure.Ms(P("codegen"))} | {Measure.Ms(llvm)} | {Measure.Ms(P("link"))} | {Mb(r.PeakBytes)} | {Mb(r.AllocatedBytes)} | {r.TotalMs * 1000 / r.Items:F0} |");
        }
        Console.WriteLine();
        Console.WriteLine($"Peak RSS after the warm-up builds, before the measured one: {Mb(rows.Min(r => r.WarmBytes))}–{Mb(rows.Max(r => r.WarmBytes))} MB.");
        Console.WriteLine();
        PrintRatios(rows);
        return !withRustc || !Rustc.IsAvailable || CompareRustc(rows, optLevel, folder);
    }

    /// <summary>Growth between consecutive sizes: linear growth makes every time ratio equal the item ratio.</summary>
    private static void PrintRatios(List<ScaleRun> rows)
    {
        Console.WriteLine("Growth between consecutive sizes (linear: time ratio ≈ items ratio):");
        Console.WriteLine();
        Console.WriteLine("| items | items × | build × | CPU × | mono × | codegen × | LLVM × | allocated × | peak RSS − warm-up × |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 1; i < rows.Count; i++)
        {
            var (a, b) = (rows[i - 1], rows[i]);
            static double Llvm(ScaleRun r) => r.PassMs.GetValueOrDefault("optimize") + r.PassMs.GetValueOrDefault("emit") - r.PassMs.GetValueOrDefault("link");
            Console.WriteLine($"| {a.Items:N0} → {b.Items:N0} | {Ratio(b.Items, a.Items)} | {Ratio(b.TotalMs, a.TotalMs)} | {Ratio(b.CpuMs, a.CpuMs)} | {Ratio(b.PassMs["mono"], a.PassMs["mono"])} | {Ratio(b.PassMs["codegen"], a.PassMs["codegen"])} | {Ratio(Llvm(b), Llvm(a))} | {Ratio(b.AllocatedBytes, a.AllocatedBytes)} | {Ratio(b.PeakBytes - b.WarmBytes, a.PeakBytes - a.WarmBytes)} |");
        }
        Console.WriteLine();
    }

    private static ScaleRun? RunChild(int seeds, int optLevel)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!);
        // Under `dotnet X.dll` the process is dotnet itself, and the dll must be named again.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") info.ArgumentList.Add(typeof(MonoScale).Assembly.Location);
        foreach (var arg in new[] { ChildFlag, seeds.ToString(CultureInfo.InvariantCulture), "--scale-opt", optLevel.ToString(CultureInfo.InvariantCulture) }) info.ArgumentList.Add(arg);
        var (exitCode, _, _, stdout, stderr) = PeakMemory.Run(info, TimeSpan.FromMinutes(10));
        if (exitCode != 0)
        {
            Console.Error.WriteLine($"the scale build of {seeds} seeds failed (exit {exitCode}):\n{stderr}");
            return null;
        }
        return JsonSerializer.Deserialize<ScaleRun>(stdout.Trim().Split('\n')[^1], Json);
    }

    /// <summary>rustc on the same programs, one fresh process each; its output must equal ToyRust's.</summary>
    private static bool CompareRustc(List<ScaleRun> rows, int optLevel, string folder)
    {
        Console.WriteLine($"rustc -C opt-level={optLevel} on the same programs (one run each; peak RSS sampled every 20 ms):");
        Console.WriteLine();
        Console.WriteLine("| mono items | ToyRust (ms) | rustc (ms) | ToyRust peak RSS (MB) | rustc peak RSS (MB) | same output |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---|");
        var ok = true;
        foreach (var r in rows)
        {
            var path = Path.Combine(folder, $"mono_scale_{r.Seeds}.rs");
            File.WriteAllText(path, MonoScaleProgramGenerator.Generate(r.Seeds));
            var exe = Path.Combine(folder, $"mono_scale_{r.Seeds}_rustc");
            var info = new ProcessStartInfo("rustc");
            foreach (var arg in new[] { "--edition", "2021", "-C", $"opt-level={optLevel}", "-A", "warnings", path, "-o", exe }) info.ArgumentList.Add(arg);
            var (exitCode, elapsed, peak, _, stderr) = PeakMemory.Run(info, TimeSpan.FromMinutes(10));
            if (exitCode != 0)
            {
                Console.WriteLine($"| {r.Items:N0} | {Measure.Ms(r.TotalMs)} | failed: {stderr.Split('\n')[0]} | {Mb(r.PeakBytes)} | {Mb(peak)} | |");
                continue;
            }
            var theirs = ProgramRunner.Run(exe, Targets.Host, new RunOptions { Timeout = TimeSpan.FromSeconds(60) });
            var same = theirs.Stdout == r.Stdout;
            ok &= same;
            Console.WriteLine($"| {r.Items:N0} | {Measure.Ms(r.TotalMs)} | {Measure.Ms(elapsed.TotalMilliseconds)} | {Mb(r.PeakBytes)} | {Mb(peak)} | {(same ? "yes" : "NO")} |");
        }
        Console.WriteLine();
        return ok;
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);

    private static string Ratio(double after, double before) => before > 0 ? (after / before).ToString("F2", CultureInfo.InvariantCulture) : "n/a";
}
