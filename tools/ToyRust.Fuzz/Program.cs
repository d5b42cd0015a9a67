using System.Globalization;
using ToyRust.Fuzz.Differential;
using ToyRust.Fuzz.Generation;

namespace ToyRust.Fuzz;

/// <summary>
/// `toyrust-fuzz`, the command behind scripts/fuzz.sh:
///   generate --seed S [--size N] [RULES]  print one generated program
///   diff --programs N [--seed S] [--size N] [RULES] [--jobs J] [--out DIR] [--reduce K] [--flip-overflow-checks]
///                                         a differential campaign against rustc
///   RULES: --level 4 (no L5 rule), --no-closures, --no-try, --no-display, --iterators (GeneratorOptions)
///   check FILE.rs [--reduce]              one program through the differential runner
///   mutate --mutations M [--seed S] [--jobs J] [--out DIR] [--time-limit-seconds T] [--generated G]
///                                         the crash fuzzer, each batch in a worker process
/// Exit code: 0 when nothing was found, 1 when a campaign found a mismatch or a generator bug, 2 on bad usage.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0) return Usage();
        var flags = Flags.Parse(args.Skip(1));
        return args[0] switch
        {
            "generate" => Generate(flags),
            "diff" => Diff(flags),
            "check" when args.Length > 1 => Check(args[1], flags),
            "mutate" or "mutate-worker" => Mutation.MutationCommand.Run(args),
            _ => Usage(),
        };
    }

    private static int Generate(Flags flags)
    {
        Console.Write(ProgramGenerator.Generate(flags.Int("seed", 1), GeneratorOptionsOf(flags)));
        return 0;
    }

    private static int Diff(Flags flags)
    {
        if (!DifferentialRunner.RustcAvailable)
        {
            Console.Error.WriteLine("toyrust-fuzz: rustc is not on PATH: there is no oracle to compare with");
            return 2;
        }
        var configurations = flags.Has("flip-overflow-checks")
            ? [.. Configuration.Standard, .. Configuration.FlippedOverflowChecks]
            : Configuration.Standard;
        var options = new CampaignOptions
        {
            FirstSeed = flags.Int("seed", 1),
            Programs = flags.Int("programs", 100),
            Generator = GeneratorOptionsOf(flags),
            Jobs = flags.Int("jobs", Environment.ProcessorCount),
            OutputDirectory = flags.String("out"),
            Reductions = flags.Int("reduce", 0),
            Runner = new RunnerSettings { Configurations = configurations },
        };
        Console.WriteLine($"differential campaign: {options.Programs} programs from seed {options.FirstSeed}, {options.Generator}, "
            + $"{configurations.Count} ToyRust configurations ({string.Join("; ", configurations)}), {options.Jobs} jobs");
        var report = DifferentialCampaign.Run(options, line => Console.WriteLine("  " + line));
        Console.Write(report.Details());
        Console.WriteLine(report.Summary());
        return report.Mismatches.Count + report.GeneratorBugs.Count == 0 ? 0 : 1;
    }

    private static int Check(string file, Flags flags)
    {
        var runner = new DifferentialRunner(new RunnerSettings());
        var report = runner.Check(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
        foreach (var f in report.Findings) Console.WriteLine($"[{f.Configuration}] {f.Verdict} {f.Signature}\n  {f.Detail}");
        if (flags.Has("reduce") && report.Findings.FirstOrDefault(f => f.Verdict == Verdict.Mismatch) is { } first)
        {
            var result = Reduction.Reducer.Reduce(report.Source, c => runner.StillMismatches(c, first.Configuration!, first.Signature));
            var output = Path.ChangeExtension(file, ".reduced.rs");
            File.WriteAllText(output, result.Source);
            Console.WriteLine($"reduced in {result.Attempts} attempts: {output}");
        }
        return report.HasMismatch || report.HasGeneratorBug ? 1 : 0;
    }

    /// <summary>The size and the rule switches: L5's closures, `?` and Display are on unless turned off, iterators off unless turned on.</summary>
    private static GeneratorOptions GeneratorOptionsOf(Flags flags)
    {
        var level = flags.Int("level", 5);
        return new GeneratorOptions
        {
            Size = flags.Int("size", 40),
            Closures = level >= 5 && !flags.Has("no-closures"),
            Try = level >= 5 && !flags.Has("no-try"),
            Display = level >= 5 && !flags.Has("no-display"),
            Iterators = level >= 5 && flags.Has("iterators"),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: toyrust-fuzz generate|diff|check … (see scripts/fuzz.sh and docs/reliability.md)");
        return 2;
    }

    /// <summary>`--name value` and bare `--switch` arguments.</summary>
    private sealed class Flags(Dictionary<string, string?> values)
    {
        public static Flags Parse(IEnumerable<string> args)
        {
            var values = new Dictionary<string, string?>();
            string? pending = null;
            foreach (var a in args)
            {
                if (a.StartsWith("--", StringComparison.Ordinal))
                {
                    pending = a[2..];
                    values[pending] = null;
                }
                else if (pending is not null)
                {
                    values[pending] = a;
                    pending = null;
                }
            }
            return new Flags(values);
        }

        public bool Has(string name) => values.ContainsKey(name);

        public string? String(string name) => values.GetValueOrDefault(name);

        public int Int(string name, int fallback) =>
            values.GetValueOrDefault(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
    }
}
