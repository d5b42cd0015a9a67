using System.Diagnostics;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Tests.EndToEnd;

/// <summary>
/// rustc, the oracle: the differential tests run it from the repository root with the same
/// repo-relative path ToyRust is given, so file names in panic messages and diagnostics agree.
/// </summary>
public static class Rustc
{
    private static readonly Lazy<bool> Present = new(() => ToolExists("rustc"));

    public static bool IsAvailable => Present.Value;

    /// <summary>
    /// Runs rustc with <paramref name="args"/> in the repository root; returns exit code, stdout,
    /// stderr. <paramref name="unstable"/> allows `-Z` flags on the stable compiler (RUSTC_BOOTSTRAP=1).
    /// </summary>
    public static RunResult Run(IEnumerable<string> args, bool unstable = false)
    {
        var info = new ProcessStartInfo("rustc")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        if (unstable) info.Environment["RUSTC_BOOTSTRAP"] = "1";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new RunResult(process.ExitCode, stdout, stderr.Result, false);
    }

    private static bool ToolExists(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries).Any(d => File.Exists(Path.Combine(d, name)));
    }
}
