using System.CommandLine;
using ToyRust.Analysis.Diffs;
using ToyRust.Analysis.Output;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Cli.Commands;

/// <summary>
/// `toyrust diff OLD NEW [--old-flags "FLAGS"] [--new-flags "FLAGS"]`: what changed between two builds —
/// two files (objects, executables), or sources built with rustc's flags (one source under two flag
/// sets: `toyrust diff fib.rs fib.rs --old-flags "-C opt-level=0" --new-flags "-C opt-level=2"`).
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliOutput output)
    {
        var old = new Argument<string>("OLD") { Description = "The build to compare against: a .rs file, an object file or an executable" };
        var @new = new Argument<string>("NEW") { Description = "The build to compare" };
        var oldFlags = new Option<string?>("--old-flags") { HelpName = "FLAGS", Description = "rustc flags for building OLD when it is a .rs file, e.g. \"-C opt-level=0\"" };
        var newFlags = new Option<string?>("--new-flags") { HelpName = "FLAGS", Description = "rustc flags for building NEW when it is a .rs file" };
        var options = new ReportOptions();
        var command = new Command("diff", "What changed between two builds: bytes and copies per section and per generic item") { old, @new, oldFlags, newFlags };
        options.AddTo(command);
        command.SetAction(parse => Execute(output, parse, options, (parse.GetValue(old)!, parse.GetValue(oldFlags)), (parse.GetValue(@new)!, parse.GetValue(newFlags))));
        return command;
    }

    private static int Execute(CliOutput output, ParseResult parse, ReportOptions options, (string File, string? Flags) old, (string File, string? Flags) @new)
    {
        if (!options.TryGet(parse, out var settings, out var error) || !TryOptions(old.Flags, out var oldOptions, out error) || !TryOptions(@new.Flags, out var newOptions, out error))
        {
            output.Error(error!);
            return ToyRustCli.Failure;
        }
        if (Measurement.Measure(output, old.File, oldOptions, false) is not { } before || Measurement.Measure(output, @new.File, newOptions, false) is not { } after)
            return ToyRustCli.Failure;
        var diff = SizeDiff.Between(before, after);
        settings.Write(output.Out, diff, ReportJson.Reports.SizeDiff, DiffTables.Of(diff, settings.Top));
        return 0;
    }

    private static bool TryOptions(string? flags, out CompileOptions options, out string? error)
    {
        var split = (flags ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return RustcFlags.TryApply(new CompileOptions { OutputStem = "" }, split, out options, out error);
    }
}
