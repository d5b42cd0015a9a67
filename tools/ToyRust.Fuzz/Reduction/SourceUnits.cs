using System.Collections.Immutable;
using System.Text;

namespace ToyRust.Fuzz.Reduction;

// The reducer's whole view of Rust syntax: lines, and how brackets nest across them.
//
// The reducer must cope with candidates that are no longer Rust, so it does not parse; it lexes just enough
// to know which characters are code (not inside a string, char literal or comment) and counts `{ ( [` up and
// `} ) ]` down in code only. The kinds are not told apart: a mismatch is the predicate's business, and one
// depth is enough to find the units worth deleting:
//
//   depth before  min in line  depth after
//        1             1            1        let x = f(a, (b));    balanced: a unit of one line
//        1             1            2        if c {                opens: a unit up to the line back at 1
//        2             1            2        } else {              neither: separates branches, never a unit
//        2             1            1        }                     closes the unit opened at `if c {`
//
// Attribute lines (`#[derive(Debug)]`) belong to the unit below them, so an item and its attributes go
// together. A lifetime `'a` is code and `'a'` a char literal: a quote is a char literal only if it closes
// one or two characters later (or after an escape).

/// <summary>The bracket depth before a line, the lowest depth reached in it and the depth after it.</summary>
internal readonly record struct LineShape(int Before, int Min, int After)
{
    public bool IsBalanced => Min >= Before && After == Before;

    public bool Opens => Min >= Before && After > Before;
}

/// <summary>Lines <c>Start..End</c> (inclusive); <c>Header</c> is the first line after any attributes.</summary>
internal readonly record struct Unit(int Start, int Header, int End)
{
    public bool IsMultiLine => End > Header;
}

/// <summary>Consecutive units in one block; <c>Parent</c> is the block's header line, -1 at top level.</summary>
internal sealed record SiblingGroup(int Parent, ImmutableArray<Unit> Units);

internal sealed class SourceUnits
{
    private readonly bool[][] _isCode;

    private SourceUnits(ImmutableArray<string> lines, ImmutableArray<LineShape> shapes, bool[][] isCode)
    {
        Lines = lines;
        Shapes = shapes;
        _isCode = isCode;
    }

    public ImmutableArray<string> Lines { get; }

    public ImmutableArray<LineShape> Shapes { get; }

    public static SourceUnits Parse(string source)
    {
        var lines = source.Split('\n').ToImmutableArray();
        var isCode = CodeMask.Compute(source);
        var masks = new bool[lines.Length][];
        var shapes = ImmutableArray.CreateBuilder<LineShape>(lines.Length);
        int offset = 0, depth = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            masks[i] = isCode.AsSpan(offset, lines[i].Length).ToArray();
            shapes.Add(Measure(lines[i], masks[i], ref depth));
            offset += lines[i].Length + 1;
        }
        return new SourceUnits(lines, shapes.MoveToImmutable(), masks);
    }

    public bool IsCode(int line, int column) => _isCode[line][column];

    public bool IsBlank(int line) => string.IsNullOrWhiteSpace(Lines[line]);

    /// <summary>The unit starting at <paramref name="line"/>, or null if no unit starts there.</summary>
    public Unit? UnitAt(int line)
    {
        if (line >= Lines.Length || IsBlank(line))
            return null;
        if (IsAttribute(line))
            return UnitAt(line + 1) is { } below && Shapes[below.Start].Before == Shapes[line].Before
                ? below with { Start = line }
                : null;
        var shape = Shapes[line];
        if (shape.IsBalanced)
            return new Unit(line, line, line);
        return shape.Opens && FindClose(line) is { } end ? new Unit(line, line, end) : null;
    }

    /// <summary>Every run of sibling units, outer blocks before the blocks nested in them.</summary>
    public ImmutableArray<SiblingGroup> SiblingGroups()
    {
        var groups = new List<SiblingGroup>();
        Collect(-1, 0, Lines.Length - 1, groups);
        return [.. groups.OrderBy(group => group.Units[0].Start)];
    }

    /// <summary>The source with the given line ranges removed.</summary>
    public string Without(IEnumerable<Unit> units)
    {
        var removed = new bool[Lines.Length];
        foreach (var unit in units)
            Array.Fill(removed, true, unit.Start, unit.End - unit.Start + 1);
        return string.Join('\n', Lines.Where((_, i) => !removed[i]));
    }

    /// <summary>The source with lines <paramref name="start"/>..<paramref name="end"/> replaced.</summary>
    public string Replace(int start, int end, IEnumerable<string> replacement) =>
        string.Join('\n', Lines.Take(start).Concat(replacement).Concat(Lines.Skip(end + 1)));

    /// <summary>The column of the bracket closing the one at <paramref name="column"/>, on the same line.</summary>
    public int? MatchingBracket(int line, int column)
    {
        int depth = 0;
        for (int c = column; c < Lines[line].Length; c++)
        {
            if (!_isCode[line][c])
                continue;
            depth += BracketDelta(Lines[line][c]);
            if (depth == 0)
                return c;
        }
        return null;
    }

    public bool IsAttribute(int line)
    {
        var text = Lines[line].TrimStart();
        return Shapes[line].IsBalanced && (text.StartsWith("#[", StringComparison.Ordinal) ||
                                           text.StartsWith("///", StringComparison.Ordinal));
    }

    public static int BracketDelta(char c) => c switch
    {
        '{' or '(' or '[' => 1,
        '}' or ')' or ']' => -1,
        _ => 0,
    };

    private static LineShape Measure(string line, bool[] isCode, ref int depth)
    {
        int before = depth, min = depth;
        for (int c = 0; c < line.Length; c++)
        {
            if (!isCode[c])
                continue;
            depth += BracketDelta(line[c]);
            min = Math.Min(min, depth);
        }
        return new LineShape(before, min, depth);
    }

    // The unit opened at `line` ends at the first line back at its depth; it is not a unit if the depth dips
    // below on the way (the candidate's brackets are out of step).
    private int? FindClose(int line)
    {
        int depth = Shapes[line].Before;
        for (int j = line + 1; j < Lines.Length; j++)
        {
            if (Shapes[j].Min < depth)
                return null;
            if (Shapes[j].After == depth)
                return j;
        }
        return null;
    }

    // A line that is neither blank nor a unit (`} else {`) ends a run of siblings; the units after it start
    // another, so that a chunk never straddles it.
    private void Collect(int parent, int from, int to, List<SiblingGroup> groups)
    {
        var run = ImmutableArray.CreateBuilder<Unit>();
        for (int i = from; i <= to;)
        {
            if (UnitAt(i) is { } unit && unit.End <= to)
            {
                run.Add(unit);
                if (unit.IsMultiLine)
                    Collect(unit.Header, unit.Header + 1, unit.End - 1, groups);
                i = unit.End + 1;
                continue;
            }
            if (!IsBlank(i))
                Flush(parent, run, groups);
            i++;
        }
        Flush(parent, run, groups);
    }

    private static void Flush(int parent, ImmutableArray<Unit>.Builder run, List<SiblingGroup> groups)
    {
        if (run.Count > 0)
            groups.Add(new SiblingGroup(parent, run.ToImmutable()));
        run.Clear();
    }
}

