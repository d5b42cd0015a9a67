using System.Collections.Immutable;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Driver;

/// <summary>How long one pass took, for `-v` and the benchmarks.</summary>
public sealed record PassTiming(string Pass, TimeSpan Elapsed);

/// <summary>
/// The outcome of a compilation: the diagnostics (errors and warnings, in the order rustc
/// would print them) and the files written. <see cref="Succeeded"/> is false when any error was
/// reported or the system is missing a piece (see <see cref="SystemError"/>).
/// </summary>
public sealed record CompileResult(
    SourceText Source,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<string> Outputs,
    ImmutableArray<PassTiming> Timings,
    string? SystemError)
{
    public bool Succeeded => SystemError is null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The executable, when one was linked.</summary>
    public string? Executable { get; init; }
}
