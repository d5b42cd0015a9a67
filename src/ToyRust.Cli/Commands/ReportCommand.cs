using System.CommandLine;
using System.Globalization;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Cli.Commands;

/// <summary>
/// `toyrust report [DIR_OR_FILES...]` (default `examples/`): builds every program for every linkable
/// target at opt-levels 0 and 3, runs it, checks it against its `.stdout`/`.stderr` files and
/// `//@ exit-code` directive, and prints a size table. Exit code 1 if anything failed.
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
        var command = new Command("report", "Build, run and check every example for x86-64 and AArch64; print a size table") { paths, optLevels };
        command.SetAction(parse => Execute(output, parse.GetValue(paths) ?? [], parse.GetValue(optLevels) ?? []));
        return command;
    }

    private static int Execute(CliOutput output, string[] paths, string[] optLevelValues)
    {
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
        var rows = ExampleReport.Run(programs, Targets.Linkable, levels);
        PrintTable(output.Out, rows);
        return rows.All(r => r.Ok) ? 0 : ToyRustCli.Failure;
    }

    /// <summary>
    /// <code>
    /// example           target                     opt  exe bytes  .text bytes  compile  result
    /// examples/fib.rs   x86_64-unknown-linux-gnu   0        15960          377    0.21s  ok
    /// </code>
    /// followed by one line per failure saying why, and the totals.
    /// </summary>
    private static void PrintTable(TextWriter o, IReadOnlyList<ReportRow> rows)
    {
        string[] header = ["example", "target", "opt", "exe bytes", ".text bytes", "compile", "result"];
        bool[] rightAligned = [false, false, false, true, true, true, false];
        var cells = rows.Select(r => new[]
        {
            r.Example,
            r.Target,
            RustcFlags.Spell(r.OptLevel),
            r.ExeSize?.ToString(CultureInfo.InvariantCulture) ?? "-",
            r.TextSize?.ToString(CultureInfo.InvariantCulture) ?? "-",
            r.CompileTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + "s",
            r.Ok ? "ok" : "FAIL",
        }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => cells.Max(row => row[c].Length)).ToArray();
        foreach (var row in cells)
        {
            var padded = row.Select((cell, c) => rightAligned[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            o.WriteLine(string.Join("  ", padded).TrimEnd());
        }

        var failures = rows.Where(r => !r.Ok).ToList();
        if (failures.Count > 0) o.WriteLine();
        foreach (var f in failures) o.WriteLine($"FAIL {f.Example} ({f.Target}, opt-level={RustcFlags.Spell(f.OptLevel)}): {f.Failure}");
        o.WriteLine();
        o.WriteLine($"{rows.Count - failures.Count} ok, {failures.Count} failed");
    }
}