/// <summary>Which characters of a source are code rather than string, char literal or comment.</summary>
internal static class CodeMask
{
    public static bool[] Compute(string text)
    {
        var isCode = new bool[text.Length];
        for (int i = 0; i < text.Length;)
        {
            int end = SkipNonCode(text, i);
            if (end == i)
            {
                isCode[i] = true;
                i++;
            }
            else
            {
                i = end;
            }
        }
        return isCode;
    }

    // Returns the index after the literal or comment starting at `i`, or `i` itself if code starts there.
    private static int SkipNonCode(string text, int i) => text[i] switch
    {
        '/' when At(text, i + 1, '/') => EndOfLine(text, i),
        '/' when At(text, i + 1, '*') => EndOfBlockComment(text, i),
        '"' => EndOfString(text, i + 1),
        'r' when !IsIdentifierChar(text, i - 1) && RawStringHashes(text, i + 1) is { } hashes =>
            EndOfRawString(text, i + 2 + hashes, hashes),
        '\'' => EndOfChar(text, i),
        _ => i,
    };

    private static bool At(string text, int i, char c) => i < text.Length && text[i] == c;

    private static bool IsIdentifierChar(string text, int i) =>
        i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] == '_');

    private static int EndOfLine(string text, int i)
    {
        int newline = text.IndexOf('\n', i);
        return newline < 0 ? text.Length : newline;
    }

    private static int EndOfBlockComment(string text, int i)
    {
        int depth = 0;
        for (int j = i; j + 1 < text.Length;)
        {
            if (text[j] == '/' && text[j + 1] == '*')
                (depth, j) = (depth + 1, j + 2);
            else if (text[j] == '*' && text[j + 1] == '/')
                (depth, j) = (depth - 1, j + 2);
            else
                j++;
            if (depth == 0)
                return j;
        }
        return text.Length;
    }

    private static int EndOfString(string text, int j)
    {
        for (; j < text.Length; j++)
        {
            if (text[j] == '\\')
                j++;
            else if (text[j] == '"')
                return j + 1;
        }
        return text.Length;
    }

    // `r"`, `r#"`, `r##"`: the number of hashes, or null if this `r` does not start a raw string.
    private static int? RawStringHashes(string text, int j)
    {
        int hashes = 0;
        while (At(text, j + hashes, '#'))
            hashes++;
        return At(text, j + hashes, '"') ? hashes : null;
    }

    private static int EndOfRawString(string text, int j, int hashes)
    {
        string close = "\"" + new string('#', hashes);
        int end = text.IndexOf(close, j, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + close.Length;
    }

    // 'x', '\n', '\u{1F600}' and a surrogate pair are char literals; anything else after a quote is a lifetime.
    private static int EndOfChar(string text, int i)
    {
        if (At(text, i + 1, '\\'))
        {
            int close = text.IndexOf('\'', i + 3);
            return close < 0 || text.IndexOf('\n', i, close - i) >= 0 ? i : close + 1;
        }
        if (At(text, i + 2, '\'') && !At(text, i + 1, '\n'))
            return i + 3;
        return i + 1 < text.Length && char.IsHighSurrogate(text[i + 1]) && At(text, i + 3, '\'') ? i + 4 : i;
    }
}

/// <summary>Small text helpers shared by the passes.</summary>
internal static class SourceText
{
    /// <summary>Removes one level (four spaces) of indentation, if the line has it.</summary>
    public static string Dedent(string line) =>
        line.StartsWith("    ", StringComparison.Ordinal) ? line[4..] : line.TrimStart();

    public static string Splice(string line, int start, int end, string replacement) =>
        new StringBuilder(line.Length).Append(line, 0, start).Append(replacement).Append(line, end, line.Length - end)
            .ToString();
}
