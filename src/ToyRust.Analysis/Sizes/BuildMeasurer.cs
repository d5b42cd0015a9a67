using System.Collections.Concurrent;
using System.Collections.Immutable;
using ToyRust.Analysis.Objects;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Analysis.Sizes;

/// <summary>
/// Measures a build ToyRust made: the executable (or, for a target it cannot link, the object)
/// read like any other file, plus the compiler's records of its instances. The options must have
/// asked for <see cref="CompileOptions.RecordInstances"/>.
/// </summary>
public static class BuildMeasurer
{
    private static readonly ConcurrentDictionary<string, IReadOnlySet<string>> RuntimeSymbolsByTarget = new(StringComparer.Ordinal);

    /// <summary>The options `toyrust size FILE.rs` builds with: an executable where ToyRust links one, else an object; the records kept.</summary>
    public static CompileOptions OptionsFor(CompileOptions options) => options with
    {
        Emit = Targets.CanLink(options.Target) ? EmitKinds.Exe : EmitKinds.Obj,
        RecordInstances = true,
    };

    /// <summary>
    /// Builds <paramref name="path"/> with rustc-spelled <paramref name="flags"/> into <paramref name="outputStem"/>
    /// and measures it; a source that does not build, or a missing system piece, is an <see cref="AnalysisException"/>.
    /// </summary>
    public static SizeReport BuildAndMeasure(string path, IReadOnlyList<string> flags, string outputStem)
    {
        if (!SourceFiles.TryRead(path, out var source, out var readError)) throw new AnalysisException(readError.Message);
        if (!RustcFlags.TryApply(new CompileOptions { OutputStem = outputStem }, flags, out var options, out var flagError))
            throw new AnalysisException(flagError);
        options = OptionsFor(options);
        var result = Compiler.Compile(source, options);
        if (result.SystemError is { } system) throw new AnalysisException(system);
        if (!result.Succeeded) throw new AnalysisException("does not compile: " + result.Diagnostics.First(d => d.IsError).Message);
        return Measure(result, options);
    }

    public static SizeReport Measure(CompileResult result, CompileOptions options)
    {
        var output = result.Executable ?? result.Outputs.FirstOrDefault(o => o.EndsWith(".o", StringComparison.Ordinal))
            ?? throw new AnalysisException("the build wrote no executable or object to measure");
        var image = ObjectReader.Read(output);
        if (result.Records is not { } records) return SizeAnalyzer.Analyze(image);
        var runtime = result.Executable is null ? new HashSet<string>() : RuntimeSymbols(options.Target);
        return SizeAnalyzer.Analyze(image, new BuildInfo(result.MonoItems, records, runtime) { Vtables = result.Vtables });
    }

    /// <summary>The names the runtime object defines: its C functions and their static helpers.</summary>
    private static IReadOnlySet<string> RuntimeSymbols(string target) =>
        RuntimeSymbolsByTarget.GetOrAdd(target, t => ObjectReader.Read(RuntimeLibrary.ObjectFor(t)).Symbols.Select(s => s.Name).ToImmutableHashSet(StringComparer.Ordinal));
}
