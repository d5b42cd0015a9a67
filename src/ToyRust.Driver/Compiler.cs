using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ToyRust.Syntax;
using ToyRust.Syntax.Text;

namespace ToyRust.Driver;

/// <summary>
/// The pipeline: parse → check → collect mono items → generate LLVM IR → optimise → emit → link.
/// One entry point, usable in-process (tests) and from the CLI.
/// </summary>
public static class Compiler
{
    public static CompileResult Compile(SourceText source, CompileOptions options, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var tree = SyntaxTree.Parse(source);
        return new CompileResult(source, tree.Diagnostics, [], [], null);
    }
}
