using System.Globalization;
using ToyRust.Benchmarks;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;
using ToyRust.Syntax.Text;

// The speed figures of docs/performance.md. Usage (scripts/bench.sh runs it from the repository root):
//   ToyRust.Benchmarks [--runs N] [--build-runs N] [--lines N] [--scale | --no-scale]
//                      [--sizes 1000,5000,10000,20000] [--scale-runs N] [--scale-opt 0|3] [--no-rustc]
//                      [--runtime | --no-runtime] [--runtime-runs N] [--robustness | --no-robustness] [--robustness-runs N]
//                      [--startup | --no-startup] [--startup-runs N]
// --runs: timed front-end runs (after warm-up); --build-runs: timed end-to-end builds per cell;
// --scale: only the monomorphization-scale section (MonoScale), --no-scale: everything but it;
// --sizes: its target numbers of mono items; --scale-runs: child processes per size;
// --no-rustc: leave rustc out of the scale section (it is the slowest part).
// --runtime: only the run-time section (Runtime: bench/kernels against rustc), --no-runtime: everything
// but it; --runtime-runs: timed runs of each executable (default 7).
// --robustness: only the robustness section (Robustness: bench/robustness and a long function at
// opt-levels 0–3 against rustc), --no-robustness: everything but it; --robustness-runs: builds per cell (default 3).
// --startup: only the start-up section (Startup: the native `toyrust build` and `rustc` as processes on
// hello world and the examples), --no-startup: everything but it; --startup-runs: runs per cell (default 5).
// `--scale-one SEEDS` is the child process of the scale section, not meant to be run by hand.
if (Array.IndexOf(args, MonoScale.ChildFlag) >= 0) return MonoScale.RunOne(Option(MonoScale.ChildFlag, 1), Option("--scale-opt", 0));
var runtimeOnly = args.Contains("--runtime");
var scaleOnly = args.Contains("--scale");
var robustnessOnly = args.Contains("--robustness");
var startupOnly = args.Contains("--startup");
var runScale = !args.Contains("--no-scale") && !runtimeOnly && !robustnessOnly && !startupOnly;
var runRuntime = !args.Contains("--no-runtime") && !scaleOnly && !robustnessOnly && !startupOnly;
var runRobustness = !args.Contains("--no-robustness") && !scaleOnly && !runtimeOnly && !startupOnly;
var runStartup = !args.Contains("--no-startup") && !scaleOnly && !runtimeOnly && !robustnessOnly;
var runs = Option("--runs", 10);
var buildRuns = Option("--build-runs", 3);
var lines = Option("--lines", 10_000);
// "emit" is timed around object emission *and* linking, so the table shows "object" = emit − link.
string[] passNames = ["parse", "check", "mir", "mono", "codegen", "optimize", "object", "link"];

var root = FindRepositoryRoot();
var work = Directory.CreateTempSubdirectory("toyrust-bench-");
try
{
    var generatedPath = Path.Combine(work.FullName, "l2_generated.rs");
    var generated = L2ProgramGenerator.Generate(lines);
    File.WriteAllText(generatedPath, generated);
    var generatedLines = L2ProgramGenerator.CountLines(generated);

    Console.WriteLine($"# ToyRust benchmarks — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {CpuModel()}");
    Console.WriteLine();
    if (runStartup && !Startup.Run(root, Option("--startup-runs", 5), work.FullName)) return 1;
    if (!scaleOnly && !runtimeOnly && !robustnessOnly && !startupOnly)
    {
        if (!VerifyGenerated(generatedPath, work.FullName)) return 1;
        FrontEnd(generatedPath, generatedLines);
        EndToEnd([.. Directory.GetFiles(Path.Combine(root, "examples"), "*.rs").Order(StringComparer.Ordinal), generatedPath], work.FullName);
    }
    if (runRuntime && !Runtime.Run(root, Option("--runtime-runs", 7), work.FullName)) return 1;
    if (runRobustness && !Robustness.Run(root, Option("--robustness-runs", 3), work.FullName)) return 1;
    if (runScale && !MonoScale.Run(Sizes(), Option("--scale-runs", 1), Option("--scale-opt", 0), !args.Contains("--no-rustc"), work.FullName)) return 1;
    return 0;
}
finally
{
    work.Delete(recursive: true);
}

