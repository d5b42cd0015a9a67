using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ToyRust.Fuzz.Generation;

namespace ToyRust.Fuzz.Mutation;

/// <summary>
/// `toyrust-fuzz mutate`: a long crash-fuzzing campaign, one worker process per batch of mutants.
/// <code>
/// toyrust-fuzz mutate --mutations M --seed S --jobs N --out DIR [--time-limit-seconds T] [--generated G]
/// </code>
/// A stack overflow ends a .NET process and cannot be caught, so the parent never compiles: it
/// splits mutants 0..M-1 into batches and runs each in a child
/// (`dotnet toyrust-fuzz.dll mutate-worker --seed S --from A --to B --out DIR --worker W ...`),
/// N children at a time. Before each compile a worker writes the mutant's index and text to
/// `DIR/inflight-W.rs`; when a child dies abnormally, the parent saves that input as a crash
/// ("process died: exit code X") and starts a new worker at the next index. A worker that meets a
/// hang reports it and exits (the hung thread cannot be stopped), and is restarted the same way.
///
/// `--generated G` adds G programs of <see cref="ProgramGenerator"/> (seeds S..S+G-1) to the
/// seed corpus. Exit code: 0 when nothing was found, 1 after a crash or hang, 2 on bad arguments.
/// </summary>
public static class MutationCommand
{
    private const int HangExitCode = 3;
    private const int UsageExitCode = 2;
    private const string ResultLine = "result ";

    /// <summary>
    /// Runs `mutate` or `mutate-worker`, according to args[0]; arguments without a subcommand are
    /// `mutate`'s. Program.cs dispatches both subcommands here with the full argument list.
    /// </summary>
    public static int Run(string[] args)
    {
        var worker = args.Length > 0 && args[0] == "mutate-worker";
        var rest = args.Length > 0 && args[0] is "mutate" or "mutate-worker" ? args[1..] : args;
        try
        {
            var options = Arguments.Parse(rest);
            return worker ? RunWorker(options) : RunParent(options);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine("toyrust-fuzz mutate: " + e.Message);
            Console.Error.WriteLine("usage: toyrust-fuzz mutate --mutations M --seed S --jobs N --out DIR [--time-limit-seconds T] [--generated G]");
            return UsageExitCode;
        }
    }

