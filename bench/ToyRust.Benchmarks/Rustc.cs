using System.Diagnostics;

namespace ToyRust.Benchmarks;

/// <summary>rustc 1.95, the yardstick: the same file built with `rustc --edition 2021 -C opt-level=N`.</summary>
public static class Rustc
{
    public static bool IsAvailable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(Path.Combine(dir, "rustc")));

    /// <summary>Builds <paramref name="source"/> into <paramref name="exe"/>; returns rustc's stderr on failure, else null.</summary>
    public static string? Build(string source, string exe, int optLevel) => Build(source, exe, "-C", $"opt-level={optLevel}");

    /// <summary>Builds with these flags (e.g. `-O`) besides `--edition 2021`; returns rustc's stderr on failure, else null.</summary>
    public static string? Build(string source, string exe, params string[] flags)
    {
        var info = new ProcessStartInfo("rustc")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--edition", "2021", .. flags, "-A", "warnings", source, "-o", exe]) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : stderr.Result;
    }
}
