using System.Text;
using NUnit.Framework;
using ToyRust.Driver.Toolchain;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Ast.Pretty;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;
using static ToyRust.Tests.Syntax.SyntaxTestHelpers;

namespace ToyRust.Tests.Syntax;

/// <summary>
/// <see cref="PrettyPrinter"/> against rustc's pretty-printer. Each file in `tests/pretty/` holds
/// functions `case_NAME` that end in a failing `assert!(COND)`; rustc builds the file with a `main`
/// that runs every case and prints each panic message, and every message must be
/// `assertion failed: ` followed by what <see cref="PrettyPrinter"/> prints for COND. The files
/// are only parsed by ToyRust, so they may use what it cannot compile yet.
/// </summary>
public class PrettyPrinterTests
{
    public static IEnumerable<TestCaseData> Files() =>
        Repo.RelativeSources("tests/pretty").Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    [TestCaseSource(nameof(Files))]
    public void Assert_conditions_print_as_rustc_prints_them(string file)
    {
        if (!Rustc.IsAvailable) Assert.Ignore("rustc is not on PATH");
        var source = new SourceText(file, File.ReadAllText(Repo.Full(file)));
        var cases = Cases(source);
        Assert.That(cases, Is.Not.Empty);
        var messages = RustcMessages(source.Text, [.. cases.Keys]);
        Assert.Multiple(() =>
        {
            foreach (var (name, condition) in cases)
            {
                var printed = PrettyPrinter.PrintExpression(condition, source);
                Assert.That("assertion failed: " + printed, Is.EqualTo(messages[name]), name);
            }
        });
    }

    public static IEnumerable<string> Programs() =>
        new[] { "examples", "tests/programs", "tests/ui", "tests/pretty" }.SelectMany(Repo.RelativeSources);

    /// <summary>The printer knows every kind of node: each function body of every test program prints.</summary>
    [Test]
    public void Every_function_body_of_the_test_programs_prints()
    {
        foreach (var file in Programs())
        {
            var source = new SourceText(file, File.ReadAllText(Repo.Full(file)));
            foreach (var body in Bodies(Parse(source.Text).Root.Items))
            {
                Assert.DoesNotThrow(() => PrettyPrinter.PrintExpression(body, source), file);
            }
        }
    }

    /// <summary>Each `fn case_NAME() { ...; assert!(COND); }` of the file: NAME's COND.</summary>
    private static SortedDictionary<string, ExpressionSyntax> Cases(SourceText source)
    {
        var cases = new SortedDictionary<string, ExpressionSyntax>(StringComparer.Ordinal);
        foreach (var item in ParseClean(source.Text).Root.Items)
        {
            if (item is not FunctionItemSyntax { Body: { } body } f) continue;
            if (!f.Name.Text.StartsWith("case_", StringComparison.Ordinal)) continue;
            var last = body.Tail ?? ((ExpressionStatementSyntax)body.Statements[^1]).Expression;
            var assert = (MacroCallExpressionSyntax)last;
            Assert.That(assert.Name.Text, Is.EqualTo("assert"), f.Name.Text);
            cases.Add(f.Name.Text, assert.Arguments[0]);
        }
        return cases;
    }

    /// <summary>Builds the file with a `main` that runs each case and prints `NAME\0MESSAGE\0` on stderr.</summary>
    private static Dictionary<string, string> RustcMessages(string text, IReadOnlyList<string> names)
    {
        var main = new StringBuilder(text);
        main.Append("""

            fn main() {
                std::panic::set_hook(Box::new(|info| {
                    let payload = info.payload();
                    let message = match payload.downcast_ref::<&str>() {
                        Some(s) => s.to_string(),
                        None => payload.downcast_ref::<String>().cloned().unwrap_or_default(),
                    };
                    eprint!("{}\0", message);
                }));

            """);
        foreach (var name in names)
        {
            main.Append($"    eprint!(\"{name}\\0\");\n");
            main.Append($"    if std::panic::catch_unwind({name}).is_ok() {{ eprint!(\"(no panic)\\0\"); }}\n");
        }
        main.Append("}\n");

        var folder = Directory.CreateTempSubdirectory("toyrust-pretty-");
        try
        {
            var rs = Path.Combine(folder.FullName, "main.rs");
            var exe = Path.Combine(folder.FullName, "main");
            File.WriteAllText(rs, main.ToString());
            var compile = Rustc.Run(["--edition", "2021", "-A", "warnings", rs, "-o", exe]);
            Assert.That(compile.ExitCode, Is.Zero, "rustc failed:\n" + compile.Stderr);
            var run = ProgramRunner.Run(exe, ToyRust.Driver.Targets.Host, new RunOptions { Timeout = TimeSpan.FromSeconds(10) });
            var parts = run.Stderr.Split('\0');
            var messages = new Dictionary<string, string>();
            for (var i = 0; i + 1 < parts.Length; i += 2) messages[parts[i]] = parts[i + 1];
            return messages;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IEnumerable<ExpressionSyntax> Bodies(IEnumerable<ItemSyntax> items)
    {
        foreach (var item in items)
        {
            var nested = item switch
            {
                FunctionItemSyntax { Body: { } body } => [body],
                ImplItemSyntax i => Bodies(i.Items),
                TraitItemSyntax t => Bodies(t.Items),
                ModuleItemSyntax m => Bodies(m.Items),
                ConstItemSyntax { Value: { } value } => [value],
                StaticItemSyntax s => [s.Value],
                _ => Enumerable.Empty<ExpressionSyntax>(),
            };
            foreach (var body in nested) yield return body;
        }
    }
}
