using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization;
using ToyRust.Analysis.Output;
using ToyRust.Analysis.Sizes;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Cli.Commands;

/// <summary>
/// `toyrust report [DIR_OR_FILES...]` (default `examples/`), the README's tour: builds every program
/// for every linkable target at opt-levels 0 and 3, runs it, checks it against its `.stdout`/`.stderr`
/// files and `//@ exit-code` directive, and prints a size table (the executable, its code, the
/// program's own code) and the generics whose copies cost the most. Exit code 1 if anything failed.
/// </summary>
internal static class ReportCommand
{
    private static readonly OptLevel[] DefaultOptLevels = [OptLevel.O0, OptLevel.O3];

    public static Command Create(CliOutput output)
    {
        var paths = new Argument<string[]>("PATHS") { Description = "Programs or folders of programs (default: examples)", Arity = ArgumentArity.ZeroOrMore };
        var optLevels = new Option<string[]>("--opt-level")
        {
            HelpName = "0|1|2|3|s|z",
            Description = "Opt-levels to build at (repeatable; default 0 and 3)",
            AllowMultipleArgumentsPerToken = false,
        };
        var options = new ReportOptions();
        var command = new Command("report", "Build, run and check every example for x86-64 and AArch64; print sizes and the top generics by bloat") { paths, optLevels };
        options.AddTo(command);
        command.SetAction(parse => Execute(output, parse, options, parse.GetValue(paths) ?? [], parse.GetValue(optLevels) ?? []));
        return command;
    }

    private static int Execute(CliOutput output, ParseResult parse, ReportOptions options, string[] paths, string[] optLevelValues)
    {
        if (!options.TryGet(parse, out var settings, out var error))
        {
            output.Error(error);
            return ToyRustCli.Failure;
        }
        var levels = new List<OptLevel>();
        foreach (var value in optLevelValues)
        {
            if (!RustcFlags.TryParseOptLevel(value, out var level))
            {
                output.Error($"optimization level needs to be between 0-3, s or z (instead was `{value}`)");
                return ToyRustCli.Failure;
            }
            levels.Add(level);
        }
        if (levels.Count == 0) levels.AddRange(DefaultOptLevels);

        var programs = ExampleReport.FindPrograms(paths.Length > 0 ? paths : ["examples"]);
        if (programs.Count == 0)
        {
            output.Error($"no .rs programs found in {string.Join(", ", paths.Length > 0 ? paths : ["examples"])}");
            return ToyRustCli.Failure;
        }
        var rows = ExampleReport.Run(programs, Targets.Linkable, levels, BuildMeasurer.Measure);
        // Compile times only for people: JSON and CSV give the same bytes for the same builds.
        var text = settings.Format == "text";
        settings.Write(output.Out, Records(rows), RecordJson.IReadOnlyListReportRecord, [SizeTable(rows, withTimes: text), BloatTable(rows)]);
        if (text) PrintFailures(output.Out, [.. rows.Select(r => r.Row)]);
        return rows.All(r => r.Row.Ok) ? 0 : ToyRustCli.Failure;
    }

    /// <summary>One row per example, target and opt-level: the executable, its code, the program's own code and functions, compile time, result.</summary>
    private static ReportTable SizeTable(IReadOnlyList<Measured<SizeReport>> rows, bool withTimes)
    {
        List<Column> columns = [new("example", Shrinks: true), new("target"), new("opt"), new("exe bytes", true), new("code bytes", true), new("program", true), new("fns", true)];
        if (withTimes) columns.Add(new("compile", true));
        columns.Add(new("result"));
        return new("report", "Examples, built and run (program: the program's own crate)", columns,
            [.. rows.Select(m => (IReadOnlyList<object?>)[m.Row.Example, m.Row.Target.Split('-')[0], RustcFlags.Spell(m.Row.OptLevel), m.Row.ExeSize,
                m.Measurement?.CodeSize, m.Measurement is null ? null : ProgramCrate(m.Measurement)?.Bytes ?? 0L,
                m.Measurement is null ? null : (long)(ProgramCrate(m.Measurement)?.Functions ?? 0),
                .. withTimes ? [m.Row.CompileTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + "s"] : Array.Empty<object?>(),
                m.Row.Ok ? "ok" : "FAIL"])]);
    }

    private static readonly ReportRecordJson RecordJson = new(ReportJson.Options());

    /// <summary>The JSON form of one row: sizes, the program's generics, and why it failed.</summary>
    internal sealed record ReportRecord(string Example, string Target, string OptLevel, long? ExeSize, long? CodeSize, long? ProgramCode, string? Failure,
        IReadOnlyList<GenericRow> ProgramGenerics);

    private static IReadOnlyList<ReportRecord> Records(IReadOnlyList<Measured<SizeReport>> rows) =>
    [
        .. rows.Select(m => new ReportRecord(m.Row.Example, m.Row.Target, RustcFlags.Spell(m.Row.OptLevel), m.Row.ExeSize, m.Measurement?.CodeSize,
            m.Measurement is null ? null : ProgramCrate(m.Measurement)?.Bytes ?? 0, m.Row.Failure,
            [.. m.Measurement?.Generics.Where(g => g.Crate == Mono.SymbolMangler.CrateName) ?? []])),
    ];

    /// <summary>The generic items of the examples' own code whose extra copies cost the most bytes (bloat: total − largest copy).</summary>
    private static ReportTable BloatTable(IReadOnlyList<Measured<SizeReport>> rows)
    {
        var generics = rows.Where(m => m.Measurement is not null)
            .SelectMany(m => m.Measurement!.Generics.Where(g => g.Crate == Mono.SymbolMangler.CrateName && g.Copies > 1).Select(g => (m.Row, Generic: g)))
            .OrderByDescending(x => x.Generic.EstimatedBloat).ThenBy(x => x.Generic.Item, StringComparer.Ordinal).ThenBy(x => x.Row.Example, StringComparer.Ordinal)
            .Take(TopGenerics).ToList();
        return new ReportTable("bloat", $"Top {TopGenerics} generics by bloat (see `toyrust size FILE.rs` for one program)",
            [new("generic item", Shrinks: true), new("example", Shrinks: true), new("target"), new("opt"), new("copies", true), new("bytes", true), new("bloat", true)],
            [.. generics.Select(x => (IReadOnlyList<object?>)[x.Generic.Item, Path.GetFileName(x.Row.Example), x.Row.Target.Split('-')[0], RustcFlags.Spell(x.Row.OptLevel),
                (long)x.Generic.Copies, x.Generic.Bytes, x.Generic.EstimatedBloat])]);
    }

    private const int TopGenerics = 10;

    private static CrateRow? ProgramCrate(SizeReport? report) => report?.Crates.FirstOrDefault(c => c.Crate == Mono.SymbolMangler.CrateName);

    /// <summary>One line per failure saying why, and the totals.</summary>
    private static void PrintFailures(TextWriter o, IReadOnlyList<ReportRow> rows)
    {
        var failures = rows.Where(r => !r.Ok).ToList();
        foreach (var f in failures) o.WriteLine($"FAIL {f.Example} ({f.Target}, opt-level={RustcFlags.Spell(f.OptLevel)}): {f.Failure}");
        if (failures.Count > 0) o.WriteLine();
        o.WriteLine($"{rows.Count - failures.Count} ok, {failures.Count} failed");
    }
}

/// <summary>The report command's JSON: its record type is its own (see <see cref="ReportJson"/>).</summary>
[JsonSerializable(typeof(IReadOnlyList<ReportCommand.ReportRecord>))]
internal sealed partial class ReportRecordJson : JsonSerializerContext;
