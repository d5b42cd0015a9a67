using System.Collections.Immutable;
using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Fuzz.Mutation;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Fuzz;

/// <summary>
/// The front-end crash fuzzer (tools/ToyRust.Fuzz/Mutation): the mutator is deterministic and each
/// of its operators changes its input; the crash check tells crashes from clean errors; every
/// input in `tests/fuzz-corpus/` (inputs that once found a crash) now ends clean; and a fixed-seed
/// campaign of <see cref="CampaignMutations"/> mutants finds no crash and no hang.
/// </summary>
public class MutationTests
{
    /// <summary>About 30 s on a 2-core machine; long campaigns run with `toyrust-fuzz mutate`.</summary>
    private const int CampaignMutations = 3_000;

    private const int CampaignSeed = 20_261_129;

    /// <summary>A hang guard, not a speed test: far above the few milliseconds an input takes.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    private static readonly Lazy<MutationCampaign> Campaign = new(() => new MutationCampaign(SeedCorpus.Load(Repo.Root, [])));

    private static string Fib => File.ReadAllText(Repo.Full("examples/fib.rs"));

    [Test]
    public void The_seed_corpus_holds_the_examples_and_test_programs_in_path_order()
    {
        var names = Campaign.Value.Corpus.Select(p => p.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Does.Contain("examples/fib.rs"));
            Assert.That(names.Count(n => n.StartsWith("tests/programs/", StringComparison.Ordinal)), Is.GreaterThan(100));
            Assert.That(names, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        });
    }

    [TestCase("fn main() { let s = \"a // b\"; let c = '\\n'; let r = r#\"x\"y\"#; } // end")]
    [TestCase("fn f<'a>(x: &'a str) -> &'a str { /* a /* nested */ comment */ x }")]
    [TestCase("let x = 1..2; let y = 0x_ff_u8 as f64 + 1.5e3; a <<= b >>= c;")]
    [TestCase("\"unterminated 😀 'x")]
    [TestCase("é 😀 \u0000 \ufeff b'\\'' br##\"q\"## b\"\\\"\"")]
    public void Tokens_cover_the_text_without_splitting_a_surrogate_pair(string text)
    {
        var tokens = RustTokenizer.Tokenize(text);
        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(tokens.Select(t => text.Substring(t.Start, t.Length))), Is.EqualTo(text));
            Assert.That(tokens.All(t => t.Length > 0), Is.True);
            Assert.That(tokens.Where(t => t.Start > 0).All(t => !char.IsLowSurrogate(text[t.Start])), Is.True);
        });
    }

    [Test]
    public void Tokens_are_rust_tokens_where_the_text_is_rust()
    {
        const string text = "let r = &'a x[1..=2] != \"s\";";
        var tokens = RustTokenizer.Tokenize(text).Where(t => t.IsSignificant).Select(t => text.Substring(t.Start, t.Length));
        Assert.That(tokens, Is.EqualTo(new[] { "let", "r", "=", "&", "'a", "x", "[", "1", "..=", "2", "]", "!=", "\"s\"", ";" }));
    }

    [Test]
    public void The_same_seed_gives_the_same_mutant_and_different_seeds_differ()
    {
        var again = new Mutator(Campaign.Value.Corpus.Select(p => p.Text).ToList());
        var first = Enumerable.Range(0, 300).Select(i => Campaign.Value.MutantAt(7, i)).ToList();
        var second = Enumerable.Range(0, 300).Select(i => again.Mutate(MutationCampaign.MutantSeed(7, i))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(second.Select(m => m.Text), Is.EqualTo(first.Select(m => m.Text)));
            Assert.That(second.Select(m => m.Operators), Is.EqualTo(first.Select(m => m.Operators)));
            Assert.That(first.Select(m => m.Text).Distinct().Count(), Is.GreaterThan(290));
            Assert.That(first.SelectMany(m => m.Operators).Distinct().Count(), Is.EqualTo(Enum.GetValues<MutationKind>().Length));
        });
    }

    [Test]
    public void Each_operator_changes_its_input([Values] MutationKind kind)
    {
        var mutator = Campaign.Value.Mutator;
        var fib = Fib;
        var unchanged = Enumerable.Range(0, 50).Where(seed => mutator.Apply(kind, fib, new Random(seed)) == fib).ToList();
        Assert.That(unchanged, Is.Empty, $"{kind} left examples/fib.rs unchanged for these seeds");
    }

    [Test]
    public void Each_operator_is_deterministic([Values] MutationKind kind)
    {
        var first = Campaign.Value.Mutator.Apply(kind, Fib, new Random(42));
        var second = new Mutator([.. Campaign.Value.Corpus.Select(p => p.Text)]).Apply(kind, Fib, new Random(42));
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Mutants_are_well_formed_strings_within_the_size_cap()
    {
        var bad = Enumerable.Range(0, 2_000).Select(i => (Index: i, Campaign.Value.MutantAt(3, i).Text))
            .Where(m => m.Text.Length > Mutator.MaxLength || HasLoneSurrogate(m.Text))
            .Select(m => m.Index)
            .ToList();
        Assert.That(bad, Is.Empty, "mutants over the cap or with a lone surrogate");
    }

    [Test]
    public void A_valid_program_is_ok_and_an_invalid_one_ends_in_clean_errors()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CrashCheck.Check(Fib, TimeLimit).Kind, Is.EqualTo(OutcomeKind.Ok));
            Assert.That(CrashCheck.Check("fn main() { let x: i32 = true; }", TimeLimit),
                Is.EqualTo(new CrashOutcome(OutcomeKind.CleanErrors, "E0308: mismatched types")));
        });
    }

    [TestCase(-1, 1, "span -1..0")]
    [TestCase(3, 100, "span 3..103")]
    public void A_span_outside_the_source_is_a_crash(int start, int length, string detail)
    {
        var outcome = Classify(Diagnostic.Error("E0308", "mismatched types", new TextSpan(start, length)));
        Assert.That((outcome.Kind, outcome.Detail), Is.EqualTo((OutcomeKind.Crash, $"check: {detail} of `mismatched types` outside the source (length 12)")));
    }

    [Test]
    public void A_secondary_span_outside_the_source_is_a_crash()
    {
        var outcome = Classify(Diagnostic.Error("E0308", "mismatched types", new TextSpan(0, 2)).WithSecondary(new TextSpan(10, 5), "here"));
        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.Crash));
        Assert.That(outcome.Detail, Does.StartWith("check: secondary span 10..15"));
    }

    [Test]
    public void An_internal_compiler_error_reported_as_a_diagnostic_is_a_crash()
    {
        var outcome = Classify(Diagnostic.Error(null, "internal compiler error: unexpected node", new TextSpan(0, 2)));
        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.Crash));
    }

    [Test]
    public void A_warning_alone_or_a_missing_back_end_is_not_a_crash()
    {
        var source = new SourceText("mutant.rs", "fn main() {}");
        var silent = new CompileResult(source, [Diagnostic.Warning("dead_code", "unused", new TextSpan(0, 2))], [], [], null);
        var noBackEnd = silent with { SystemError = "LLVM 19 is missing" };
        Assert.Multiple(() =>
        {
            Assert.That(CrashCheck.Classify(source, silent).Kind, Is.EqualTo(OutcomeKind.Ok), "a warning alone is a success");
            Assert.That(CrashCheck.Classify(source, noBackEnd).Kind, Is.EqualTo(OutcomeKind.Ok), "a missing back end is not a crash");
        });
    }

    [Test]
    public void Saving_names_an_input_by_its_hash_and_writes_the_detail_beside_it()
    {
        var folder = Directory.CreateTempSubdirectory("toyrust-mutate-save-");
        try
        {
            var crash = new CrashOutcome(OutcomeKind.Crash, "check: boom");
            var first = MutationCampaign.Save(folder.FullName, "fn main() { ( }", crash, "seed 1, mutant 2");
            var second = MutationCampaign.Save(folder.FullName, "fn main() { ( }", crash, "seed 1, mutant 9");
            Assert.Multiple(() =>
            {
                Assert.That(second, Is.EqualTo(first));
                Assert.That(Path.GetFileName(first), Does.Match("^crash-[0-9a-f]{16}\\.rs$"));
                Assert.That(File.ReadAllText(first), Is.EqualTo("fn main() { ( }"));
                Assert.That(File.ReadAllText(Path.ChangeExtension(first, ".txt")), Does.StartWith("crash: check: boom\nseed 1, mutant 9\n"));
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static IEnumerable<TestCaseData> CorpusInputs() =>
        Repo.RelativeSources("tests/fuzz-corpus").Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    [TestCaseSource(nameof(CorpusInputs))]
    public void A_corpus_input_ends_in_success_or_a_clean_diagnostic(string path)
    {
        var outcome = CrashCheck.Check(File.ReadAllText(Repo.Full(path)), TimeLimit);
        Assert.That(outcome.IsFinding, Is.False, $"{outcome.Kind}: {outcome.Detail}\n{outcome.Trace}");
    }

    [Test]
    public void A_fixed_seed_campaign_finds_no_crash_and_no_hang()
    {
        var report = Campaign.Value.Run(new CampaignOptions
        {
            Seed = CampaignSeed,
            Mutations = CampaignMutations,
            Jobs = Environment.ProcessorCount,
            TimeLimit = TimeLimit,
        });
        TestContext.Out.WriteLine($"{report.Summary} in {report.Elapsed.TotalSeconds:F1} s");
        var findings = report.Findings.Select(f => $"mutant {f.Index} ({Campaign.Value.Describe(CampaignSeed, f.Index, Campaign.Value.MutantAt(CampaignSeed, f.Index))}): "
            + $"{f.Outcome.Kind}: {f.Outcome.Detail}");
        Assert.That(report.Crashes + report.Hangs, Is.Zero, report.Summary + "\n" + string.Join("\n", findings));
        Assert.That(report.Ok + report.CleanErrors, Is.EqualTo(CampaignMutations));
    }

    private static CrashOutcome Classify(Diagnostic diagnostic)
    {
        var source = new SourceText("mutant.rs", "fn main() {}");
        return CrashCheck.Classify(source, new CompileResult(source, ImmutableArray.Create(diagnostic), [], [], null));
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}
