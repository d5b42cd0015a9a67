using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ToyRust.Driver;
using ToyRust.Syntax.Text;

namespace ToyRust.Benchmarks;

/// <summary>
/// Issues 10 and 12, "how fast is the code ToyRust makes": the kernels of bench/kernels/*.rs
/// (Vec&lt;i64&gt;, Vec&lt;String&gt;, a Box tree, Vec&lt;Box&lt;dyn Shape&gt;&gt;, and generic, array and f64
/// compute kernels), each built by ToyRust at `-O` and by `rustc -O --edition 2021`, and run side
/// by side in the same run of the benchmark.
///
/// A kernel is any Rust file in bench/kernels that both compilers build; it prints a checksum,
/// and the two executables must print the same bytes (the first, untimed run of each checks it,
/// and warms the page cache). Then the executables run alternately, ToyRust's first on even
/// rounds and rustc's first on odd ones, so that a slow patch of the shared machine falls on
/// both. Each run is timed by wall clock from process start to exit, output captured, and by the
/// CPU time (user + system) the child used, from getrusage(RUSAGE_CHILDREN) before and after: on
/// a loaded machine a process waits for a core, and its wall time grows while its CPU time does
/// not. The table shows the medians and their ratios, and the geometric means of the ratios (the
/// figure issue 12 bounds: ≤ 1.0; issue 10 bounds each of its four kernels: ≤ 1.05).
/// ToyRust builds in-process (`Compiler.Compile`, `OptLevel.O3`, which is what `toyrust build -O`
/// does); rustc is a process.
/// </summary>
public static partial class Runtime
{
    public sealed record Row(string Kernel, double ToyRustMs, double RustcMs, double ToyRustCpu, double RustcCpu)
    {
        public double Ratio => ToyRustMs / RustcMs;

        public double CpuRatio => ToyRustCpu / RustcCpu;
    }

    private readonly record struct Sample(double Ms, double CpuMs);

    /// <summary>Builds, checks and times every kernel; false when a build fails or outputs differ.</summary>
    public static bool Run(string root, int runs, string folder)
    {
        if (!Rustc.IsAvailable)
        {
            Console.WriteLine("(rustc is not on PATH: the run-time benchmark needs it as its yardstick; skipped)");
            return true;
        }
        var kernels = Directory.GetFiles(Path.Combine(root, "bench", "kernels"), "*.rs")
            .Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"## Run time: bench/kernels at -O, ToyRust against rustc, median of {runs} alternating runs");
        Console.WriteLine();
        Console.WriteLine("ToyRust: `toyrust build -O` (in-process); rustc: `rustc -O --edition 2021`. Wall time of each "
            + "executable from start to exit, and the CPU time (user + system) it used; ratio = ToyRust / rustc "
            + "(below 1: ToyRust's is faster).");
        Console.WriteLine();
        var rows = new List<Row>();
        foreach (var kernel in kernels)
        {
            if (MeasureKernel(kernel, runs, folder) is not { } row) return false;
            rows.Add(row);
        }
        PrintTable(rows);
        return true;
    }

    private static Row? MeasureKernel(string kernel, int runs, string folder)
    {
        var name = Path.GetFileNameWithoutExtension(kernel);
        var ours = BuildToyRust(kernel, Path.Combine(folder, "kernel-toyrust-" + name));
        var theirs = Path.Combine(folder, "kernel-rustc-" + name);
        if (ours is null) return null;
        if (Rustc.Build(kernel, theirs, "-O") is { } error)
        {
            Console.Error.WriteLine($"{name}: rustc cannot build it:\n{error}");
            return null;
        }
        var (ourOutput, _) = Execute(ours);
        var (theirOutput, _) = Execute(theirs);
        if (ourOutput != theirOutput)
        {
            Console.Error.WriteLine($"{name}: the outputs differ\n  ToyRust: {ourOutput.Trim()}\n"
                + $"  rustc:   {theirOutput.Trim()}");
            return null;
        }
        var ourTimes = new List<Sample>();
        var theirTimes = new List<Sample>();
        for (var i = 0; i < runs; i++)
        {
            var first = i % 2 == 0 ? (ours, ourTimes) : (theirs, theirTimes);
            var second = i % 2 == 0 ? (theirs, theirTimes) : (ours, ourTimes);
            first.Item2.Add(Execute(first.Item1).Sample);
            second.Item2.Add(Execute(second.Item1).Sample);
        }
        return new Row(name, Median(ourTimes, t => t.Ms), Median(theirTimes, t => t.Ms),
            Median(ourTimes, t => t.CpuMs), Median(theirTimes, t => t.CpuMs));
    }

    private static double Median(List<Sample> samples, Func<Sample, double> figure) =>
        Benchmarks.Measure.Median(samples.Select(figure));

    private static string? BuildToyRust(string kernel, string stem)
    {
        var source = new SourceText(kernel, File.ReadAllText(kernel));
        var result = Compiler.Compile(source, new CompileOptions { OptLevel = OptLevel.O3, OutputStem = stem });
        if (result.Succeeded) return result.Executable;
        var errors = result.Diagnostics.Where(d => d.IsError).Take(3)
            .Select(d => ToyRust.Syntax.Diagnostics.DiagnosticRenderer.Render(d, source));
        Console.Error.WriteLine($"ToyRust cannot build {kernel}:\n" + (result.SystemError ?? string.Join("\n", errors)));
        return null;
    }

    /// <summary>One run: its stdout, wall time and CPU time. A failed run stops the benchmark.</summary>
    private static (string Stdout, Sample Sample) Execute(string exe)
    {
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        var cpuBefore = ChildrenCpuMs();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{exe} exited with {process.ExitCode}");
        return (stdout, new Sample(ms, ChildrenCpuMs() - cpuBefore));
    }

    /// <summary>User + system time of this process's children that have ended and been waited for.</summary>
    private static double ChildrenCpuMs()
    {
        // Linux's `struct rusage`: ru_utime and ru_stime (seconds, microseconds each), then 14 counters.
        var usage = new long[18];
        if (GetRusage(RusageChildren, usage) != 0) throw new InvalidOperationException("getrusage failed");
        return (usage[0] + usage[2]) * 1000.0 + (usage[1] + usage[3]) / 1000.0;
    }

    private const int RusageChildren = -1;

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, [Out] long[] usage);

    private static void PrintTable(List<Row> rows)
    {
        Console.WriteLine("| kernel | ToyRust ms | rustc ms | ratio | ToyRust CPU ms | rustc CPU ms | CPU ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            Console.WriteLine($"| {r.Kernel} | {Ms(r.ToyRustMs)} | {Ms(r.RustcMs)} | {Ratio(r.Ratio)} "
                + $"| {Ms(r.ToyRustCpu)} | {Ms(r.RustcCpu)} | {Ratio(r.CpuRatio)} |");
        }
        var wall = GeometricMean(rows.Select(r => r.Ratio));
        var cpu = GeometricMean(rows.Select(r => r.CpuRatio));
        Console.WriteLine($"| **geometric mean** | | | **{Ratio(wall)}** | | | **{Ratio(cpu)}** |");
        Console.WriteLine();
    }

    private static double GeometricMean(IEnumerable<double> ratios) => Math.Exp(ratios.Average(Math.Log));

    private static string Ms(double ms) => Benchmarks.Measure.Ms(ms);

    private static string Ratio(double ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture);
}
