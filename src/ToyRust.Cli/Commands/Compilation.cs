using Microsoft.Extensions.Logging;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Cli.Commands;

/// <summary>
/// What `build` and `run` do alike: read the file, compile, print the diagnostics and any system error
/// (a missing package, which the pipeline reports through <see cref="CompileResult.SystemError"/>).
/// </summary>
internal static class Compilation
{
    /// <summary>Compiles <paramref name="path"/>; returns the result, or null after printing why nothing was compiled.</summary>
    public static CompileResult? Compile(CliOutput output, string path, CompileOptions options, bool json, bool verbose)
    {
        if (!SourceFiles.TryRead(path, out var source, out var readError))
        {
            output.ReadError(readError);
            return null;
        }
        CompileResult result;
        using (var logging = Logging.Create(verbose))
        {
            var logger = logging.CreateLogger("toyrust");
            if (logger.IsEnabled(LogLevel.Debug))
                logger.LogDebug("compiling {File} for {Target} at opt-level {OptLevel}, emitting {Emit}", path, options.Target, RustcFlags.Spell(options.OptLevel), options.Emit);
            result = Compiler.Compile(source, options, logger);
        }
        output.Diagnostics(result.Diagnostics, source, json);
        if (result.SystemError is { } system) output.Error(system);
        return result;
    }
}
