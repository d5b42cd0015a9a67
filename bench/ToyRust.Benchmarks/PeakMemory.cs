using System.Diagnostics;
using System.Globalization;

namespace ToyRust.Benchmarks;

/// <summary>
/// Peak resident memory on Linux. .NET's <see cref="Process.PeakWorkingSet64"/> is gone once a
/// process has exited, so a process reads its own high-water mark (`VmHWM` in /proc/self/status)
/// before it exits, and another process's is sampled while it runs.
/// </summary>
public static class PeakMemory
{
    /// <summary>This process's peak resident set so far, in bytes (0 where /proc is missing).</summary>
    public static long Self() => Read("/proc/self/status");

    /// <summary>
    /// Runs <paramref name="info"/> to the end and returns its exit code, wall time and peak RSS.
    /// `VmHWM` only grows, so the last sample before exit is the peak up to that sample; the few
    /// milliseconds after it are normally spent tearing down, not allocating.
    /// </summary>
    public static (int ExitCode, TimeSpan Elapsed, long PeakBytes, string Stdout, string Stderr) Run(ProcessStartInfo info, TimeSpan timeout)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, Read($"/proc/{process.Id}/status"));
            if (watch.Elapsed > timeout)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (-1, watch.Elapsed, peak, stdout.Result, $"killed after {timeout.TotalSeconds:F0} s");
            }
        }
        process.WaitForExit();
        return (process.ExitCode, watch.Elapsed, peak, stdout.Result, stderr.Result);
    }

    private static long Read(string statusPath)
    {
        try
        {
            foreach (var line in File.ReadLines(statusPath))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
            // The process exited between two samples: keep the last one.
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }
}