// Parse + check of the generated program, check-only as `Emit = None` does it; the first runs
// pay for JIT compilation and ANTLR's prediction caches, so they are warm-up and not counted.
void FrontEnd(string path, int lineCount)
{
    var source = new SourceText(path, File.ReadAllText(path));
    var options = new CompileOptions { Emit = EmitKinds.None, OutputStem = Path.Combine(work.FullName, "fe") };
    var cold = Compiler.Compile(source, options);
    for (var i = 0; i < 2; i++) Compiler.Compile(source, options);

    var totals = new List<double>();
    var parses = new List<double>();
    var checks = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        CompileResult? result = null;
        totals.Add(Measure.Time(() => result = Compiler.Compile(source, options)).TotalMilliseconds);
        parses.Add(Pass(result!, "parse"));
        checks.Add(Pass(result!, "check"));
    }
    var total = Measure.Median(totals);
    Console.WriteLine($"## Front end: parse + check of a generated {lineCount}-line L2 program ({source.Text.Length / 1024} KB)");
    Console.WriteLine();
    Console.WriteLine($"median of {runs} runs after 3 warm-up runs; the cold first run in a fresh process took {Measure.Ms(cold.Timings.Sum(t => t.Elapsed.TotalMilliseconds))} ms (parse {Measure.Ms(Pass(cold, "parse"))}, check {Measure.Ms(Pass(cold, "check"))})");
    Console.WriteLine();
    Console.WriteLine("| | ms | lines/s |");
    Console.WriteLine("|---|---:|---:|");
    Console.WriteLine($"| parse | {Measure.Ms(Measure.Median(parses))} | {LinesPerSecond(lineCount, Measure.Median(parses))} |");
    Console.WriteLine($"| check | {Measure.Ms(Measure.Median(checks))} | {LinesPerSecond(lineCount, Measure.Median(checks))} |");
    Console.WriteLine($"| parse + check (Compiler.Compile, Emit = None) | {Measure.Ms(total)} | {LinesPerSecond(lineCount, total)} |");
    Console.WriteLine();
}

