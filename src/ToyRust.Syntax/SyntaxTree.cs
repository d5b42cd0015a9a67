using System.Collections.Immutable;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax;

/// <summary>The result of parsing one file: the AST (always present, possibly partial) and syntax diagnostics.</summary>
public sealed record SyntaxTree(SourceText Source, CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Parses a file. Never throws: bad input yields diagnostics and a partial tree.</summary>
    public static SyntaxTree Parse(SourceText source) => Parser.Parse(source);
}
