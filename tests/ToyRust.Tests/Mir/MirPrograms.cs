using NUnit.Framework;
using ToyRust.Mir.Building;
using ToyRust.Semantics.Binding;
using ToyRust.Syntax;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Mir;

/// <summary>Checks a program of the repository and builds its MIR, for the MIR tests.</summary>
internal static class MirPrograms
{
    /// <summary>The checked program; the test fails if the program has errors.</summary>
    public static BoundProgram Check(string relativePath)
    {
        var source = new SourceText(relativePath, File.ReadAllText(Repo.Full(relativePath)));
        var tree = SyntaxTree.Parse(source);
        var result = Checker.Check(tree, wholePrelude: true);
        var errors = tree.Diagnostics.Concat(result.Diagnostics).Where(d => d.IsError).Select(d => d.Message);
        Assert.That(errors, Is.Empty, "the program must check without errors");
        return result.Program;
    }

    public static MirProgram Build(string relativePath, bool overflowChecks = true) =>
        MirBuilder.BuildProgram(Check(relativePath), new MirBuildOptions(overflowChecks));
}