// `toyrust build` in-process (Compiler.Compile, Emit = Exe) beside rustc, at opt-levels 0 and 3.
void EndToEnd(IReadOnlyList<string> files, string folder)
{
    Console.WriteLine($"## End to end: source → linked executable, median of {buildRuns} runs (ms)");
    Console.WriteLine();
    Console.WriteLine("ToyRust is timed in-process after one warm-up build of the same file (the `toyrust` command adds .NET start-up); rustc is a fresh process each time.");
    Console.WriteLine();
    Console.WriteLine("| program | lines | ToyRust -O0 | rustc -O0 | ToyRust -O3 | rustc -O3 |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    var breakdowns = new List<string>();
    foreach (var file in files)
    {
        var name = Path.GetFileName(file);
        var source = new SourceText(file, File.ReadAllText(file));
        var cells = new List<string>();
        foreach (var opt in new[] { 0, 3 })
        {
            var (toyrust, passes) = ToyRustBuild(source, opt, Path.Combine(folder, "toyrust-" + opt));
            breakdowns.Add($"| {name} | {opt} | {string.Join(" | ", passNames.Select(p => Measure.Ms(passes.GetValueOrDefault(p))))} |");
            cells.Add(Measure.Ms(toyrust));
            cells.Add(Rustc.IsAvailable ? Measure.Ms(RustcBuild(file, opt, Path.Combine(folder, "rustc-" + opt))) : "n/a");
        }
        Console.WriteLine($"| {name} | {L2ProgramGenerator.CountLines(source.Text)} | {string.Join(" | ", cells)} |");
    }
    Console.WriteLine();
    Console.WriteLine("## Where ToyRust's build time goes: median per pass (ms), as `toyrust build -v` logs them");
    Console.WriteLine();
    Console.WriteLine($"| program | opt | {string.Join(" | ", passNames)} |");
    Console.WriteLine($"|---|---:|{string.Concat(passNames.Select(_ => "---:|"))}");
    foreach (var line in breakdowns) Console.WriteLine(line);
}

(double Median, Dictionary<string, double> Passes) ToyRustBuild(SourceText source, int opt, string stem)
{
    var options = new CompileOptions { OptLevel = opt == 0 ? OptLevel.O0 : OptLevel.O3, OutputStem = stem };
    var warmUp = Compiler.Compile(source, options);
    if (!warmUp.Succeeded) throw new InvalidOperationException($"ToyRust cannot build {source.Path}: {warmUp.SystemError ?? warmUp.Diagnostics.First(d => d.IsError).Message}");
    var totals = new List<double>();
    var passes = new List<CompileResult>();
    for (var i = 0; i < buildRuns; i++)
    {
        CompileResult? result = null;
        totals.Add(Measure.Time(() => result = Compiler.Compile(source, options)).TotalMilliseconds);
        passes.Add(result!);
    }
    return (Measure.Median(totals), passNames.ToDictionary(p => p, p => Measure.Median(passes.Select(r => Pass(r, p)))));
}

double RustcBuild(string file, int opt, string exe)
{
    var times = new List<double>();
    for (var i = 0; i < buildRuns; i++)
    {
        string? error = null;
        times.Add(Measure.Time(() => error = Rustc.Build(file, exe, opt)).TotalMilliseconds);
        if (error is not null) throw new InvalidOperationException($"rustc cannot build {file}:\n{error}");
    }
    return Measure.Median(times);
}

// The generated program must be a real program: ToyRust's and rustc's builds print the same.
bool VerifyGenerated(string path, string folder)
{
    var source = new SourceText(path, File.ReadAllText(path));
    var result = Compiler.Compile(source, new CompileOptions { OutputStem = Path.Combine(folder, "verify-toyrust") });
    if (!result.Succeeded)
    {
        Console.Error.WriteLine("ToyRust rejects the generated program: " + (result.SystemError ?? string.Join("\n", result.Diagnostics.Where(d => d.IsError).Take(5).Select(d => ToyRust.Syntax.Diagnostics.DiagnosticRenderer.Render(d, source)))));
        return false;
    }
    var ours = ProgramRunner.Run(result.Executable!, Targets.Host, new RunOptions { Timeout = TimeSpan.FromSeconds(30) });
    if (!Rustc.IsAvailable)
    {
        Console.WriteLine("(rustc is not on PATH: the generated program was not checked against rustc, and rustc columns are n/a)");
        return true;
    }
    var rustcExe = Path.Combine(folder, "verify-rustc");
    if (Rustc.Build(path, rustcExe, 0) is { } error)
    {
        Console.Error.WriteLine("rustc rejects the generated program:\n" + error);
        return false;
    }
    var theirs = ProgramRunner.Run(rustcExe, Targets.Host, new RunOptions { Timeout = TimeSpan.FromSeconds(30) });
    if (ours.ExitCode != theirs.ExitCode || ours.Stdout != theirs.Stdout)
    {
        Console.Error.WriteLine($"the generated program behaves differently: ToyRust exit {ours.ExitCode}, rustc exit {theirs.ExitCode}; stdout equal: {ours.Stdout == theirs.Stdout}");
        return false;
    }
    Console.WriteLine($"The generated program builds with ToyRust and rustc, and both print the same {L2ProgramGenerator.CountLines(ours.Stdout)} lines.");
    Console.WriteLine();
    return true;
}

int[] Sizes()
{
    var index = Array.IndexOf(args, "--sizes");
    return index >= 0 && index + 1 < args.Length
        ? [.. args[index + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]
        : [1_000, 5_000, 10_000, 20_000];
}

static double Pass(CompileResult result, string pass) =>
    pass == "object" ? Pass(result, "emit") - Pass(result, "link") : result.Timings.Where(t => t.Pass == pass).Sum(t => t.Elapsed.TotalMilliseconds);

static string LinesPerSecond(int lineCount, double milliseconds) => (lineCount / (milliseconds / 1000)).ToString("N0", CultureInfo.InvariantCulture);

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ToyRust.sln"))) return dir.FullName;
    }
    throw new InvalidOperationException("run from inside the repository (ToyRust.sln not found)");
}

static string CpuModel() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
        : "unknown CPU";
