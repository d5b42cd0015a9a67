using System.Globalization;
using System.Text;
using System.Text.Json;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Diagnostics;

/// <summary>
/// Prints diagnostics the way rustc does:
/// <code>
/// error[E0308]: mismatched types
///  --> src/main.rs:2:18
///   |
/// 2 |     let x: i32 = true;
///   |                  ^^^^ expected `i32`, found `bool`
/// </code>
/// or, for editors and tests, one JSON object per line (`--error-format=json`).
/// </summary>
public static class DiagnosticRenderer
{
    public static string Render(Diagnostic d, SourceText source)
    {
        var sb = new StringBuilder();
        sb.Append(d.Severity == Severity.Error ? "error" : "warning");
        if (d.Code is { } code && code.StartsWith('E')) sb.Append('[').Append(code).Append(']');
        sb.Append(": ").Append(d.Message).Append('\n');

        var start = source.GetPosition(d.Span.Start);
        var lines = new SortedSet<int> { start.Line };
        foreach (var s in d.Secondary) lines.Add(source.GetPosition(s.Span.Start).Line);
        var gutter = new string(' ', lines.Max.ToString(CultureInfo.InvariantCulture).Length);

        sb.Append(gutter).Append("--> ").Append(source.Path).Append(':').Append(start.Line).Append(':').Append(start.Column).Append('\n');
        sb.Append(gutter).Append(" |\n");
        var previous = -1;
        foreach (var line in lines)
        {
            // Between two annotated lines rustc prints the one line that separates them, or `...` for more.
            if (previous != -1 && line == previous + 2) AppendLine(sb, source, previous + 1, gutter, d);
            else if (previous != -1 && line > previous + 2) sb.Append("...\n");
            AppendLine(sb, source, line, gutter, d);
            previous = line;
        }
        var lintNote = LintNote(d);
        if (d.Notes.Length > 0 || lintNote is not null) sb.Append(gutter).Append(" |\n");
        if (lintNote is not null) sb.Append(gutter).Append(" = ").Append(lintNote).Append('\n');
        foreach (var note in d.Notes) sb.Append(gutter).Append(" = ").Append(note).Append('\n');
        return sb.ToString();
    }

    /// <summary>rustc's closing lines: the error count and the `--explain` hint.</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (errors > 0)
        {
            sb.Append("error: aborting due to ");
            sb.Append(errors == 1 ? "1 previous error" : $"{errors} previous errors");
            if (warnings > 0) sb.Append(warnings == 1 ? "; 1 warning emitted" : $"; {warnings} warnings emitted");
            sb.Append("\n\n");
            var codes = diagnostics.Where(d => d.IsError && d.Code is { } c && c.StartsWith('E')).Select(d => d.Code!).Distinct().Order(StringComparer.Ordinal).ToList();
            if (codes.Count == 1)
                sb.Append("For more information about this error, try `rustc --explain ").Append(codes[0]).Append("`.\n");
            else if (codes.Count > 1)
                sb.Append("Some errors have detailed explanations: ").Append(string.Join(", ", codes)).Append(".\nFor more information about an error, try `rustc --explain ").Append(codes[0]).Append("`.\n");
        }
        else if (warnings > 0)
        {
            sb.Append(warnings == 1 ? "warning: 1 warning emitted\n\n" : $"warning: {warnings} warnings emitted\n\n");
        }
        return sb.ToString();
    }

    public static string RenderJson(Diagnostic d, SourceText source)
    {
        var start = source.GetPosition(d.Span.Start);
        var end = source.GetPosition(d.Span.End);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Readable))
        {
            json.WriteStartObject();
            json.WriteString("$message_type", "diagnostic");
            json.WriteString("message", d.Message);
            json.WritePropertyName("code");
            if (d.Code is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteEndObject();
            }
            json.WriteString("level", d.Severity == Severity.Error ? "error" : "warning");
            json.WriteStartArray("spans");
            json.WriteStartObject();
            json.WriteString("file_name", source.Path);
            json.WriteNumber("byte_start", Encoding.UTF8.GetByteCount(source.Text.AsSpan(0, Math.Min(d.Span.Start, source.Text.Length))));
            json.WriteNumber("byte_end", Encoding.UTF8.GetByteCount(source.Text.AsSpan(0, Math.Min(d.Span.End, source.Text.Length))));
            json.WriteNumber("line_start", start.Line);
            json.WriteNumber("line_end", end.Line);
            json.WriteNumber("column_start", start.Column);
            json.WriteNumber("column_end", end.Column);
            json.WriteBoolean("is_primary", true);
            if (d.Label.Length == 0) json.WriteNull("label");
            else json.WriteString("label", d.Label);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("children");
            foreach (var note in d.Notes)
            {
                json.WriteStartObject();
                json.WriteString("message", note);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("rendered", Render(d, source));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>rustc's JSON leaves `&gt;` in `-->` and `&lt;T&gt;` unescaped; so do we (still valid JSON). Written field by field: no reflection, so the native compiler needs no run-time code.</summary>
    private static readonly JsonWriterOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string? LintNote(Diagnostic d) =>
        d.Severity == Severity.Warning && d.Code is { } c && !c.StartsWith('E') ? $"note: `#[warn({c})]` on by default" : null;

    private static void AppendLine(StringBuilder sb, SourceText source, int line, string gutter, Diagnostic d)
    {
        var text = source.GetLineText(line).Replace("\t", "    ", StringComparison.Ordinal);
        var number = line.ToString(CultureInfo.InvariantCulture);
        sb.Append(number.PadLeft(gutter.Length)).Append(" | ").Append(text).Append('\n');
        var marks = new List<(int Col, int Width, char Mark, string Label)>();
        AddMark(marks, source, line, d.Span, '^', d.Label);
        foreach (var s in d.Secondary) AddMark(marks, source, line, s.Span, '-', s.Label);
        if (marks.Count == 0) return;
        marks.Sort((a, b) => a.Col.CompareTo(b.Col));
        var underline = new StringBuilder();
        foreach (var m in marks)
        {
            if (underline.Length < m.Col - 1) underline.Append(' ', m.Col - 1 - underline.Length);
            underline.Append(m.Mark, m.Width);
        }
        var last = marks[^1];
        sb.Append(gutter).Append(" | ").Append(underline);
        if (last.Label.Length > 0) sb.Append(' ').Append(last.Label);
        sb.Append('\n');
        for (var i = marks.Count - 2; i >= 0; i--)
        {
            if (marks[i].Label.Length == 0) continue;
            var pad = new string(' ', marks[i].Col - 1);
            sb.Append(gutter).Append(" | ").Append(pad).Append("|\n");
            sb.Append(gutter).Append(" | ").Append(pad).Append(marks[i].Label).Append('\n');
        }
    }

    private static void AddMark(List<(int, int, char, string)> marks, SourceText source, int line, TextSpan span, char mark, string label)
    {
        var start = source.GetPosition(span.Start);
        if (start.Line != line) return;
        var end = source.GetPosition(span.End);
        var lineLength = source.GetLineText(line).Length;
        var endColumn = end.Line == line ? end.Column : lineLength + 1;
        marks.Add((start.Column, Math.Max(1, endColumn - start.Column), mark, label));
    }
}
