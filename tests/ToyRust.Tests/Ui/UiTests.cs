using System.Text.Json;
using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Ui;

/// <summary>
/// Every `tests/ui/**/*.rs` is a test: its `//~` annotations (<see cref="UiAnnotation"/>) list the
/// diagnostics ToyRust must report, exactly — nothing missing, nothing extra.
///
/// Both compilers run through monomorphization (ToyRust's collector, rustc's codegen to an object
/// file), so errors found only there — the recursion limit — are covered too.
/// <see cref="Rustc_reports_the_same_errors"/> holds rustc to the same annotations, for errors only:
/// rustc emits warnings ToyRust does not model yet (dead_code, and lints after an error), so its
/// warnings are not compared. The error codes, lines and message fragments must agree. An error
/// for a construct ToyRust does not support yet (<see cref="UiAnnotation.IsToyRustLimit"/>) is not
/// rustc's: rustc must accept the program there.
/// </summary>
public class UiTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        Repo.RelativeSources("tests/ui").Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    [TestCaseSource(nameof(Cases))]
    public void Diagnostics_match_annotations(string file)
    {
        var text = File.ReadAllText(Repo.Full(file));
        var source = new SourceText(file, text);
        var folder = Directory.CreateTempSubdirectory("toyrust-ui-");
        try
        {
            var options = new CompileOptions { Emit = EmitKinds.Mono, OutputStem = Path.Combine(folder.FullName, "out") };
            var result = Compiler.Compile(source, options);
            var reported = result.Diagnostics
                .Select(d => new ReportedDiagnostic(source.GetPosition(d.Span.Start).Line, d.Severity, d.Code, d.Message))
                .ToList();
            var mismatch = UiMatcher.Compare(UiAnnotation.Parse(text), reported);
            var rendered = string.Join("\n", result.Diagnostics.Select(d => DiagnosticRenderer.Render(d, source)));
            Assert.That(mismatch, Is.Null, mismatch + "\nToyRust printed:\n" + rendered);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Rustc_reports_the_same_errors(string file)
    {
        if (!Rustc.IsAvailable) Assert.Ignore("rustc is not on PATH");
        var folder = Directory.CreateTempSubdirectory("toyrust-ui-rustc-");
        try
        {
            var run = Rustc.Run(["--edition", "2021", "--error-format=json", "--emit=obj", "-o", Path.Combine(folder.FullName, "out.o"), file]);
            var errors = ParseRustcErrors(run.Stderr);
            var expected = UiAnnotation.Parse(File.ReadAllText(Repo.Full(file)))
                .Where(a => a.Severity == Severity.Error && !a.IsToyRustLimit)
                .ToList();
            var mismatch = UiMatcher.Compare(expected, errors);
            Assert.That(mismatch, Is.Null, mismatch + "\nrustc printed:\n" + run.Stderr);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// rustc's JSON diagnostics, one object per line: the errors that point into the file
    /// (the closing "aborting due to" has no span and is skipped), by primary span line.
    /// </summary>
    private static List<ReportedDiagnostic> ParseRustcErrors(string stderr)
    {
        var result = new List<ReportedDiagnostic>();
        foreach (var line in stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith('{')) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.GetProperty("level").GetString() != "error") continue;
            var primary = root.GetProperty("spans").EnumerateArray().Where(s => s.GetProperty("is_primary").GetBoolean()).ToList();
            if (primary.Count == 0) continue;
            var code = root.GetProperty("code") is { ValueKind: JsonValueKind.Object } c ? c.GetProperty("code").GetString() : null;
            result.Add(new ReportedDiagnostic(primary[0].GetProperty("line_start").GetInt32(), Severity.Error, code, root.GetProperty("message").GetString()!));
        }
        return result;
    }
}
