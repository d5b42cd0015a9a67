using System.Globalization;

namespace ToyRust.Analysis.Rendering;

// Byte counts for people: "0", "512 B", "1.2 KiB", "3.5 MiB" (binary units, at most one decimal,
// invariant culture), and the axis that goes with them. The axis picks one unit from its largest
// value and a step of 1, 2 or 5 times a power of ten in that unit, so every tick label is
// exact in the unit it names and all ticks of one axis share that unit.

/// <summary>Formats byte counts and chooses axis ticks for them.</summary>
internal static class ByteFormat
{
    private static readonly (long Size, string Name)[] Units = [(1L << 20, "MiB"), (1L << 10, "KiB"), (1, "B")];

    /// <summary>"1,234 bytes": the exact count, for tooltips.</summary>
    public static string Exact(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + (bytes == 1 ? " byte" : " bytes");

    /// <summary>"1.2 KiB": the count in the largest unit it reaches.</summary>
    public static string Short(long bytes) => InUnit(bytes, UnitFor(bytes));

    /// <summary>The ticks of an axis from 0 to at least <paramref name="max"/>: the last tick is the axis's end.</summary>
    public static IReadOnlyList<(long Value, string Label)> Ticks(long max, int wanted = 5)
    {
        var unit = UnitFor(Math.Max(max, 1));
        var step = NiceStep((double)Math.Max(max, 1) / unit.Size / wanted, unit.Size == 1);
        var count = Math.Max(1, (int)Math.Ceiling((double)max / unit.Size / step - 1e-9));
        return [.. Enumerable.Range(0, count + 1).Select(i => (long)Math.Round(i * step * unit.Size)).Select(v => (v, InUnit(v, unit)))];
    }

    private static (long Size, string Name) UnitFor(long bytes) => Units.First(u => bytes >= u.Size || u.Size == 1);

    private static string InUnit(long bytes, (long Size, string Name) unit) =>
        bytes == 0 ? "0" : ((double)bytes / unit.Size).ToString("0.#", CultureInfo.InvariantCulture) + " " + unit.Name;

    private static double NiceStep(double raw, bool wholeBytes)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw * (1 - 1e-9));
        return wholeBytes ? Math.Max(1, Math.Ceiling(step)) : step;
    }
}
