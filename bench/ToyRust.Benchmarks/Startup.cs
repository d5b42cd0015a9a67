using System.Diagnostics;

namespace ToyRust.Benchmarks;

/// <summary>
/// Issue 12's first target, measured as a user meets it: one `toyrust build` process against one
/// `rustc` process on the same small file at opt-level 0 — hello world and each example — median of
/// N alternating runs, wall time of the whole process. ToyRust is the native binary `./toyrust`
/// runs (artifacts/native/toyrust; scripts/bench.sh publishes it first). The launcher's own cost
/// (`./toyrust --version` against the binary's) is measured beside.
/// </summary>
public static class Startup
{
    public static bool Run(string root, int runs, string work)
    {
        var native = Path.Combine(root, "artifacts", "native", "toyrust");
        if (!File.Exists(native))
        {
            Console.Error.WriteLine("startup: artifacts/native/toyrust is missing: `./toyrust --version` publishes it");
            return false;
        }
        string[] programs = [Path.Combine(root, "bench", "startup", "hello.rs"), .. Directory.GetFiles(Path.Combine(root, "examples"), "*.rs").Order(StringComparer.Ordinal)];
        Console.WriteLine($"## Start-up: `toyrust build` and `rustc` as processes, opt-level 0 (ms, median of {runs})");
        Console.WriteLine();
        Console.WriteLine("| program | ToyRust (native) | rustc | ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        var ratios = new List<double>();
        foreach (var program in programs)
        {
            var exe = Path.Combine(work, "startup-" + Path.GetFileNameWithoutExtension(program));
            var ours = new List<double>();
            var theirs = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                ours.Add(Wall(native, "build", program, "-o", exe + "-toyrust"));
                theirs.Add(Wall("rustc", "--edition", "2021", "-C", "opt-level=0", "-A", "warnings", program, "-o", exe + "-rustc"));
            }
            var (a, b) = (Measure.Median(ours), Measure.Median(theirs));
            ratios.Add(a / b);
            Console.WriteLine($"| {Path.GetFileName(program)} | {Measure.Ms(a)} | {Measure.Ms(b)} | {a / b:F2}× |");
        }
        Console.WriteLine();
        var launcher = Measure.Median(Enumerable.Range(0, runs).Select(_ => Wall(Path.Combine(root, "toyrust"), "--version")));
        var bare = Measure.Median(Enumerable.Range(0, runs).Select(_ => Wall(native, "--version")));
        Console.WriteLine($"Largest ratio {ratios.Max():F2}× (target ≤ 0.5×); `./toyrust --version` {Measure.Ms(launcher)} ms, the binary alone {Measure.Ms(bare)} ms.");
        Console.WriteLine();
        return true;
    }

    /// <summary>The wall time of one process, in ms; a failed build stops the benchmark.</summary>
    private static double Wall(string command, params string[] args)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"`{command} {string.Join(' ', args)}` failed: {stderr.Result}");
        return watch.Elapsed.TotalMilliseconds;
    }
}
