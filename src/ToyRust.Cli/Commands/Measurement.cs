using ToyRust.Analysis.Objects;
using ToyRust.Analysis.Sizes;
using ToyRust.Driver;

namespace ToyRust.Cli.Commands;

/// <summary>What `size` and `diff` measure: a `.rs` file built in a temporary folder with the given options (diagnostics printed), or any other file read as it is.</summary>
internal static class Measurement
{
    /// <returns>Null after printing why the source did not build.</returns>
    public static SizeReport? Measure(CliOutput output, string file, CompileOptions? options, bool verbose)
    {
        if (!file.EndsWith(".rs", StringComparison.Ordinal)) return SizeAnalyzer.Analyze(ObjectReader.Read(file));
        var work = Directory.CreateTempSubdirectory("toyrust-size-");
        try
        {
            var stem = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(file));
            var build = BuildMeasurer.OptionsFor((options ?? new CompileOptions { OutputStem = stem }) with { OutputStem = stem });
            var result = Compilation.Compile(output, file, build, json: false, verbose);
            return result is { Succeeded: true } ? BuildMeasurer.Measure(result, build) with { File = file } : null;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
