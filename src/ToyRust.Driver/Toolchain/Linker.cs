namespace ToyRust.Driver.Toolchain;

/// <summary>
/// Links a program's object files with the ToyRust runtime into an executable, through the C
/// compiler driver of the target (`cc` for x86-64, `aarch64-linux-gnu-gcc` for AArch64).
/// The driver knows the C runtime start files, the dynamic loader's path and libc's location
/// for its target, which a bare `ld`/`ld.lld` would have to be told (docs/toolchain.md).
///
/// Executables are position-independent (Debian's gcc links PIE by default; the objects are PIC)
/// and reproducible: the same objects give the same bytes (the GNU build id is a hash of the
/// contents, and nothing else varies), which ToolchainTests checks.
/// </summary>
public static class Linker
{
    /// <summary>Links <paramref name="objectFiles"/> and the runtime into <paramref name="outputPath"/>.</summary>
    /// <returns>Null on success, else one line saying what failed.</returns>
    public static string? Link(IReadOnlyList<string> objectFiles, string target, string outputPath, LinkOptions? options = null)
    {
        try
        {
            var tools = TargetTools.For(target);
            var missing = SystemCheck.ForLinking(target);
            if (missing is not null) return missing;
            var runtime = RuntimeLibrary.ObjectFor(target);
            var output = ExternalTool.Run(tools.CCompiler!, ["-o", outputPath, .. objectFiles, runtime, "-lm", .. (options ?? LinkOptions.Default).DriverArguments()]);
            if (output.ExitCode == 0) return null;
            // ld names the function first and the missing symbol on the next line; the symbol is what helps.
            var undefined = output.Stderr.Split('\n').FirstOrDefault(l => l.Contains("undefined reference", StringComparison.Ordinal));
            return $"linking with `{tools.CCompiler!}` failed: {(undefined is null ? output.FirstLine() : undefined.Trim())}";
        }
        catch (ToolchainException e)
        {
            return e.Message;
        }
    }
}
