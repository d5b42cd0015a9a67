using System.Diagnostics;
using System.Globalization;
using System.Text;
using ToyRust.Fuzz.Generation;
using ToyRust.Fuzz.Reduction;

namespace ToyRust.Fuzz.Differential;

public sealed record CampaignOptions
{
    public int FirstSeed { get; init; } = 1;

    public int Programs { get; init; } = 100;

    public GeneratorOptions Generator { get; init; } = new();

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public RunnerSettings Runner { get; init; } = new();

    /// <summary>Where mismatches and generator bugs are saved (original, reduced and a `.txt` account); null saves nothing.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>How many mismatching programs to reduce (reduction costs hundreds of builds each).</summary>
    public int Reductions { get; init; }

    public ReducerOptions Reducer { get; init; } = new() { MaxAttempts = 400, TimeLimit = TimeSpan.FromMinutes(5) };
}

public sealed record CampaignReport(int Tried, int Agreed, IReadOnlyList<CaseReport> Mismatches, IReadOnlyList<CaseReport> GeneratorBugs, TimeSpan Elapsed)
{
    /// <summary>The figures, one line, as scripts/fuzz.sh prints them.</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"programs: {Tried} tried, {Agreed} agreed with rustc in every configuration, {Mismatches.Count} mismatches, {GeneratorBugs.Count} generator bugs ({Elapsed.TotalSeconds:F0} s)");

    /// <summary>Every finding that is not an agreement, a line or two each.</summary>
    public string Details()
    {
        var sb = new StringBuilder();
        foreach (var c in Mismatches.Concat(GeneratorBugs))
        {
            foreach (var f in c.Findings.Where(f => f.Verdict != Verdict.Agree))
            {
                sb.Append(CultureInfo.InvariantCulture, $"{c.Name} [{f.Configuration}] {f.Verdict}: {f.Detail}\n");
            }
        }
        return sb.ToString();
    }
}

/// <summary>
/// A differential campaign: programs from consecutive seeds, each generated, built by both
/// compilers in every configuration and compared (<see cref="DifferentialRunner"/>), in parallel.
/// Program i uses seed FirstSeed + i, so a campaign's findings do not depend on scheduling.
/// Mismatches are saved; the first few are reduced (<see cref="Reducer"/>) with the runner as the
/// test of interest: rustc still accepts the candidate and ToyRust still fails the same way.
/// </summary>
public static class DifferentialCampaign
{
    public static CampaignReport Run(CampaignOptions options, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var runner = new DifferentialRunner(options.Runner);
        var reports = new CaseReport[options.Programs];
        var done = 0;
        Parallel.For(0, options.Programs, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, i =>
        {
            var seed = options.FirstSeed + i;
            var source = ProgramGenerator.Generate(seed, options.Generator);
            reports[i] = runner.Check($"seed{seed}", source);
            var n = Interlocked.Increment(ref done);
            if (reports[i].HasMismatch || reports[i].HasGeneratorBug) progress?.Invoke(FirstFinding(reports[i]));
            if (n % 50 == 0) progress?.Invoke($"{n}/{options.Programs} programs ({clock.Elapsed.TotalSeconds:F0} s)");
        });
        var mismatches = reports.Where(r => r.HasMismatch).ToList();
        var bugs = reports.Where(r => r.HasGeneratorBug).ToList();
        if (options.OutputDirectory is { } output) Save(output, mismatches.Concat(bugs), runner, options, progress);
        return new CampaignReport(options.Programs, reports.Count(r => !r.HasMismatch && !r.HasGeneratorBug), mismatches, bugs, clock.Elapsed);
    }

    private static string FirstFinding(CaseReport r)
    {
        var f = r.Findings.First(f => f.Verdict != Verdict.Agree);
        return $"{r.Name} [{f.Configuration}] {f.Verdict}: {f.Detail.Split('\n')[0]}";
    }

    private static void Save(string output, IEnumerable<CaseReport> cases, DifferentialRunner runner, CampaignOptions options, Action<string>? progress)
    {
        Directory.CreateDirectory(output);
        var reduced = 0;
        foreach (var c in cases)
        {
            var stem = Path.Combine(output, c.Name);
            File.WriteAllText(stem + ".rs", c.Source);
            var account = new StringBuilder();
            foreach (var f in c.Findings.Where(f => f.Verdict != Verdict.Agree)) account.Append(CultureInfo.InvariantCulture, $"[{f.Configuration}] {f.Verdict} ({f.Signature}): {f.Detail}\n");
            if (c.HasMismatch && reduced++ < options.Reductions)
            {
                var first = c.Findings.First(f => f.Verdict == Verdict.Mismatch);
                progress?.Invoke($"reducing {c.Name} [{first.Configuration}] ({first.Signature})");
                var result = Reducer.Reduce(c.Source, candidate => runner.StillMismatches(candidate, first.Configuration!, first.Signature), options.Reducer);
                File.WriteAllText(stem + ".reduced.rs", result.Source);
                account.Append(CultureInfo.InvariantCulture, $"reduced from {c.Source.Length} to {result.Source.Length} characters in {result.Attempts} attempts: {stem}.reduced.rs\n");
            }
            File.WriteAllText(stem + ".txt", account.ToString());
        }
    }
}
