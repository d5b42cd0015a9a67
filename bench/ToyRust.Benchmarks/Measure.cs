using System.Diagnostics;

namespace ToyRust.Benchmarks;

/// <summary>Timing helpers: every figure the benchmark prints is a median, which one slow run (a GC, a page fault storm) does not move.</summary>
public static class Measure
{
    /// <summary>Times one run, starting from a collected heap so that one run's garbage is not billed to the next.</summary>
    public static TimeSpan Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("no values", nameof(values));
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Milliseconds, as the tables print them.</summary>
    public static string Ms(double milliseconds) => milliseconds >= 100 ? $"{milliseconds:F0}" : $"{milliseconds:F1}";
}
