using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace ToyRust.Fuzz.Mutation;

/// <summary>What an in-process campaign runs: mutants 0 to <see cref="Mutations"/> - 1 of <see cref="Seed"/>.</summary>
public sealed record CampaignOptions
{
    public int Seed { get; init; }

    public int Mutations { get; init; } = 1_000;

    /// <summary>Inputs compiled at the same time.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Per input, for both compiles; a hang guard far above what any input needs.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Where crash and hang inputs are saved (<see cref="MutationCampaign.Save"/>); null saves nothing.</summary>
    public string? OutputFolder { get; init; }
}

/// <summary>A crash or hang: the mutant's index, how it ended, its text, and the file it was saved as (if saved).</summary>
public sealed record Finding(int Index, CrashOutcome Outcome, string Input, string? SavedAs);

public sealed record CampaignReport(int Tried, int Ok, int CleanErrors, int Crashes, int Hangs, ImmutableArray<Finding> Findings, TimeSpan Elapsed)
{
    public string Summary => $"mutations: {Tried} tried, {CleanErrors} clean errors, {Ok} ok, {Crashes} crashes, {Hangs} hangs";
}

/// <summary>
/// The front-end crash fuzzer: mutant i of seed S is <see cref="Mutator.Mutate"/> with seed
/// <see cref="MutantSeed"/>(S, i), so a campaign's results do not depend on how its mutants
/// are scheduled across threads or processes, and any finding can be recomputed from (S, i).
///
/// <see cref="Run"/> compiles the mutants in this process, in parallel; that is what the test
/// suite's fixed-seed campaign uses. A stack overflow would end this process with it, so long
/// campaigns go through <see cref="MutationCommand"/>, which runs batches in worker processes.
/// </summary>
public sealed class MutationCampaign
{
    public MutationCampaign(IReadOnlyList<CorpusProgram> corpus)
    {
        Corpus = [.. corpus];
        Mutator = new Mutator([.. corpus.Select(p => p.Text)]);
    }

    /// <summary>The repository's seed corpus (<see cref="SeedCorpus"/>) plus <paramref name="extraSources"/>.</summary>
    public static MutationCampaign FromRepository(IReadOnlyList<string>? extraSources = null) => new(SeedCorpus.Load(extraSources));

    public ImmutableArray<CorpusProgram> Corpus { get; }

    public Mutator Mutator { get; }

    public static int MutantSeed(int seed, int index) => unchecked((seed * 1_000_003) + index);

    public Mutant MutantAt(int seed, int index) => Mutator.Mutate(MutantSeed(seed, index));

    public CampaignReport Run(CampaignOptions options)
    {
        var watch = Stopwatch.StartNew();
        var kinds = new OutcomeKind[options.Mutations];
        var findings = new ConcurrentBag<(int Index, Mutant Mutant, CrashOutcome Outcome)>();
        Parallel.For(0, options.Mutations, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, index =>
        {
            var mutant = MutantAt(options.Seed, index);
            var outcome = CrashCheck.Check(mutant.Text, options.TimeLimit);
            kinds[index] = outcome.Kind;
            if (outcome.IsFinding) findings.Add((index, mutant, outcome));
        });
        var saved = findings.OrderBy(f => f.Index)
            .Select(f => new Finding(f.Index, f.Outcome, f.Mutant.Text,
                options.OutputFolder is { } folder ? Save(folder, f.Mutant.Text, f.Outcome, Describe(options.Seed, f.Index, f.Mutant)) : null));
        return new CampaignReport(options.Mutations, Count(kinds, OutcomeKind.Ok), Count(kinds, OutcomeKind.CleanErrors),
            Count(kinds, OutcomeKind.Crash), Count(kinds, OutcomeKind.Hang), [.. saved], watch.Elapsed);
    }

    /// <summary>Where a mutant came from, for the `.txt` beside a saved input.</summary>
    public string Describe(int seed, int index, Mutant mutant) =>
        $"seed {seed}, mutant {index}: {Corpus[mutant.BaseProgram].Name} with {string.Join(", ", mutant.Operators)}";

    /// <summary>
    /// Saves an input as `crash-HASH.rs` (HASH: the start of its SHA-256, so the same input found
    /// twice is one file) with `crash-HASH.txt` beside it: the outcome, its detail, where the input
    /// came from and any stack trace. Written to a temporary name and moved, so that two workers
    /// saving the same input do not collide. Returns the path of the `.rs` file.
    /// </summary>
    public static string Save(string folder, string input, CrashOutcome outcome, string origin)
    {
        Directory.CreateDirectory(folder);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..16];
        var stem = Path.Combine(folder, "crash-" + hash);
        var report = new StringBuilder()
            .Append(outcome.Kind.ToString().ToLowerInvariant()).Append(": ").Append(outcome.Detail).Append('\n')
            .Append(origin).Append('\n');
        if (outcome.Trace is { } trace) report.Append('\n').Append(trace).Append('\n');
        WriteAtomically(stem + ".txt", report.ToString());
        WriteAtomically(stem + ".rs", input);
        return stem + ".rs";
    }

    private static void WriteAtomically(string path, string text)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private static int Count(OutcomeKind[] kinds, OutcomeKind kind) => kinds.Count(k => k == kind);
}
