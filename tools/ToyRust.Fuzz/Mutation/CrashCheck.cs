using ToyRust.Driver;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Fuzz.Mutation;

public enum OutcomeKind
{
    /// <summary>Compiled: checked, and written to an object file (or no back end on this machine).</summary>
    Ok,

    /// <summary>Rejected with error diagnostics whose spans lie in the file and which render.</summary>
    CleanErrors,
    Crash,
    Hang,
}

/// <summary>How one input ended; <paramref name="Detail"/> is one line, <paramref name="Trace"/> the stack trace of a crash.</summary>
public sealed record CrashOutcome(OutcomeKind Kind, string Detail, string? Trace = null)
{
    public bool IsFinding => Kind is OutcomeKind.Crash or OutcomeKind.Hang;
}

/// <summary>
/// Compiles one input in-process and says whether it ended well. The rule (architecture.md,
/// "Errors"): every input ends in a success or in clean diagnostics. A crash is any of
/// <list type="bullet">
/// <item>an exception escaping <see cref="Compiler.Compile"/>;</item>
/// <item>a diagnostic saying "internal compiler error" (a caught crash is still a crash);</item>
/// <item>a primary or secondary span outside the source;</item>
/// <item><see cref="DiagnosticRenderer"/> throwing on a diagnostic (as text or as JSON);</item>
/// <item>a failed compile with neither an error diagnostic nor a <see cref="CompileResult.SystemError"/>.</item>
/// </list>
/// A hang is a compile still running after the time limit; its thread cannot be stopped and is
/// left behind, which is why long campaigns run in worker processes (<see cref="MutationCommand"/>).
///
/// An input the front end accepts is compiled once more, down to an object file, so that
/// mutated-but-valid programs reach the mono collector and code generation too.
/// </summary>
public static class CrashCheck
{
    /// <summary>Rendering every one of 10,000 errors would dominate the run; the first ones are what users see.</summary>
    private const int RenderedDiagnostics = 100;

    public static CrashOutcome Check(string text, TimeSpan timeLimit)
    {
        // LongRunning: a thread of its own, never run inline by Wait, so the limit holds and a
        // hung compile does not hold a thread-pool thread.
        var work = Task.Factory.StartNew(() => CheckBothWays(text), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return work.Wait(timeLimit)
            ? work.Result
            : new CrashOutcome(OutcomeKind.Hang, $"still compiling after {timeLimit.TotalSeconds:0.#} s");
    }

    private static CrashOutcome CheckBothWays(string text)
    {
        var source = new SourceText("mutant.rs", text);
        var folder = Directory.CreateTempSubdirectory("toyrust-mutate-");
        try
        {
            var stem = Path.Combine(folder.FullName, "mutant");
            var front = CompileOnce(source, EmitKinds.None, stem);
            if (front.Kind != OutcomeKind.Ok) return front;
            var obj = CompileOnce(source, EmitKinds.Obj, stem);
            return obj.Kind == OutcomeKind.Ok && obj.Detail == "obj" && !File.Exists(stem + ".o")
                ? Crash("obj", "succeeded without writing an object file")
                : obj;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static CrashOutcome CompileOnce(SourceText source, EmitKinds emit, string stem)
    {
        var phase = emit == EmitKinds.None ? "check" : "obj";
        CompileResult result;
        try
        {
            result = Compiler.Compile(source, new CompileOptions { Emit = emit, OutputStem = stem });
        }
#pragma warning disable CA1031 // any exception escaping the compiler is the finding
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new CrashOutcome(OutcomeKind.Crash, $"{phase}: {e.GetType().Name}: {FirstLine(e.Message)}{TopFrame(e)}", e.ToString());
        }
        return Classify(source, result, phase);
    }

    /// <summary>The outcome of a finished compile of <paramref name="source"/>; <paramref name="phase"/> prefixes a crash's detail.</summary>
    public static CrashOutcome Classify(SourceText source, CompileResult result, string phase = "check")
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Message.Contains("internal compiler error", StringComparison.OrdinalIgnoreCase))
                return Crash(phase, $"internal compiler error reported: {Shorten(diagnostic.Message)}");
            if (OutsideSource(diagnostic.Span, source))
                return Crash(phase, $"span {diagnostic.Span.Start}..{diagnostic.Span.End} of `{Shorten(diagnostic.Message)}` outside the source (length {source.Text.Length})");
            foreach (var label in diagnostic.Secondary.Where(l => OutsideSource(l.Span, source)))
                return Crash(phase, $"secondary span {label.Span.Start}..{label.Span.End} of `{Shorten(diagnostic.Message)}` outside the source (length {source.Text.Length})");
        }
        foreach (var diagnostic in result.Diagnostics.Take(RenderedDiagnostics))
        {
            if (RenderingFailure(diagnostic, source) is { } failure) return failure;
        }
        if (result.SystemError is not null) return new CrashOutcome(OutcomeKind.Ok, "system: " + FirstLine(result.SystemError));
        if (result.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
            return new CrashOutcome(OutcomeKind.CleanErrors, $"{error.Code ?? "error"}: {Shorten(error.Message)}");
        return result.Succeeded ? new CrashOutcome(OutcomeKind.Ok, phase) : Crash(phase, "failed without an error diagnostic");
    }

    private static CrashOutcome? RenderingFailure(Diagnostic diagnostic, SourceText source)
    {
        try
        {
            DiagnosticRenderer.Render(diagnostic, source);
            DiagnosticRenderer.RenderJson(diagnostic, source);
            return null;
        }
#pragma warning disable CA1031 // a renderer that throws is the finding
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new CrashOutcome(OutcomeKind.Crash,
                $"rendering `{Shorten(diagnostic.Message)}` threw {e.GetType().Name}: {FirstLine(e.Message)}{TopFrame(e)}", e.ToString());
        }
    }

    private static bool OutsideSource(TextSpan span, SourceText source) =>
        span.Start < 0 || span.Length < 0 || span.End > source.Text.Length;

    private static CrashOutcome Crash(string phase, string detail) => new(OutcomeKind.Crash, $"{phase}: {detail}");

    /// <summary>" at Namespace.Type.Method(...)": where the exception was thrown, enough to tell two crashes apart.</summary>
    private static string TopFrame(Exception e)
    {
        var frame = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return frame is null ? "" : " " + Shorten(frame);
    }

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return Shorten(newline < 0 ? text : text[..newline]);
    }

    /// <summary>Messages may quote a 100,000-character identifier; one line of a report needs only its start.</summary>
    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        if (line.Length <= 160) return line;
        return line[..(char.IsHighSurrogate(line[159]) ? 159 : 160)] + "…";
    }
}
