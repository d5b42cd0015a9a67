using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;
using static ToyRust.Syntax.Generated.ToyRustParser;

namespace ToyRust.Syntax.Parsing;

/// <summary>
/// Turns ANTLR's parse tree into the AST (<see cref="Ast"/>). One method per grammar rule,
/// named after it, split into partial files by node family (items, types, expressions,
/// statements, patterns, literals, macros). Besides copying, the builder:
/// <list type="bullet">
/// <item>computes spans: a node covers its first token's start to its last token's end;</item>
/// <item>decodes literals (<see cref="LiteralDecoder"/>);</item>
/// <item>folds the flat operator lists of the grammar by Rust's precedence
/// (<see cref="BuildBinaryExpression"/>);</item>
/// <item>flattens `use` trees into entries;</item>
/// <item>parses macro arguments, which the grammar keeps as token trees;</item>
/// <item>reports what the grammar deliberately accepts but Rust does not: chained comparisons,
/// `> >` written apart, a block-like expression continued by an operator at statement start,
/// a missing comma after a match arm.</item>
/// </list>
/// </summary>
internal sealed partial class AstBuilder(CommonTokenStream tokens, List<Diagnostic> diagnostics)
{
    private void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic);

    private static TextSpan SpanOf(IToken token) => TokenScanner.SpanOf(token);

    private static TextSpan SpanOf(ITerminalNode node) => TokenScanner.SpanOf(node.Symbol);

    /// <summary>From the first token's start to the last token's end (empty for an empty rule).</summary>
    private static TextSpan SpanOf(ParserRuleContext context)
    {
        var start = context.Start.StartIndex;
        var stop = context.Stop is { } last && last.TokenIndex >= context.Start.TokenIndex ? last.StopIndex + 1 : start;
        return TextSpan.FromBounds(start, stop);
    }

    private static TextSpan Cover(TextSpan first, TextSpan last) => TextSpan.FromBounds(first.Start, last.End);

    private static Identifier IdentifierOf(ITerminalNode node) => new(node.GetText(), SpanOf(node));

    private static Identifier IdentifierOf(IToken token) => new(token.Text, SpanOf(token));

    private static Identifier? LabelOf(ITerminalNode? lifetime) => lifetime is null ? null : IdentifierOf(lifetime);

    private static ImmutableArray<TResult> Map<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> build) =>
        [.. source.Select(build)];

    // innerAttribute: POUND NOT LBRACKET attributeBody RBRACKET
    public AttributeSyntax BuildAttribute(InnerAttributeContext context) =>
        BuildAttributeBody(context.attributeBody(), SpanOf(context), isInner: true);

    // outerAttribute: POUND LBRACKET attributeBody RBRACKET
    private AttributeSyntax BuildAttribute(OuterAttributeContext context) =>
        BuildAttributeBody(context.attributeBody(), SpanOf(context), isInner: false);

    private ImmutableArray<AttributeSyntax> BuildAttributes(OuterAttributeContext[] contexts) => Map(contexts, BuildAttribute);

    /// <summary>
    /// attributeBody: simplePath (delimitedTokenTree | EQ literal)?
    /// `derive(Clone, Copy)` keeps one argument per comma-separated group, as its source text;
    /// `recursion_limit = "256"` keeps the value (a string's contents, or the literal's text).
    /// </summary>
    private AttributeSyntax BuildAttributeBody(AttributeBodyContext body, TextSpan span, bool isInner)
    {
        var path = body.simplePath();
        var name = new Identifier(path.GetText(), SpanOf(path));
        var arguments = ImmutableArray<Identifier>.Empty;
        if (body.delimitedTokenTree() is { } tree) arguments = AttributeArguments(tree);
        string? value = null;
        if (body.literal() is { } literal)
        {
            value = BuildLiteral(literal) is StringLiteralSyntax s ? s.Value : literal.GetText();
        }
        return new AttributeSyntax(span, isInner, name, arguments, value);
    }

    private ImmutableArray<Identifier> AttributeArguments(DelimitedTokenTreeContext tree)
    {
        var result = ImmutableArray.CreateBuilder<Identifier>();
        var group = new List<IToken>();
        var depth = 0;
        for (var i = tree.Start.TokenIndex + 1; i < tree.Stop.TokenIndex; i++)
        {
            var token = tokens.Get(i);
            if (token.Type is LPAREN or LBRACKET or LBRACE) depth++;
            if (token.Type is RPAREN or RBRACKET or RBRACE) depth--;
            if (token.Type == COMMA && depth == 0)
            {
                AddGroup();
                continue;
            }
            group.Add(token);
        }
        AddGroup();
        return result.ToImmutable();

        void AddGroup()
        {
            if (group.Count == 0) return;
            var text = string.Concat(group.Select(t => t.Text));
            result.Add(new Identifier(text, Cover(SpanOf(group[0]), SpanOf(group[^1]))));
            group.Clear();
        }
    }
}
