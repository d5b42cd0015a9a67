namespace ToyRust.Analysis.Rendering;

// The model a chart draws and the one decision about it that is not geometry: which keys get a
// colour of their own. Keys are ranked by their total over all bars (largest first, ties by
// ordinal name, so the order never depends on input order); when there are more than `maxKeys`,
// the first `maxKeys - 1` keep their names and the rest are summed into one "other" key, so the
// legend never has more than `maxKeys` entries. An input key that is itself called "other" joins
// that sum. Each bar's segments are then listed in the ranked order, duplicates within a bar added.

/// <summary>One bar of a stacked bar chart: a configuration (e.g. "fib.rs x86_64 opt=0 toyrust") and its parts.</summary>
public sealed record ChartBar(string Label, IReadOnlyList<ChartSegment> Segments);

/// <summary>One part of a bar: a generic item ("main::max") or a section (".text"), and its bytes.</summary>
public sealed record ChartSegment(string Key, long Value);

/// <summary>The bars with their segments in legend order, and the legend: keys with their totals.</summary>
internal sealed record StackedData(IReadOnlyList<ChartBar> Bars, IReadOnlyList<ChartSegment> Legend)
{
    public const string OtherKey = "other";

    public long MaxTotal => Bars.Count == 0 ? 0 : Bars.Max(b => b.Segments.Sum(s => s.Value));

    public static StackedData From(IReadOnlyList<ChartBar> bars, int maxKeys)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxKeys, 1);
        var totals = Totals(bars);
        var ranked = totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key).ToList();
        var folds = ranked.Count > maxKeys;
        var kept = folds ? ranked.Where(k => k != OtherKey).Take(maxKeys - 1).ToList() : ranked;
        var keyOf = (string key) => !folds || kept.Contains(key) ? key : OtherKey;
        var order = folds ? [.. kept, OtherKey] : kept;
        var regrouped = bars.Select(b => new ChartBar(b.Label, Regroup(b.Segments, keyOf, order))).ToList();
        var legend = order.Select(k => new ChartSegment(k, regrouped.Sum(b => b.Segments.Where(s => s.Key == k).Sum(s => s.Value)))).ToList();
        return new StackedData(regrouped, legend);
    }

    private static Dictionary<string, long> Totals(IReadOnlyList<ChartBar> bars)
    {
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var segment in bars.SelectMany(b => b.Segments))
        {
            if (segment.Value < 0)
                throw new ArgumentException($"segment '{segment.Key}' has a negative size ({segment.Value})", nameof(bars));
            totals[segment.Key] = totals.GetValueOrDefault(segment.Key) + segment.Value;
        }
        return totals;
    }

    private static List<ChartSegment> Regroup(IReadOnlyList<ChartSegment> segments, Func<string, string> keyOf, List<string> order)
    {
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var s in segments)
            sums[keyOf(s.Key)] = sums.GetValueOrDefault(keyOf(s.Key)) + s.Value;
        return [.. order.Where(sums.ContainsKey).Select(k => new ChartSegment(k, sums[k]))];
    }
}
