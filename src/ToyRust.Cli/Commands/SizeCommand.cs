using System.CommandLine;
using ToyRust.Analysis;
using ToyRust.Analysis.Objects;
using ToyRust.Analysis.Output;
using ToyRust.Analysis.Sizes;

namespace ToyRust.Cli.Commands;

/// <summary>
/// `toyrust size FILE.rs|FILE.o|EXE [build flags] [--format text|json|csv] [--top N] [--table NAME]`:
/// where the bytes go. A `.rs` file is built first (with the flags `build` takes) and its instances'
/// fates are reported too; any other file, from ToyRust, rustc or a C compiler, is read as it is.
/// </summary>
internal static class SizeCommand
{
    public static Command Create(CliOutput output)
    {
        var flags = new BuildFlags("FILE", "A .rs file to build and measure, or an object file or executable to measure");
        var options = new ReportOptions();
        var command = new Command("size", "Where the bytes go: sections, functions, generics and their copies, crates, instance fates");
        flags.AddTo(command);
        options.AddTo(command);
        command.SetAction(parse => Execute(output, parse, flags, options));
        return command;
    }

    private static int Execute(CliOutput output, ParseResult parse, BuildFlags flags, ReportOptions options)
    {
        if (!options.TryGet(parse, out var settings, out var error))
        {
            output.Error(error);
            return ToyRustCli.Failure;
        }
        var file = parse.GetValue(flags.File)!;
        var report = file.EndsWith(".rs", StringComparison.Ordinal) ? BuildAndMeasure(output, parse, flags, file) : Measurement.Measure(output, file, null, false);
        if (report is null) return ToyRustCli.Failure;
        if (report.Functions.IsEmpty && report.Instances.IsEmpty && !settings.SectionsOnly)
        {
            output.Error($"{file}: has no symbol table (stripped?); `--table sections` shows its sections");
            return ToyRustCli.Failure;
        }
        settings.Write(output.Out, report, ReportJson.Reports.SizeReport, SizeTables.Of(report, settings.Top));
        return 0;
    }

    private static SizeReport? BuildAndMeasure(CliOutput output, ParseResult parse, BuildFlags flags, string file)
    {
        if (!flags.TryGetOptions(parse, "", Driver.EmitKinds.Exe, out var options, out var error))
        {
            output.Error(error);
            return null;
        }
        return Measurement.Measure(output, file, options, parse.GetValue(flags.Verbose));
    }
}
