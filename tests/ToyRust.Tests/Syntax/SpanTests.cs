using NUnit.Framework;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;
using static ToyRust.Tests.Syntax.SyntaxTestHelpers;

namespace ToyRust.Tests.Syntax;

/// <summary>A node's span runs from its first token's start to its last token's end (character offsets).</summary>
public class SpanTests
{
    private const string Source = "fn add(a: i32, b: i32) -> i32 {\n    let s = a + b * 2;\n    s\n}\n";

    private static string TextOf(TextSpan span) => Source.Substring(span.Start, span.Length);

    private static FunctionItemSyntax Function() => (FunctionItemSyntax)ParseClean(Source).Root.Items[0];

    [Test]
    public void Item_and_names()
    {
        var function = Function();
        Assert.That((TextOf(function.Span), TextOf(function.Name.Span), TextOf(function.Parameters[1].Span), TextOf(function.ReturnType!.Span)),
            Is.EqualTo((Source.TrimEnd('\n'), "add", "b: i32", "i32")));
    }

    [Test]
    public void Binary_expression_and_its_operator()
    {
        var let = (LetStatementSyntax)Function().Body!.Statements[0];
        var sum = (BinaryExpressionSyntax)let.Initializer!;
        var product = (BinaryExpressionSyntax)sum.Right;
        Assert.That((TextOf(let.Span), TextOf(sum.Span), TextOf(sum.OperatorSpan), TextOf(product.Span)),
            Is.EqualTo(("let s = a + b * 2;", "a + b * 2", "+", "b * 2")));
    }

    [Test]
    public void Block_and_tail()
    {
        var body = Function().Body!;
        Assert.That((TextOf(body.Span)[0], TextOf(body.Span)[^1], TextOf(body.Tail!.Span)), Is.EqualTo(('{', '}', "s")));
    }

    [TestCase("x.0.1", "x.0.1", "x.0")]
    [TestCase("f(1)?.g", "f(1)?.g", "f(1)?")]
    [TestCase("-a.b()", "-a.b()", "a.b()")]
    [TestCase("&&x", "&&x", "&x")]
    public void Nested_expressions(string expression, string outer, string inner)
    {
        var source = $"fn f() {{ let _ = {expression}; }}";
        var tree = ParseClean(source);
        var let = (LetStatementSyntax)((FunctionItemSyntax)tree.Root.Items[0]).Body!.Statements[0];
        var node = let.Initializer!;
        var child = node switch
        {
            FieldExpressionSyntax f => f.Target,
            UnaryExpressionSyntax u => u.Operand,
            ReferenceExpressionSyntax r => r.Operand,
            _ => throw new AssertionException(node.GetType().Name),
        };
        Assert.That((source.Substring(node.Span.Start, node.Span.Length), source.Substring(child.Span.Start, child.Span.Length)), Is.EqualTo((outer, inner)));
    }

    [Test]
    public void Offsets_count_utf16_characters_after_astral_ones()
    {
        const string source = "fn f() { let _ = \"😀\"; let y = 1; }";
        var body = ((FunctionItemSyntax)ParseClean(source).Root.Items[0]).Body!;
        var second = (LetStatementSyntax)body.Statements[1];
        Assert.That(source.Substring(second.Span.Start, second.Span.Length), Is.EqualTo("let y = 1;"));
    }

    [Test]
    public void Use_entries_cover_their_tree()
    {
        const string source = "use std::collections::{HashMap, hash_map::Entry as E};";
        var use = (UseItemSyntax)ParseClean(source).Root.Items[0];
        Assert.That(use.Entries.Select(e => source.Substring(e.Span.Start, e.Span.Length)), Is.EqualTo(new[] { "HashMap", "hash_map::Entry as E" }));
    }

    [Test]
    public void Inner_attributes_belong_to_the_file()
    {
        var tree = ParseClean("#![recursion_limit = \"256\"]\n#![allow(unused)]\nfn main() {}\n");
        Assert.That(Print(tree.Root.InnerAttributes), Is.EqualTo("[Attribute(true, recursion_limit, [], \"256\"), Attribute(true, allow, [unused], null)]"));
    }
}
