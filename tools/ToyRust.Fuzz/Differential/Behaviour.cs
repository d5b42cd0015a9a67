using System.Text.RegularExpressions;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Fuzz.Differential;

/// <summary>
/// What a run of a program showed, in the form the two compilers are compared in: stdout, exit
/// code and stderr. Stderr is normalized as the test harness normalizes it (rustc 1.95 prints the
/// OS thread id in panic messages) and, for a panic, cut to its header and message: the note
/// about `RUST_BACKTRACE` is the same in both, but a backtrace, if one were printed, would not be.
/// </summary>
public sealed partial record Behaviour(int ExitCode, string Stdout, string Stderr, bool TimedOut)
{
    public static Behaviour From(RunResult run) =>
        new(run.ExitCode, run.Stdout, ProgramExpectation.NormalizeStderr(run.Stderr), run.TimedOut);

    /// <summary>Null when the two agree; otherwise one line saying how they differ.</summary>
    public static string? Difference(Behaviour expected, Behaviour actual)
    {
        if (expected.TimedOut != actual.TimedOut) return actual.TimedOut ? "ToyRust's program timed out" : "rustc's program timed out";
        if (expected.ExitCode != actual.ExitCode) return $"exit code {actual.ExitCode}, rustc's build exits with {expected.ExitCode}";
        if (expected.Stdout != actual.Stdout) return "stdout differs " + FirstDifference(expected.Stdout, actual.Stdout);
        if (expected.Stderr != actual.Stderr) return "stderr differs " + FirstDifference(expected.Stderr, actual.Stderr);
        return null;
    }

    private static string FirstDifference(string expected, string actual)
    {
        var line = FirstDifferentLine(expected, actual);
        static string At(string text, int line) => text.Split('\n').ElementAtOrDefault(line - 1) is { } l ? $"`{Shorten(l)}`" : "(nothing)";
        return $"at line {line}: rustc's build printed {At(expected, line)}, ToyRust's {At(actual, line)}";
    }

    private static string Shorten(string line) => line.Length <= 160 ? line : line[..160] + "…";

    /// <summary>A short account of a run for reports: exit code and the last lines of output.</summary>
    public string Summary()
    {
        var tail = string.Join(" | ", Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(2));
        var panic = PanicMessage().Match(Stderr) is { Success: true } m ? $" panic: {m.Groups[1].Value}" : "";
        return $"exit {ExitCode}{(TimedOut ? " (timed out)" : "")}{panic}; stdout …{tail}";
    }

    private static int FirstDifferentLine(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i]) return i + 1;
        }
        return Math.Min(x.Length, y.Length) + 1;
    }

    [GeneratedRegex(@"panicked at [^\n]*\n([^\n]*)")]
    private static partial Regex PanicMessage();
}
