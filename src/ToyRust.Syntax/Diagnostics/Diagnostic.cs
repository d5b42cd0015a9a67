using System.Collections.Immutable;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>A secondary span with its own label (rustc's `-` underlines).</summary>
public sealed record SecondaryLabel(TextSpan Span, string Label);

/// <summary>
/// One message about the program, as data. Every phase returns these instead of throwing;
/// <see cref="DiagnosticRenderer"/> turns them into rustc's layout or JSON.
/// </summary>
/// <param name="Code">rustc's error code (E0308) or lint name (unused_variables), or null.</param>
/// <param name="Label">Text printed after the carets of the primary span, or empty.</param>
/// <param name="Notes">Lines printed as `= note: ...` / `= help: ...` / `= warning: ...` (each includes its prefix word).</param>
public sealed record Diagnostic(
    Severity Severity,
    string? Code,
    string Message,
    TextSpan Span,
    string Label,
    ImmutableArray<SecondaryLabel> Secondary,
    ImmutableArray<string> Notes)
{
    public static Diagnostic Error(string? code, string message, TextSpan span, string label = "") =>
        new(Severity.Error, code, message, span, label, [], []);

    public static Diagnostic Warning(string? code, string message, TextSpan span, string label = "") =>
        new(Severity.Warning, code, message, span, label, [], []);

    public Diagnostic WithNote(string note) => this with { Notes = Notes.Add("note: " + note) };

    public Diagnostic WithHelp(string help) => this with { Notes = Notes.Add("help: " + help) };

    /// <summary>rustc's `= warning:` line under a lint that is being turned into a hard error.</summary>
    public Diagnostic WithWarning(string warning) => this with { Notes = Notes.Add("warning: " + warning) };

    public Diagnostic WithSecondary(TextSpan span, string label) => this with { Secondary = Secondary.Add(new SecondaryLabel(span, label)) };

    public bool IsError => Severity == Severity.Error;
}
