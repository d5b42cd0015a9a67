using NUnit.Framework;
using ToyRust.Syntax;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Tests.Syntax;

/// <summary>Parses snippets in a fixed context and hands back the node under test.</summary>
internal static class SyntaxTestHelpers
{
    public static SyntaxTree Parse(string text) => SyntaxTree.Parse(new SourceText("test.rs", text));

    /// <summary>Parses and fails the test, showing rustc-style output, if there is any diagnostic.</summary>
    public static SyntaxTree ParseClean(string text)
    {
        var tree = Parse(text);
        Assert.That(tree.Diagnostics, Is.Empty, () => string.Concat(tree.Diagnostics.Select(d => DiagnosticRenderer.Render(d, tree.Source))));
        return tree;
    }

    /// <summary>`EXPR` as the initializer of `let _ = EXPR;` (an ordinary expression context).</summary>
    public static ExpressionSyntax Expression(string expression)
    {
        var body = Body($"let _ = {expression};");
        return ((LetStatementSyntax)body.Statements[0]).Initializer!;
    }

    /// <summary>The body of `fn f() { STATEMENTS }`.</summary>
    public static BlockExpressionSyntax Body(string statements) =>
        ((FunctionItemSyntax)ParseClean($"fn f() {{ {statements} }}").Root.Items[0]).Body!;

    /// <summary>`PATTERN` as the pattern of a match arm.</summary>
    public static PatternSyntax Pattern(string pattern)
    {
        var match = (MatchExpressionSyntax)Body($"match x {{ {pattern} => {{}} }}").Tail!;
        return match.Arms[0].Pattern;
    }

    /// <summary>`TYPE` as the type of a function parameter.</summary>
    public static TypeSyntax Type(string type) =>
        ((FunctionItemSyntax)ParseClean($"fn f(x: {type}) {{}}").Root.Items[0]).Parameters[0].Type;

    public static ItemSyntax Item(string item) => ParseClean(item).Root.Items.Single();

    public static string Print(object? node) => AstPrinter.Print(node);

    /// <summary>Each diagnostic as `line:column: message`.</summary>
    public static string[] Errors(string text)
    {
        var tree = Parse(text);
        return [.. tree.Diagnostics.Select(d =>
        {
            var position = tree.Source.GetPosition(d.Span.Start);
            return $"{position.Line}:{position.Column}: {d.Message}";
        })];
    }
}
