using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Syntax.Text;

namespace ToyRust.Tests.Mir;

/// <summary>
/// The definite-initialization pass points where rustc 1.95 points (the UI tests hold codes and
/// lines; this holds columns and widths): a read at the expression that reads (`&amp;x`, the `x`
/// inside `"{x}"`), a compound assignment at the whole `x += 1`, a second assignment at `x = 1`.
/// Each expected position is rustc's output for the same program.
/// </summary>
public class DefiniteInitializationTests
{
    private const string Program = """
        fn a(c: bool) { let x: i32; while c { x = 1; } }
        fn b() { let x: i32; let y = x + 1; println!("{}", y); }
        fn d() { let x: i32; let r = &x; println!("{}", r); }
        fn e() { let x: i32; println!("{x}"); }
        fn g() { let mut x: i32; x += 1; println!("{}", x); }
        fn main() { a(true); b(); d(); e(); g(); }
        """;

    [Test]
    public void Diagnostics_point_where_rustc_points()
    {
        var source = new SourceText("init.rs", Program);
        var options = new CompileOptions { Emit = EmitKinds.Mono, OutputStem = Path.Combine(Path.GetTempPath(), "toyrust-init") };
        var errors = Compiler.Compile(source, options).Diagnostics.Where(d => d.IsError)
            .Select(d => (d.Code, source.GetPosition(d.Span.Start).Line, source.GetPosition(d.Span.Start).Column, d.Span.Length))
            .ToList();
        Assert.That(errors, Is.EqualTo(new[]
        {
            ("E0384", 1, 39, 5),
            ("E0381", 2, 30, 1),
            ("E0381", 3, 30, 2),
            ("E0381", 4, 33, 1),
            ("E0381", 5, 26, 6),
        }));
    }

    [Test]
    public void Checking_alone_runs_the_pass_too()
    {
        var source = new SourceText("init.rs", Program);
        var options = new CompileOptions { Emit = EmitKinds.None, OutputStem = Path.Combine(Path.GetTempPath(), "toyrust-init-check") };
        Assert.That(Compiler.Compile(source, options).Diagnostics.Count(d => d.IsError), Is.EqualTo(5));
    }
}