    /// <summary>The command line of both processes; the worker's range and id are its own.</summary>
    private sealed record Arguments(int Mutations, int Seed, int Jobs, string Out, int TimeLimitSeconds, int Generated, int From, int To, int Worker)
    {
        public static Arguments Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                    throw new FormatException($"unexpected argument `{args[i]}`");
                values[args[i][2..]] = args[i + 1];
            }
            var known = new[] { "mutations", "seed", "jobs", "out", "time-limit-seconds", "generated", "from", "to", "worker" };
            if (values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown) throw new FormatException($"unknown option `--{unknown}`");
            int Number(string name, int fallback) =>
                !values.TryGetValue(name, out var text) ? fallback
                : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
                : throw new FormatException($"--{name} wants a number, not `{text}`");
            var mutations = Number("mutations", 1_000);
            return new Arguments(mutations, Number("seed", 1), Math.Max(1, Number("jobs", Environment.ProcessorCount)),
                values.GetValueOrDefault("out", "fuzz-out"), Math.Max(1, Number("time-limit-seconds", 10)), Number("generated", 0),
                Number("from", 0), Number("to", mutations), Number("worker", 0));
        }

        public string[] WorkerArguments(int from, int to, int worker) =>
        [
            "mutate-worker", "--seed", Seed.ToString(CultureInfo.InvariantCulture), "--from", from.ToString(CultureInfo.InvariantCulture),
            "--to", to.ToString(CultureInfo.InvariantCulture), "--out", Out, "--worker", worker.ToString(CultureInfo.InvariantCulture),
            "--time-limit-seconds", TimeLimitSeconds.ToString(CultureInfo.InvariantCulture), "--generated", Generated.ToString(CultureInfo.InvariantCulture),
        ];

        public MutationCampaign Campaign() =>
            MutationCampaign.FromRepository([.. Enumerable.Range(0, Generated).Select(k => ProgramGenerator.Generate(unchecked(Seed + k), new GeneratorOptions()))]);
    }

    /// <summary>
    /// Mutants From..To-1, one after the other. Prints `result INDEX KIND [PATH]` per mutant, PATH for
    /// a saved finding; exits with <see cref="HangExitCode"/> right after a hang.
    /// </summary>
    private static int RunWorker(Arguments options)
    {
        var campaign = options.Campaign();
        var inflight = InflightPath(options.Out, options.Worker);
        Directory.CreateDirectory(options.Out);
        for (var index = options.From; index < options.To; index++)
        {
            var mutant = campaign.MutantAt(options.Seed, index);
            File.WriteAllText(inflight, InflightHeader(index) + mutant.Text);
            var outcome = CrashCheck.Check(mutant.Text, TimeSpan.FromSeconds(options.TimeLimitSeconds));
            var saved = outcome.IsFinding ? " " + MutationCampaign.Save(options.Out, mutant.Text, outcome, campaign.Describe(options.Seed, index, mutant)) : "";
            Console.Out.WriteLine($"{ResultLine}{index} {outcome.Kind}{saved}");
            Console.Out.Flush();
            if (outcome.Kind == OutcomeKind.Hang)
            {
                File.Delete(inflight);
                Environment.Exit(HangExitCode);
            }
        }
        File.Delete(inflight);
        return 0;
    }

    private static string InflightPath(string folder, int worker) => Path.Combine(folder, $"inflight-{worker}.rs");

    private static string InflightHeader(int index) => $"// mutant {index}\n";

    private static int RunParent(Arguments options)
    {
        Directory.CreateDirectory(options.Out);
        var batchSize = Math.Clamp(options.Mutations / (options.Jobs * 8), 50, 2_000);
        var batches = new ConcurrentQueue<(int From, int To)>();
        for (var from = 0; from < options.Mutations; from += batchSize) batches.Enqueue((from, Math.Min(options.Mutations, from + batchSize)));
        var tally = new Tally(options.Mutations, Stopwatch.StartNew());
        var nextWorker = 0;
        var workers = Enumerable.Range(0, options.Jobs).Select(_ => Task.Run(() =>
        {
            while (batches.TryDequeue(out var batch))
            {
                if (!RunBatch(options, batch.From, batch.To, () => Interlocked.Increment(ref nextWorker), tally)) return false;
                tally.PrintProgress();
            }
            return true;
        })).ToArray();
        Task.WaitAll(workers);
        Console.Out.WriteLine(tally.Summary);
        foreach (var file in tally.Files.Order(StringComparer.Ordinal)) Console.Out.WriteLine("  " + file);
        if (workers.Any(w => !w.Result)) return UsageExitCode;
        return tally.Findings > 0 ? 1 : 0;
    }

    /// <summary>Runs mutants from..to-1 in as many workers as it takes; false when a worker cannot even start.</summary>
    private static bool RunBatch(Arguments options, int from, int to, Func<int> newWorkerId, Tally tally)
    {
        while (from < to)
        {
            var id = newWorkerId();
            var (exitCode, lastDone, stderr) = RunWorker(options, from, to, id, tally);
            var inflight = InflightPath(options.Out, id);
            if (exitCode == 0 && lastDone == to - 1) return true;
            if (exitCode == HangExitCode)
            {
                from = lastDone + 1;
                continue;
            }
            var died = ReadInflight(inflight);
            File.Delete(inflight);
            if (died is null || died.Value.Index != lastDone + 1)
            {
                Console.Error.WriteLine($"worker {id} (mutants {from}..{to - 1}) exited with code {exitCode} without an input in flight:\n{stderr}");
                return false;
            }
            var reason = $"process died: exit code {exitCode}" + (FirstLine(stderr) is { Length: > 0 } line ? $" ({line})" : "");
            var outcome = new CrashOutcome(OutcomeKind.Crash, reason, stderr);
            var campaign = $"seed {options.Seed}, mutant {died.Value.Index} (worker {id})";
            tally.Add(OutcomeKind.Crash, MutationCampaign.Save(options.Out, died.Value.Text, outcome, campaign));
            from = died.Value.Index + 1;
        }
        return true;
    }

    /// <summary>One worker process; counts its results as they arrive. Returns its exit code, the last index it finished and its stderr.</summary>
    private static (int ExitCode, int LastDone, string Stderr) RunWorker(Arguments options, int from, int to, int id, Tally tally)
    {
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(MutationCommand).Assembly.Location);
        foreach (var argument in options.WorkerArguments(from, to, id)) start.ArgumentList.Add(argument);
        var lastDone = from - 1;
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line || !line.StartsWith(ResultLine, StringComparison.Ordinal)) return;
            var parts = line[ResultLine.Length..].Split(' ', 3);
            lastDone = int.Parse(parts[0], CultureInfo.InvariantCulture);
            tally.Add(Enum.Parse<OutcomeKind>(parts[1]), parts.Length > 2 ? parts[2] : null);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                if (e.Data is { } line && stderr.Length < 8_192) stderr.Append(line).Append('\n');
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        lock (stderr) return (process.ExitCode, lastDone, stderr.ToString());
    }

    /// <summary>`dotnet`: the host running this process when it is dotnet, else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private static (int Index, string Text)? ReadInflight(string path)
    {
        if (!File.Exists(path)) return null;
        var content = File.ReadAllText(path);
        var newline = content.IndexOf('\n', StringComparison.Ordinal);
        const string prefix = "// mutant ";
        if (newline < 0 || !content.StartsWith(prefix, StringComparison.Ordinal)) return null;
        return int.TryParse(content.AsSpan(prefix.Length, newline - prefix.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
            ? (index, content[(newline + 1)..])
            : null;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>The parent's running counts, shared by the threads that watch the workers.</summary>
    private sealed class Tally(int total, Stopwatch watch)
    {
        private readonly Lock _lock = new();
        private readonly int[] _counts = new int[Enum.GetValues<OutcomeKind>().Length];
        private readonly List<string> _files = [];

        public void Add(OutcomeKind kind, string? file)
        {
            lock (_lock)
            {
                _counts[(int)kind]++;
                if (file is not null && !_files.Contains(file)) _files.Add(file);
            }
        }

        public int Findings
        {
            get
            {
                lock (_lock) return _counts[(int)OutcomeKind.Crash] + _counts[(int)OutcomeKind.Hang];
            }
        }

        public IReadOnlyList<string> Files
        {
            get
            {
                lock (_lock) return [.. _files];
            }
        }

        public string Summary
        {
            get
            {
                lock (_lock)
                {
                    return $"mutations: {_counts.Sum()} tried, {_counts[(int)OutcomeKind.CleanErrors]} clean errors, {_counts[(int)OutcomeKind.Ok]} ok, "
                        + $"{_counts[(int)OutcomeKind.Crash]} crashes, {_counts[(int)OutcomeKind.Hang]} hangs ({watch.Elapsed.TotalSeconds:F0} s)";
                }
            }
        }

        public void PrintProgress()
        {
            lock (_lock)
            {
                Console.Out.WriteLine($"[{watch.Elapsed.TotalSeconds,6:F0} s] {_counts.Sum()}/{total}: {_counts[(int)OutcomeKind.CleanErrors]} clean errors, "
                    + $"{_counts[(int)OutcomeKind.Ok]} ok, {_counts[(int)OutcomeKind.Crash]} crashes, {_counts[(int)OutcomeKind.Hang]} hangs");
            }
        }
    }
}
