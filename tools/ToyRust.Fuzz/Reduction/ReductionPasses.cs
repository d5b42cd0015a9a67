using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ToyRust.Fuzz.Reduction;

// The candidate generators, in the order a round runs them (the loop is described in Reducer.cs). This file
// holds the passes that delete or unwrap whole lines; ReductionPasses.Tokens.cs the edits inside a line.
// Every generator is lazy: the loop stops pulling at the first interesting candidate, so the cost of a pass
// is the candidates tested, never the candidates it could make.
internal static partial class ReductionPasses
{
    /// <summary>Each pass maps a source to candidates one edit smaller.</summary>
    public static readonly ImmutableArray<Func<string, IEnumerable<string>>> All =
    [
        BlankLines,
        TopLevelItems,
        Blocks,
        MatchArms,
        UnwrapBlocks,
        LineRanges,
        BinaryOperands,
        PrintArguments,
        IntegerLiterals,
    ];

    // One candidate that drops every blank and comment-only line: they are seldom the bug (and the predicate
    // says so when they are), and deleting them one at a time would cost an attempt each.
    private static IEnumerable<string> BlankLines(string source)
    {
        string text = string.Join('\n', source.Split('\n').Where(line => !IsBlankOrComment(line)));
        yield return source.EndsWith('\n') ? text + "\n" : text;
    }

    // Items other than `fn main`, with their attributes: all of them, then halves, quarters ... one by one.
    private static IEnumerable<string> TopLevelItems(string source)
    {
        var units = SourceUnits.Parse(source);
        var items = units.SiblingGroups()
            .Where(group => group.Parent < 0)
            .SelectMany(group => group.Units)
            .Where(unit => !IsMain(units.Lines[unit.Header]))
            .ToImmutableArray();
        return Ddmin(units, [items]);
    }

    // Statements, fields, methods: the runs of sibling units inside every block except a match's.
    private static IEnumerable<string> Blocks(string source)
    {
        var units = SourceUnits.Parse(source);
        var groups = units.SiblingGroups()
            .Where(group => group.Parent >= 0 && !IsMatchHeader(units.Lines[group.Parent]))
            .Select(group => group.Units);
        return Ddmin(units, [.. groups]);
    }

    // All arms but the last (often the `_ =>` that keeps the match exhaustive), then each arm alone.
    private static IEnumerable<string> MatchArms(string source)
    {
        var units = SourceUnits.Parse(source);
        var arms = units.SiblingGroups()
            .Where(group => group.Parent >= 0 && IsMatchHeader(units.Lines[group.Parent]))
            .Select(group => group.Units)
            .ToImmutableArray();
        foreach (var group in arms.Where(group => group.Length > 2))
            yield return units.Without(group.Take(group.Length - 1));
        foreach (var arm in arms.SelectMany(group => group))
            yield return units.Without([arm]);
    }

    // `if c { a } else { b }` becomes `a`, then `b`: each branch body, one level less indented, replaces the
    // statement. Item bodies, impl members and match arms are left alone, since their bodies never stand in
    // for them.
    private static IEnumerable<string> UnwrapBlocks(string source)
    {
        var units = SourceUnits.Parse(source);
        foreach (var group in units.SiblingGroups().Where(group => IsStatementBlock(units.Lines, group.Parent)))
        {
            foreach (var unit in group.Units.Where(unit => IsUnwrappable(units, unit)))
            {
                foreach (var (first, last) in BranchBodies(units, unit))
                {
                    var body = units.Lines.Skip(first).Take(last - first + 1).Select(SourceText.Dedent);
                    yield return units.Replace(unit.Start, unit.End, body);
                }
            }
        }
    }

    // ddmin over raw line ranges (halves, quarters ... single lines), for the cuts that are not units, such as
    // `} else {` with the else branch. A range whose brackets do not come back to their depth cannot leave
    // valid Rust behind, so it is not worth an attempt.
    private static IEnumerable<string> LineRanges(string source)
    {
        var units = SourceUnits.Parse(source);
        int count = units.Lines.Length;
        foreach (int size in ChunkSizes(count).Skip(1))
        {
            for (int start = 0; start < count; start += size)
            {
                int end = Math.Min(start + size, count) - 1;
                if (IsDeletableRange(units, start, end))
                    yield return units.Without([new Unit(start, start, end)]);
            }
        }
    }

