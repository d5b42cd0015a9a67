using System.Text.RegularExpressions;

namespace ToyRust.Fuzz.Reduction;

// The edits inside one line, tried once no more lines can go. They look at code characters only (never
// inside a string or comment) and do not check types: `(a + b)` -> `a` is offered even where `a` is a
// reference, and the predicate turns it down.
//
//   (x * 3 + y)                      ->  x * 3,  y           (each top-level operator, each side)
//   println!("{} {}", a, b)          ->  println!("{}", b)   (an argument and its placeholder)
//   let bad = 7u8;                   ->  let bad = 0u8;      (then 1u8; the suffix keeps the type)
internal static partial class ReductionPasses
{
    // Longest first, so that `<=` is not read as `<`.
    private static readonly string[] BinaryOperators =
        ["<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+", "-", "*", "/", "%", "<", ">", "&", "|", "^"];

    // Arrows, paths and ranges are not binary operators and must not be split.
    private static readonly string[] NotOperators = ["->", "=>", "::", ".."];

    private static IEnumerable<string> BinaryOperands(string source) => EditLines(source, OperandEdits);

    private static IEnumerable<string> PrintArguments(string source) => EditLines(source, PrintArgumentEdits);

    private static IEnumerable<string> IntegerLiterals(string source) => EditLines(source, IntegerEdits);

    private static IEnumerable<string> EditLines(string source, Func<SourceUnits, int, IEnumerable<string>> edits)
    {
        var units = SourceUnits.Parse(source);
        for (int line = 0; line < units.Lines.Length; line++)
        {
            foreach (var edited in edits(units, line))
                yield return units.Replace(line, line, [edited]);
        }
    }

    private static IEnumerable<string> OperandEdits(SourceUnits units, int line)
    {
        string text = units.Lines[line];
        for (int open = 0; open < text.Length; open++)
        {
            if (text[open] != '(' || !units.IsCode(line, open) || !StartsParenthesizedExpression(text, open) ||
                units.MatchingBracket(line, open) is not { } close)
                continue;
            foreach (string operand in Operands(text, open, close, TopLevelOperators(units, line, open + 1, close)))
                yield return SourceText.Splice(text, open, close + 1, operand);
        }
    }

    // Both sides of each operator, shortest (the biggest cut) first: for `(a * 2 + f(b))` that is `a`,
    // `f(b)`, `a * 2`, `2 + f(b)`.
    private static IEnumerable<string> Operands(string text, int open, int close, List<(int Start, int End)> ops)
    {
        var operands = new List<string>();
        foreach (var (start, end) in ops)
        {
            string left = text[(open + 1)..start].Trim(), right = text[end..close].Trim();
            if (left.Length > 0 && right.Length > 0 && !EndsWithOperator(left))
                operands.AddRange([left, right]);
        }
        return operands.Distinct().OrderBy(operand => operand.Length);
    }

    // `(` after a name, `)`, `]`, `!` or a turbofish's `>` opens an argument list, not an expression.
    private static bool StartsParenthesizedExpression(string text, int open)
    {
        int before = open - 1;
        while (before >= 0 && text[before] == ' ')
            before--;
        if (before < 0)
            return true;
        char c = text[before];
        if (c == '>')
            return before > 0 && text[before - 1] is '=' or ' ';
        return !(char.IsLetterOrDigit(c) || c is '_' or ')' or ']' or '!');
    }

    // The operators at the parentheses' own depth, as (start, end) columns; none for a tuple, whose top-level
    // commas make "an operand" meaningless.
    private static List<(int Start, int End)> TopLevelOperators(SourceUnits units, int line, int from, int to)
    {
        string text = units.Lines[line];
        var found = new List<(int, int)>();
        int depth = 0;
        for (int c = from; c < to; c++)
        {
            if (!units.IsCode(line, c))
                continue;
            depth += SourceUnits.BracketDelta(text[c]);
            if (depth != 0 || SourceUnits.BracketDelta(text[c]) != 0)
                continue;
            if (text[c] == ',')
                return [];
            if (NotOperators.Any(token => At(text, c, token)))
                c++;
            else if (BinaryOperators.FirstOrDefault(token => At(text, c, token)) is { } op)
            {
                found.Add((c, c + op.Length));
                c += op.Length - 1;
            }
        }
        return found;
    }

