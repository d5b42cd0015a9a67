using System.Collections;
using NUnit.Framework;
using ToyRust.Syntax.Ast;
using ToyRust.Tests.EndToEnd;
using static ToyRust.Tests.Syntax.SyntaxTestHelpers;

namespace ToyRust.Tests.Syntax;

/// <summary>
/// Syntax nodes print as Rust (they end up in messages such as "cannot find type `…`"): each
/// snippet, written the way the printer writes it, parses and prints back to itself.
/// </summary>
public class SyntaxPrinterTests
{
    [TestCase("Box<dyn Shape>")]
    [TestCase("&mut [f64; 4]")]
    [TestCase("&[T]")]
    [TestCase("(i32,)")]
    [TestCase("(i32, (bool, char))")]
    [TestCase("()")]
    [TestCase("[[u8; 3]; N]")]
    [TestCase("HashMap<String, Vec<u8>>")]
    [TestCase("Box<dyn Fn(i32) -> i32 + Send>")]
    [TestCase("impl Iterator<Item = u32>")]
    [TestCase("fn(i32, &str) -> !")]
    [TestCase("fn()")]
    [TestCase("<T as Iterator>::Item")]
    [TestCase("std::rc::Rc<RefCell<Node<T>>>")]
    [TestCase("_")]
    public void Types_print_as_written(string type) => Assert.That(Type(type).ToString(), Is.EqualTo(type));

    [TestCase("(a, .., ref mut b)")]
    [TestCase("&(x, y)")]
    [TestCase("P { x, y: 0, .. }")]
    [TestCase("Shape::Circle(r) | Shape::Square(r)")]
    [TestCase("n @ 1..=9")]
    [TestCase("[first, .., -1]")]
    [TestCase("'a'..='z'")]
    [TestCase("E::Unit")]
    [TestCase("Pair::<u8> { a, .. }")]
    public void Patterns_print_as_written(string pattern) =>
        Assert.That(Pattern(pattern).ToString(), Is.EqualTo(pattern));

    [TestCase("1 + 2 * (3 - x)")]
    [TestCase("-a.b[i] as u8")]
    [TestCase("foo::<i32>(&mut v, \"a\\n\", 'c')")]
    [TestCase("x.get::<u8>(1)?.len()")]
    [TestCase("P { x: 1, y, ..base }")]
    [TestCase("[0; 4]")]
    [TestCase("if c { 1 } else { 2 }")]
    [TestCase("match x { 0 => 1, n if n > 0 => { n }, _ => -1, }")]
    [TestCase("'outer: loop { break 'outer 5; }")]
    [TestCase("move |a, b: i32| -> i32 { a + b }")]
    [TestCase("vec![0u8; n]")]
    [TestCase("println!(\"{}\", x)")]
    [TestCase("<T as Default>::default()")]
    [TestCase("0..=n")]
    [TestCase("Vec::<Vec<i32>>::new()")]
    public void Expressions_print_as_written(string expression) =>
        Assert.That(Expression(expression).ToString(), Is.EqualTo(expression));

    [TestCase("impl S { fn f<T: Copy + PartialOrd>(&self, (a, b): (T, T)) -> T where T: Default { a } }")]
    [TestCase("#[derive(Clone, Debug)] pub struct P<T> { pub x: T, y: i32 }")]
    [TestCase("struct Meters(f64);")]
    [TestCase("enum E { A = 1, B(i32), C { x: u8 } }")]
    [TestCase("impl<T> Tr for W<T> { type Out = T; fn get(self) -> T { self.0 } }")]
    [TestCase("trait Shape: Debug { fn area(&self) -> f64; }")]
    [TestCase("const N: usize = 4;")]
    [TestCase("use std::cmp::Ordering;")]
    public void Items_print_as_written(string item) => Assert.That(Item(item).ToString(), Is.EqualTo(item));

    public static IEnumerable<string> Programs() =>
        new[] { "examples", "tests/programs", "tests/ui" }.SelectMany(Repo.RelativeSources);

    /// <summary>Every node of every test program prints (the printer knows every kind), never as a C# record.</summary>
    [Test]
    public void Every_node_of_the_test_programs_prints_as_rust()
    {
        foreach (var file in Programs())
        {
            var tree = Parse(File.ReadAllText(Repo.Full(file)));
            foreach (var node in Nodes(tree.Root))
            {
                var text = node.ToString();
                var isDump = text.Contains("Syntax {", StringComparison.Ordinal) || text.Contains("TextSpan", StringComparison.Ordinal);
                Assert.That(isDump, Is.False, $"{file}: {node.GetType().Name} prints as {text}");
            }
        }
    }

    private static IEnumerable<SyntaxNode> Nodes(object? value)
    {
        switch (value)
        {
            case SyntaxNode node:
                yield return node;
                foreach (var property in node.GetType().GetProperties())
                {
                    if (property.Name == "EqualityContract") continue;
                    foreach (var child in Nodes(property.GetValue(node))) yield return child;
                }
                break;
            case string:
                break;
            case IEnumerable list when value.GetType().GetProperty("IsDefault")?.GetValue(value) is not true:
                foreach (var element in list)
                {
                    foreach (var child in Nodes(element)) yield return child;
                }
                break;
        }
    }
}
