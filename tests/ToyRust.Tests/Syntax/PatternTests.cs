using NUnit.Framework;
using static ToyRust.Tests.Syntax.SyntaxTestHelpers;

namespace ToyRust.Tests.Syntax;

/// <summary>Patterns, each as the pattern of a match arm.</summary>
public class PatternTests
{
    [TestCase("_", "Wildcard()")]
    [TestCase("x", "Identifier(false, false, x, null)")]
    [TestCase("mut x", "Identifier(false, true, x, null)")]
    [TestCase("ref x", "Identifier(true, false, x, null)")]
    [TestCase("ref mut x", "Identifier(true, true, x, null)")]
    [TestCase("x @ 1..=5", "Identifier(false, false, x, Range(Literal(Integer(1, null), false), Literal(Integer(5, null), false), true))")]
    [TestCase("n @ (1 | 2)", "Identifier(false, false, n, Or([Literal(Integer(1, null), false), Literal(Integer(2, null), false)]))")]
    [TestCase("1", "Literal(Integer(1, null), false)")]
    [TestCase("-1", "Literal(Integer(1, null), true)")]
    [TestCase("-2.5", "Literal(Float(2.5, \"2.5\", null), true)")]
    [TestCase("'a'", "Literal(Char(97), false)")]
    [TestCase("b'a'", "Literal(Byte(97), false)")]
    [TestCase("\"s\"", "Literal(String(\"s\", false), false)")]
    [TestCase("true", "Literal(Bool(true), false)")]
    [TestCase("1..=5", "Range(Literal(Integer(1, null), false), Literal(Integer(5, null), false), true)")]
    [TestCase("'a'..='z'", "Range(Literal(Char(97), false), Literal(Char(122), false), true)")]
    [TestCase("1..5", "Range(Literal(Integer(1, null), false), Literal(Integer(5, null), false), false)")]
    [TestCase("5..", "Range(Literal(Integer(5, null), false), null, false)")]
    [TestCase("..=5", "Range(null, Literal(Integer(5, null), false), true)")]
    [TestCase("i32::MIN..=0", "Range(Path(i32::MIN), Literal(Integer(0, null), false), true)")]
    [TestCase("(a, b)", "Tuple([Identifier(false, false, a, null), Identifier(false, false, b, null)])")]
    [TestCase("(a, ..)", "Tuple([Identifier(false, false, a, null), Rest()])")]
    [TestCase("(..)", "Tuple([Rest()])")]
    [TestCase("(a,)", "Tuple([Identifier(false, false, a, null)])")]
    [TestCase("(x)", "Identifier(false, false, x, null)")]
    [TestCase("[first, .., last]", "Slice([Identifier(false, false, first, null), Rest(), Identifier(false, false, last, null)])")]
    [TestCase("[a, rest @ ..]", "Slice([Identifier(false, false, a, null), Identifier(false, false, rest, Rest())])")]
    [TestCase("Some(x)", "TupleStruct(Some, [Identifier(false, false, x, null)])")]
    [TestCase("Some(_)", "TupleStruct(Some, [Wildcard()])")]
    [TestCase("Color::Red", "Path(Color::Red)")]
    [TestCase("Self::A", "Path(Self::A)")]
    [TestCase("Point { x, y: 0, .. }", "Struct(Point, [Field(x, Identifier(false, false, x, null), true), Field(y, Literal(Integer(0, null), false), false)], true)")]
    [TestCase("Point { ref mut x, .. }", "Struct(Point, [Field(x, Identifier(true, true, x, null), true)], true)")]
    [TestCase("S { 0: a }", "Struct(S, [Field(0, Identifier(false, false, a, null), false)], false)")]
    [TestCase("&x", "Reference(false, Identifier(false, false, x, null))")]
    [TestCase("&mut x", "Reference(true, Identifier(false, false, x, null))")]
    [TestCase("&&x", "Reference(false, Reference(false, Identifier(false, false, x, null)))")]
    [TestCase("&(a, b)", "Reference(false, Tuple([Identifier(false, false, a, null), Identifier(false, false, b, null)]))")]
    [TestCase("A | B | C", "Or([Identifier(false, false, A, null), Identifier(false, false, B, null), Identifier(false, false, C, null)])")]
    [TestCase("| A | B", "Or([Identifier(false, false, A, null), Identifier(false, false, B, null)])")]
    [TestCase("Shape::Rect(w, h) | Shape::Square(w @ h)", "Or([TupleStruct(Shape::Rect, [Identifier(false, false, w, null), Identifier(false, false, h, null)]), TupleStruct(Shape::Square, [Identifier(false, false, w, Identifier(false, false, h, null))])])")]
    public void Parses(string source, string expected) =>
        Assert.That(Print(Pattern(source)), Is.EqualTo(expected));
}
