using System.Numerics;
using NUnit.Framework;
using ToyRust.Syntax.Ast;
using static ToyRust.Tests.Syntax.SyntaxTestHelpers;

namespace ToyRust.Tests.Syntax;

/// <summary>The lexer's literal forms and their decoded values, and the errors for bad ones.</summary>
public class LiteralTests
{
    [TestCase("0", "0", null)]
    [TestCase("1_000_000", "1000000", null)]
    [TestCase("0xff", "255", null)]
    [TestCase("0xFF_u8", "255", "u8")]
    [TestCase("0o777", "511", null)]
    [TestCase("0b1010_1010", "170", null)]
    [TestCase("42i64", "42", "i64")]
    [TestCase("7usize", "7", "usize")]
    [TestCase("340282366920938463463374607431768211455u128", "340282366920938463463374607431768211455", "u128")]
    public void Integer(string source, string value, string? suffix)
    {
        var literal = (IntegerLiteralSyntax)Expression(source);
        Assert.That((literal.Value, literal.Suffix), Is.EqualTo((BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture), suffix)));
    }

    [TestCase("1.5", 1.5, "1.5", null)]
    [TestCase("1e10", 1e10, "1e10", null)]
    [TestCase("2.5E-3", 2.5e-3, "2.5E-3", null)]
    [TestCase("1_000.000_1", 1000.0001, "1000.0001", null)]
    [TestCase("1f64", 1.0, "1", "f64")]
    [TestCase("3.0f32", 3.0, "3.0", "f32")]
    [TestCase("1.", 1.0, "1.", null)]
    public void Float(string source, double value, string text, string? suffix)
    {
        var literal = (FloatLiteralSyntax)Expression(source);
        Assert.That((literal.Value, literal.Text, literal.Suffix), Is.EqualTo((value, text, suffix)));
    }

    /// <summary>`1.` is a float only when neither `.` nor an identifier follows.</summary>
    [TestCase("1..2", "Range(Integer(1, null), Integer(2, null), false)")]
    [TestCase("1.max(2)", "MethodCall(Integer(1, null), max, [], [Integer(2, null)])")]
    [TestCase("1.0.max(2.0)", "MethodCall(Float(1, \"1.0\", null), max, [], [Float(2, \"2.0\", null)])")]
    [TestCase("(1.)", "Parenthesized(Float(1, \"1.\", null))")]
    public void Dot_after_an_integer(string source, string expected) =>
        Assert.That(Print(Expression(source)), Is.EqualTo(expected));

    [TestCase("'a'", 'a')]
    [TestCase("'\\n'", '\n')]
    [TestCase("'\\r'", '\r')]
    [TestCase("'\\t'", '\t')]
    [TestCase("'\\\\'", '\\')]
    [TestCase("'\\0'", '\0')]
    [TestCase("'\\''", '\'')]
    [TestCase("'\"'", '"')]
    [TestCase("'\\\"'", '"')]
    [TestCase("'\\x7F'", '\x7F')]
    [TestCase("'é'", 'é')]
    public void Char(string source, char expected) =>
        Assert.That(((CharLiteralSyntax)Expression(source)).Value, Is.EqualTo(expected));

    [TestCase("'\\u{1F600}'")]
    [TestCase("'😀'")]
    public void Char_outside_the_basic_plane(string source) =>
        Assert.That(((CharLiteralSyntax)Expression(source)).Value, Is.EqualTo(0x1F600));

    [TestCase("b'a'", 97)]
    [TestCase("b'\\n'", 10)]
    [TestCase("b'\\xff'", 255)]
    public void Byte(string source, int expected) =>
        Assert.That(((ByteLiteralSyntax)Expression(source)).Value, Is.EqualTo(expected));

    [TestCase("\"plain\"", "plain")]
    [TestCase("\"tab\\tnew\\nline\"", "tab\tnew\nline")]
    [TestCase("\"\\\"quoted\\\" \\\\ \\x41 \\u{e9} \\u{1F600}\"", "\"quoted\" \\ A é 😀")]
    [TestCase("\"one \\\n     two\"", "one two")]
    [TestCase("\"multi\nline\"", "multi\nline")]
    [TestCase("\"crlf\r\nline\"", "crlf\nline")]
    [TestCase("\"{} {{x}}\"", "{} {{x}}")]
    public void String(string source, string expected)
    {
        var literal = (StringLiteralSyntax)Expression(source);
        Assert.That((literal.Value, literal.IsRaw), Is.EqualTo((expected, false)));
    }

    [TestCase("r\"raw \\n\"", "raw \\n")]
    [TestCase("r#\"has \"quotes\"\"#", "has \"quotes\"")]
    [TestCase("r##\"a \"# b\"##", "a \"# b")]
    public void Raw_string(string source, string expected)
    {
        var literal = (StringLiteralSyntax)Expression(source);
        Assert.That((literal.Value, literal.IsRaw), Is.EqualTo((expected, true)));
    }

    [Test]
    public void String_content_start_is_after_the_opening_quote()
    {
        var source = "fn f() { let _ = \"ab\"; let _ = r#\"cd\"#; }";
        var body = ((FunctionItemSyntax)ParseClean(source).Root.Items[0]).Body!;
        var plain = (StringLiteralSyntax)((LetStatementSyntax)body.Statements[0]).Initializer!;
        var raw = (StringLiteralSyntax)((LetStatementSyntax)body.Statements[1]).Initializer!;
        Assert.That((source[plain.ContentStart], source[raw.ContentStart]), Is.EqualTo(('a', 'c')));
    }

    [Test]
    public void Lifetimes_and_labels_are_not_chars()
    {
        var body = Body("'outer: for c in ['a', 'b'] { if c == 'b' { break 'outer; } }");
        Assert.That(Print(body.Tail), Does.StartWith("For('outer, Identifier(false, false, c, null), Array([Char(97), Char(98)])"));
    }

    [TestCase("let _ = 0x;", "1:18: no valid digits found for number")]
    [TestCase("let _ = 0b102;", "1:22: invalid digit for a base 2 literal")]
    [TestCase("let _ = 0o78;", "1:21: invalid digit for a base 8 literal")]
    [TestCase("let _ = 340282366920938463463374607431768211456;", "1:18: integer literal is too large")]
    [TestCase("let _ = 1u7;", "1:18: invalid suffix `u7` for number literal")]
    [TestCase("let _ = 1.5f16;", "1:18: invalid suffix `f16` for float literal")]
    [TestCase("let _ = '\\q';", "1:20: unknown character escape: `q`")]
    [TestCase("let _ = \"a\\qb\";", "1:21: unknown character escape: `q`")]
    [TestCase("let _ = '\\x80';", "1:19: out of range hex escape")]
    [TestCase("let _ = '\\u{D800}';", "1:19: invalid unicode character escape")]
    [TestCase("let _ = b'é';", "1:20: non-ASCII character in byte literal")]
    [TestCase("let _ = t.0u8;", "1:20: invalid tuple index `0u8`")]
    public void Invalid_literal(string statement, string expected) =>
        Assert.That(Errors($"fn f() {{ {statement} }}"), Is.EqualTo(new[] { expected }));

    [Test]
    public void A_million_digit_integer_is_rejected_quickly()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var errors = Errors("fn f() { let _ = 1" + new string('0', 1_000_000) + "; }");
        Assert.That((errors, watch.Elapsed.TotalSeconds < 10), Is.EqualTo((new[] { "1:18: integer literal is too large" }, true)));
    }
}
