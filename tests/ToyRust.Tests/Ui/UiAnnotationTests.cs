using NUnit.Framework;
using ToyRust.Syntax.Diagnostics;

namespace ToyRust.Tests.Ui;

/// <summary>The harness itself: how `//~` annotations are read and matched.</summary>
public class UiAnnotationTests
{
    private const string Source = """
        fn main() {
            let x: i32 = true; //~ ERROR E0308
            let y = 1; //~ WARN unused_variables
            foo(;
            //~^ ERROR expected expression
            //~| ERROR E0425
            bar();
            // a comment
            //~^^ ERROR
        }
        """;

    [Test]
    public void Annotations_are_read_with_their_lines()
    {
        var annotations = UiAnnotation.Parse(Source);
        Assert.That(annotations, Is.EqualTo(new[]
        {
            new UiAnnotation(2, Severity.Error, "E0308", null),
            new UiAnnotation(3, Severity.Warning, "unused_variables", null),
            new UiAnnotation(4, Severity.Error, null, "expected expression"),
            new UiAnnotation(4, Severity.Error, "E0425", null),
            new UiAnnotation(7, Severity.Error, null, null),
        }));
    }

    [Test]
    public void Exact_match_passes()
    {
        var reported = new[]
        {
            new ReportedDiagnostic(7, Severity.Error, "E0425", "cannot find function `bar` in this scope"),
            new ReportedDiagnostic(4, Severity.Error, "E0425", "cannot find function `foo` in this scope"),
            new ReportedDiagnostic(2, Severity.Error, "E0308", "mismatched types"),
            new ReportedDiagnostic(4, Severity.Error, null, "expected expression, found `;`"),
            new ReportedDiagnostic(3, Severity.Warning, "unused_variables", "unused variable: `y`"),
        };
        Assert.That(UiMatcher.Compare(UiAnnotation.Parse(Source), reported), Is.Null);
    }

    [Test]
    public void Missing_and_extra_diagnostics_are_both_listed()
    {
        var reported = new[]
        {
            new ReportedDiagnostic(2, Severity.Error, "E0308", "mismatched types"),
            new ReportedDiagnostic(9, Severity.Warning, "dead_code", "function `f` is never used"),
        };
        var mismatch = UiMatcher.Compare(UiAnnotation.Parse(Source).Take(2).ToList(), reported);
        Assert.That(mismatch, Does.Contain("expected but not reported:\n  3: WARN unused_variables")
            .And.Contain("reported but not annotated:\n  9: WARN dead_code"));
    }

    [Test]
    public void Wrong_code_on_the_right_line_does_not_match()
    {
        var reported = new[] { new ReportedDiagnostic(2, Severity.Error, "E0277", "mismatched types") };
        Assert.That(UiMatcher.Compare(UiAnnotation.Parse(Source).Take(1).ToList(), reported), Is.Not.Null);
    }
}
