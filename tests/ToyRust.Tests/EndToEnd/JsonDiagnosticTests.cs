using NUnit.Framework;
using ToyRust.Cli;

namespace ToyRust.Tests.EndToEnd;

/// <summary>
/// `--error-format=json`: one object per diagnostic, with rustc's keys in rustc's order. The expected
/// line below is rustc 1.95's for the same file (`rustc --error-format=json bad.rs`), less the
/// fields ToyRust does not write (`code.explanation`, the span's `text`, `suggested_replacement`,
/// `expansion`), with `<`, `>` and `&` left unescaped as rustc leaves them; `rendered` is ToyRust's
/// human form of the same diagnostic.
/// </summary>
public class JsonDiagnosticTests
{
    [Test]
    public void Json_diagnostic_has_rustc_s_fields_and_order()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "bad.rs");
        File.WriteAllText(file, "fn main() {\n    let x: i32 = \"one\";\n    println!(\"{}\", x);\n}\n");
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = ToyRustCli.Run(["build", file, "--error-format=json", "-o", Path.Combine(dir.Path, "bad")], stdout, stderr);
        var first = stderr.ToString().Split('\n')[0].Replace(file, "bad.rs", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(first, Is.EqualTo(
                """{"$message_type":"diagnostic","message":"mismatched types","code":{"code":"E0308"},"level":"error","spans":[{"file_name":"bad.rs","byte_start":29,"byte_end":34,"line_start":2,"line_end":2,"column_start":18,"column_end":23,"is_primary":true,"label":"expected `i32`, found `&str`"}],"children":[],"rendered":"error[E0308]: mismatched types\n --> bad.rs:2:18\n  |\n2 |     let x: i32 = \"one\";\n  |                  ^^^^^ expected `i32`, found `&str`\n"}"""));
        });
    }
}
