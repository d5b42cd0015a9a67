using System.Diagnostics;
using System.Globalization;
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
/// both. Each run is timed by wall clock from process start to exit, output captured; the table
/// shows the median of each and their ratio, and the geometric mean of the ratios (the figure
/// issue 12 bounds: ≤ 1.0; issue 10 bounds each of its four kernels: ≤ 1.05).
/// ToyRust builds in-process (`Compiler.Compile`, `OptLevel.O3`, which is what `toyrust build -O`
/// does); rustc is a process.
/// </summary>
public static class Runtime
{
    public sealed record Row(string Kernel, double ToyRustMs, double RustcMs, double ToyRustMin, double RustcMin)
    {
        public double Ratio => ToyRustMs / RustcMs;
    }

    /// <summary>Builds, checks and times every kernel; false when a build fails or outputs differ.</summary>
    public static bool Run(string root, int runs, string folder)
    {
        if (!Rustc.IsAvailable)
        {
            Console.WriteLine("(rustc is not on PATH: the run-time benchmark needs it as its yardstick; skipped)");
            return true;
        }
        var kernels = Directory.GetFiles(Path.Combine(root, "bench", "kernels"), "*.rs").Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"## Run time: bench/kernels at -O, ToyRust against rustc, median of {runs} alternating runs (ms)");
        Console.WriteLine();
        Console.WriteLine("ToyRust: `toyrust build -O` (in-process); rustc: `rustc -O --edition 2021`. Wall time of each executable, start to exit; ratio = ToyRust / rustc (below 1: ToyRust's is faster).");
        Console.WriteLine();
        var rows = new List<Row>();
        foreach (var kernel in kernels)
        {
            if (Measure(kernel, runs, folder) is not { } row) return false;
            rows.Add(row);
        }
        PrintTable(rows);
        return true;
    }

    private static Row? Measure(string kernel, int runs, string folder)
    {
        var name = Path.GetFileNameWithoutExtension(kernel);
        var ours = BuildToyRust(kernel, Path.Combine(folder, "kernel-toyrust-" + name));
        var theirs = Path.Combine(folder, "kernel-rustc-" + name);
        if (ours is null || Rustc.Build(kernel, theirs, "-O") is { } error)
        {
            Console.Error.WriteLine($"{name}: the build failed");
            return null;
        }
        var (ourOutput, _) = Execute(ours);
        var (theirOutput, _) = Execute(theirs);
        if (ourOutput != theirOutput)
        {
            Console.Error.WriteLine($"{name}: the outputs differ\n  ToyRust: {ourOutput.Trim()}\n  rustc:   {theirOutput.Trim()}");
            return null;
        }
        var ourTimes = new List<double>();
        var theirTimes = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var first = i % 2 == 0 ? (ours, ourTimes) : (theirs, theirTimes);
            var second = i % 2 == 0 ? (theirs, theirTimes) : (ours, ourTimes);
            first.Item2.Add(Execute(first.Item1).Ms);
            second.Item2.Add(Execute(second.Item1).Ms);
        }
        return new Row(name, Benchmarks.Measure.Median(ourTimes), Benchmarks.Measure.Median(theirTimes), ourTimes.Min(), theirTimes.Min());
    }

    private static string? BuildToyRust(string kernel, string stem)
    {
        var source = new SourceText(kernel, File.ReadAllText(kernel));
        var result = Compiler.Compile(source, new CompileOptions { OptLevel = OptLevel.O3, OutputStem = stem });
        if (result.Succeeded) return result.Executable;
        Console.Error.WriteLine(result.SystemError ?? string.Join("\n", result.Diagnostics.Where(d => d.IsError).Take(3)
            .Select(d => ToyRust.Syntax.Diagnostics.DiagnosticRenderer.Render(d, source))));
        return null;
    }

    /// <summary>One run: its stdout and its wall time. A failed run stops the benchmark.</summary>
    private static (string Stdout, double Ms) Execute(string exe)
    {
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{exe} exited with {process.ExitCode}");
        return (stdout, ms);
    }

    private static void PrintTable(List<Row> rows)
    {
        Console.WriteLine("| kernel | ToyRust ms | rustc ms | ratio | ToyRust fastest | rustc fastest |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
            Console.WriteLine($"| {r.Kernel} | {Benchmarks.Measure.Ms(r.ToyRustMs)} | {Benchmarks.Measure.Ms(r.RustcMs)} | {Ratio(r.Ratio)} | {Benchmarks.Measure.Ms(r.ToyRustMin)} | {Benchmarks.Measure.Ms(r.RustcMin)} |");
        var geomean = Math.Exp(rows.Average(r => Math.Log(r.Ratio)));
        Console.WriteLine($"| **geometric mean** | | | **{Ratio(geomean)}** | | |");
        Console.WriteLine();
    }

    private static string Ratio(double ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture);
}
