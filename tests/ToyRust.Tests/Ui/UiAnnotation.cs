using System.Text.RegularExpressions;
using ToyRust.Syntax.Diagnostics;

namespace ToyRust.Tests.Ui;

/// <summary>
/// A diagnostic expected by a UI test, written in the source as rustc's UI tests write it:
/// <code>
/// let x: i32 = true; //~ ERROR E0308                   error with code E0308 on this line
/// let y = 1;         //~ WARN unused_variables          warning with that lint name
/// foo(;              //~ ERROR expected expression      error whose message contains the text
///                    //~^ ERROR E0425                   on the line above (^^ two above, ...)
///                    //~| ERROR E0061                   on the same line as the previous annotation
/// </code>
/// A first word shaped like an error code (E0308) or a lint name (unused_variables) is the code;
/// any other text is a fragment the message must contain.
/// </summary>
public sealed partial record UiAnnotation(int Line, Severity Severity, string? Code, string? MessageFragment)
{
    public static IReadOnlyList<UiAnnotation> Parse(string text)
    {
        var result = new List<UiAnnotation>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Pattern().Match(lines[i]);
            if (!match.Success) continue;
            var adjust = match.Groups["adjust"].Value;
            var line = adjust == "|" && result.Count > 0 ? result[^1].Line : i + 1 - adjust.Length;
            var severity = match.Groups["kind"].Value == "ERROR" ? Severity.Error : Severity.Warning;
            var rest = match.Groups["rest"].Value.Trim();
            var first = rest.Split(' ', 2)[0];
            var isCode = severity == Severity.Error ? ErrorCode().IsMatch(first) : LintName().IsMatch(first);
            var code = isCode ? first : null;
            var fragment = (isCode ? rest[first.Length..] : rest).Trim();
            result.Add(new UiAnnotation(line, severity, code, fragment.Length == 0 ? null : fragment));
        }
        return result;
    }

    /// <summary>
    /// `//~ ERROR ToyRust does not support `Vec` yet`: a construct of Rust that ToyRust lacks
    /// (docs/language.md). It is not an error in the program, so rustc must accept that line.
    /// </summary>
    public bool IsToyRustLimit => Severity == Severity.Error && Code is null
        && MessageFragment?.StartsWith("ToyRust does not support", StringComparison.Ordinal) == true;

    public bool Matches(int line, Severity severity, string? code, string message) =>
        line == Line && severity == Severity && (Code is null || Code == code) && (MessageFragment is null || message.Contains(MessageFragment, StringComparison.Ordinal));

    public override string ToString() =>
        $"{Line}: {(Severity == Severity.Error ? "ERROR" : "WARN")}{(Code is null ? "" : " " + Code)}{(MessageFragment is null ? "" : $" \"{MessageFragment}\"")}";

    [GeneratedRegex(@"//~(?<adjust>\^*|\|)\s*(?<kind>ERROR|WARN)\b(?<rest>.*)$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^E\d{4}$")]
    private static partial Regex ErrorCode();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$")]
    private static partial Regex LintName();
}

/// <summary>A diagnostic as reported (by ToyRust or rustc), reduced to what the annotations talk about.</summary>
public sealed record ReportedDiagnostic(int Line, Severity Severity, string? Code, string Message)
{
    public override string ToString() =>
        $"{Line}: {(Severity == Severity.Error ? "ERROR" : "WARN")}{(Code is null ? "" : " " + Code)} \"{Message}\"";
}

public static class UiMatcher
{
    /// <summary>
    /// Pairs each annotation with a distinct reported diagnostic; returns a description of what is
    /// missing and what is extra, or null when the two sets match exactly.
    /// </summary>
    public static string? Compare(IReadOnlyList<UiAnnotation> expected, IReadOnlyList<ReportedDiagnostic> reported)
    {
        var unmatched = reported.ToList();
        var missing = new List<UiAnnotation>();
        // Annotations with a code or fragment first, so that a bare `//~ ERROR` cannot take another's diagnostic.
        foreach (var a in expected.OrderBy(a => a.Code is null && a.MessageFragment is null ? 1 : 0))
        {
            var hit = unmatched.FindIndex(d => a.Matches(d.Line, d.Severity, d.Code, d.Message));
            if (hit < 0) missing.Add(a);
            else unmatched.RemoveAt(hit);
        }
        if (missing.Count == 0 && unmatched.Count == 0) return null;
        var text = "";
        if (missing.Count > 0) text += "expected but not reported:\n  " + string.Join("\n  ", missing.OrderBy(m => m.Line)) + "\n";
        if (unmatched.Count > 0) text += "reported but not annotated:\n  " + string.Join("\n  ", unmatched) + "\n";
        return text;
    }
}
