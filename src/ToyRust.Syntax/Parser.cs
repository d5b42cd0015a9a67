using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Generated;
using ToyRust.Syntax.Parsing;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax;

/// <summary>
/// The syntax phase: source text → tokens → ANTLR parse tree → AST.
/// <list type="number">
/// <item><see cref="TokenScanner"/> lexes the file, reports bad tokens and checks the brackets.
/// A file whose brackets do not balance (or nest too deep) is not parsed.</item>
/// <item>The parser reads one item at a time, so the parse tree of a 10 MB file never exists
/// all at once. Each item is parsed in ANTLR's fast SLL mode first; only if that fails is it
/// parsed again in full LL mode, which is exact and reports the error (ANTLR's "two-stage parsing").
/// <see cref="GreedyExpressionSimulator"/> keeps the LL pass linear on long expressions.</item>
/// <item>The first syntax error ends the parse, as in rustc; the tree is then empty.</item>
/// <item><see cref="AstBuilder"/> turns each item's parse tree into AST nodes, decoding literals,
/// applying operator precedence and reporting the errors the grammar leaves to it.</item>
/// </list>
/// All of this runs on a thread with a <see cref="StackSize"/> stack: ANTLR and the builder
/// recurse, and a stack overflow cannot be caught in .NET. The bracket limit
/// (<see cref="TokenScanner.MaxBracketDepth"/>) and the rule-depth limit
/// (<see cref="ToyRustParser.MaxRuleDepth"/>) keep the recursion well inside that stack.
/// </summary>
internal static class Parser
{
    private const int StackSize = 256 * 1024 * 1024;

    public static SyntaxTree Parse(SourceText source)
    {
        SyntaxTree? tree = null;
        var thread = new Thread(() => tree = ParseOnThisThread(source), StackSize) { Name = "ToyRust parser" };
        thread.Start();
        thread.Join();
        return tree!;
    }

    private static SyntaxTree ParseOnThisThread(SourceText source)
    {
        var diagnostics = new List<Diagnostic>();
        var root = new CompilationUnitSyntax(new TextSpan(0, source.Text.Length), [], []);
        try
        {
            root = ParseTokens(source, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in the parser must still not crash the compiler: report it like rustc's ICE.
            diagnostics.Add(SyntaxErrors.InternalError(new TextSpan(0, 0), e.Message));
        }
        var sorted = diagnostics.OrderBy(d => d.Span.Start).ToImmutableArray();
        return new SyntaxTree(source, root, sorted);
    }

    private static CompilationUnitSyntax ParseTokens(SourceText source, List<Diagnostic> diagnostics)
    {
        var whole = new TextSpan(0, source.Text.Length);
        var empty = new CompilationUnitSyntax(whole, [], []);
        var scan = TokenScanner.Scan(source, diagnostics);
        if (!scan.CanParse) return empty;

        var stream = new CommonTokenStream(new ListTokenSource(scan.Tokens));
        stream.Fill();
        var parser = ToyRustParser.Create(stream);
        parser.RemoveErrorListeners();
        var builder = new AstBuilder(stream, diagnostics);

        var innerAttributes = ImmutableArray.CreateBuilder<AttributeSyntax>();
        var items = ImmutableArray.CreateBuilder<ItemSyntax>();
        while (stream.LA(1) == ToyRustParser.POUND && stream.LA(2) == ToyRustParser.NOT)
        {
            var attribute = ParseRule(parser, stream, p => p.innerAttribute(), diagnostics);
            if (attribute is null) return empty;
            innerAttributes.Add(builder.BuildAttribute(attribute));
        }
        while (stream.LA(1) != TokenConstants.EOF)
        {
            var item = ParseRule(parser, stream, p => p.item(), diagnostics);
            if (item is null) return empty;
            items.Add(builder.BuildItem(item));
        }
        return new CompilationUnitSyntax(whole, innerAttributes.ToImmutable(), items.ToImmutable());
    }

    /// <summary>
    /// Parses one rule at the stream's position: SLL first, then LL if SLL fails. Returns null
    /// (after adding the diagnostic) on a syntax error.
    /// </summary>
    internal static T? ParseRule<T>(ToyRustParser parser, CommonTokenStream stream, Func<ToyRustParser, T> rule, List<Diagnostic> diagnostics)
        where T : ParserRuleContext
    {
        var start = stream.Index;
        try
        {
            parser.Interpreter.PredictionMode = PredictionMode.SLL;
            parser.ErrorHandler = new BailErrorStrategy();
            return rule(parser);
        }
        catch (ParseCanceledException)
        {
            stream.Seek(start);
        }
        catch (NestingTooDeepException e)
        {
            // LL would only go as deep again.
            diagnostics.Add(SyntaxErrors.RulesNestedTooDeeply(TokenScanner.SpanOf(e.Token), ToyRustParser.MaxRuleDepth));
            return null;
        }
        parser.Reset();
        stream.Seek(start);
        try
        {
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            parser.ErrorHandler = new SyntaxErrorStrategy();
            return rule(parser);
        }
        catch (SyntaxErrorException e)
        {
            diagnostics.Add(SyntaxErrorDescriber.Describe(e));
        }
        catch (StructLiteralNotAllowedException e)
        {
            diagnostics.Add(SyntaxErrors.StructLiteralNotAllowedHere(TokenScanner.SpanOf(e.Start)));
        }
        catch (NestingTooDeepException e)
        {
            diagnostics.Add(SyntaxErrors.RulesNestedTooDeeply(TokenScanner.SpanOf(e.Token), ToyRustParser.MaxRuleDepth));
        }
        return null;
    }
}
