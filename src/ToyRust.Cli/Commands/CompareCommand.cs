using System.CommandLine;
using ToyRust.Analysis.Compare;
using ToyRust.Analysis.Output;

namespace ToyRust.Cli.Commands;

/// <summary>
/// `toyrust compare FILE.rs... --matrix "opt=0,2,s,z target=x86_64,aarch64 compiler=toyrust,rustc" [--out DIR]`:
/// builds every program in every configuration of the matrix, in parallel, prints the size table
/// and writes `compare.csv`, `compare.json`, `compare-items.svg`, `compare-sections.svg` and
/// `compare.html` into DIR (default `toyrust-compare`).
/// </summary>
internal static class CompareCommand
{
    private const string DefaultMatrix = "opt=0,3";
    private const int MaxTextColumns = 4;

    public static Command Create(CliOutput output)
    {
        var files = new Argument<string[]>("FILES") { Description = "The .rs programs to build", Arity = ArgumentArity.OneOrMore };
        var matrix = new Option<string?>("--matrix")
        {
            HelpName = "AXES",
            Description = $"Axes and values: opt=0,1,2,3,s,z target=x86_64,aarch64 compiler=toyrust,rustc merge=on,off lld=on,off icf=on,off gc=on,off strip=on,off overflow=on,off inline=N,... (default \"{DefaultMatrix}\")",
        };
        var outDir = new Option<string?>("--out") { HelpName = "DIR", Description = "Where to write the CSV, JSON, SVG and HTML (default toyrust-compare)" };
        var jobs = new Option<int?>("--jobs", "-j") { HelpName = "N", Description = "Builds at once (default: the number of cores)" };
        var options = new ReportOptions();
        var command = new Command("compare", "Build programs across a matrix of flags (and with rustc) and compare where the bytes go") { files, matrix, outDir, jobs };
        options.AddTo(command);
        command.SetAction(parse => Execute(output, parse, options, parse.GetValue(files)!, parse.GetValue(matrix) ?? DefaultMatrix,
            parse.GetValue(outDir) ?? "toyrust-compare", parse.GetValue(jobs) ?? Environment.ProcessorCount));
        return command;
    }

    private static int Execute(CliOutput output, ParseResult parse, ReportOptions options, string[] files, string matrix, string outDir, int jobs)
    {
        if (!options.TryGet(parse, out var settings, out var error) || !Matrix.TryParse(matrix, out var configurations, out error))
        {
            output.Error(error!);
            return ToyRustCli.Failure;
        }
        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            output.Error($"couldn't read `{missing}`: No such file or directory (os error 2)");
            return ToyRustCli.Failure;
        }
        var progress = Console.IsErrorRedirected ? null : new ProgressBar(output.Err);
        var rows = CompareRunner.Run(files, configurations.Value, jobs, progress is null ? null : progress.Report);
        progress?.Finish();
        WriteFiles(outDir, rows, matrix, settings.Top);
        // Side-by-side item tables fit 100 columns for a few configurations; the HTML report has them all.
        var itemTables = configurations.Value.Length <= MaxTextColumns || settings.Format != "text" ? CompareOutputs.ItemTables(rows, settings.Top) : [];
        ReportTable[] failures = rows.Any(r => r.Failure is not null) ? [CompareOutputs.Failures(rows)] : [];
        settings.Write(output.Out, CompareOutputs.Records(rows), ReportJson.Reports.IReadOnlyListCompareRecord, [CompareOutputs.Table(rows), .. failures, .. itemTables]);
        if (settings.Format == "text") output.Out.WriteLine($"wrote {Path.Combine(outDir, "compare.html")} (and .csv, .json, -items.svg, -sections.svg)");
        return rows.All(r => r.Failure is null || r.Skipped) ? 0 : ToyRustCli.Failure;
    }

    private static void WriteFiles(string outDir, IReadOnlyList<CompareRow> rows, string matrix, int top)
    {
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "compare.csv"), CompareOutputs.Table(rows).ToCsv());
        File.WriteAllText(Path.Combine(outDir, "compare.json"), ReportJson.Serialize(CompareOutputs.Records(rows), ReportJson.Reports.IReadOnlyListCompareRecord));
        File.WriteAllText(Path.Combine(outDir, "compare-items.svg"), CompareOutputs.ChartByItem(rows));
        File.WriteAllText(Path.Combine(outDir, "compare-sections.svg"), CompareOutputs.ChartBySection(rows));
        File.WriteAllText(Path.Combine(outDir, "compare.html"), CompareOutputs.Html(rows, matrix, top));
    }

    /// <summary>`[#########           ] 9/16 fib.rs toyrust x86_64 opt=2`, redrawn in place on a terminal.</summary>
    private sealed class ProgressBar(TextWriter err)
    {
        private readonly Lock _gate = new();

        public void Report(int done, int total, string what)
        {
            const int Width = 24;
            var filled = done * Width / Math.Max(1, total);
            var line = $"[{new string('#', filled)}{new string(' ', Width - filled)}] {done}/{total} {what}";
            lock (_gate) err.Write("\r" + (line.Length > 99 ? line[..99] : line.PadRight(99)));
        }

        public void Finish()
        {
            lock (_gate) err.Write("\r" + new string(' ', 99) + "\r");
        }
    }
}