    private static bool At(string text, int column, string token) =>
        string.CompareOrdinal(text, column, token, 0, token.Length) == 0;

    // `a * -b` has a unary minus: splitting there leaves `a *`.
    private static bool EndsWithOperator(string operand) => "+-*/%<>=!&|^".Contains(operand[^1]);

    private static IEnumerable<string> PrintArgumentEdits(SourceUnits units, int line)
    {
        string text = units.Lines[line];
        foreach (Match macro in PrintMacro().Matches(text))
        {
            int open = macro.Index + macro.Length - 1;
            if (!units.IsCode(line, open) || units.MatchingBracket(line, open) is not { } close)
                continue;
            var arguments = SplitArguments(units, line, open + 1, close);
            if (arguments.Count < 2 || !arguments[0].StartsWith('"'))
                continue;
            for (int k = 1; k < arguments.Count; k++)
            {
                if (WithoutPlaceholder(arguments[0], k - 1) is not { } format)
                    continue;
                var kept = arguments.Where((_, i) => i != k).Skip(1).Prepend(format);
                yield return SourceText.Splice(text, open + 1, close, string.Join(", ", kept));
            }
        }
    }

    // The trimmed arguments between the parentheses, split at their top-level commas; a trailing comma
    // leaves no empty argument.
    private static List<string> SplitArguments(SourceUnits units, int line, int from, int to)
    {
        string text = units.Lines[line];
        var arguments = new List<string>();
        int depth = 0, start = from;
        for (int c = from; c <= to; c++)
        {
            if (c < to && units.IsCode(line, c))
                depth += SourceUnits.BracketDelta(text[c]);
            if (c == to || depth == 0 && text[c] == ',' && units.IsCode(line, c))
            {
                arguments.Add(text[start..c].Trim());
                start = c + 1;
            }
        }
        if (arguments.Count > 0 && arguments[^1].Length == 0)
            arguments.RemoveAt(arguments.Count - 1);
        return arguments;
    }

    // The format string without its `index`-th `{...}` (`{{` and `}}` are escapes, not placeholders).
    private static string? WithoutPlaceholder(string format, int index)
    {
        for (int c = 1, seen = 0; c < format.Length; c++)
        {
            if (At(format, c, "{{") || At(format, c, "}}"))
            {
                c++;
                continue;
            }
            if (format[c] != '{')
                continue;
            int close = format.IndexOf('}', c);
            if (close < 0)
                return null;
            if (seen++ == index)
                return SourceText.Splice(format, c, close + 1, "");
            c = close;
        }
        return null;
    }

    private static IEnumerable<string> IntegerEdits(SourceUnits units, int line)
    {
        string text = units.Lines[line];
        foreach (Match literal in IntegerLiteral().Matches(text))
        {
            if (!units.IsCode(line, literal.Index))
                continue;
            var digits = literal.Groups["digits"];
            foreach (string smaller in new[] { "0", "1" }.Where(value => IsSmallerInteger(value, digits.Value)))
                yield return SourceText.Splice(text, digits.Index, digits.Index + digits.Length, smaller);
        }
    }

    private static bool IsSmallerInteger(string value, string digits) =>
        value.Length < digits.Length || string.CompareOrdinal(value, digits) < 0;

    [GeneratedRegex(@"\b(?:print|println|eprint|eprintln|format|panic)!\(")]
    private static partial Regex PrintMacro();

    // A decimal literal with an optional type suffix, not a float (`1.5`), a tuple index (`t.0`) or part of a
    // name; the ends of a range (`0..10`) count.
    [GeneratedRegex(@"(?<!\w)(?<!(?<!\.)\.)(?<digits>[0-9](?:[0-9_]*[0-9])?)(?:_?[iu](?:8|16|32|64|128|size))?" +
                    @"(?!\w)(?!\.(?!\.))")]
    private static partial Regex IntegerLiteral();
}
