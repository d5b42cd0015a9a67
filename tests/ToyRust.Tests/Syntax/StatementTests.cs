using NUnit.Framework;
using static ToyRust.Tests.Syntax.SyntaxTestHelpers;

namespace ToyRust.Tests.Syntax;

/// <summary>Statements and blocks, each as the body of `fn f() { ... }`: a leading block-like expression ends its statement, the last one without `;` is the block's value, and struct literals are not taken where a block must follow.</summary>
public class StatementTests
{
    [TestCase("let x = 1; x", "Block(null, [Let(Identifier(false, false, x, null), null, Integer(1, null), null)], x)")]
    [TestCase("let mut v: Vec<i32> = Vec::new();", "Block(null, [Let(Identifier(false, true, v, null), Vec<i32>, Call(Vec::new, []), null)], null)")]
    [TestCase("let (a, b) = (1, 2);", "Block(null, [Let(Tuple([Identifier(false, false, a, null), Identifier(false, false, b, null)]), null, Tuple([Integer(1, null), Integer(2, null)]), null)], null)")]
    [TestCase("let x;", "Block(null, [Let(Identifier(false, false, x, null), null, null, null)], null)")]
    [TestCase("let Some(y) = opt else { return; };", "Block(null, [Let(TupleStruct(Some, [Identifier(false, false, y, null)]), null, opt, Block(null, [Expression(Return(null), true)], null))], null)")]
    [TestCase("if c { 1 } else { 2 }", "Block(null, [], If(c, Block(null, [], Integer(1, null)), Block(null, [], Integer(2, null))))")]
    [TestCase("if c { a(); } b()", "Block(null, [Expression(If(c, Block(null, [Expression(Call(a, []), true)], null), null), false)], Call(b, []))")]
    [TestCase("if c {} - 1", "Block(null, [Expression(If(c, Block(null, [], null), null), false)], Unary(Neg, Integer(1, null)))")]
    [TestCase("if c {} *p = 1;", "Block(null, [Expression(If(c, Block(null, [], null), null), false), Expression(Assignment(null, Unary(Deref, p), Integer(1, null)), true)], null)")]
    [TestCase("match x { _ => 1 }.max(2);", "Block(null, [Expression(MethodCall(Match(x, [MatchArm(Wildcard(), null, Integer(1, null))], false), max, [], [Integer(2, null)]), true)], null)")]
    [TestCase("loop { } ;", "Block(null, [Expression(Loop(null, Block(null, [], null)), true)], null)")]
    [TestCase("{ 1 }", "Block(null, [], Block(null, [], Integer(1, null)))")]
    [TestCase("x = 5;", "Block(null, [Expression(Assignment(null, x, Integer(5, null)), true)], null)")]
    [TestCase(";;", "Block(null, [Empty(), Empty()], null)")]
    [TestCase("fn helper() {} helper()", "Block(null, [Item(Function([], false, helper, Generics([], []), null, [], null, Block(null, [], null), false))], Call(helper, []))")]
    [TestCase("#[allow(unused)] let z = 3;", "Block(null, [Let(Identifier(false, false, z, null), null, Integer(3, null), null)], null)")]
    [TestCase("while a { } for i in 0..n { } 5", "Block(null, [Expression(While(null, a, Block(null, [], null)), false), Expression(For(null, Identifier(false, false, i, null), Range(Integer(0, null), n, false), Block(null, [], null)), false)], Integer(5, null))")]
    [TestCase("if x == S { }", "Block(null, [], If(Binary(Eq, x, S), Block(null, [], null), null))")]
    [TestCase("for x in v.iter().map(|y| S { y }) { }", "Block(null, [], For(null, Identifier(false, false, x, null), MethodCall(MethodCall(v, iter, [], []), map, [], [Closure(false, [ClosureParameter(Identifier(false, false, y, null), null)], null, Struct(S, [FieldInitializer(y, y, true)], null))]), Block(null, [], null)))")]
    [TestCase("match s { S { a } => a }", "Block(null, [], Match(s, [MatchArm(Struct(S, [Field(a, Identifier(false, false, a, null), true)], false), null, a)], false))")]
    [TestCase("if a == b { c } else { d }", "Block(null, [], If(Binary(Eq, a, b), Block(null, [], c), Block(null, [], d)))")]
    public void Parses(string source, string expected) =>
        Assert.That(Print(Body(source)), Is.EqualTo(expected));
}