    // Chunks of every group, biggest first across groups: each group whole, then every group in halves, ...
    private static IEnumerable<string> Ddmin(SourceUnits units, ImmutableArray<ImmutableArray<Unit>> groups)
    {
        var sizes = groups.Select(group => ChunkSizes(group.Length)).ToImmutableArray();
        int levels = sizes.Select(list => list.Length).DefaultIfEmpty(0).Max();
        for (int level = 0; level < levels; level++)
        {
            for (int g = 0; g < groups.Length; g++)
            {
                if (level >= sizes[g].Length)
                    continue;
                int size = sizes[g][level];
                for (int start = 0; start < groups[g].Length; start += size)
                    yield return units.Without(groups[g].Skip(start).Take(size));
            }
        }
    }

    // n, ceil(n/2), ceil(n/4) ... 1, without repeats.
    private static ImmutableArray<int> ChunkSizes(int count)
    {
        var sizes = ImmutableArray.CreateBuilder<int>();
        for (int size = count; size > 0; size = size == 1 ? 0 : (size + 1) / 2)
        {
            if (sizes.Count == 0 || sizes[^1] != size)
                sizes.Add(size);
        }
        return sizes.ToImmutable();
    }

    private static bool IsDeletableRange(SourceUnits units, int start, int end) =>
        units.Shapes[start].Before == units.Shapes[end].After &&
        !Enumerable.Range(start, end - start + 1).All(units.IsBlank) &&
        !Enumerable.Range(start, end - start + 1).Any(line => IsMain(units.Lines[line]));

    private static bool IsStatementBlock(ImmutableArray<string> lines, int parent) =>
        parent >= 0 && !IsMatchHeader(lines[parent]) && !ItemHeader().IsMatch(lines[parent]);

    private static bool IsUnwrappable(SourceUnits units, Unit unit)
    {
        string header = units.Lines[unit.Header];
        return unit.IsMultiLine && header.TrimEnd().EndsWith('{') && units.Lines[unit.End].Trim() == "}" &&
               !IsMatchHeader(header) && !ItemHeader().IsMatch(header) && !FunctionHeader().IsMatch(header);
    }

    // The line ranges of the branch bodies of a unit: between its header, each `} else {` at its depth and
    // its closing line.
    private static IEnumerable<(int First, int Last)> BranchBodies(SourceUnits units, Unit unit)
    {
        int depth = units.Shapes[unit.Header].Before;
        int open = unit.Header;
        for (int line = unit.Header + 1; line <= unit.End; line++)
        {
            var shape = units.Shapes[line];
            bool separates = shape.Min == depth && (shape.After == depth + 1 || line == unit.End);
            if (!separates)
                continue;
            yield return (open + 1, line - 1);
            open = line;
        }
    }

    private static bool IsBlankOrComment(string line)
    {
        var text = line.TrimStart();
        return text.Length == 0 || text.StartsWith("//", StringComparison.Ordinal);
    }

    private static bool IsMain(string line) => MainHeader().IsMatch(line);

    private static bool IsMatchHeader(string line) => MatchHeader().IsMatch(line);

    [GeneratedRegex(@"^\s*(pub\s+)?fn\s+main\s*\(")]
    private static partial Regex MainHeader();

    [GeneratedRegex(@"\bmatch\b.*\{\s*$")]
    private static partial Regex MatchHeader();

    // The blocks whose members are not statements: a struct's fields, an enum's variants, an impl's methods.
    [GeneratedRegex(@"^\s*(pub\s+)?(impl|trait|struct|enum|mod|union)\b")]
    private static partial Regex ItemHeader();

    [GeneratedRegex(@"^\s*(pub\s+)?(const\s+|unsafe\s+)*fn\b")]
    private static partial Regex FunctionHeader();
}
