using System.Collections.Immutable;
using Antlr4.Runtime;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Generated;
using ToyRust.Syntax.Text;
using static ToyRust.Syntax.Generated.ToyRustParser;

namespace ToyRust.Syntax.Parsing;

internal sealed partial class AstBuilder
{
    /// <summary>
    /// macroInvocation: IDENT NOT delimitedTokenTree
    /// As in rustc, the grammar keeps macro arguments as a token tree; the built-in macros all
    /// take comma-separated expressions (`println!("{}", x)`, `vec![1, 2]`) or `value; count`
    /// (`vec![0; n]`), so their tokens are parsed again with the rule macroArguments.
    /// `matches!(value, Pattern if guard)` takes a pattern and becomes
    /// `match value { Pattern if guard => true, _ => false }`, which is what it expands to.
    /// </summary>
    private ExpressionSyntax BuildMacro(MacroInvocationContext context)
    {
        var span = SpanOf(context);
        var name = IdentifierOf(context.IDENT());
        var tree = context.delimitedTokenTree();
        var (parser, stream) = SubParser(tree);
        var builder = new AstBuilder(stream, diagnostics);
        if (name.Text == "matches")
        {
            var matches = Parser.ParseRule(parser, stream, p => p.matchesArguments(), diagnostics);
            if (matches is not null) return builder.BuildMatches(matches, span);
        }
        else
        {
            var arguments = Parser.ParseRule(parser, stream, p => p.macroArguments(), diagnostics);
            if (arguments is not null)
            {
                var expressions = Map(arguments.expression(), builder.BuildExpression);
                if (arguments.SEMI() is not null) return new MacroCallExpressionSyntax(span, name, [expressions[0]], expressions[1]);
                return new MacroCallExpressionSyntax(span, name, expressions, null);
            }
        }
        return new MacroCallExpressionSyntax(span, name, [], null);
    }

    /// <summary>A parser over the tokens between the delimiters, ending in an EOF at the closing delimiter.</summary>
    private (ToyRustParser Parser, CommonTokenStream Stream) SubParser(DelimitedTokenTreeContext tree)
    {
        var list = new List<IToken>();
        // Copies, because the new stream renumbers its tokens.
        for (var i = tree.Start.TokenIndex + 1; i < tree.Stop.TokenIndex; i++) list.Add(new CommonToken(tokens.Get(i)));
        var close = tree.Stop;
        list.Add(new CommonToken(TokenConstants.EOF, "<EOF>")
        {
            StartIndex = close.StartIndex,
            StopIndex = close.StartIndex - 1,
            Line = close.Line,
            Column = close.Column,
        });
        var stream = new CommonTokenStream(new ListTokenSource(list));
        stream.Fill();
        var parser = ToyRustParser.Create(stream);
        parser.RemoveErrorListeners();
        return (parser, stream);
    }

    // matchesArguments: expression COMMA pattern (IF expression)? COMMA? EOF
    private MatchExpressionSyntax BuildMatches(MatchesArgumentsContext context, TextSpan span)
    {
        var expressions = context.expression();
        var scrutinee = BuildExpression(expressions[0]);
        var pattern = BuildPattern(context.pattern());
        var guard = expressions.Length > 1 ? BuildExpression(expressions[1]) : null;
        var armEnd = guard?.Span.End ?? pattern.Span.End;
        var yes = new MatchArmSyntax(TextSpan.FromBounds(pattern.Span.Start, armEnd), pattern, guard, new BoolLiteralSyntax(span, true));
        var no = new MatchArmSyntax(span, new WildcardPatternSyntax(span), null, new BoolLiteralSyntax(span, false));
        return new MatchExpressionSyntax(span, scrutinee, [yes, no]) { IsMatchesMacro = true };
    }
}
