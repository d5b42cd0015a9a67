using NUnit.Framework;
using static ToyRust.Tests.Syntax.SyntaxTestHelpers;

namespace ToyRust.Tests.Syntax;

/// <summary>
/// Syntax errors become diagnostics with rustc's wording at rustc's position (line:column),
/// and the parse stops at the first one, as rustc does.
/// </summary>
public class SyntaxErrorTests
{
    [TestCase("fn main() {\n    let x = 5\n    let y = 6;\n}", "3:5: expected one of `;` or `else`, found keyword `let`")]
    [TestCase("fn main() {\n    let x = ;\n}", "2:13: expected expression, found `;`")]
    [TestCase("fn main() { let x = (1 + ); }", "1:26: expected expression, found `)`")]
    [TestCase("fn main() { if x { } else }", "1:27: expected `{`, found `}`")]
    [TestCase("fn main() { while { } }", "1:23: expected `{`, found `}`")]
    [TestCase("fn main() { let x = 1 - ; }", "1:25: expected expression, found `;`")]
    [TestCase("fn f(x: ) {}", "1:9: expected type, found `)`")]
    [TestCase("fn f() { let = 5; }", "1:14: expected pattern, found `=`")]
    [TestCase("struct", "1:7: expected identifier, found `<eof>`")]
    [TestCase("fn main()", "1:10: expected one of `->`, `;`, `where`, or `{`, found `<eof>`")]
    [TestCase("x", "1:1: expected item, found `x`")]
    [TestCase("unsafe trait T {}", "1:1: ToyRust does not support `unsafe impl` and `unsafe trait` yet")]
    [TestCase("fn main() { let unsafe = 1; }", "1:17: expected pattern, found keyword `unsafe`")]
    [TestCase("fn main() { let x = typeof 1; }", "1:21: expected expression, found keyword `typeof`")]
    [TestCase("mod m;", "1:6: expected `{`, found `;`")]
    [TestCase("fn main() { let c = 'a; }", "1:23: expected `while`, `for`, `loop` or `{` after a label")]
    [TestCase("fn main() { let x = match 1 { 1 => 5 2 => 3 }; }", "1:37: expected `,` following `match` arm")]
    [TestCase("fn main() { if x == S { a: 1 } {} }", "1:21: struct literals are not allowed here")]
    [TestCase("fn main() { if true {1} else {2} + 1; }", "1:34: expected expression, found `+`")]
    [TestCase("fn f() -> i32 { match x { _ => 1 }.max(2) }", "1:43: expected `;`, found `}`")]
    [TestCase("fn main() { let x = 1 < 2 < 3; }", "1:23: comparison operators cannot be chained")]
    [TestCase("fn main() { let x = a == b != c; }", "1:23: comparison operators cannot be chained")]
    [TestCase("fn main() { let x = a as i64 < b; }", "1:30: `<` is interpreted as a start of generic arguments for `i64`, not a comparison")]
    [TestCase("fn main() { let x = a as usize << 2; }", "1:32: `<<` is interpreted as a start of generic arguments for `usize`, not a shift")]
    [TestCase("fn main() { let x = a > > b; }", "1:25: expected expression, found `>`")]
    [TestCase("fn main() { x >> = 1; }", "1:18: expected expression, found `=`")]
    [TestCase("fn main() { let r = 1..=; }", "1:22: inclusive range with no end")]
    [TestCase("fn main() { println!(\"{}\" x); }", "1:27: expected one of `(`, `,`, `.`, `;`, `?`, `[`, or an operator, found `x`")]
    public void Reports(string source, string expected) =>
        Assert.That(Errors(source), Is.EqualTo(new[] { expected }));

    /// <summary>rustc's lexer builds token trees first; unbalanced brackets are reported before any parsing.</summary>
    [TestCase("fn main() {", "1:12: this file contains an unclosed delimiter")]
    [TestCase("fn main() { foo(; }", "1:16: mismatched closing delimiter: `}`")]
    [TestCase("fn main() { foo(); ) }", "1:11: mismatched closing delimiter: `)`")]
    [TestCase("fn main() {} }", "1:14: unexpected closing delimiter: `}`")]
    public void Unbalanced_brackets(string source, string expected) =>
        Assert.That(Errors(source), Is.EqualTo(new[] { expected }));

    [TestCase("fn main() {\n    let s = \"abc;\n}", "2:13: unterminated double quote string")]
    [TestCase("fn main() { let s = r#\"abc\"; }", "1:21: unterminated raw string")]
    [TestCase("fn main() {} /* a /* b */ c", "1:14: unterminated block comment")]
    [TestCase("fn main() { let c = '\\n; }", "1:21: unterminated character literal")]
    [TestCase("fn main() { let c = 'ab'; }", "1:21: character literal may only contain one codepoint")]
    [TestCase("fn main() { let b = b\"abc\"; }", "1:21: byte string literals are not supported by ToyRust")]
    [TestCase("fn main() { let b = br#\"abc\"#; }", "1:21: byte string literals are not supported by ToyRust")]
    [TestCase("fn main() { let x = 1; } \u0001", "1:26: unknown start of token: \\u{1}")]
    [TestCase("fn main() { let x = 1 € 2; }", "1:23: unknown start of token: \\u{20ac}")]
    public void Bad_tokens(string source, string expected) =>
        Assert.That(Errors(source).First(), Is.EqualTo(expected));

    [TestCase("fn main() { let c = 'ab'; }")]
    [TestCase("fn main() { let c = '\\n; }")]
    [TestCase("fn main() { let b = b\"abc\"; }")]
    public void A_bad_literal_causes_no_further_errors(string source) =>
        Assert.That(Errors(source), Has.Length.EqualTo(1));

    [Test]
    public void Every_unknown_character_is_reported() =>
        Assert.That(Errors("fn main() { \u0001 \u0002 }"), Is.EqualTo(new[] { "1:13: unknown start of token: \\u{1}", "1:15: unknown start of token: \\u{2}" }));

    [Test]
    public void The_parse_stops_at_the_first_syntax_error()
    {
        var tree = Parse("fn a() { let = 1; }\nfn b() { let = 2; }\n");
        Assert.That((tree.Diagnostics.Length, tree.Root.Items.Length), Is.EqualTo((1, 0)));
    }

    [Test]
    public void An_error_has_a_code_where_rustc_has_one()
    {
        var tree = Parse("fn main() { let s = \"abc; }");
        Assert.That(tree.Diagnostics.Single().Code, Is.EqualTo("E0765"));
    }
}
