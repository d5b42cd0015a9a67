using ToyRust.Driver.Toolchain;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Cli;

/// <summary>Everything the CLI prints goes through here, in rustc's layout.</summary>
public sealed class CliOutput(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Err { get; } = stderr;

    /// <summary>An `error: ...` line (and nothing else: no summary, as rustc prints for usage errors).</summary>
    public void Error(string message) => Err.WriteLine("error: " + message);

    public void Warning(string message)
    {
        Err.WriteLine("warning: " + message);
        Err.WriteLine();
    }

    /// <summary>
    /// A source file that could not be read, then rustc's closing line:
    /// <code>
    /// error: couldn't read `x.rs`: No such file or directory (os error 2)
    ///
    /// error: aborting due to 1 previous error
    /// </code>
    /// </summary>
    public void ReadError(SourceReadError error)
    {
        Err.WriteLine("error: " + error.Message);
        if (error.Note is not null)
        {
            Err.WriteLine("  |");
            Err.WriteLine("  = note: " + error.Note);
        }
        Err.WriteLine();
        Err.WriteLine("error: aborting due to 1 previous error");
        Err.WriteLine();
    }

    /// <summary>The diagnostics of one compilation: rustc's layout with a blank line after each, then the summary; or JSON lines.</summary>
    public void Diagnostics(IReadOnlyCollection<Diagnostic> diagnostics, SourceText source, bool json)
    {
        foreach (var d in diagnostics)
        {
            if (json)
            {
                Err.WriteLine(DiagnosticRenderer.RenderJson(d, source));
            }
            else
            {
                Err.Write(DiagnosticRenderer.Render(d, source));
                Err.WriteLine();
            }
        }
        if (!json) Err.Write(DiagnosticRenderer.Summary(diagnostics));
    }
}
