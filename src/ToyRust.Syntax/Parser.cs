using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax;

internal static class Parser
{
    public static SyntaxTree Parse(SourceText source) =>
        new(source, new Ast.CompilationUnitSyntax(new TextSpan(0, 0), [], []), [Diagnostic.Error(null, "parser not written yet", new TextSpan(0, 0))]);
}
