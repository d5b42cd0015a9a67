using System.Reflection;
using System.Runtime.InteropServices;

namespace ToyRust.Llvm;

/// <summary>
/// Finds libLLVM 19 for the raw layer. The bindings name the library "LLVM"; a resolver installed
/// on this assembly maps that name to, in order:
/// the file named by <c>TOYRUST_LIBLLVM</c> if that variable is set (and nothing else, so a wrong
/// path is reported rather than silently replaced), else <c>libLLVM.so.19.1</c> (Debian's libllvm19),
/// else <c>libLLVM-19.so</c> (the llvm-19-dev symlink). The outcome is decided once per process.
/// </summary>
public static class LlvmLibrary
{
    public const string EnvironmentVariable = "TOYRUST_LIBLLVM";

    /// <summary>The library name every binding in <see cref="Interop.LLVM"/> uses.</summary>
    internal const string Name = "LLVM";

    internal const string NotFoundMessage =
        "libLLVM 19 was not found: install Debian's package libllvm19 (apt-get install libllvm19) or set TOYRUST_LIBLLVM to its path";

    private static readonly string[] SystemCandidates = ["libLLVM.so.19.1", "libLLVM-19.so"];
    private static readonly Lazy<(nint Handle, string? Error)> Loaded =
        new(() => Probe(Environment.GetEnvironmentVariable(EnvironmentVariable)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads libLLVM now, so a driver can report a missing library before doing any work.</summary>
    public static bool TryLoad(out string? error)
    {
        error = Loaded.Value.Error;
        return error is null;
    }

    internal static void InstallResolver() =>
        NativeLibrary.SetDllImportResolver(typeof(LlvmLibrary).Assembly, Resolve);

    /// <summary>Tries the candidates for a given value of <c>TOYRUST_LIBLLVM</c>; a pure function of the file system.</summary>
    internal static (nint Handle, string? Error) Probe(string? overridePath)
    {
        if (!string.IsNullOrEmpty(overridePath))
        {
            return NativeLibrary.TryLoad(overridePath, out var forced)
                ? (forced, null)
                : (0, $"libLLVM 19 could not be loaded from {EnvironmentVariable}={overridePath}: install Debian's package libllvm19 (apt-get install libllvm19) or set {EnvironmentVariable} to its path");
        }
        foreach (var candidate in SystemCandidates)
        {
            if (NativeLibrary.TryLoad(candidate, out var handle)) return (handle, null);
        }
        return (0, NotFoundMessage);
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != Name) return 0;
        var (handle, error) = Loaded.Value;
        return error is null ? handle : throw new LlvmUnavailableException(error);
    }
}
